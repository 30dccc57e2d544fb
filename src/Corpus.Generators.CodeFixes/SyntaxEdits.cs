using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace Corpus.Generators.CodeFixes;

/// <summary>The one edit every C# fix here makes: swap one node for another.</summary>
internal static class SyntaxEdits
{
    public static async Task<Document> Replace(Document document, SyntaxNode old, SyntaxNode replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(old, replacement));
    }
}
