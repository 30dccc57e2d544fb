using System.Linq;
using Corpus.Extraction;
using Corpus.Extraction.Corpus;

namespace Corpus.Generators.Tests.CorpusStep;

public sealed class TombstoneTests
{
    private static LockFile Lock(params LockEntry[] entries)
        => new("/repo/seeds.lock.json", entries.ToEquatableArray(), EquatableArray<Problem>.Empty);

    private static LockEntry Person(string key, string name, string member) => new(key, name, "People", member, EntityKind.Person, "hash");

    private static LockEntry Quote(string key, string text, string member) => new(key, text, "Quotes", member, null, "hash");

    private static CorpusModel Build(LockFile lockFile, params DocumentModel[] seeds)
        => CorpusBuilder.Build(seeds, new CorpusOptions("/repo", null, lockFile));

    private static DocumentModel Interview() => new SeedBuilder(
            "/repo/seeds/interview.txt",
            "Baidu founder Robin Lee told reporters: \u201CModels matter less than applications now.\u201D")
        .Entity("Robin Lee", EntityKind.Person, role: "founder")
        .Quote("Models matter less than applications now.", speaker: "Robin Lee")
        .Build();

    [Fact]
    public void A_locked_member_the_seeds_still_hold_is_not_a_tombstone()
    {
        var corpus = Build(Lock(Person("robin-lee", "Robin Lee", "RobinLee")), Interview());

        Assert.Empty(corpus.Tombstones);
        Assert.Empty(corpus.Problems);
    }

    [Fact]
    public void A_removed_entity_names_the_closest_current_member_without_forwarding()
    {
        var corpus = Build(Lock(Person("robin-li", "Robin Li", "RobinLi")), Interview());

        var tombstone = Assert.Single(corpus.Tombstones);
        Assert.Equal(("robin-li", "People", "RobinLi"), (tombstone.Key, tombstone.Container, tombstone.MemberName));
        Assert.Equal("robin-lee", tombstone.ReplacementKey);
        Assert.False(tombstone.Forwards);
        var problem = Assert.Single(corpus.Problems);
        Assert.Equal(DiagnosticIds.LockedMemberRemoved, problem.Problem.Id);
        Assert.Equal("/repo/seeds.lock.json", problem.Path);
        Assert.Contains("People.RobinLee", problem.Problem.Message);
    }

    [Fact]
    public void A_removed_member_is_reported_at_its_lock_entry()
    {
        var entry = Person("robin-li", "Robin Li", "RobinLi") with { Span = new SourceSpan(120, 164, 9, 5) };

        var corpus = Build(Lock(entry), Interview());

        Assert.Equal(new SourceSpan(120, 164, 9, 5), Assert.Single(corpus.Problems).Problem.Span);
    }

    [Fact]
    public void A_removed_member_without_a_known_entry_position_is_reported_at_the_start_of_the_lock_file()
    {
        var corpus = Build(Lock(Person("robin-li", "Robin Li", "RobinLi")), Interview());

        Assert.Equal(new SourceSpan(0, 0, 1, 1), Assert.Single(corpus.Problems).Problem.Span);
    }

    [Fact]
    public void A_removed_entity_with_nothing_similar_has_no_replacement()
    {
        var corpus = Build(Lock(Person("xi-jinping", "Xi Jinping", "XiJinping")), Interview());

        var tombstone = Assert.Single(corpus.Tombstones);
        Assert.Null(tombstone.ReplacementKey);
        Assert.False(tombstone.Forwards);
    }

    [Fact]
    public void An_edited_quote_forwards_to_its_successor()
    {
        var corpus = Build(Lock(Quote("models-matter-less-than-apps", "Models matter less than apps now.", "ModelsMatterLessThanApps")), Interview());

        var tombstone = Assert.Single(corpus.Tombstones);
        Assert.Equal("models-matter-less-than-applications-now", tombstone.ReplacementKey);
        Assert.True(tombstone.Forwards);
    }

    [Fact]
    public void A_quote_replaced_by_different_words_does_not_forward()
    {
        var corpus = Build(Lock(Quote("we-will-win", "We will win the chip war within ten years, no question.", "WeWillWin")), Interview());

        Assert.False(Assert.Single(corpus.Tombstones).Forwards);
    }

    [Fact]
    public void An_entity_whose_kind_changed_forwards_from_its_old_class()
    {
        var lockFile = Lock(new LockEntry("robin-lee", "Robin Lee", "Organizations", "RobinLee", EntityKind.Organization, "hash"));

        var corpus = Build(lockFile, Interview());

        var tombstone = Assert.Single(corpus.Tombstones);
        Assert.Equal(("Organizations", "robin-lee", true), (tombstone.Container, tombstone.ReplacementKey, tombstone.Forwards));
    }

    [Fact]
    public void Entries_that_cannot_be_members_are_ignored()
    {
        var lockFile = Lock(
            new LockEntry("x", "X", "Documents", "Doc1", null, "hash"),
            new LockEntry("y", "Y", "People", "not valid", EntityKind.Person, "hash"),
            Person("robin-li", "Robin Li", "RobinLi"),
            Person("robin-li", "Robin Li", "RobinLi"));

        var corpus = Build(lockFile, Interview());

        Assert.Equal(new[] { "RobinLi" }, corpus.Tombstones.Select(t => t.MemberName));
    }
}
