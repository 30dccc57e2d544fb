using System.IO;
using Corpus.Cli.Input;
using Corpus.Cli.Output;
using Corpus.Cli.Reports;

namespace Corpus.Cli.Commands;

/// <summary>`corpus extract PATH... [--json]`: what the generator extracts from seed files or folders.</summary>
internal static class ExtractCommand
{
    /// <summary>Runs the command; 0 on success (diagnostics in the seeds are part of the report), 2 on a usage error.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var line = CommandLine.Parse(args, new[] { "--json" }, System.Array.Empty<string>(), out var error);
        if (line is null)
        {
            return Usage.Fail(stderr, "extract: " + error);
        }

        var files = SeedPaths.Resolve("extract", line.Paths, stderr, out var failed);
        if (failed)
        {
            return Usage.ExitCode;
        }

        var reports = ReportBuilder.Build(files);
        if (line.Has("--json"))
        {
            JsonReport.Write(reports, stdout);
        }
        else
        {
            TableReport.Write(reports, stdout);
        }

        return 0;
    }
}
