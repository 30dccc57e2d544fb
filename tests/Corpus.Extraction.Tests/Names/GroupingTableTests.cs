using System.Linq;
using System.Reflection;
using Corpus.Extraction.Names;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Tests.Names;

/// <summary>
/// The groups' name table is the thread's and is not cleared between seeds (each seed's entries lie above a mark that
/// later seeds pass), and the lower-case echo search reads its suspects' names from their groups: a seed must come out
/// the same whatever the thread did before, also when the marks run out and the table is cleared after all.
/// </summary>
public sealed class GroupingTableTests
{
    // Repeated names (one group for several candidates), a capitalised word echoed in lower case ("Sheep", dropped),
    // one that is not ("Final", tentative), and names outside ASCII whose lowered form is read for the echo search.
    private const string SeedA =
        "Kestrel Resources Ltd said on Monday it would buy Northwind Corp. Robin Li spoke in Beijing. Li said Kestrel " +
        "would grow. Sheep have long been known here. They were sold to sheep farmers. Final week, Northwind held rates.\n" +
        "Élodie Ångström met Søren Kierkegaard in Århus. Élodie said Ångström would stay. Œuvre was the word; an œuvre it was.\n";

    private const string SeedB =
        "Nvidia's A100 chip sold well, said Jensen Huang, chief executive of Nvidia. Huang said Nvidia would grow. " +
        "Ursula von der Leyen met Li Qiang in Brussels. Apples were sold; apples are cheap.\n";

    [Fact]
    public void A_seed_comes_out_the_same_after_others_and_after_the_table_marks_run_out()
    {
        var aFirst = Extract(SeedA);
        var bFirst = Extract(SeedB);
        Assert.Contains(aFirst, e => e.Mentions.Count > 1); // a group of several candidates

        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(bFirst, Extract(SeedB));
            Assert.Equal(aFirst, Extract(SeedA));
        }

        // The marks near their end: the next seed clears the table and starts them again.
        var mark = typeof(GroupingScratch).GetField("_groupTableMark", BindingFlags.NonPublic | BindingFlags.Static)!;
        mark.SetValue(null, int.MaxValue - 3);
        Assert.Equal(aFirst, Extract(SeedA));
        Assert.True((int)mark.GetValue(null)! < 1000);
        Assert.Equal(bFirst, Extract(SeedB));

        // A larger seed, whose table is made anew, then the small ones in the larger table.
        var large = string.Concat(Enumerable.Repeat(SeedA + SeedB, 40));
        var largeFirst = Extract(large);
        Assert.Equal(aFirst, Extract(SeedA));
        Assert.Equal(bFirst, Extract(SeedB));
        Assert.Equal(largeFirst, Extract(large));
    }

    private static EntityInfo[] Extract(string text)
    {
        var map = new LineMap(text);
        return EntityExtractor.Extract(text, SentenceSplitter.Split(text), map);
    }
}
