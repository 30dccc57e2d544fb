using System;
using System.Globalization;
using System.Linq;
using Xunit.Abstractions;

namespace Corpus.Extraction.Tests.Wire;

/// <summary>
/// Twelve 1990s-style wire stories written for evaluation and annotated by hand, mention by mention, with CoNLL-2003
/// conventions without reading the engine (Data/Wire, sources in Data/Wire/markup): match reports with clubs named
/// after cities, results and standings tables, a cricket scoreboard, a golf leaderboard with countries in brackets,
/// ALL-CAPS headlines, datelines, bylines, ministers and parties, companies with Inc/Corp/AG/Plc/NL, analysts at
/// banks, courts and a disaster. They stand in for the public newswire set, scored the way it is: exact span and
/// type per mention, PER/ORG/LOC only, micro-averaged.
/// </summary>
public sealed class WireEvaluationTests
{
    // Measured when this test was added (engine at a9a737c, tentative entities excluded; 405 gold PER/ORG/LOC mentions):
    //   ALL P 0.753 R 0.820 F1 0.785 (tp 332, fp 109, fn 73)
    //   PER P 0.806 R 0.949 F1 0.872, ORG P 0.627 R 0.675 F1 0.650, LOC P 0.861 R 0.861 F1 0.861
    // (with tentative entities included: ALL P 0.735 R 0.820 F1 0.775). The floor sits a little below; raise it as
    // the engine improves. Most of the loss is clubs named after places typed LOC or PER (results tables, match reports).
    private const double F1Floor = 0.77;

    private readonly ITestOutputHelper _output;

    public WireEvaluationTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Wire_stories_meet_the_mention_level_floor()
    {
        var total = Score(includeTentative: false, print: true);
        var withTentative = Score(includeTentative: true, print: false);

        _output.WriteLine(string.Empty);
        _output.WriteLine("OVERALL (mention level, exact span and type, PER/ORG/LOC, tentative entities excluded):");
        _output.WriteLine(total.ToString());
        _output.WriteLine(string.Empty);
        _output.WriteLine("With tentative entities included:");
        _output.WriteLine(withTentative.ToString());
        _output.WriteLine(string.Empty);
        _output.WriteLine("Confusion over exact spans (rows gold, columns predicted, '-' nothing there):");
        _output.WriteLine(total.Confusion());
        _output.WriteLine(string.Empty);
        _output.WriteLine($"FALSE NEGATIVES ({total.FalseNegatives.Count}; '?' marks a gold mention of uncertain CoNLL convention):");
        total.FalseNegatives.ForEach(_output.WriteLine);
        _output.WriteLine(string.Empty);
        _output.WriteLine($"FALSE POSITIVES ({total.FalsePositives.Count}):");
        total.FalsePositives.ForEach(_output.WriteLine);

        var f1 = total.Prf().F1;
        Assert.True(f1 >= F1Floor, string.Create(CultureInfo.InvariantCulture, $"mention F1 {f1:F3} < {F1Floor}\n{total}"));
    }

    [Fact]
    public void There_are_twelve_wire_stories_of_wire_length_whose_gold_points_at_its_text()
    {
        var stories = WireGold.Stories().ToList();

        Assert.Equal(12, stories.Count);
        foreach (var (name, text, gold) in stories)
        {
            var words = text.Split(new[] { ' ', '\n' }, StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.True(words is >= 150 and <= 450, $"{name}: {words} words");
            Assert.False(text.EndsWith("\n", StringComparison.Ordinal), $"{name} ends with a newline");
            Assert.NotEmpty(gold);
            foreach (var m in gold)
            {
                Assert.Contains(m.Type, new[] { "PER", "ORG", "LOC", "MISC" });
                Assert.Equal(m.Text, text.Substring(m.Start, m.Length));
            }

            Assert.All(gold.Zip(gold.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start, $"{name}: «{pair.First.Text}» overlaps «{pair.Second.Text}»"));
        }
    }

    private WireScore Score(bool includeTentative, bool print)
    {
        var total = new WireScore();
        foreach (var (name, text, gold) in WireGold.Stories())
        {
            var model = DocumentExtractor.Extract(name, text);
            var predicted = WireScore.Predictions(model, text, includeTentative);
            var score = WireScore.Of(name, text, gold, predicted, model.Sentences.AsList());
            if (print)
            {
                var (p, r, f, tp, fp, fn) = score.Prf();
                _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: P {p:F3} R {r:F3} F1 {f:F3} (tp {tp}, fp {fp}, fn {fn})"));
            }

            total.Add(score);
        }

        return total;
    }
}
