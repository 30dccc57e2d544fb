using System;
using System.Collections.Generic;
using System.Text;
using Corpus.Extraction.Corpus;

namespace Corpus.Generators.Emit;

/// <summary>
/// Hint names for the per-seed files, from the seed's relative path: "seeds/000_bf47.txt" →
/// "Corpus.Seed.seeds_000_bf47.txt.g.cs". Roslyn compares hint names ignoring case, so uniqueness is
/// checked that way, with a number added to later paths that clash.
/// </summary>
internal static class HintNames
{
    public static string[] ForDocuments(IReadOnlyList<CorpusDocument> documents)
    {
        var wanted = new string[documents.Count];
        var tieBreak = new string[documents.Count];
        for (var d = 0; d < documents.Count; d++)
        {
            wanted[d] = "Corpus.Seed." + Sanitise(documents[d].RelativePath);
            tieBreak[d] = documents[d].RelativePath;
        }

        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Corpus.Types", "Corpus.Index", "Corpus.Runtime" };
        var unique = UniqueNames.Assign(wanted, tieBreak, _ => Array.Empty<string>(), taken, null, StringComparer.OrdinalIgnoreCase, "-");
        for (var d = 0; d < unique.Length; d++)
        {
            unique[d] += ".g.cs";
        }

        return unique;
    }

    private static string Sanitise(string path)
    {
        var builder = new StringBuilder(path.Length);
        foreach (var c in path)
        {
            var safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
            builder.Append(safe ? c : '_');
        }

        return builder.ToString();
    }
}
