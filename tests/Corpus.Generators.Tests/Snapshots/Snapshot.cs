using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Corpus.Generators.Tests.Generator;

namespace Corpus.Generators.Tests.Snapshots;

/// <summary>
/// Compares generated files with golden files under tests/Corpus.Generators.Tests/Snapshots/&lt;name&gt;/, byte for
/// byte. Set CORPUS_ACCEPT_SNAPSHOTS=1 to (re)write the golden files; on a mismatch the new text is written
/// beside the golden one as *.received.cs so the two can be diffed.
/// </summary>
public static class Snapshot
{
    private const string Verified = ".verified.cs";
    private const string Received = ".received.cs";

    public static void Verify(string name, IReadOnlyList<(string HintName, string Text)> files)
    {
        var folder = Path.Combine(GeneratorHarness.RepositoryRoot(), "tests", "Corpus.Generators.Tests", "Snapshots", name);
        Directory.CreateDirectory(folder);
        foreach (var stale in Directory.GetFiles(folder, "*" + Received))
        {
            File.Delete(stale);
        }

        var accept = Environment.GetEnvironmentVariable("CORPUS_ACCEPT_SNAPSHOTS") == "1";
        var expected = Directory.GetFiles(folder, "*" + Verified).Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal).ToList();
        var actual = files.Select(f => FileName(f.HintName)).OrderBy(f => f, StringComparer.Ordinal).ToList();
        if (accept)
        {
            foreach (var file in expected.Except(actual))
            {
                File.Delete(Path.Combine(folder, file!));
            }

            foreach (var (hintName, text) in files)
            {
                File.WriteAllBytes(Path.Combine(folder, FileName(hintName)), Encoding.UTF8.GetBytes(text));
            }

            return;
        }

        var problems = new List<string>();
        if (!expected.SequenceEqual(actual))
        {
            problems.Add("Generated files differ: expected [" + string.Join(", ", expected) + "], got [" + string.Join(", ", actual) + "].");
        }

        foreach (var (hintName, text) in files)
        {
            var golden = Path.Combine(folder, FileName(hintName));
            var bytes = Encoding.UTF8.GetBytes(text);
            if (!File.Exists(golden) || !File.ReadAllBytes(golden).AsSpan().SequenceEqual(bytes))
            {
                var received = golden.Substring(0, golden.Length - Verified.Length) + Received;
                File.WriteAllBytes(received, bytes);
                problems.Add("Snapshot differs: diff " + golden + " " + received);
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\nIf the change is intended, run the tests with CORPUS_ACCEPT_SNAPSHOTS=1 and review the diff.");
    }

    private static string FileName(string hintName)
        => (hintName.EndsWith(".g.cs", StringComparison.Ordinal) ? hintName.Substring(0, hintName.Length - ".g.cs".Length) : hintName) + Verified;
}
