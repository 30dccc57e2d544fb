using System.Linq;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Split(string text) => SentenceSplitter.Split(text).Select(s => s.Text).ToArray();

    [Fact]
    public void Titles_and_initialisms_do_not_end_sentences()
    {
        var sentences = Split("Mr. Smith met Dr. Jones at the U.S. embassy in the U.K. capital. They talked for an hour.");
        Assert.Equal(new[] { "Mr. Smith met Dr. Jones at the U.S. embassy in the U.K. capital.", "They talked for an hour." }, sentences);
    }

    [Fact]
    public void Company_abbreviations_decimals_and_money_stay_inside()
    {
        var sentences = Split("Apple Inc. reported revenue of $3.5 billion on Jan. 30, up 2.4% from a year ago. Shares rose.");
        Assert.Equal(2, sentences.Length);
        Assert.StartsWith("Apple Inc. reported", sentences[0]);
    }

    [Fact]
    public void Initials_of_a_name_stay_together()
    {
        var sentences = Split("J.R.R. Tolkien and George R. R. Martin wrote long books. Both sold well.");
        Assert.Equal(2, sentences.Length);
    }

    [Fact]
    public void Closing_quote_and_bracket_after_the_stop_belong_to_the_sentence()
    {
        Assert.Equal(new[] { "“We will win.”", "The crowd cheered." }, Split("“We will win.” The crowd cheered."));
        Assert.Equal(new[] { "(The vote was close.)", "Officials agreed." }, Split("(The vote was close.) Officials agreed."));
    }

    [Fact]
    public void A_sentence_can_end_with_an_abbreviation()
    {
        var sentences = Split("Europe is two years behind the U.S. Which means the gap is real.");
        Assert.Equal(new[] { "Europe is two years behind the U.S.", "Which means the gap is real." }, sentences);
    }

    [Fact]
    public void An_abbreviation_before_a_name_does_not_end_the_sentence()
    {
        Assert.Single(Split("The U.S. Senate voted and Acme Corp. Chief Executive Jane Doe watched."));
    }

    [Fact]
    public void Question_and_exclamation_marks_end_sentences()
    {
        Assert.Equal(3, Split("Is it true? Yes, it is! Nobody doubted it.").Length);
    }

    [Fact]
    public void A_quoted_question_followed_by_said_goes_on()
    {
        Assert.Single(Split("“Why now?” she asked the board."));
    }

    [Fact]
    public void Line_breaks_end_sentences_unless_prose_is_wrapped()
    {
        Assert.Equal(2, Split("Markets rally\nInvestors cheer the news").Length);
        Assert.Single(Split("The committee met on Tuesday and\nagreed to the plan."));
        Assert.Equal(2, Split("Heading\n\nbody text follows here.").Length);
    }

    [Fact]
    public void Sentences_keep_exact_offsets_and_fold_line_breaks()
    {
        const string text = "  First one.\r\nSecond one\r\ngoes on.";
        var sentences = SentenceSplitter.Split(text);
        Assert.Equal(2, sentences.Length);
        Assert.Equal(2, sentences[0].Start);
        Assert.Equal("First one.", text.Substring(sentences[0].Start, sentences[0].Length));
        Assert.Equal("Second one  goes on.", sentences[1].Text);
        Assert.Equal(sentences[1].Length, sentences[1].Text.Length);
    }

    [Theory]
    [InlineData("x\n. Y\n. Z")]
    [InlineData("one\n. two\n. three\n. four\n. five\n. six")]
    [InlineData("A line.\n. B line.\n.\n. C")]
    public void A_stop_that_opens_a_line_ends_the_sentence_before_its_line_break_and_its_own(string text)
    {
        // One stop may close two sentences here: the ranges once had room for one per stop and overran.
        var sentences = SentenceSplitter.Split(text);

        Assert.NotEmpty(sentences);
        Assert.All(sentences, s => Assert.Equal(s.Text, text.Substring(s.Start, s.Length).Replace('\n', ' ')));
        var words = text.Split(new[] { ' ', '\n', '.' }, System.StringSplitOptions.RemoveEmptyEntries);
        Assert.All(words, w => Assert.Contains(sentences, s => s.Text.Contains(w, System.StringComparison.Ordinal)));
    }

    [Fact]
    public void Many_stops_that_open_lines_fit_the_ranges()
    {
        // More sentences than the thread's kept ranges hold from earlier texts, so an overrun cannot hide in their room.
        var text = string.Concat(Enumerable.Repeat("word\n. ", 40000)) + "End";
        var model = DocumentExtractor.ExtractUncached("stops.txt", text);

        Assert.True(model.Readable);
        Assert.DoesNotContain(model.Problems, p => p.Id == DiagnosticIds.UnreadableSeed);
        Assert.True(model.Sentences.Count >= 40000);
    }
}
