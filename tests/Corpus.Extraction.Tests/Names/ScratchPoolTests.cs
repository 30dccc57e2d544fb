using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Corpus.Extraction.Names;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Tests.Names;

/// <summary>
/// Name candidates (and entity groups) are scratch of one extraction, kept per thread and handed out again for the
/// thread's next seed: a reused object must come out as a new one would, and a seed's model must not depend on
/// what the thread extracted before.
/// </summary>
public sealed class ScratchPoolTests
{
    // Roles, affiliations, descriptions, possessive names, headlines in capitals, aliases and coreference: every
    // place that makes a candidate or sets a field of one.
    private const string SeedA =
        "MARKETS - KESTREL RESOURCES TO BUY NORTHWIND\n" +
        "Kestrel Resources Ltd said on Monday it would buy Northwind Corp, an investment bank. Baidu founder Robin Li " +
        "spoke in Beijing. Li said Baidu would grow. Christie's said the sale at Christie's in New York went well. " +
        "Tim Cook, chief executive of Apple, met Robin Li. Cook said Apple and Baidu, known as BD, agreed.\n" +
        "FISCHLER SAYS NO\n" +
        "Franz Fischler, the European farm commissioner, said Sheep have long been known. They were sold to sheep farmers.\n";

    private const string SeedB =
        "SOCCER - JAPAN GET LUCKY WIN\n" +
        "Nvidia's A100 chip and Huawei's Ascend processors sold well, said Jensen Huang, chief executive of Nvidia. " +
        "Sotheby's said on Tuesday. Final week, the Bank of Canada held rates. BANK OF CANADA HOLDS RATES\n" +
        "Ursula von der Leyen met Chinese Premier Li Qiang in Brussels.\n";

    [Fact]
    public void A_seed_after_another_on_the_thread_gives_the_model_it_gives_first()
    {
        var bFirst = Extract(SeedB);
        var aFirst = Extract(SeedA);
        var bAfter = Extract(SeedB);
        var aAfter = Extract(SeedA);
        Assert.Equal(bFirst, bAfter);
        Assert.Equal(aFirst, aAfter);
        Assert.NotEqual(aFirst, bAfter);

        // A seed with more candidates than a thread keeps (some of them made fresh), then a small one after it.
        var large = string.Concat(Enumerable.Repeat(SeedA + SeedB, 150));
        var largeFirst = Extract(large);
        Assert.True(largeFirst.Sum(e => e.Mentions.Count) > 4096); // more than SeedScratch keeps
        Assert.Equal(bFirst, Extract(SeedB));
        Assert.Equal(largeFirst, Extract(large));
        Assert.Equal(aFirst, Extract(SeedA));
    }

    [Fact]
    public void A_reset_candidate_equals_a_new_one_in_every_field()
    {
        var used = new NameCandidate(3, 5, 10, 22, "Robin Li", 1) { Words = 2, Initial = true, Possessive = true };
        used.Vote(EntityKind.Person, 3);
        used.Role = "founder";
        used.Description = "investment bank";
        used.Affiliation = new NameCandidate(0, 0, 0, 5, "Baidu", 1);
        used.Group = new EntityGroup("Robin Li", 7);

        used.Reset(8, 8, 40, 45, "Apple", 2);
        var fresh = new NameCandidate(8, 8, 40, 45, "Apple", 2);
        foreach (var field in typeof(NameCandidate).GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Assert.True(Equals(field.GetValue(fresh), field.GetValue(used)), field.Name);
        }
    }

    [Fact]
    public void A_reset_group_equals_a_new_one_in_every_field()
    {
        var used = new EntityGroup("Robin Li", 7) { Words = 2, HasConnector = true, Kind = EntityKind.Person, Dropped = true, Tentative = true };
        var occurrence = new NameCandidate(3, 5, 10, 22, "Robin Li", 1) { Words = 2 };
        occurrence.Vote(EntityKind.Person, 3);
        used.Count(occurrence, asNamed: true);
        used.PlaceIn(new[] { occurrence }, 0);
        used.Add(new NameCandidate(9, 9, 40, 42, "Li", 2));
        used.AddAlias("Li");
        used.AddVote(EntityKind.Organization, 2);

        used.Reset("Apple", 11);
        var fresh = new EntityGroup("Apple", 11);
        foreach (var field in typeof(EntityGroup).GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            // The occurrence array is kept for the next placing (its count, compared here, empties it): what is
            // observable of it, the occurrences, must be none, as a new group's.
            if (field.Name != "_items")
            {
                Assert.True(Equals(field.GetValue(fresh), field.GetValue(used)), field.Name);
            }
        }

        Assert.Equal(0, used.Occurrences.Count);
        Assert.Empty(Walk(used.Occurrences));
        Assert.True(used.IsEmpty);

        // Placed anew, it holds the new occurrences only, as a new group placed so would.
        var apple = new NameCandidate(8, 8, 40, 45, "Apple", 2);
        used.Count(apple, asNamed: true);
        fresh.Count(apple, asNamed: true);
        var shared = new[] { apple };
        Assert.Equal(fresh.PlaceIn(shared, 0), used.PlaceIn(shared, 0));
        Assert.Equal(Walk(fresh.Occurrences), Walk(used.Occurrences));
    }

    [Fact]
    public void A_pool_hands_out_each_candidate_once_until_released()
    {
        const string text = "Robin Li founded Baidu in Beijing with Eric Xu.";
        var view = new TokenView(text, Tokenizer.Tokenize(text));
        var first = new List<NameCandidate>();
        for (var i = 0; i < 1000; i++)
        {
            first.Add(view.NewCandidate(i, i, i, i + 1, "N" + i, 0));
        }

        Assert.Equal(first.Count, first.Distinct(ReferenceComparer.Instance).Count());
        var groups = new List<EntityGroup>();
        for (var i = 0; i < 1000; i++)
        {
            groups.Add(view.NewGroup("N" + i, i));
        }

        Assert.Equal(groups.Count, groups.Distinct().Count()); // EntityGroup compares by reference
        view.ReleaseScratch();

        var next = new TokenView(text, Tokenizer.Tokenize(text));
        var again = next.NewCandidate(0, 1, 0, 8, "Robin Li", 0);
        Assert.Equal("Robin Li", again.Name);
        Assert.Equal(1, again.Words);
        Assert.Null(again.Group);
        var group = next.NewGroup("Robin Li", 3);
        Assert.Equal(0, group.Occurrences.Count);
        Assert.Equal(int.MaxValue, group.FirstStart);
        next.ReleaseScratch();
    }

    private static EntityInfo[] Extract(string text)
    {
        var map = new LineMap(text);
        return EntityExtractor.Extract(text, SentenceSplitter.Split(text), map);
    }

    private static List<NameCandidate> Walk(Occurrences occurrences)
    {
        var walked = new List<NameCandidate>();
        foreach (var c in occurrences)
        {
            walked.Add(c);
        }

        return walked;
    }

    private sealed class ReferenceComparer : IEqualityComparer<NameCandidate>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals(NameCandidate? x, NameCandidate? y) => ReferenceEquals(x, y);

        public int GetHashCode(NameCandidate obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
