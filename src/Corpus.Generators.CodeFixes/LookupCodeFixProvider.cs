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
/// CORPUS001 and CORPUS002: rewrites <c>Seeds.Entity("Robin Lee")</c> (or <c>("Robin Li")</c>) to the typed
/// member <c>Seeds.People.RobinLi</c>, or, where a typed member cannot stand (TryFindEntity, a [CorpusKey]
/// parameter), corrects the string. The analyzer puts the target in the diagnostic's properties.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LookupCodeFixProvider))]
[Shared]
public sealed class LookupCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnknownLookup, DiagnosticIds.LookupCouldBeTyped);

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
            var properties = diagnostic.Properties;
            if (!properties.TryGetValue(DiagnosticProperties.Rewrite, out var rewrite))
            {
                continue;
            }

            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (rewrite == DiagnosticProperties.RewriteMember
                && properties.TryGetValue(DiagnosticProperties.Container, out var container) && container is not null
                && properties.TryGetValue(DiagnosticProperties.Member, out var member) && member is not null
                && node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is { } invocation
                && TypedMember(invocation, container, member) is { } replacement)
            {
                var title = $"Use {replacement}";
                context.RegisterCodeFix(
                    CodeAction.Create(title, token => SyntaxEdits.Replace(context.Document, invocation, replacement.WithTriviaFrom(invocation), token), title),
                    diagnostic);
            }
            else if (rewrite == DiagnosticProperties.RewriteLiteral
                && properties.TryGetValue(DiagnosticProperties.Suggestion, out var suggestion) && suggestion is not null
                && node.FirstAncestorOrSelf<LiteralExpressionSyntax>() is { } literal
                && literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                var title = $"Change to \"{suggestion}\"";
                var corrected = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(suggestion)).WithTriviaFrom(literal);
                context.RegisterCodeFix(CodeAction.Create(title, token => SyntaxEdits.Replace(context.Document, literal, corrected, token), title), diagnostic);
            }
        }
    }

    /// <summary>
    /// "Seeds.Entity(…)" becomes "Seeds.People.RobinLi", keeping however the user wrote the class
    /// (Seeds, Corpus.Seeds, global::Corpus.Seeds, or nothing under using static).
    /// </summary>
    private static ExpressionSyntax? TypedMember(InvocationExpressionSyntax invocation, string container, string member)
    {
        return invocation.Expression switch
        {
            MemberAccessExpressionSyntax access => SyntaxFactory.MemberAccessExpression(
                SyntaxKind.SimpleMemberAccessExpression,
                SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, access.Expression.WithoutTrivia(), SyntaxFactory.IdentifierName(container)),
                SyntaxFactory.IdentifierName(member)),
            IdentifierNameSyntax => SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, SyntaxFactory.IdentifierName(container), SyntaxFactory.IdentifierName(member)),
            _ => null,
        };
    }
}
