using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Extraction.Tests.HeldOut;

/// <summary>
/// Counts for one or more held-out articles, CoNLL-style: people, organisations and places matched by name (or
/// alias) AND kind; quotations matched by text, line and column; speakers both as the named entity and as the
/// attribution phrase's span overlapping the annotated one (the measure of the public quotation corpus).
/// </summary>
internal sealed class HeldOutScore
{
    /// <summary>The kinds a CoNLL-style evaluation scores.</summary>
    public static readonly string[] ScoredKinds = { "Person", "Organization", "Place" };

    private readonly Dictionary<string, int> _truePositives = ScoredKinds.ToDictionary(k => k, _ => 0, StringComparer.Ordinal);
    private readonly Dictionary<string, int> _falsePositives = ScoredKinds.ToDictionary(k => k, _ => 0, StringComparer.Ordinal);
    private readonly Dictionary<string, int> _gold = ScoredKinds.ToDictionary(k => k, _ => 0, StringComparer.Ordinal);

    public int GoldQuotes { get; private set; }

    public int ExtractedQuotes { get; private set; }

    public int FoundQuotes { get; private set; }

    public int SpeakerTotal { get; private set; }

    public int SpeakerRight { get; private set; }

    public int SourceTotal { get; private set; }

    public int SourceRight { get; private set; }

    public List<string> Errors { get; } = new();

    /// <summary>Scores one article.</summary>
    public static HeldOutScore Of(string article, HeldOutGold gold, DocumentModel model)
    {
        var score = new HeldOutScore();
        score.ScoreEntities(article, gold, model.Entities.AsList().Where(e => !e.Tentative).ToList());
        score.ScoreQuotes(article, gold, model.Quotes.AsList());
        return score;
    }

    /// <summary>
    /// Extracts and scores every article of a folder and sums the scores; <paramref name="each"/> sees each article's
    /// gold file, parsed gold, model and score (for logging or extra checks).
    /// </summary>
    public static HeldOutScore Over(string folder, Action<(string Name, string GoldJson, HeldOutGold Gold, DocumentModel Model, HeldOutScore Score)>? each = null)
    {
        var total = new HeldOutScore();
        foreach (var (name, text, goldJson) in HeldOutGold.Articles(folder))
        {
            var model = DocumentExtractor.Extract(name, text);
            var gold = HeldOutGold.Read(goldJson, text);
            var score = Of(name, gold, model);
            each?.Invoke((name, goldJson, gold, model, score));
            total.Add(score);
        }

        return total;
    }

    /// <summary>Fails when a measure is under its floor (a null floor is not checked).</summary>
    public void AssertFloors(double? entityF1, double quoteF1, double speakerAccuracy, double sourceAccuracy)
    {
        if (entityF1 is { } entityFloor)
        {
            Assert.True(Entities().F1 >= entityFloor, FormattableString.Invariant($"entity F1 {Entities().F1:F3} < {entityFloor}: {this}"));
        }

        Assert.True(Quotes().F1 >= quoteF1, FormattableString.Invariant($"quote F1 {Quotes().F1:F3} < {quoteF1}: {this}"));
        Assert.True(SpeakerAccuracy >= speakerAccuracy, FormattableString.Invariant($"speaker accuracy {SpeakerAccuracy:F3} < {speakerAccuracy}: {this}"));
        Assert.True(SourceAccuracy >= sourceAccuracy, FormattableString.Invariant($"source accuracy {SourceAccuracy:F3} < {sourceAccuracy}: {this}"));
    }

    /// <summary>Adds <paramref name="other"/>'s counts to this one (micro-averaging).</summary>
    public void Add(HeldOutScore other)
    {
        foreach (var kind in ScoredKinds)
        {
            _truePositives[kind] += other._truePositives[kind];
            _falsePositives[kind] += other._falsePositives[kind];
            _gold[kind] += other._gold[kind];
        }

        GoldQuotes += other.GoldQuotes;
        ExtractedQuotes += other.ExtractedQuotes;
        FoundQuotes += other.FoundQuotes;
        SpeakerTotal += other.SpeakerTotal;
        SpeakerRight += other.SpeakerRight;
        SourceTotal += other.SourceTotal;
        SourceRight += other.SourceRight;
        Errors.AddRange(other.Errors);
    }

    /// <summary>Precision, recall and F1 over the given kinds (all three when none are given).</summary>
    public (double Precision, double Recall, double F1) Entities(params string[] kinds)
    {
        if (kinds.Length == 0)
        {
            kinds = ScoredKinds;
        }

        var tp = kinds.Sum(k => _truePositives[k]);
        var fp = kinds.Sum(k => _falsePositives[k]);
        var gold = kinds.Sum(k => _gold[k]);
        return Prf(tp, tp + fp, gold);
    }

    /// <summary>Precision, recall and F1 of quotation finding.</summary>
    public (double Precision, double Recall, double F1) Quotes() => Prf(FoundQuotes, ExtractedQuotes, GoldQuotes);

    public double SpeakerAccuracy => SpeakerTotal == 0 ? 1 : SpeakerRight / (double)SpeakerTotal;

    public double SourceAccuracy => SourceTotal == 0 ? 1 : SourceRight / (double)SourceTotal;

    public override string ToString()
    {
        var parts = ScoredKinds.Select(k =>
        {
            var (p, r, f) = Entities(k);
            return FormattableString.Invariant($"{k.Substring(0, 3)} P={p:F2} R={r:F2} F1={f:F2}");
        });
        var (ap, ar, af) = Entities();
        var (qp, qr, qf) = Quotes();
        return string.Join("; ", parts)
            + FormattableString.Invariant($"; ALL P={ap:F2} R={ar:F2} F1={af:F2}; quotes P={qp:F2} R={qr:F2} F1={qf:F2}")
            + FormattableString.Invariant($"; speaker {SpeakerRight}/{SpeakerTotal}={SpeakerAccuracy:F2}; source span {SourceRight}/{SourceTotal}={SourceAccuracy:F2}");
    }

    private static (double, double, double) Prf(int hits, int extracted, int gold)
    {
        var precision = extracted == 0 ? 1 : hits / (double)extracted;
        var recall = gold == 0 ? 1 : hits / (double)gold;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    // An extracted name that matches an optional entity of its own kind is neither right nor wrong; one that
    // matches a gold entity of its kind is right once per gold entity (an unmerged short form of a gold name
    // is not counted twice); anything else of a scored kind is wrong, nationalities typed as places included.
    private void ScoreEntities(string article, HeldOutGold gold, List<EntityInfo> extracted)
    {
        var matched = new HashSet<HeldOutEntity>();
        foreach (var entity in extracted)
        {
            var kind = entity.Kind.ToString();
            if (!_truePositives.ContainsKey(kind))
            {
                continue;
            }

            var names = new[] { entity.Name }.Concat(entity.Aliases).ToList();
            if (gold.Optional.Any(o => string.Equals(o.Kind, kind, StringComparison.Ordinal) && o.Names.Any(names.Contains)))
            {
                continue;
            }

            var hit = gold.Entities.FirstOrDefault(g => string.Equals(g.Kind, kind, StringComparison.Ordinal) && g.Names.Any(names.Contains));
            if (hit is null)
            {
                _falsePositives[kind]++;
                var sameName = gold.Entities.Concat(gold.Optional).FirstOrDefault(g => g.Names.Any(names.Contains));
                Errors.Add(sameName is null
                    ? $"{article}: spurious {entity.Name} ({kind})"
                    : $"{article}: wrong kind {entity.Name} ({kind}, gold {sameName.Kind})");
            }
            else if (matched.Add(hit))
            {
                _truePositives[kind]++;
            }
        }

        foreach (var g in gold.Entities.Where(g => _gold.ContainsKey(g.Kind)))
        {
            _gold[g.Kind]++;
            if (!matched.Contains(g))
            {
                Errors.Add($"{article}: missed {g.Name} ({g.Kind})");
            }
        }
    }

    private void ScoreQuotes(string article, HeldOutGold gold, IReadOnlyList<QuoteInfo> extracted)
    {
        GoldQuotes += gold.Quotes.Count;
        ExtractedQuotes += extracted.Count;
        var found = new HashSet<QuoteInfo>();
        foreach (var q in gold.Quotes)
        {
            var match = extracted.FirstOrDefault(x => x.Span.Line == q.Line && x.Span.Column == q.Column && string.Equals(x.Text, q.Text, StringComparison.Ordinal));
            if (match is null)
            {
                Errors.Add($"{article}: missed quote {q.Line}:{q.Column} «{q.Text}»");
                continue;
            }

            FoundQuotes++;
            found.Add(match);
            if (!string.Equals(q.Kind, "Quotation", StringComparison.Ordinal))
            {
                continue;
            }

            SpeakerTotal++;
            if (string.Equals(match.Speaker, q.Speaker, StringComparison.Ordinal))
            {
                SpeakerRight++;
            }
            else
            {
                Errors.Add($"{article}: speaker {q.Line}:{q.Column} «{Short(q.Text)}» {match.Speaker ?? "null"} [{match.SpeakerText ?? "-"}], gold {q.Speaker ?? "null"} [{q.SpeakerText ?? "-"}]");
            }

            if (q.SourceStart >= 0)
            {
                SourceTotal++;
                var span = match.SpeakerSpan;
                if (span is { } at && at.Start < q.SourceStart + q.SpeakerText!.Length && q.SourceStart < at.Start + at.Length)
                {
                    SourceRight++;
                }
            }
        }

        foreach (var x in extracted.Where(x => !found.Contains(x)))
        {
            Errors.Add($"{article}: extra quote {x.Span.Line}:{x.Span.Column} «{x.Text}» ({x.Kind})");
        }
    }

    private static string Short(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "…";
}
