using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Corpus.Extraction.Tests.Wire;

/// <summary>
/// Mention-level, CoNLL-style (conlleval) counts: every entity mention the engine reports is a prediction
/// (start, length, type) with Person→PER, Organization→ORG, Place→LOC and every other kind→MISC. Only PER, ORG and
/// LOC are scored: a PER/ORG/LOC prediction is a true positive when a gold mention has the same start, length and
/// type, otherwise a false positive (also when the gold there is MISC); a gold PER/ORG/LOC mention with no such
/// prediction is a false negative. MISC predictions are never counted. Micro-averaged by adding scores.
/// </summary>
internal sealed class WireScore
{
    public static readonly string[] Scored = { "PER", "ORG", "LOC" };

    private static readonly string[] ConfusionTypes = { "PER", "ORG", "LOC", "MISC", "-" };

    private readonly Dictionary<string, int> _tp = Scored.ToDictionary(t => t, _ => 0, StringComparer.Ordinal);
    private readonly Dictionary<string, int> _fp = Scored.ToDictionary(t => t, _ => 0, StringComparer.Ordinal);
    private readonly Dictionary<string, int> _fn = Scored.ToDictionary(t => t, _ => 0, StringComparer.Ordinal);

    // (gold type, predicted type) over spans that are gold or predicted; "-" stands for "nothing there" (exact span).
    private readonly Dictionary<(string Gold, string Predicted), int> _confusion = new();

    public List<string> FalsePositives { get; } = new();

    public List<string> FalseNegatives { get; } = new();

    public static string TypeOf(EntityKind kind) => kind switch
    {
        EntityKind.Person => "PER",
        EntityKind.Organization => "ORG",
        EntityKind.Place => "LOC",
        _ => "MISC",
    };

    /// <summary>Every mention of every entity (tentative ones only when asked) as a distinct (start, length, type).</summary>
    public static List<WireMention> Predictions(DocumentModel model, string text, bool includeTentative)
        => model.Entities.AsList()
            .Where(e => includeTentative || !e.Tentative)
            .SelectMany(e => e.Mentions.AsList().Select(m => new WireMention(m.Span.Start, m.Span.Length, text.Substring(m.Span.Start, m.Span.Length), TypeOf(e.Kind))))
            .Distinct()
            .OrderBy(p => p.Start)
            .ThenBy(p => p.Length)
            .ToList();

    public static WireScore Of(string story, string text, IReadOnlyList<WireMention> gold, IReadOnlyList<WireMention> predicted, IReadOnlyList<Sentence> sentences)
    {
        var score = new WireScore();
        var goldAt = gold.GroupBy(g => (g.Start, g.Length)).ToDictionary(g => g.Key, g => g.First());
        var predictedAt = predicted.GroupBy(p => (p.Start, p.Length)).ToDictionary(g => g.Key, g => g.Select(p => p.Type).ToList());

        foreach (var p in predicted.Where(p => score._tp.ContainsKey(p.Type)))
        {
            if (goldAt.TryGetValue((p.Start, p.Length), out var g) && g.Type == p.Type)
            {
                score._tp[p.Type]++;
                continue;
            }

            score._fp[p.Type]++;
            var what = goldAt.TryGetValue((p.Start, p.Length), out var same)
                ? $"gold {same.Type}{(same.Uncertain ? "?" : string.Empty)} on the same span"
                : Overlap(gold, p) is { } o ? $"overlaps gold {o.Type}{(o.Uncertain ? "?" : string.Empty)} «{o.Text}»" : "no gold there";
            score.FalsePositives.Add($"{story}: FP {p.Type} «{p.Text}» @{p.Start} ({what}) | {SentenceAt(text, sentences, p.Start)}");
        }

        foreach (var g in gold.Where(g => score._tp.ContainsKey(g.Type)))
        {
            if (predictedAt.TryGetValue((g.Start, g.Length), out var types) && types.Contains(g.Type))
            {
                continue;
            }

            score._fn[g.Type]++;
            var what = predictedAt.TryGetValue((g.Start, g.Length), out var other)
                ? $"predicted {string.Join("/", other)} on the same span"
                : Overlap(predicted, g) is { } o ? $"overlapping prediction {o.Type} «{o.Text}»" : "nothing predicted";
            score.FalseNegatives.Add($"{story}: FN {g.Type}{(g.Uncertain ? "?" : string.Empty)} «{g.Text}» @{g.Start} ({what}) | {SentenceAt(text, sentences, g.Start)}");
        }

        foreach (var span in goldAt.Keys.Union(predictedAt.Keys))
        {
            var goldType = goldAt.TryGetValue(span, out var g) ? g.Type : "-";
            foreach (var predictedType in predictedAt.TryGetValue(span, out var ts) ? ts : new List<string> { "-" })
            {
                var key = (goldType, predictedType);
                score._confusion[key] = score._confusion.GetValueOrDefault(key) + 1;
            }
        }

        return score;
    }

    public void Add(WireScore other)
    {
        foreach (var t in Scored)
        {
            _tp[t] += other._tp[t];
            _fp[t] += other._fp[t];
            _fn[t] += other._fn[t];
        }

        foreach (var (key, count) in other._confusion)
        {
            _confusion[key] = _confusion.GetValueOrDefault(key) + count;
        }

        FalsePositives.AddRange(other.FalsePositives);
        FalseNegatives.AddRange(other.FalseNegatives);
    }

    /// <summary>Precision, recall and F1 over the given types (all three when none is given), with the counts.</summary>
    public (double Precision, double Recall, double F1, int Tp, int Fp, int Fn) Prf(params string[] types)
    {
        if (types.Length == 0)
        {
            types = Scored;
        }

        var tp = types.Sum(t => _tp[t]);
        var fp = types.Sum(t => _fp[t]);
        var fn = types.Sum(t => _fn[t]);
        var p = tp + fp == 0 ? 1 : (double)tp / (tp + fp);
        var r = tp + fn == 0 ? 1 : (double)tp / (tp + fn);
        var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return (p, r, f, tp, fp, fn);
    }

    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var types in new[] { Array.Empty<string>() }.Concat(Scored.Select(t => new[] { t })))
        {
            var (p, r, f, tp, fp, fn) = Prf(types);
            sb.Append(CultureInfo.InvariantCulture, $"{(types.Length == 0 ? "ALL" : types[0]),-4} P {p:F3} R {r:F3} F1 {f:F3}  (tp {tp}, fp {fp}, fn {fn})").Append('\n');
        }

        return sb.ToString().TrimEnd('\n');
    }

    /// <summary>Rows: gold type on a span ("-": none); columns: predicted type on that exact span ("-": none).</summary>
    public string Confusion()
    {
        var sb = new StringBuilder("gold\\pred").Append(string.Concat(ConfusionTypes.Select(t => t.PadLeft(6)))).Append('\n');
        foreach (var g in ConfusionTypes)
        {
            sb.Append(g.PadRight(9));
            foreach (var p in ConfusionTypes)
            {
                sb.Append((g == "-" && p == "-" ? string.Empty : _confusion.GetValueOrDefault((g, p)).ToString(CultureInfo.InvariantCulture)).PadLeft(6));
            }

            sb.Append('\n');
        }

        return sb.ToString().TrimEnd('\n');
    }

    private static WireMention? Overlap(IEnumerable<WireMention> mentions, WireMention m)
        => mentions.FirstOrDefault(o => o.Start < m.End && m.Start < o.End);

    private static string SentenceAt(string text, IReadOnlyList<Sentence> sentences, int offset)
    {
        var sentence = sentences.FirstOrDefault(s => offset >= s.Start && offset < s.Start + s.Length);
        if (sentence is not null)
        {
            return sentence.Text;
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        var lineEnd = text.IndexOf('\n', offset);
        return text.Substring(lineStart, (lineEnd < 0 ? text.Length : lineEnd) - lineStart);
    }
}
