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

    // The token that starts at the first character of `word` in `text`.
    private static Token TokenAt(string text, string word)
    {
        var at = text.IndexOf(word, System.StringComparison.Ordinal);
        return Tokenizer.Tokenize(text).First(t => t.Start == at);
    }

    [Fact]
    public void A_hanging_indent_wraps_under_its_item()
    {
        const string text =
            "  1. The committee agreed that the bridge over the river should be rebuilt\n" +
            "     before the winter, and that the old toll house on its northern bank\n" +
            "     should be kept as a museum of the history of the town and its trade.\n" +
            "  2. The council will ask the Ministry of Transport to pay for the work.\n";
        Assert.False(BreaksBefore(text, "before the winter"));
        Assert.False(BreaksBefore(text, "should be kept"));
        Assert.True(BreaksBefore(text, "2."));
    }

    [Fact]
    public void A_signature_wraps_under_its_dash()
    {
        const string text =
            "Nothing is so hard to see as what lies right in front of one's own eyes,\n" +
            "and nothing is so easy to overlook as the plain answer to a question.\n" +
            "\t\t-- Margaret Holloway, in a letter to the editor of the Westbury\n" +
            "\t\t   Gazette, in the spring of 1921\n";
        Assert.True(BreaksBefore(text, "--"));
        Assert.False(BreaksBefore(text, "Gazette"));
    }

    [Fact]
    public void A_speaker_label_and_a_tab_hang_the_lines_under_the_speech()
    {
        const string text =
            "Ruth:\tI have always wanted to take the night train from Paris to Vienna\n" +
            "\tand wake up somewhere in the mountains with snow on the window.\n" +
            "Tom:\tThen we should go in the winter, when the passes are closed.\n";
        Assert.False(BreaksBefore(text, "and wake"));
        Assert.True(BreaksBefore(text, "Tom"));
    }

    [Fact]
    public void The_line_that_goes_back_out_after_a_hanging_item_opens_another()
    {
        const string text =
            "<anna> the build broke again this morning because somebody pushed a patch\n" +
            "       without running the tests on the old compilers first\n" +
            "<brian> that was me, sorry, I will fix it before the release tonight\n";
        Assert.False(BreaksBefore(text, "without"));
        Assert.True(BreaksBefore(text, "<brian>"));
    }

    [Fact]
    public void A_paragraph_indented_on_its_first_line_wraps_though_filled_narrower_than_its_block()
    {
        // The first paragraph was filled at 70 columns, the second at 78.
        const string text =
            "\tThe old ferryman had worked on the river for forty years\n" +
            "and carried farmers and their carts from one bank to the other in all\n" +
            "seasons.\n" +
            "\tNobody in the village could remember a day when the ferry had not run,\n" +
            "not even in the great flood of the year the church tower fell, when the water\n" +
            "stood in the market square for a week and the bakers sold bread from boats.\n";
        Assert.False(BreaksBefore(text, "and carried"));
        Assert.False(BreaksBefore(text, "seasons"));
        Assert.True(BreaksBefore(text, "Nobody"));
        Assert.False(BreaksBefore(text, "not even"));
    }

    [Fact]
    public void A_paragraph_indented_as_a_whole_wraps()
    {
        const string text =
            "    In the spring of that year the company moved its offices from the old\n" +
            "    mill by the canal to a new building near the station in New\n" +
            "    Brighton, where it stayed until the war.\n";
        Assert.False(BreaksBefore(text, "mill"));
        Assert.False(BreaksBefore(text, "Brighton"));
    }

    [Fact]
    public void A_line_past_the_width_by_one_long_address_wraps_with_its_block()
    {
        const string text =
            "The full report of the inquiry into the collapse of the bridge can be read at\n" +
            "https://www.example.org/reports/2019/the-inquiry-into-the-collapse-of-the-old-river-bridge-at-westford.html\n" +
            "together with the evidence given by the engineers and the minutes of the\n" +
            "council meetings at which the repairs to the bridge were first discussed.\n";
        Assert.False(BreaksBefore(text, "https"));
        Assert.False(BreaksBefore(text, "together"));
        Assert.False(BreaksBefore(text, "council"));
    }

    [Fact]
    public void A_line_of_many_words_past_the_width_keeps_its_block_unwrapped()
    {
        const string text =
            "The committee met on Tuesday to review the plans for the bridge\n" +
            "Work on the foundations of the new bridge over the river is due to begin in the autumn, the council said on Monday, after a long debate.\n" +
            "The council approved the plans for the new bridge last spring.\n";
        Assert.True(BreaksBefore(text, "Work"));
        Assert.True(BreaksBefore(text, "The council"));
    }

    [Fact]
    public void A_word_broken_at_a_hyphen_is_read_whole()
    {
        const string text =
            "The printers were designed by the engineers at the old works of Hewlett-\n" +
            "Packard in Palo Alto, and the company sold them through its dealers in the\n" +
            "United States, where the demand from the growing number of its inter-\n" +
            "national customers was met by its factory.\n";
        var packard = TokenAt(text, "Packard");
        Assert.False(packard.Has(TokenFlags.LineBreakBefore));
        Assert.False(packard.Has(TokenFlags.SpaceBefore));
        Assert.False(TokenAt(text, "national").Has(TokenFlags.SpaceBefore));
        var sentence = Assert.Single(Split(text));
        Assert.EndsWith("was met by its factory.", sentence, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_cut_off_at_a_hyphen_before_the_next_speaker_keeps_its_line_end()
    {
        const string text =
            "Brother Maynard:\tAnd the people did feast upon the lambs and the sloths,\n" +
            "\tand the carp and the anchovies, and the lima bean-\n" +
            "High Priest:\tSkip a bit, brother.\n";
        Assert.True(TokenAt(text, "High").Has(TokenFlags.LineBreakBefore));
    }

    [Fact]
    public void A_dash_at_a_line_end_is_no_hyphen()
    {
        const string text =
            "The committee met on Tuesday to review the plans for the bridge, and --\n" +
            "Work on the foundations is due to begin in the autumn, the council said.\n";
        Assert.True(TokenAt(text, "Work").Has(TokenFlags.LineBreakBefore));
    }
}
