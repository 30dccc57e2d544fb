using System;
using System.IO;
using System.Linq;
using Xunit.Abstractions;

namespace Corpus.Extraction.Tests.Names;

/// <summary>The bar on the project's own seed, scored against the hand-checked gold reading.</summary>
public sealed class SeedGoldTests
{
    private readonly ITestOutputHelper _output;

    public SeedGoldTests(ITestOutputHelper output) => _output = output;

    private static GoldScorer Score(out DocumentModel model)
    {
        var baseDir = AppContext.BaseDirectory;
        var seed = Path.Combine(baseDir, "Seeds", "000_bf472475e3e9b8da.txt");
        model = DocumentExtractor.Extract(seed, File.ReadAllText(seed));
        var gold = File.ReadAllText(Path.Combine(baseDir, "Data", "seed-000.gold.json"));
        return new GoldScorer(gold, model.Entities.AsList());
    }

    [Fact]
    public void Seed_meets_the_gold_bar()
    {
        var score = Score(out var model);
        foreach (var e in model.Entities)
        {
            _output.WriteLine($"{e.Name} | {e.Kind} | {e.Role} | {e.Affiliation} | {e.Description} | [{string.Join(",", e.Aliases)}] | {e.Mentions.Count} | {(e.Tentative ? "tentative" : "")}");
        }

        _output.WriteLine(score.ToString());
        Assert.True(score.Recall >= 1.0, score.ToString());
        Assert.True(score.Precision >= 0.96, score.ToString());
        Assert.True(score.KindAccuracy >= 0.96, score.ToString());
        Assert.Empty(score.Forbidden);
        Assert.Empty(score.WrongMentions);
        Assert.Empty(score.WrongRelations);
    }

    [Fact]
    public void Seed_mentions_cover_the_name_as_written()
    {
        Score(out var model);
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Seeds", "000_bf472475e3e9b8da.txt"));
        foreach (var e in model.Entities)
        {
            foreach (var m in e.Mentions)
            {
                var written = text.Substring(m.Span.Start, m.Span.Length);
                Assert.True(written == e.Name || e.Aliases.Contains(written), $"{e.Name}: mention '{written}'");
                Assert.InRange(m.Sentence, 0, model.Sentences.Count - 1);
                var sentence = model.Sentences[m.Sentence];
                Assert.InRange(m.Span.Start, sentence.Start, sentence.Start + sentence.Length - m.Span.Length);
            }
        }
    }
}
