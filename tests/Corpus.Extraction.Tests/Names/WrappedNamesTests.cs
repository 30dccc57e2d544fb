using System.Linq;
using static Corpus.Extraction.Tests.Names.EntityAssert;

namespace Corpus.Extraction.Tests.Names;

/// <summary>
/// Names in hard-wrapped text: a name that a wrap breaks reads as one name with one space, while its mentions keep
/// their offsets into the text as written, line end and all.
/// </summary>
public sealed class WrappedNamesTests
{
    private const string Letter =
        "\"Don't worry,\" said Maria Lopez, who lives in the United\n" +
        "States and works for Acme Corp in New\n" +
        "York.\n";

    [Fact]
    public void A_name_broken_by_a_wrap_is_one_name()
    {
        var entities = Extract(Letter);
        var names = entities.Select(e => e.Name).ToArray();
        Assert.Contains("United States", names);
        Assert.Contains("New York", names);
        Assert.DoesNotContain("United", names);
        Assert.DoesNotContain("New", names);
        Assert.DoesNotContain("York", names);
        Assert.Equal(EntityKind.Place, Find(entities, "New York").Kind);
    }

    [Fact]
    public void A_mention_across_a_wrap_keeps_its_offsets_and_line()
    {
        var mention = Find(Extract(Letter), "United States").Mentions.Single().Span;
        Assert.Equal(Letter.IndexOf("United", System.StringComparison.Ordinal), mention.Start);
        Assert.Equal("United\nStates", Letter.Substring(mention.Start, mention.Length));
        Assert.Equal(1, mention.Line);
        Assert.Equal(51, mention.Column);
    }

    [Fact]
    public void Crlf_wraps_give_the_same_names()
    {
        var text = Letter.Replace("\n", "\r\n", System.StringComparison.Ordinal);
        var york = Find(Extract(text), "New York").Mentions.Single().Span;
        Assert.Equal("New\r\nYork", text.Substring(york.Start, york.Length));
        Assert.Equal(2, york.Line);
        Assert.Contains("United States", KeptNames(text));
    }

    [Fact]
    public void A_headline_dateline_and_body_are_not_joined()
    {
        const string text =
            "Northwind Traders Agrees To Buy Contoso Widgets From Fabrikam\n" +
            "SEATTLE, March 3 - Northwind Traders said on Monday it had agreed to buy\n" +
            "Contoso Widgets for $5 billion in cash from its owner, the Fabrikam Group\n" +
            "of Portland.\n";
        var entities = Extract(text);
        Assert.Equal(EntityKind.Place, Find(entities, "SEATTLE").Kind);
        Assert.Equal(EntityKind.Place, Find(entities, "Portland").Kind);
        Assert.Contains("Contoso Widgets", entities.Select(e => e.Name));
        Assert.DoesNotContain(entities, e => e.Name.Contains("Fabrikam SEATTLE", System.StringComparison.Ordinal));
    }

    [Fact]
    public void An_attribution_line_is_not_joined_to_the_quotation()
    {
        const string text =
            "Always do right. This will gratify some people and astonish all of the\n" +
            "rest of them, as any traveller who has crossed the whole of New England\n" +
            "-- Mark Twain\n";
        var names = Extract(text).Select(e => e.Name).ToArray();
        Assert.Contains("New England", names);
        Assert.Contains("Mark Twain", names);
        Assert.DoesNotContain(names, n => n.Contains("England Mark", System.StringComparison.Ordinal));
    }

    [Fact]
    public void List_items_are_not_joined()
    {
        const string text =
            "The delegation from the Ministry of Transport will visit these cities in\n" +
            "Southern Europe during the three weeks of the tour, in this order, by rail\n" +
            "- Lisbon\n" +
            "- Madrid\n";
        var names = Extract(text).Select(e => e.Name).ToArray();
        Assert.Contains("Southern Europe", names);
        Assert.Contains("Lisbon", names);
        Assert.Contains("Madrid", names);
    }

    [Fact]
    public void A_quotation_across_a_wrap_reads_with_spaces()
    {
        const string text =
            "\"We will build the new plant in the United States and hire workers in New\n" +
            "York and in Ohio next year,\" said Maria Lopez, the chief executive of Acme\n" +
            "Corp, on Tuesday.\n";
        var model = DocumentExtractor.Extract("wrapped.txt", text);
        var quote = Assert.Single(model.Quotes);
        Assert.Equal("We will build the new plant in the United States and hire workers in New York and in Ohio next year,", quote.Text);
        Assert.Equal("Maria Lopez", quote.Speaker);
        Assert.Equal(0, quote.Span.Start);
        Assert.Equal(1, quote.Span.Line);
        var names = model.Entities.Select(e => e.Name).ToArray();
        Assert.Contains("New York", names);
        Assert.Contains("Acme Corp", names);
        Assert.DoesNotContain("Corp", names);
    }

    [Fact]
    public void A_name_broken_at_its_hyphen_reads_whole_and_keeps_its_offsets()
    {
        const string text =
            "The printers were designed by the engineers at the old works of Hewlett-\n" +
            "Packard in Palo Alto, and the company sold them through its dealers in the\n" +
            "United States for many years before the merger with Compaq of Houston.\n";
        var entities = Extract(text);
        var names = entities.Select(e => e.Name).ToArray();
        Assert.Contains("Hewlett-Packard", names);
        Assert.DoesNotContain("Hewlett", names);
        Assert.DoesNotContain("Packard", names);
        var mention = Find(entities, "Hewlett-Packard").Mentions.Single().Span;
        Assert.Equal("Hewlett-\nPackard", text.Substring(mention.Start, mention.Length));
        Assert.Equal(1, mention.Line);
    }

    [Fact]
    public void A_name_in_a_hanging_signature_is_one_name()
    {
        const string text =
            "Nothing is so hard to see as what lies right in front of one's own eyes,\n" +
            "and nothing is so easy to overlook as the plain answer to a question.\n" +
            "\t\t-- Margaret Holloway, in a letter to the editor of the Westbury\n" +
            "\t\t   Gazette, in the spring of 1921\n";
        var names = Extract(text).Select(e => e.Name).ToArray();
        Assert.Contains("Margaret Holloway", names);
        Assert.Contains("Westbury Gazette", names);
        Assert.DoesNotContain("Gazette", names);
    }
}
