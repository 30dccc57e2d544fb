using System.Collections.Immutable;
using System.Composition;
using Corpus.Extraction;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Corpus.Generators.CodeFixes;

/// <summary>
/// CORPUS003, both kinds: a [SeedQuote("…")] or [SeedEntity("…")] whose text the seeds no longer hold gets the
/// closest current text; a use of a tombstone (<c>Seeds.People.RobinLi</c>) moves to the member the corpus names
/// as its replacement, keeping however the user wrote the class. Without a replacement there is no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(StaleReferenceCodeFixProvider))]
[Shared]
public sealed class StaleReferenceCodeFixProvider : NodeReplacementFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.StaleReference);

    private protected override (string Title, SyntaxNode Old, SyntaxNode Replacement)? Propose(SyntaxNode node, Diagnostic diagnostic)
    {
        var properties = diagnostic.Properties;
        if (properties.TryGetValue(DiagnosticProperties.Suggestion, out var suggestion) && suggestion is not null
            && node.FirstAncestorOrSelf<AttributeArgumentSyntax>() is { Expression: LiteralExpressionSyntax literal }
            && literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return ("Update to the current text", literal, StringLiteral(suggestion));
        }

        if (properties.TryGetValue(DiagnosticProperties.Container, out var container) && container is not null
            && properties.TryGetValue(DiagnosticProperties.Member, out var member) && member is not null
            && node is MemberAccessExpressionSyntax access)
        {
            ExpressionSyntax? owner = access.Expression switch
            {
                // Seeds.People.RobinLi → Seeds.Organizations.Baidu: the class may change with the kind.
                MemberAccessExpressionSyntax inner => Access(inner.Expression, container),
                IdentifierNameSyntax => SyntaxFactory.IdentifierName(container),
                _ => null,
            };
            if (owner is not null)
            {
                return ($"Use {container}.{member}", access, Access(owner, member));
            }
        }

        return null;
    }
}
