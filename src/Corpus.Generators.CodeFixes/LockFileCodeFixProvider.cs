using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Corpus.Extraction;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generators.CodeFixes;

/// <summary>
/// CORPUS020: rewrites seeds.lock.json so it records the corpus as it is now, which accepts the removal (the
/// tombstone goes away with the next build). The analyzer computes the new text with the same LockFileWriter
/// `corpus lock` uses and puts it in the diagnostic's properties, so the fix and the CLI write the same bytes.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LockFileCodeFixProvider), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) }, DocumentExtensions = new[] { ".json" })]
[Shared]
public sealed class LockFileCodeFixProvider : CodeFixProvider
{
    private const string Title = "Update seeds.lock.json to the current seeds";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.LockedMemberRemoved);

    /// <summary>Every CORPUS020 in a project carries the same new text, so fixing one fixes all.</summary>
    public override FixAllProvider? GetFixAllProvider() => null;

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.LockText, out var text) || text is null)
            {
                continue;
            }

            var document = context.TextDocument;
            context.RegisterCodeFix(
                CodeAction.Create(Title, token => Update(document, text, token), Title),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static async Task<Solution> Update(TextDocument document, string text, CancellationToken cancellationToken)
    {
        var current = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var updated = SourceText.From(text, current.Encoding ?? System.Text.Encoding.UTF8);
        return document.Project.Solution.WithAdditionalDocumentText(document.Id, updated);
    }
}
