using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Corpus.Cli.Input;
using Corpus.Extraction;
using Corpus.Extraction.Corpus;
using Corpus.Extraction.Corpus.Lock;
using Corpus.Extraction.Corpus.Overrides;

namespace Corpus.Cli.Commands;

/// <summary>
/// `corpus lock SEEDS_PATH [--output FILE] [--overrides FILE]`: writes seeds.lock.json, the record of every
/// generated entity and quote member, from the seeds as they are now. It builds the corpus exactly as the
/// generator does (absolute seed paths, the lock file's folder as the project folder, corpus.json from that
/// folder), so the file it writes is the one the build expects. Writing the lock accepts removals: members only
/// the old lock held are dropped, and their tombstones disappear with the next build.
/// </summary>
internal static class LockCommand
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Runs the command; 0 on success, 1 when the lock file cannot be written, 2 on a usage error.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var line = CommandLine.Parse(args, Array.Empty<string>(), new[] { "--output", "--overrides" }, out var error);
        if (line is null)
        {
            return Usage.Fail(stderr, "lock: " + error);
        }

        if (line.Paths.Count != 1)
        {
            return Usage.Fail(stderr, "lock: name one seeds folder (or file), for example: corpus lock seeds");
        }

        var files = SeedPaths.Resolve("lock", line.Paths, stderr, out var failed);
        if (failed)
        {
            return Usage.ExitCode;
        }

        var output = Path.GetFullPath(line.Value("--output") ?? LockFileFormat.FileName);
        var projectDirectory = Path.GetDirectoryName(output) ?? Directory.GetCurrentDirectory();
        var overridesPath = line.Value("--overrides") is { } given ? Path.GetFullPath(given) : Path.Combine(projectDirectory, CorpusOverridesReader.FileName);
        if (line.Value("--overrides") is not null && !File.Exists(overridesPath))
        {
            return Usage.Fail(stderr, $"lock: no such file: '{line.Value("--overrides")}'.");
        }

        var overrides = File.Exists(overridesPath) ? CorpusOverridesReader.Read(overridesPath, ReadText(overridesPath)) : null;
        var previous = File.Exists(output) ? LockFileReader.Read(output, ReadText(output)) : null;
        if (overrides is not null)
        {
            WriteProblems(stderr, overridesPath, overrides.Problems);
        }

        if (previous is not null)
        {
            WriteProblems(stderr, output, previous.Problems);
        }

        var documents = new List<DocumentModel>(files.Count);
        foreach (var file in files)
        {
            var full = Path.GetFullPath(file);
            var seed = SeedFiles.Read(full);
            documents.Add(DocumentExtractor.Extract(full, seed.Text));
        }

        var corpus = CorpusBuilder.Build(documents, new CorpusOptions(projectDirectory, overrides, previous));
        var text = LockFileWriter.Write(corpus, previous);
        var existing = File.Exists(output) ? ReadText(output) : null;
        if (string.Equals(existing, text, StringComparison.Ordinal))
        {
            stdout.WriteLine($"corpus: {Display(output)} is up to date ({Count(corpus)}).");
            return 0;
        }

        try
        {
            File.WriteAllText(output, text, Utf8NoBom);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"corpus: lock: cannot write '{Display(output)}': {ex.Message}");
            return 1;
        }

        stdout.WriteLine($"corpus: wrote {Display(output)} ({Count(corpus)}){Changes(previous, corpus)}.");
        return 0;
    }

    private static string Count(CorpusModel corpus)
        => string.Format(CultureInfo.InvariantCulture, "{0} entities, {1} quotes", corpus.Entities.Count, corpus.Quotes.Count);

    /// <summary>"; 2 added, 1 removed" against the previous lock, by container and member name.</summary>
    private static string Changes(LockFile? previous, CorpusModel corpus)
    {
        if (previous is null)
        {
            return string.Empty;
        }

        var before = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in previous.Entries)
        {
            before.Add(entry.Container + "." + entry.MemberName);
        }

        var after = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in LockFileWriter.Entries(corpus))
        {
            after.Add(entry.Container + "." + entry.MemberName);
        }

        var added = 0;
        foreach (var member in after)
        {
            added += before.Contains(member) ? 0 : 1;
        }

        var removed = 0;
        foreach (var member in before)
        {
            removed += after.Contains(member) ? 0 : 1;
        }

        return string.Format(CultureInfo.InvariantCulture, "; {0} added, {1} removed", added, removed);
    }

    private static void WriteProblems(TextWriter stderr, string path, EquatableArray<Problem> problems)
    {
        foreach (var problem in problems)
        {
            stderr.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}({1},{2}): warning {3}: {4}", Display(path), problem.Span.Line, problem.Span.Column, problem.Id, problem.Message));
        }
    }

    private static string? ReadText(string path)
    {
        try
        {
            return SeedFiles.Decode(File.ReadAllBytes(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The path relative to the current folder when it is inside it, so messages stay short.</summary>
    private static string Display(string path)
    {
        var current = Directory.GetCurrentDirectory().TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return path.StartsWith(current, StringComparison.Ordinal) ? path.Substring(current.Length) : path;
    }
}
