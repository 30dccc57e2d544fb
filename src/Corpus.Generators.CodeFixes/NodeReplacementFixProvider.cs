using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Corpus.Generators.CodeFixes;

/// <summary>
/// What the C# fixes share: each diagnostic's node is found once, and every fix swaps one node for another.
/// The analyzers put what to write in the diagnostic's properties, so a fix never looks at the corpus.
/// </summary>
public abstract class NodeReplacementFixProvider : CodeFixProvider
{
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
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (Propose(node, diagnostic) is { } edit)
            {
                var (title, old, replacement) = edit;
                var document = context.Document;
                context.RegisterCodeFix(CodeAction.Create(title, token => Replace(document, old, replacement.WithTriviaFrom(old), token), title), diagnostic);
            }
        }
    }

    /// <summary>The fix for <paramref name="diagnostic"/> at <paramref name="node"/>: its title, the node to replace and what replaces it; or null.</summary>
    private protected abstract (string Title, SyntaxNode Old, SyntaxNode Replacement)? Propose(SyntaxNode node, Diagnostic diagnostic);

    /// <summary>A string literal holding <paramref name="text"/>, escaped as C# needs.</summary>
    private protected static LiteralExpressionSyntax StringLiteral(string text)
        => SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text));

    /// <summary><paramref name="owner"/>.<paramref name="name"/>.</summary>
    private protected static MemberAccessExpressionSyntax Access(ExpressionSyntax owner, string name)
        => SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, owner, SyntaxFactory.IdentifierName(name));

    private static async Task<Document> Replace(Document document, SyntaxNode old, SyntaxNode replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(old, replacement));
    }
}
