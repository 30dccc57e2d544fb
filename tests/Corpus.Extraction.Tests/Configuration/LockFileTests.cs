using System;
using Corpus.Extraction.Corpus;
using Corpus.Extraction.Corpus.Lock;

namespace Corpus.Extraction.Tests.Configuration;

public class LockFileTests
{
    private static readonly SourceSpan Here = new(0, 1, 1, 1);

    internal static CorpusModel Corpus(params (string Name, EntityKind Kind, string Member)[] entities)
    {
        var mention = new CorpusMention(0, Here, 0);
        var list = Array.ConvertAll(entities, e => new CorpusEntity(e.Name.ToLowerInvariant().Replace(' ', '-'), e.Name, e.Kind, null, null, null, EquatableArray<string>.Empty, new EquatableArray<CorpusMention>(new[] { mention }), e.Member));
        var quote = new CorpusQuote("apps-matter", "Apps matter more than models.", QuoteKind.Quotation, null, null, mention, "AppsMatter");
        return new CorpusModel(
            EquatableArray<CorpusDocument>.Empty,
            new EquatableArray<CorpusEntity>(list),
            new EquatableArray<CorpusQuote>(new[] { quote }),
            EquatableArray<CorpusTombstone>.Empty,
            EquatableArray<CorpusProblem>.Empty);
    }

    [Fact]
    public void Writes_sorted_indented_lf_json_that_reads_back()
    {
        var corpus = Corpus(("Tencent", EntityKind.Organization, "Tencent"), ("Robin Li", EntityKind.Person, "RobinLi"), ("Baidu", EntityKind.Organization, "Baidu"));

        var text = LockFileWriter.Write(corpus, null);
        var read = LockFileReader.Read("seeds.lock.json", text);

        Assert.Empty(read.Problems);
        Assert.Equal(new[] { "Organizations.Baidu", "Organizations.Tencent", "People.RobinLi", "Quotes.AppsMatter" }, Array.ConvertAll(System.Linq.Enumerable.ToArray(read.Entries), e => e.Container + "." + e.MemberName));
        Assert.Equal(EntityKind.Person, read.Entries[2].EntityKind);
        Assert.Null(read.Entries[3].EntityKind);
        Assert.Equal("Apps matter more than models.", read.Entries[3].Name);
        Assert.Equal(ContentHash.OfEntity("Robin Li", EntityKind.Person), read.Entries[2].ContentHash);
        Assert.NotNull(read.Entries[0].Span);
        Assert.StartsWith("{\n  \"version\": 1,\n  \"members\": [\n    {\n      \"container\": \"Organizations\",", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_corpus_in_any_order_gives_the_same_bytes()
    {
        var one = Corpus(("Robin Li", EntityKind.Person, "RobinLi"), ("Baidu", EntityKind.Organization, "Baidu"));
        var two = Corpus(("Baidu", EntityKind.Organization, "Baidu"), ("Robin Li", EntityKind.Person, "RobinLi"));

        Assert.Equal(LockFileWriter.Write(one, null), LockFileWriter.Write(two, null));
    }

    [Fact]
    public void Content_hash_tells_a_changed_kind_or_text_apart_but_not_marks_or_spacing()
    {
        Assert.NotEqual(ContentHash.OfEntity("Kling", EntityKind.Product), ContentHash.OfEntity("Kling", EntityKind.Organization));
        Assert.Equal(ContentHash.OfQuote("It\u2019s  here"), ContentHash.OfQuote("It's here"));
        Assert.NotEqual(ContentHash.OfQuote("It's here"), ContentHash.OfQuote("It's there"));
        Assert.Equal(16, ContentHash.OfQuote("x").Length);
    }

    [Fact]
    public void Malformed_lock_is_a_CORPUS005_problem_with_position()
    {
        var read = LockFileReader.Read("seeds.lock.json", "{\n  \"version\": 1,\n  \"members\": [\n    { \"key\": \"a\" \n");

        Assert.Empty(read.Entries);
        var problem = Assert.Single(read.Problems);
        Assert.Equal("CORPUS005", problem.Id);
        Assert.Equal(5, problem.Span.Line);
    }

    [Fact]
    public void Incomplete_entries_and_other_versions_are_reported()
    {
        var incomplete = LockFileReader.Read("seeds.lock.json", "{\"version\":1,\"members\":[{\"key\":\"a\",\"container\":\"People\"}]}");
        var newer = LockFileReader.Read("seeds.lock.json", "{\"version\":2,\"members\":[]}");

        Assert.Empty(incomplete.Entries);
        Assert.Contains("needs \"key\"", Assert.Single(incomplete.Problems).Message, StringComparison.Ordinal);
        Assert.Contains("version", Assert.Single(newer.Problems).Message, StringComparison.Ordinal);
    }
}
