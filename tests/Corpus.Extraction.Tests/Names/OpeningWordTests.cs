using System.Linq;
using Corpus.Extraction.Names;
using static Corpus.Extraction.Tests.Names.EntityAssert;

namespace Corpus.Extraction.Tests.Names;

/// <summary>
/// An ordinary word that opens a sentence before a name ("Use Quenix if ...") is not part of the name when the seed
/// also writes the name alone inside a sentence; names that open with an ordinary word of their own keep it. Made-up
/// sentences, not from any seed, held-out article or wire set.
/// </summary>
public sealed class OpeningWordTests
{
    [Theory]
    [InlineData("Use Quenix if you want a stable server. Many admins run Quenix at home.", "Quenix", 4)]
    [InlineData("Thank Quenbor it is Friday. We pray that Quenbor hears us.", "Quenbor", 6)]
    [InlineData("Call Harlow Pump Corp before noon. The people at Harlow Pump Corp are friendly.", "Harlow Pump Corp", 5)]
    [InlineData("Said Quentin to the crowd. Later the crowd saw Quentin leave.", "Quentin", 5)]
    public void An_opening_word_before_a_name_the_seed_writes_alone_is_not_the_names(string text, string name, int start)
    {
        var entities = Extract(text);

        var entity = Find(entities, name);
        Assert.Equal(2, entity.Mentions.Count);
        Assert.Equal(start, entity.Mentions[0].Span.Start);
        Assert.Equal(name.Length, entity.Mentions[0].Span.Length);
        Assert.DoesNotContain(entities, e => e.Name.EndsWith(" " + name, System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_shouted_line_loses_the_opening_word_with_the_name()
    {
        var entities = Extract("USE QUENIX NOW\nUse Quenix if you want a stable server. Many admins run Quenix at home.");

        Assert.Equal(3, Find(entities, "Quenix").Mentions.Count);
        Assert.DoesNotContain(entities, e => e.Name == "Use Quenix");
    }

    [Theory]
    [InlineData("General Motors said on Tuesday that sales rose. Dealers of General Motors cars cheered.", "General Motors")] // written whole inside a sentence
    [InlineData("Standard Quenby said the talks failed. Standard Quenby also said a deal was near. A reporter told Quenby it was not.", "Standard Quenby")] // more often whole than alone
    [InlineData("Great Quenby said on Monday it would cut jobs. The board of Great Quenby met, and Quenby shares fell.", "Great Quenby")]
    [InlineData("Fourth Amendment rights were cited. Lawyers said the Amendment applied.", "Fourth Amendment")] // an ordinal
    [InlineData("World War veterans marched. They had fought in the War for years.", "World War")] // a head noun alone
    [InlineData("Hockey India said the team was ready. The players left India on Monday.", "Hockey India")] // a sport's body
    [InlineData("Virgin Atlantic said on Monday it would add flights. Storms over the Atlantic slowed them.", "Virgin Atlantic")] // a known place
    [InlineData("Spike Harris said the film was done. The crew thanked Harris, and Harris smiled.", "Spike Harris")] // a surname alone
    public void A_name_that_opens_with_an_ordinary_word_keeps_it(string text, string name)
    {
        var first = Find(Extract(text), name).Mentions[0].Span;

        Assert.Equal(0, first.Start);
        Assert.Equal(name.Length, first.Length);
    }

    [Fact]
    public void A_name_second_in_the_text_after_a_function_word_is_read_safely()
    {
        Assert.Equal(2, Find(Extract("of Quenix users. Use Quenix if you want a stable server."), "Quenix").Mentions.Count);
    }

    [Fact]
    public void A_credit_line_keeps_its_name_whole()
    {
        Assert.Contains(Extract("He said it would rain.\n-- Dizzy Quenby\nThe fans of Quenby cheered."), e => e.Name == "Dizzy Quenby");
    }

    [Fact]
    public void A_word_capitalised_by_a_title_is_no_evidence()
    {
        // "Life" in "The Wheel of Life" is capitalised as the title's word, not written alone inside a sentence.
        var names = Extract("\"Metropolitan Life\" was her first book.\n-- The Wheel of Life (1929)").Select(e => e.Name);

        Assert.Contains("Metropolitan Life", names);
    }
}
