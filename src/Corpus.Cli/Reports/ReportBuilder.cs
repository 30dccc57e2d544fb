using System.Collections.Generic;
using System.Linq;
using Corpus.Cli.Input;
using Corpus.Extraction;
using Corpus.Extraction.Corpus;

namespace Corpus.Cli.Reports;

/// <summary>
/// Runs the same engine the generator runs: one <see cref="DocumentExtractor.Extract"/> per seed, then
/// <see cref="CorpusBuilder.Build"/> over all of them, so what the tool shows is what the build would generate.
/// </summary>
internal static class ReportBuilder
{
    /// <summary>Reads and extracts every seed; the result keeps the order of <paramref name="paths"/>.</summary>
    public static List<DocumentReport> Build(IReadOnlyList<string> paths)
    {
        var models = new List<DocumentModel>(paths.Count);
        foreach (var path in paths)
        {
            var seed = SeedFiles.Read(path);
            models.Add(DocumentExtractor.Extract(seed.Path, seed.Text));
        }

        var corpus = CorpusBuilder.Build(models, CorpusOptions.Default);

        // A tentative entity (only a sentence-initial capital on an ordinary word, "Final week …") is shown only
        // when the corpus kept it, that is when some seed also uses the word as a name.
        var kept = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var entity in corpus.Entities)
        {
            kept.Add(entity.Name);
        }

        var reports = new List<DocumentReport>(models.Count);
        foreach (var model in models)
        {
            var entities = new List<EntityInfo>();
            foreach (var entity in model.Entities)
            {
                if (!entity.Tentative || kept.Contains(entity.Name))
                {
                    entities.Add(entity);
                }
            }

            var problems = new List<Problem>(model.Problems);
            foreach (var problem in corpus.Problems)
            {
                if (string.Equals(problem.Path, model.Path, System.StringComparison.Ordinal))
                {
                    problems.Add(problem.Problem);
                }
            }

            // OrderBy is stable: seed problems stay ahead of corpus ones at the same offset.
            var ordered = problems.OrderBy(p => p.Span.Start).ToList();
            reports.Add(new DocumentReport(model.Path, model, entities, ordered));
        }

        return reports;
    }
}
