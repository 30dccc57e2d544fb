using System.Linq;
using static Corpus.Extraction.Tests.Names.EntityAssert;

namespace Corpus.Extraction.Tests.Names;

/// <summary>Made-up news paragraphs with other names, places and companies: the rules are English, not the seed.</summary>
public sealed class GeneralNewsTests
{
    private const string Energy =
        "Last month, Lisbon hosted Europe’s largest energy fair, the Global Renewables Summit (GRS), with 800 exhibitors. " +
        "Siemens Energy chief executive Christian Bruch told delegates that Portugal could lead the market. " +
        "Over the three days, GRS visitors queued for the Sunspark X2 panel from Helios Dynamics. " +
        "Bruch said demand from Spain and Morocco was rising. However, analysts at Barclays were cautious.";

    [Fact]
    public void An_energy_story_reads_right()
    {
        var entities = Extract(Energy);
        Assert.Equal(EntityKind.Place, Find(entities, "Lisbon").Kind);
        Assert.Equal(EntityKind.Place, Find(entities, "Europe").Kind);
        var summit = Find(entities, "Global Renewables Summit");
        Assert.Equal(EntityKind.Event, summit.Kind);
        Assert.Equal(2, summit.Mentions.Count);
        var bruch = Find(entities, "Christian Bruch");
        Assert.Equal(EntityKind.Person, bruch.Kind);
        Assert.Equal("chief executive", bruch.Role);
        Assert.Equal("Siemens Energy", bruch.Affiliation);
        Assert.Equal(2, bruch.Mentions.Count);
        Assert.Equal(EntityKind.Organization, Find(entities, "Siemens Energy").Kind);
        Assert.Equal(EntityKind.Product, Find(entities, "Sunspark X2").Kind);
        Assert.Equal(EntityKind.Organization, Find(entities, "Helios Dynamics").Kind);
        Assert.Equal(EntityKind.Organization, Find(entities, "Barclays").Kind);
        foreach (var place in new[] { "Portugal", "Spain", "Morocco" })
        {
            Assert.Equal(EntityKind.Place, Find(entities, place).Kind);
        }

        var kept = entities.Where(e => !e.Tentative).Select(e => e.Name).ToArray();
        Assert.DoesNotContain("Last", kept);
        Assert.DoesNotContain("However", kept);
        Assert.DoesNotContain("Over", kept);
    }

    private const string Football =
        "Manchester United manager Ruben Amorim praised striker Rasmus Hojlund after the win over Aston Villa. " +
        "Hojlund, 21, scored twice at Old Trafford. \"We were brave,\" Amorim told the BBC. " +
        "The Premier League leaders, Liverpool, play Arsenal on Sunday.";

    [Fact]
    public void A_football_report_reads_right()
    {
        var entities = Extract(Football);
        var amorim = Find(entities, "Ruben Amorim");
        Assert.Equal(EntityKind.Person, amorim.Kind);
        Assert.Equal("manager", amorim.Role);
        Assert.Equal("Manchester United", amorim.Affiliation);
        Assert.Equal(2, amorim.Mentions.Count);
        var hojlund = Find(entities, "Rasmus Hojlund");
        Assert.Equal("striker", hojlund.Role);
        Assert.Equal(2, hojlund.Mentions.Count);
        Assert.Equal(EntityKind.Organization, Find(entities, "BBC").Kind);
        Assert.Contains(entities, e => e.Name == "Liverpool");
        Assert.Contains(entities, e => e.Name == "Arsenal");
        Assert.DoesNotContain(entities, e => e.Name == "Sunday");
        Assert.DoesNotContain(entities, e => e.Name == "We" || e.Name == "The");
    }

    private const string Politics =
        "WASHINGTON (Reuters) - U.S. Secretary of State Marco Rubio met Indian Foreign Minister S. Jaishankar on Tuesday. " +
        "The two discussed trade with China and security in the Indo-Pacific, the State Department said. " +
        "Jaishankar later flew to Tokyo.";

    [Fact]
    public void A_wire_story_reads_right()
    {
        var entities = Extract(Politics);
        var rubio = Find(entities, "Marco Rubio");
        Assert.Equal(EntityKind.Person, rubio.Kind);
        Assert.Equal("Secretary of State", rubio.Role);
        Assert.Equal("U.S.", rubio.Affiliation);
        var jaishankar = Find(entities, "S. Jaishankar");
        Assert.Equal(EntityKind.Person, jaishankar.Kind);
        Assert.Equal(2, jaishankar.Mentions.Count);
        Assert.Equal(EntityKind.Place, Find(entities, "China").Kind);
        Assert.Equal(EntityKind.Place, Find(entities, "Tokyo").Kind);
        Assert.Equal(EntityKind.Organization, Find(entities, "Reuters").Kind);
        Assert.Equal(EntityKind.Organization, Find(entities, "State Department").Kind);
        Assert.DoesNotContain(entities, e => e.Name == "Tuesday" || e.Name == "Indian Foreign Minister S. Jaishankar");
    }

    [Fact]
    public void Extraction_is_deterministic()
    {
        Assert.Equal(Extract(Energy + " " + Football), Extract(Energy + " " + Football));
    }

    [Fact]
    public void A_capitalised_dateline_is_a_place()
    {
        Assert.Equal(EntityKind.Place, Find(Extract(Politics), "WASHINGTON").Kind);
    }
}
