using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace Corpus.Extraction.Tests.HeldOut;

/// <summary>A gold entity of a held-out article: its kind and every name that counts for it (the name and its aliases).</summary>
internal sealed record HeldOutEntity(string Name, string Kind, IReadOnlyList<string> Names);

/// <summary>
/// A gold quotation of a held-out article. <paramref name="SourceStart"/> is where the attribution phrase
/// (<paramref name="SpeakerText"/>) stands in the article, or -1 when the gold gives no phrase (a Term).
/// </summary>
internal sealed record HeldOutQuote(string Text, string Kind, string? Speaker, string? SpeakerText, int Line, int Column, int Start, int SourceStart);

/// <summary>
/// One held-out gold file (the format of shared/eval/seed-000.gold.json) read together with its article, so that
/// quotation positions and attribution phrases can be turned into offsets.
/// </summary>
internal sealed class HeldOutGold
{
    private HeldOutGold(IReadOnlyList<HeldOutEntity> entities, IReadOnlyList<HeldOutEntity> optional, IReadOnlyList<string> forbidden, IReadOnlyList<HeldOutQuote> quotes)
    {
        Entities = entities;
        Optional = optional;
        Forbidden = forbidden;
        Quotes = quotes;
    }

    public IReadOnlyList<HeldOutEntity> Entities { get; }

    public IReadOnlyList<HeldOutEntity> Optional { get; }

    public IReadOnlyList<string> Forbidden { get; }

    public IReadOnlyList<HeldOutQuote> Quotes { get; }

    /// <summary>Reads <paramref name="goldJson"/>, resolving positions against <paramref name="text"/>.</summary>
    /// <summary>The articles of a data folder in name order, each with the text of its ".gold.json" file.</summary>
    public static IEnumerable<(string Name, string Text, string GoldJson)> Articles(string folder)
        => System.IO.Directory.GetFiles(folder, "*.txt")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (System.IO.Path.GetFileName(p), System.IO.File.ReadAllText(p), System.IO.File.ReadAllText(System.IO.Path.ChangeExtension(p, ".gold.json"))));

    public static HeldOutGold Read(string goldJson, string text)
    {
        using var doc = JsonDocument.Parse(goldJson);
        var root = doc.RootElement;
        var lineStarts = LineStarts(text);
        var quotes = new List<HeldOutQuote>();
        foreach (var q in root.GetProperty("quotes").EnumerateArray())
        {
            var line = q.GetProperty("line").GetInt32();
            var column = q.GetProperty("column").GetInt32();
            var start = lineStarts[line - 1] + column - 1;
            var speakerText = q.TryGetProperty("speakerText", out var st) ? st.GetString() : null;
            quotes.Add(new HeldOutQuote(
                q.GetProperty("text").GetString()!,
                q.GetProperty("kind").GetString()!,
                q.GetProperty("speaker").GetString(),
                speakerText,
                line,
                column,
                start,
                -1));
        }

        // The attribution phrase is the occurrence of the speaker text nearest the quotation that stands outside
        // every quotation ("she" inside "… she told me …" is not the attribution).
        var spans = quotes.Select(q => (q.Start, End: QuoteEnd(text, q))).ToList();
        var located = quotes.Select(q => q.SpeakerText is null ? q : q with { SourceStart = NearestOutside(text, q.SpeakerText, q.Start, spans) }).ToList();

        return new HeldOutGold(
            ReadEntities(root, "entities"),
            ReadEntities(root, "optional"),
            root.GetProperty("forbidden").EnumerateArray().Select(f => f.GetString()!).ToList(),
            located);
    }

    private static List<HeldOutEntity> ReadEntities(JsonElement root, string property)
    {
        var result = new List<HeldOutEntity>();
        foreach (var e in root.GetProperty(property).EnumerateArray())
        {
            var name = e.GetProperty("name").GetString()!;
            var names = new List<string> { name };
            if (e.TryGetProperty("aliases", out var aliases))
            {
                names.AddRange(aliases.EnumerateArray().Select(a => a.GetString()!));
            }

            result.Add(new HeldOutEntity(name, e.GetProperty("kind").GetString()!, names));
        }

        return result;
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    // The closing mark: the first one after the opening mark that does not open a continuing paragraph
    // (a quotation that runs over paragraphs reopens each paragraph with a mark and closes only at its end).
    private static int QuoteEnd(string text, HeldOutQuote quote)
    {
        var closing = text[quote.Start] == '\u201C' ? '\u201D' : '"';
        for (var i = quote.Start + 1; i < text.Length; i++)
        {
            if (text[i] == closing && text[i - 1] != '\n')
            {
                return i + 1;
            }
        }

        return text.Length;
    }

    private static int NearestOutside(string text, string phrase, int quoteStart, List<(int Start, int End)> quotes)
    {
        var best = -1;
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var end = at + phrase.Length;
            var wordStart = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var wordEnd = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (!wordStart || !wordEnd || quotes.Any(q => at > q.Start && at < q.End))
            {
                continue;
            }

            if (best < 0 || Math.Abs(at - quoteStart) < Math.Abs(best - quoteStart))
            {
                best = at;
            }
        }

        return best;
    }
}
