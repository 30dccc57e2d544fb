using System.Linq;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Tests.Text;

/// <summary>
/// Text hard-wrapped at a fixed width (e-mail, RFCs, Project Gutenberg, fortunes): a line end that only wraps a
/// paragraph reads as a space; one that ends a line of its own (a headline, a dateline, a list item, a signature,
/// verse, a table row) stays a line end.
/// </summary>
public sealed class WrappedTextTests
{
    // Wrapped at 72 columns, as a filling editor does: every line but the last would have taken the next word past it.
    private const string Paragraph =
        "The committee met on Tuesday to review the plans for the new bridge over\n" +
        "River Avon, which the city council approved last spring after a long and\n" +
        "heated debate. Work on the foundations is due to begin in the autumn.\n";

    private static string[] Split(string text) => SentenceSplitter.Split(text).Select(s => s.Text).ToArray();

    // Whether the token that starts at the first character of `word` in `text` has a line break before it.
    private static bool BreaksBefore(string text, string word)
    {
        var at = text.IndexOf(word, System.StringComparison.Ordinal);
        var token = Tokenizer.Tokenize(text).First(t => t.Start == at);
        Assert.True(token.Has(TokenFlags.SpaceBefore), $"no space before '{word}'");
        return token.Has(TokenFlags.LineBreakBefore);
    }

    [Fact]
    public void A_wrap_inside_a_filled_paragraph_is_a_space()
    {
        Assert.False(BreaksBefore(Paragraph, "River"));
        Assert.False(BreaksBefore(Paragraph, "heated"));
    }

    [Fact]
    public void A_sentence_goes_on_across_a_wrap_before_a_capital()
    {
        Assert.Equal(
            new[]
            {
                "The committee met on Tuesday to review the plans for the new bridge over River Avon, which the city council approved last spring after a long and heated debate.",
                "Work on the foundations is due to begin in the autumn.",
            },
            Split(Paragraph));
    }

    [Fact]
    public void Crlf_line_ends_wrap_the_same_way()
    {
        var text = Paragraph.Replace("\n", "\r\n", System.StringComparison.Ordinal);
        Assert.False(BreaksBefore(text, "River"));
        var sentences = SentenceSplitter.Split(text);
        Assert.Equal(2, sentences.Length);
        Assert.Equal(0, sentences[0].Start);
        Assert.StartsWith("The committee", sentences[0].Text, System.StringComparison.Ordinal);
        Assert.EndsWith("heated debate.", sentences[0].Text, System.StringComparison.Ordinal);
        Assert.Contains("over  River Avon", sentences[0].Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_headline_and_a_dateline_keep_their_line_ends()
    {
        const string text =
            "Northwind Traders Agrees To Buy Contoso Widget Maker\n" +
            "SEATTLE, March 3 - Northwind Traders said on Monday it had agreed to buy\n" +
            "Contoso Widgets for $5 billion in cash, the largest deal in the industry\n" +
            "this year.\n";
        Assert.True(BreaksBefore(text, "SEATTLE"));
        Assert.False(BreaksBefore(text, "Contoso Widgets"));
        var sentences = Split(text);
        Assert.Equal("Northwind Traders Agrees To Buy Contoso Widget Maker", sentences[0]);
        Assert.StartsWith("SEATTLE, March 3", sentences[1], System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_signature_after_a_wrapped_quotation_keeps_its_line()
    {
        const string text =
            "Always do right. This will gratify some people and astonish all of the\n" +
            "rest of them, and that is the whole point of doing it in the first place\n" +
            "-- Mark Twain\n";
        Assert.False(BreaksBefore(text, "rest"));
        Assert.True(BreaksBefore(text, "--"));
        Assert.Equal("-- Mark Twain", Split(text).Last());
    }

    [Fact]
    public void List_items_keep_their_lines()
    {
        const string text =
            "The delegation will visit the following cities during the three weeks of\n" +
            "- Lisbon and the Tagus estuary, where the new port is being planned\n" +
            "- Porto\n" +
            "1. Madrid, for the talks with the ministry on the railway to the border\n" +
            "2. Sevilla\n";
        Assert.True(BreaksBefore(text, "- Lisbon"));
        Assert.True(BreaksBefore(text, "- Porto"));
        Assert.True(BreaksBefore(text, "1."));
        Assert.True(BreaksBefore(text, "2."));
    }

    [Fact]
    public void Verse_keeps_its_lines()
    {
        const string text =
            "The river runs beneath the bridge of stone and carries down the rain\n" +
            "Across the fields of Westmarch where the old mill turns again\n" +
            "Beside the road to Eastwick and the hills of Harrowdale\n" +
            "Until it meets the grey sea wall and every wandering sail\n";
        Assert.True(BreaksBefore(text, "Across"));
        Assert.True(BreaksBefore(text, "Beside"));
        Assert.True(BreaksBefore(text, "Until"));
    }

    [Fact]
    public void Table_rows_keep_their_lines()
    {
        const string text =
            "Month     Open    High    Low    Close   Change   Volume   Traders   Notes\n" +
            "Dec       1,201   1,215   1,190  1,207   +6       3,400    Northwind Trading\n" +
            "Jan       1,210   1,222   1,201  1,219   +12      2,950    Contoso Markets\n";
        Assert.True(BreaksBefore(text, "Dec"));
        Assert.True(BreaksBefore(text, "Jan"));
    }

    [Fact]
    public void A_text_written_a_paragraph_per_line_keeps_every_line_end()
    {
        const string text =
            "Northwind Traders said on Monday it had agreed to buy Contoso Widgets for $5 billion in cash, the largest deal of the year\n" +
            "Contoso shares rose 12 percent in early trading in New York, while Northwind shares fell by 3 percent after the news.\n";
        Assert.True(BreaksBefore(text, "Contoso shares"));
    }
}
