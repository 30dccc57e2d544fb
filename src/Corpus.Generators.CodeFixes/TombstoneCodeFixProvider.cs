using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Corpus.Extraction;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Corpus.Generators.CodeFixes;

/// <summary>
/// CORPUS003 on a use of a tombstone: <c>Seeds.People.RobinLi</c> becomes the member the corpus names as its
/// replacement (<c>Seeds.People.RobinYanhongLi</c>), keeping however the user wrote the class. The analyzer puts
/// the replacement in the diagnostic's properties; without one there is no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TombstoneCodeFixProvider))]
[Shared]
public sealed class TombstoneCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.StaleReference);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.Container, out var container) || container is null
                || !diagnostic.Properties.TryGetValue(DiagnosticProperties.Member, out var member) || member is null
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not MemberAccessExpressionSyntax access)
            {
                continue;
            }

            ExpressionSyntax? owner = access.Expression switch
            {
                // Seeds.People.RobinLi → Seeds.Organizations.Baidu: the class may change with the kind.
                MemberAccessExpressionSyntax inner => SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, inner.Expression, SyntaxFactory.IdentifierName(container)),
                IdentifierNameSyntax => SyntaxFactory.IdentifierName(container),
                _ => null,
            };
            if (owner is null)
            {
                continue;
            }

            var replacement = SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, owner, SyntaxFactory.IdentifierName(member)).WithTriviaFrom(access);
            var title = $"Use {container}.{member}";
            context.RegisterCodeFix(CodeAction.Create(title, token => SyntaxEdits.Replace(context.Document, access, replacement, token), title), diagnostic);
        }
    }
}
