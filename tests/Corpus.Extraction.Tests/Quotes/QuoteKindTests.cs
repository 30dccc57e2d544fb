using static Corpus.Extraction.Tests.Quotes.QuoteTestKit;

namespace Corpus.Extraction.Tests.Quotes;

/// <summary>Quotation (reported words) versus Term (a scare-quoted name), decided from evidence.</summary>
public sealed class QuoteKindTests
{
    [Theory]
    [InlineData("Critics say the so-called “smart” devices leak data.")]
    [InlineData("The firm joined the “Magnificent Seven” last year.")]
    [InlineData("The app, dubbed “the next TikTok,” has 10 million users.")]
    [InlineData("The word “algorithm” comes from a Persian name.")]
    [InlineData("She founded a start-up called “Brightline” in 2019.")]
    [InlineData("The film \"Oppenheimer\" won seven awards.")]
    [InlineData("Investors piled into the hyped “big three”—Alpha, Beta and Gamma—last spring.")]
    [InlineData("A new generation of “digital nomads” is moving to the coast.")]
    [InlineData("The movement is known as “quiet quitting” among managers.")]
    [InlineData("Her memoir, “The Long Road Home,” was published in May.")]
    [InlineData("The band’s 1997 hit “Bitter Sweet Symphony” topped the charts.")]
    public void Scare_quoted_names_are_terms_without_a_speaker(string text)
    {
        var quote = Single(text);

        Assert.Equal(QuoteKind.Term, quote.Kind);
        Assert.Null(quote.Speaker);
        Assert.Null(quote.SpeakerText);
        Assert.Null(quote.SpeakerSpan);
    }

    [Theory]
    [InlineData("The mayor said, “We will rebuild every bridge in this county.”")]
    [InlineData("“No,” she said.")]
    [InlineData("Rivera: “Never.”")]
    [InlineData("The company said the plan was “deeply flawed” and would hurt families.")]
    [InlineData("He described the decision as “a disgrace.”")]
    [InlineData("One tourist asked the chatbot for “a quiet beach with no crowds and cheap seafood.”")]
    [InlineData("The protesters chanted \"No justice, no peace\" as they marched.")]
    [InlineData("The statement read: “Operations are suspended.”")]
    [InlineData("The minister told a newspaper last week that the government would “look very closely” at any sale.")]
    [InlineData("The coach disputed the penalty, which he called “a complete mystery.”")]
    [InlineData("Residents reopened the road, which they called “a lifeline” for the valley.")]
    public void Reported_words_are_quotations(string text)
    {
        Assert.Equal(QuoteKind.Quotation, Single(text).Kind);
    }

    [Fact]
    public void Length_alone_does_not_decide_a_short_attributed_reply_is_a_quotation()
    {
        var quotes = FindQuotes("“It was chaos,” Jones said. “Absolute chaos.”");

        Assert.All(quotes, q => Assert.Equal(QuoteKind.Quotation, q.Kind));
        Assert.Equal("Jones", quotes[1].SpeakerText);
    }

    [Fact]
    public void Length_alone_does_not_decide_a_long_title_inside_a_noun_phrase_is_a_term()
    {
        var quote = Single("Her so-called “Four Freedoms for the Digital Age” plan was shelved.");

        Assert.Equal(QuoteKind.Term, quote.Kind);
    }

    [Fact]
    public void A_term_in_a_sentence_that_reports_speech_stays_a_term()
    {
        var quote = Single("The analyst said the so-called “magnificent” stocks were overvalued.");

        Assert.Equal(QuoteKind.Term, quote.Kind);
        Assert.Null(quote.SpeakerText);
    }

    [Fact]
    public void A_second_fragment_joined_by_and_shares_the_first_ones_kind_and_speaker()
    {
        var quotes = FindQuotes("She described the film as “a triumph” and “long overdue.”");

        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, q => Assert.Equal(QuoteKind.Quotation, q.Kind));
        Assert.All(quotes, q => Assert.Equal("She", q.SpeakerText));
    }
}
