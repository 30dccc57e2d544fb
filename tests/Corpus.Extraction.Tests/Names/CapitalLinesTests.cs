using System.Linq;
using static Corpus.Extraction.Tests.Names.EntityAssert;

namespace Corpus.Extraction.Tests.Names;

/// <summary>Headlines and datelines written in capitals.</summary>
public sealed class CapitalLinesTests
{
    private const string Story =
        "TENNIS - KENYA STUN SPAIN IN DAVIS CUP TIE\n" +
        "NAIROBI 2024-03-02\n" +
        "Kenya beat Spain 3-2 on Saturday, coach Amos Wekesa said.\n" +
        "WEKESA HAILS HISTORIC WIN\n";

    [Fact]
    public void Words_in_a_capitals_headline_are_names_only_when_known()
    {
        var kept = KeptNames(Story);
        Assert.DoesNotContain("TENNIS", kept);
        Assert.DoesNotContain("STUN", kept);
        Assert.DoesNotContain("HAILS", kept);
        Assert.DoesNotContain(kept, n => n.Contains("KENYA STUN", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Capitals_of_a_known_name_are_mentions_of_it()
    {
        var entities = Extract(Story);
        var kenya = Find(entities, "Kenya");
        Assert.Equal(EntityKind.Place, kenya.Kind);
        Assert.Equal(2, kenya.Mentions.Count);
        var wekesa = Find(entities, "Amos Wekesa");
        Assert.Equal(2, wekesa.Mentions.Count);
    }

    [Fact]
    public void A_dateline_in_capitals_is_a_place()
    {
        Assert.Equal(EntityKind.Place, Find(Extract(Story), "NAIROBI").Kind);
        Assert.Equal(EntityKind.Place, Find(Extract("KORLIANDA, Westmark 2024-01-05\nThe port reopened."), "KORLIANDA").Kind);
    }

    [Fact]
    public void Ordinary_words_in_a_title_case_headline_are_not_names()
    {
        var kept = KeptNames("Why Investors Fear Higher Rates at Goldman Sachs and in Brazil\nThe bank said rates would rise.");
        Assert.DoesNotContain(kept, n => n.Contains("Investors", System.StringComparison.Ordinal) || n.Contains("Higher", System.StringComparison.Ordinal));
        Assert.Contains("Goldman Sachs", kept);
        Assert.Contains("Brazil", kept);
    }

    [Fact]
    public void Letters_of_a_known_body_in_a_headline_in_capitals_are_the_body()
    {
        const string text = "EU FARM MINISTERS SPLIT OVER CATTLE CULL .\nBRUSSELS 1996-08-22\n"
            + "Farm ministers were split on Monday over a plan to cull more cattle, diplomats said.\n";
        Has(text, "EU", EntityKind.Organization);
        Lacks("WHO WILL WIN THE CUP ?\nLONDON 1996-08-22\nNobody knows, the coach said.\n", "WHO");
    }
}
