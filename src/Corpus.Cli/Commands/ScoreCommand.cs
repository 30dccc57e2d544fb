using System;
using System.IO;
using Corpus.Cli.Input;
using Corpus.Cli.Reports;
using Corpus.Cli.Scoring;

namespace Corpus.Cli.Commands;

/// <summary>
/// `corpus score --gold FILE.json PATH...`: scores the extraction of the gold file's document against it and
/// prints what was missed and what was spurious. It is a report, so it exits 0 whatever the score.
/// </summary>
internal static class ScoreCommand
{
    /// <summary>Runs the command; 0 when a score was printed, 2 on a usage error.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var line = CommandLine.Parse(args, Array.Empty<string>(), new[] { "--gold" }, out var error);
        if (line is null)
        {
            return Usage.Fail(stderr, "score: " + error);
        }

        var goldPath = line.Value("--gold");
        if (goldPath is null)
        {
            return Usage.Fail(stderr, "score: name the gold file with --gold FILE.json.");
        }

        var files = SeedPaths.Resolve("score", line.Paths, stderr, out var failed);
        if (failed)
        {
            return Usage.ExitCode;
        }

        GoldFile gold;
        try
        {
            gold = GoldFile.Load(goldPath);
        }
        catch (GoldFileException ex)
        {
            return Usage.Fail(stderr, "score: " + ex.Message);
        }

        var reports = ReportBuilder.Build(files);
        DocumentReport? report = null;
        foreach (var candidate in reports)
        {
            if (gold.Document is null ? reports.Count == 1 : string.Equals(candidate.Model.FileName, gold.Document, StringComparison.Ordinal))
            {
                report = candidate;
                break;
            }
        }

        if (report is null)
        {
            var wanted = gold.Document is null
                ? "the gold file names no \"document\", so give exactly one seed file."
                : $"none of the seeds is named '{gold.Document}', the gold file's \"document\".";
            return Usage.Fail(stderr, "score: " + wanted);
        }

        var score = Scorer.Score(report.Model.FileName, report.Entities, report.Model.Quotes, gold);
        ScoreReport.Write(score, goldPath, stdout);
        return 0;
    }
}
