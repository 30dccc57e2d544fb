using System.Linq;
using static Corpus.Extraction.Tests.Names.EntityAssert;

namespace Corpus.Extraction.Tests.Names;

/// <summary>
/// A headline In Title Case is cut into the names the story writes, the words that are names by themselves, and
/// nothing for the ordinary words between; no piece swallows the story's own mentions. Lines that are no headline
/// (a credit, a byline, a table, a line that is one name) keep their names. Made-up text, not from any seed or wire set.
/// </summary>
public sealed class TitleCaseHeadlineTests
{
    [Fact]
    public void A_headline_is_cut_into_the_names_the_story_writes()
    {
        var text = "Quenvale Unveils New Zephone With Faster Chip\n\nQuenvale today announced the Zephone, its fastest phone yet.\n";
        var entities = Extract(text);
        Assert.DoesNotContain(entities, e => e.Name.Contains("Unveils") || e.Name.Contains("Chip"));
        var quenvale = Find(entities, "Quenvale");
        Assert.Equal(2, quenvale.Mentions.Count);
        Assert.Equal(0, quenvale.Mentions[0].Span.Start);
        var zephone = Find(entities, "Zephone");
        Assert.Equal(2, zephone.Mentions.Count);
        Assert.Equal(text.IndexOf("Zephone"), zephone.Mentions[0].Span.Start);
    }

    [Fact]
    public void A_word_that_is_no_english_word_is_a_name_by_itself()
    {
        var text = "Why Investors Should Watch Quentix This Week\n\nShares of Quentix rose 4 percent on Monday.\n";
        var entities = Extract(text);
        Assert.DoesNotContain(entities, e => e.Name.Contains("Watch") || e.Name.Contains("Week"));
        Assert.Equal(2, Find(entities, "Quentix").Mentions.Count);
    }

    [Fact]
    public void A_company_the_story_names_in_full_is_named_so_in_the_headline()
    {
        var text = "Quenmoor Industries Profit Beats Estimates as Refining, Retail Shine\n\n"
            + "LONDON, Oct 2 - Quenmoor Industries reported a jump in quarterly profit on Thursday.\n";
        var entities = Extract(text);
        Assert.Equal(2, Find(entities, "Quenmoor Industries").Mentions.Count);
        Assert.DoesNotContain(entities, e => e.Name.Contains("Retail") || e.Name.Contains("Estimates"));

        // "Quenlark Biotech" of "Quenlark Biotech Inc.", with a figure in the headline.
        var biotech = Extract("Quenlark Biotech Announces Positive Phase 2 Results\n\nQuenlark Biotech Inc. said on Tuesday that its drug met its goal.\n");
        Assert.DoesNotContain(biotech, e => e.Name.Contains("Announces"));
        Assert.Equal(2, Find(biotech, "Quenlark Biotech Inc.").Mentions.Count);
    }

    [Fact]
    public void A_headline_of_two_sentences_is_read_whole()
    {
        var entities = Extract("Is Quentix Overvalued? Why Investors Should Watch Quentix\n\nQuentix shares fell on Monday.\n");
        Assert.DoesNotContain(entities, e => e.Name.Contains("Watch"));
        Assert.Equal(3, Find(entities, "Quentix").Mentions.Count);
    }

    [Fact]
    public void A_company_head_after_a_name_is_the_name_s()
    {
        var entities = Extract("Quenta and Harrowby Sign Deal With Quenvik-Marlo Alliance\n\nQuenta said on Friday it had signed.\n");
        Assert.Equal(EntityKind.Organization, Find(entities, "Quenvik-Marlo Alliance").Kind);
        Assert.DoesNotContain(entities, e => e.Name.Contains("Deal"));
    }

    [Fact]
    public void A_person_in_a_headline_keeps_the_whole_name()
    {
        var entities = Extract("Quenbridge Names Sarah Okonkwo as New Chief Financial Officer\n\nQuenbridge said Okonkwo would join in July.\n");
        Assert.Equal(EntityKind.Person, Find(entities, "Sarah Okonkwo").Kind);
        Assert.DoesNotContain(entities, e => e.Name.Contains("Names") || e.Name.Contains("Officer"));
    }

    [Fact]
    public void A_place_the_lists_know_stays()
    {
        var kept = KeptNames("Heavy Rain Floods Streets Across Quenland and Italy\n\nHeavy rain flooded streets on Sunday, and officials closed schools.\n");
        Assert.Contains("Italy", kept);
        Assert.Contains("Quenland", kept);
        Assert.DoesNotContain(kept, name => name.Contains("Floods") || name.Contains("Heavy"));
    }

    [Fact]
    public void Lines_that_are_no_headline_keep_their_names()
    {
        // A line that is one name over a table, a credit, a byline at the end, a headline in sentence case.
        Assert.Contains("Quenland League", KeptNames("Quenland League\n\nQuenport 4 Harrowby 2\n"));
        Assert.Contains("Dizzy Quendean", KeptNames("He was a great pitcher.\n\n-- Dizzy Quendean\n"));
        Assert.Contains("Ama Quensah-Boateng", KeptNames("Quenport grew.\n\n(Reporting by Ama Quensah-Boateng; Editing by Ian Quenlow)\n"));
        var sentenceCase = Extract("Quenvale unveils new phone with faster chip\n\nQuenvale today announced a phone.\n");
        Assert.Equal(2, Find(sentenceCase, "Quenvale").Mentions.Count);
    }

    [Fact]
    public void A_shouted_headline_is_left_to_its_own_reading()
    {
        var entities = Extract("QUENVALE UNVEILS NEW PHONE\n\nQuenvale today announced a phone.\n");
        Assert.DoesNotContain(entities, e => e.Name.Contains("UNVEILS"));
        Assert.True(entities.Count(e => e.Name.Contains("Quenvale", System.StringComparison.OrdinalIgnoreCase)) >= 1);
    }
}
