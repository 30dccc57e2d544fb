using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Corpus.Extraction.Tests.Wire;

/// <summary>
/// One gold mention of a wire story: where it stands (UTF-16 offset and length), its text and its CoNLL-2003 type
/// (PER, ORG, LOC or MISC). <paramref name="Uncertain"/> marks a mention whose CoNLL type or span is a judgement
/// call (a hyphenated compound the CoNLL tokenizer keeps whole, an index name); it is still gold.
/// </summary>
internal sealed record WireMention(int Start, int Length, string Text, string Type, bool Uncertain = false)
{
    public int End => Start + Length;
}

/// <summary>The wire stories of Data/Wire: each ".txt" with the mentions of its ".gold.json".</summary>
internal static class WireGold
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Data", "Wire");

    public static IEnumerable<(string Name, string Text, IReadOnlyList<WireMention> Gold)> Stories()
        => Directory.GetFiles(Folder, "*.txt")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (Path.GetFileName(p), File.ReadAllText(p), Read(File.ReadAllText(Path.ChangeExtension(p, ".gold.json")))));

    public static IReadOnlyList<WireMention> Read(string goldJson)
    {
        using var doc = JsonDocument.Parse(goldJson);
        var result = new List<WireMention>();
        foreach (var m in doc.RootElement.GetProperty("mentions").EnumerateArray())
        {
            result.Add(new WireMention(
                m.GetProperty("start").GetInt32(),
                m.GetProperty("length").GetInt32(),
                m.GetProperty("text").GetString()!,
                m.GetProperty("type").GetString()!,
                m.TryGetProperty("uncertain", out var u) && u.GetBoolean()));
        }

        return result;
    }
}
