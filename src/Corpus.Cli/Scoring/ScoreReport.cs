using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Corpus.Extraction;

namespace Corpus.Cli.Scoring;

/// <summary>Prints a <see cref="Score"/>: the numbers first, then every miss and every spurious find.</summary>
internal static class ScoreReport
{
    /// <summary>Writes <paramref name="score"/> to <paramref name="output"/>.</summary>
    public static void Write(Score score, string goldPath, TextWriter output)
    {
        Line(output, $"{score.Document} against {goldPath}");
        Line(output, string.Empty);
        Line(output, "entities");
        Row(output, "precision", score.Precision, "extracted names that are gold or optional");
        Row(output, "recall", score.Recall, "gold entities found");
        Row(output, "kind accuracy", score.KindAccuracy, "found entities with the gold kind");
        Row(output, "roles", score.Roles, "gold roles given");
        Row(output, "affiliations", score.Affiliations, "gold affiliations given");
        Row(output, "mention counts", score.MentionCounts, "found entities with exactly the gold count");
        Line(output, $"  {"forbidden",-15}{Number(score.Forbidden.Count)} forbidden names extracted");
        Line(output, string.Empty);
        Line(output, "quotations");
        Row(output, "found", score.QuotesFound, "gold quotations with the same text, line and column");
        Row(output, "kinds", score.QuoteKinds, "found quotations with the gold kind");
        Row(output, "speakers", score.QuoteSpeakers, "found quotations with the gold speaker");

        List(output, "missed: gold entities not extracted", score.Missed, e => $"{e.Name} ({e.Kind})");
        List(output, "spurious: extracted names that are neither gold nor optional", score.Spurious, e => $"{e.Name} ({e.Kind}{At(e)})");
        List(output, "forbidden names extracted", score.Forbidden, e => $"{e.Name} ({e.Kind}{At(e)})");
        List(output, "wrong kinds", score.WrongKinds, m => $"{m.Gold.Name}: {m.Found.Kind}, gold {m.Gold.Kind}");
        List(output, "wrong roles", score.WrongRoles, m => $"{m.Gold.Name}: {m.Found.Role ?? "none"}, gold {m.Gold.Role}");
        List(output, "wrong affiliations", score.WrongAffiliations, m => $"{m.Gold.Name}: {m.Found.Affiliation ?? "none"}, gold {m.Gold.Affiliation}");
        List(output, "wrong mention counts", score.WrongMentionCounts, m => $"{m.Gold.Name}: {Number(m.Found.Mentions.Count)}, gold {Number(m.Gold.Mentions ?? 0)}");
        List(output, "missed quotations", score.MissedQuotes, q => $"{Number(q.Line)}:{Number(q.Column)} “{q.Text}” ({q.Kind})");
        List(output, "quotations with a wrong kind or speaker", score.WrongQuotes, w => $"{Number(w.Gold.Line)}:{Number(w.Gold.Column)} {w.Found.Kind} by {w.Found.Speaker ?? "nobody"}, gold {w.Gold.Kind} by {w.Gold.Speaker ?? "nobody"}");
        List(output, "quotations not in the gold", score.ExtraQuotes, q => $"{Number(q.Span.Line)}:{Number(q.Span.Column)} “{q.Text}” ({q.Kind})");
    }

    private static void Row(TextWriter output, string label, Ratio ratio, string what)
    {
        var value = ratio.Value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : " n/a";
        Line(output, $"  {label,-15}{value}  ({Number(ratio.Hits)} of {Number(ratio.Total)} {what})");
    }

    private static void List<T>(TextWriter output, string title, IReadOnlyList<T> items, System.Func<T, string> describe)
    {
        if (items.Count == 0)
        {
            return;
        }

        Line(output, string.Empty);
        Line(output, $"{title} ({Number(items.Count)})");
        foreach (var item in items)
        {
            Line(output, "  - " + describe(item));
        }
    }

    private static string At(EntityInfo entity)
        => entity.Mentions.Count > 0 ? ", line " + Number(entity.Mentions[0].Span.Line) : string.Empty;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Line(TextWriter output, string text)
    {
        output.Write(text);
        output.Write('\n');
    }
}
