using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Corpus.Extraction.Tests.Names;
using Xunit.Abstractions;

namespace Corpus.Extraction.Tests.HeldOut;

/// <summary>
/// Ten news articles written for evaluation and annotated by hand without reading the engine (Data/HeldOut):
/// wire datelines, bylines, titles, company suffixes, clubs named after cities, acronyms, possessives, hyphenated
/// compounds, nationalities, and quotations in every usual attribution pattern. They stand in for the unseen
/// public news the engine is measured on, so the floors here are conservative and sit under what it achieves.
/// </summary>
public sealed class HeldOutEvaluationTests
{
    // Floors for the micro-averaged numbers over all ten articles. Entity F1 is CoNLL-style (PER/ORG/LOC, name
    // and kind must both be right); quotation F1 needs exact text, line and column; speaker accuracy is the share
    // of found quotations (not terms) whose speaker is the gold entity, or null where the gold names none; the
    // source measure (the public quotation corpus's) asks only that the attribution phrase overlap the gold one.
    // The engine scored entity F1 0.77, quote F1 1.00, speaker 0.73 and source 0.88 when these were first set.
    // With pronouns, "called"/"told … that", possessive organisations and description subjects resolved it scored
    // speaker 0.93 and source 0.95, so the speaker floor is now the public corpus's target, 0.85; with name extents
    // across "and"/commas, titles and places within places, entity F1 reached 0.91, so its floor is 0.89.
    private const double EntityF1Floor = 0.89;
    private const double QuoteF1Floor = 0.97;
    private const double SpeakerAccuracyFloor = 0.85;
    private const double SourceAccuracyFloor = 0.85;

    private readonly ITestOutputHelper _output;

    public HeldOutEvaluationTests(ITestOutputHelper output) => _output = output;

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Data", "HeldOut");

    private static IEnumerable<(string Name, string Text, string GoldJson)> Articles() => HeldOutGold.Articles(Folder);

    [Fact]
    public void Held_out_articles_meet_the_floors()
    {
        var total = HeldOutScore.Over(Folder, a =>
        {
            _output.WriteLine($"{a.Name}: {a.Score}");
            _output.WriteLine($"  names only: {new GoldScorer(a.GoldJson, a.Model.Entities.AsList())}");
        });

        _output.WriteLine(string.Empty);
        _output.WriteLine($"OVERALL: {total}");
        _output.WriteLine(string.Empty);
        foreach (var error in total.Errors)
        {
            _output.WriteLine(error);
        }

        total.AssertFloors(EntityF1Floor, QuoteF1Floor, SpeakerAccuracyFloor, SourceAccuracyFloor);
    }

    [Fact]
    public void There_are_ten_articles_of_news_length_each_with_a_gold_file()
    {
        var articles = Articles().ToList();

        Assert.Equal(10, articles.Count);
        foreach (var (name, text, _) in articles)
        {
            var words = text.Split(new[] { ' ', '\n' }, StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.True(words is >= 250 and <= 600, $"{name}: {words} words");
            Assert.False(text.EndsWith("\n", StringComparison.Ordinal), $"{name} ends with a newline");
        }
    }

    [Fact]
    public void Gold_quotations_point_at_an_opening_mark_followed_by_their_text()
    {
        foreach (var (name, text, goldJson) in Articles())
        {
            foreach (var q in HeldOutGold.Read(goldJson, text).Quotes)
            {
                var mark = text[q.Start];
                Assert.True(mark is '"' or '\u201C', $"{name} {q.Line}:{q.Column} is '{mark}', not an opening mark");

                // A quotation continued over paragraphs reads, in the text, as its first part up to the line break.
                var firstPart = q.Text;
                var lineEnd = text.IndexOf('\n', q.Start);
                if (lineEnd >= 0 && q.Start + 1 + q.Text.Length > lineEnd)
                {
                    firstPart = text.Substring(q.Start + 1, lineEnd - q.Start - 1);
                    Assert.StartsWith(firstPart + " ", q.Text, StringComparison.Ordinal);
                }

                Assert.Equal(firstPart, text.Substring(q.Start + 1, firstPart.Length));
                if (q.SpeakerText is not null)
                {
                    Assert.True(q.SourceStart >= 0, $"{name} {q.Line}:{q.Column}: attribution '{q.SpeakerText}' not found outside the quotations");
                }
            }
        }
    }

    [Fact]
    public void Gold_names_occur_in_their_article_and_no_forbidden_name_is_gold()
    {
        foreach (var (name, text, goldJson) in Articles())
        {
            var gold = HeldOutGold.Read(goldJson, text);
            foreach (var e in gold.Entities.Concat(gold.Optional))
            {
                Assert.True(e.Names.Any(n => text.Contains(n, StringComparison.Ordinal)), $"{name}: {e.Name} is not in the text");
            }

            var names = gold.Entities.Concat(gold.Optional).SelectMany(e => e.Names).ToHashSet(StringComparer.Ordinal);
            foreach (var forbidden in gold.Forbidden)
            {
                Assert.DoesNotContain(forbidden, names);
            }
        }
    }
}
