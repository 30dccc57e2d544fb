using System.Collections.Immutable;
using System.Composition;
using Corpus.Extraction;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Corpus.Generators.CodeFixes;

/// <summary>
/// CORPUS001 and CORPUS002: rewrites <c>Seeds.Entity("Robin Lee")</c> (or <c>("Robin Li")</c>) to the typed
/// member <c>Seeds.People.RobinLi</c>, or, where a typed member cannot stand (TryFindEntity, a [CorpusKey]
/// parameter), corrects the string.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LookupCodeFixProvider))]
[Shared]
public sealed class LookupCodeFixProvider : NodeReplacementFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnknownLookup, DiagnosticIds.LookupCouldBeTyped);

    private protected override (string Title, SyntaxNode Old, SyntaxNode Replacement)? Propose(SyntaxNode node, Diagnostic diagnostic)
    {
        var properties = diagnostic.Properties;
        properties.TryGetValue(DiagnosticProperties.Rewrite, out var rewrite);
        if (rewrite == DiagnosticProperties.RewriteMember
            && properties.TryGetValue(DiagnosticProperties.Container, out var container) && container is not null
            && properties.TryGetValue(DiagnosticProperties.Member, out var member) && member is not null
            && node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is { } invocation
            && TypedMember(invocation, container, member) is { } replacement)
        {
            return ($"Use {replacement}", invocation, replacement);
        }

        if (rewrite == DiagnosticProperties.RewriteLiteral
            && properties.TryGetValue(DiagnosticProperties.Suggestion, out var suggestion) && suggestion is not null
            && node.FirstAncestorOrSelf<LiteralExpressionSyntax>() is { } literal
            && literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return ($"Change to \"{suggestion}\"", literal, StringLiteral(suggestion));
        }

        return null;
    }

    /// <summary>
    /// "Seeds.Entity(…)" becomes "Seeds.People.RobinLi", keeping however the user wrote the class
    /// (Seeds, Corpus.Seeds, global::Corpus.Seeds, or nothing under using static).
    /// </summary>
    private static ExpressionSyntax? TypedMember(InvocationExpressionSyntax invocation, string container, string member)
        => invocation.Expression switch
        {
            MemberAccessExpressionSyntax access => Access(Access(access.Expression.WithoutTrivia(), container), member),
            IdentifierNameSyntax => Access(SyntaxFactory.IdentifierName(container), member),
            _ => null,
        };
}
