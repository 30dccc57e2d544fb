using System.Collections.Immutable;
using Corpus.Extraction;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generators.Analyzers;

/// <summary>
/// Suppresses the compiler's CS0618 ("member is obsolete") on uses of a generated tombstone: the same use is
/// already CORPUS003, which says what changed in the seeds and what to do, so one warning is enough, and a
/// project that treats CS0618 as an error still builds while the seeds change.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TombstoneObsoleteSuppressor : DiagnosticSuppressor
{
    private static readonly SuppressionDescriptor Rule = new(
        "CORPUSSPR0618",
        "CS0618",
        $"The use of a seed tombstone is reported as {DiagnosticIds.StaleReference}.");

    /// <inheritdoc />
    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } = ImmutableArray.Create(Rule);

    /// <inheritdoc />
    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        var settings = CorpusSettings.Read(context.Options.AnalyzerConfigOptionsProvider);
        var api = GeneratedApi.Find(context.Compilation, settings);
        if (api.Seeds is null)
        {
            return;
        }

        foreach (var diagnostic in context.ReportedDiagnostics)
        {
            var tree = diagnostic.Location.SourceTree;
            if (tree is null)
            {
                continue;
            }

            var node = tree.GetRoot(context.CancellationToken).FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var model = context.GetSemanticModel(tree);
            var symbol = model.GetSymbolInfo(node, context.CancellationToken).Symbol;
            if (api.TombstoneMessage(symbol) is not null)
            {
                context.ReportSuppression(Suppression.Create(Rule, diagnostic));
            }
        }
    }
}
