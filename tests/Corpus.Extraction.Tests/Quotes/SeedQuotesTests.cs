using System.IO;
using System.Linq;
using System.Text.Json;
using static Corpus.Extraction.Tests.Quotes.QuoteTestKit;

namespace Corpus.Extraction.Tests.Quotes;

/// <summary>The seed article against its hand-checked gold file: the minimum bar for quotations.</summary>
public sealed class SeedQuotesTests
{
    private const string SeedName = "000_bf472475e3e9b8da.txt";

    private static (string Text, DocumentModel Model, JsonElement Gold) Load()
    {
        var root = RepositoryRoot();
        var text = File.ReadAllText(Path.Combine(root, "seeds", SeedName));
        var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "tests", "Corpus.Extraction.Tests", "Data", "seed-000.quotes.gold.json")));
        return (text, DocumentExtractor.Extract(SeedName, text), gold.RootElement.Clone());
    }

    [Fact]
    public void Seed_quotations_match_the_gold_text_kind_line_and_column()
    {
        var (_, model, gold) = Load();

        var expected = gold.GetProperty("quotes").EnumerateArray().ToArray();
        Assert.Equal(expected.Length, model.Quotes.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            var quote = model.Quotes[i];
            Assert.Equal(expected[i].GetProperty("text").GetString(), quote.Text);
            Assert.Equal(expected[i].GetProperty("kind").GetString(), quote.Kind.ToString());
            Assert.Equal(expected[i].GetProperty("line").GetInt32(), quote.Span.Line);
            Assert.Equal(expected[i].GetProperty("column").GetInt32(), quote.Span.Column);
            if (expected[i].TryGetProperty("speakerText", out var speakerText))
            {
                Assert.Equal(speakerText.GetString(), quote.SpeakerText);
            }
        }
    }

    [Fact]
    public void Seed_prompt_is_attributed_to_one_shopper_with_no_entity()
    {
        var (text, model, _) = Load();

        var prompt = model.Quotes[0];
        Assert.Equal("One shopper", prompt.SpeakerText);
        Assert.Equal(text.IndexOf("One shopper", System.StringComparison.Ordinal), prompt.SpeakerSpan!.Value.Start);
        Assert.Null(prompt.Speaker);
    }

    [Fact]
    public void Seed_scale_quotation_is_attributed_to_the_bank_phrase_as_written()
    {
        // The seed is machine-paraphrased: "investment bank" reads "funding financial institution", and the verb
        // "noted" reads "famous". The As-pattern finds the phrase without listing the paraphrased verb.
        var (text, model, _) = Load();

        var quote = model.Quotes[1];
        const string Phrase = "funding financial institution Goldman Sachs";
        Assert.Equal(Phrase, quote.SpeakerText);
        Assert.Equal(text.IndexOf(Phrase, System.StringComparison.Ordinal), quote.SpeakerSpan!.Value.Start);
        Assert.Equal(Phrase.Length, quote.SpeakerSpan!.Value.Length);
        Assert.Equal(9, quote.SpeakerSpan!.Value.Line);

        // Speaker is an entity name: whatever the entity engine finds for the bank must be the one it names.
        var bank = model.Entities.FirstOrDefault(e => e.Name == "Goldman Sachs");
        Assert.Equal(bank?.Name, quote.Speaker);
    }

    [Fact]
    public void Seed_scale_quotation_speaker_is_goldman_sachs_when_the_entity_is_known()
    {
        var (text, _, _) = Load();

        var quotes = FindQuotes(text, Entity(text, "Goldman Sachs", EntityKind.Organization), Entity(text, "Moore Threads", EntityKind.Organization));

        Assert.Equal("Goldman Sachs", quotes[1].Speaker);
        Assert.Null(quotes[0].Speaker);
        Assert.Null(quotes[2].Speaker);
    }

    [Fact]
    public void Seed_quotations_point_at_the_sentence_that_holds_their_opening_mark()
    {
        var (_, model, _) = Load();

        Assert.All(model.Quotes, quote =>
        {
            var sentence = model.Sentences[quote.Sentence];
            Assert.InRange(quote.Span.Start, sentence.Start, sentence.Start + sentence.Length - 1);
        });
    }

    [Fact]
    public void Seed_has_no_unclosed_quotation()
    {
        var (_, model, _) = Load();

        Assert.DoesNotContain(model.Problems, p => p.Id == DiagnosticIds.UnclosedQuotation);
    }
}
