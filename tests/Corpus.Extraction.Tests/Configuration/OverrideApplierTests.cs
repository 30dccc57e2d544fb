using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Extraction.Corpus;
using Corpus.Extraction.Corpus.Overrides;

namespace Corpus.Extraction.Tests.Configuration;

public class OverrideApplierTests
{
    private static DocumentModel Document(string text, params EntityInfo[] entities)
        => DocumentExtractor.Extract("news/" + Guid.NewGuid().ToString("N") + ".txt", text) with { Entities = new EquatableArray<EntityInfo>(entities) };

    private static EntityInfo Entity(string name, EntityKind kind, params string[] aliases)
        => new(name, kind, null, null, null, new EquatableArray<string>(aliases), EquatableArray<EntityMention>.Empty, false);

    private static MergedEntity Merged(string name, EntityKind kind, params string[] aliases)
        => new(name, kind, null, null, null, new EquatableArray<string>(aliases), EquatableArray<CorpusMention>.Empty);

    private static CorpusOverrides Overrides(string json)
    {
        var overrides = CorpusOverridesReader.Read("corpus.json", json);
        Assert.Empty(overrides.Problems);
        return overrides;
    }

    [Fact]
    public void Add_finds_every_whole_word_occurrence_with_line_and_column()
    {
        var document = Document("Kuaishou launched Kling on Monday.\nKling’s clips rival Sora; Klingon fans were unmoved.\nCritics tried Kling-style prompts.");
        var overrides = Overrides("{\"entities\":[{\"name\":\"Kling\",\"add\":true,\"kind\":\"Product\"}]}");

        var result = OverrideApplier.BeforeMerge(document, overrides);

        var kling = Assert.Single(result.Entities);
        Assert.Equal(EntityKind.Product, kling.Kind);
        Assert.Equal(new[] { (1, 19), (2, 1), (3, 15) }, kling.Mentions.Select(m => (m.Span.Line, m.Span.Column)));
        Assert.All(kling.Mentions, m => Assert.Equal(5, m.Span.Length));
        Assert.Equal(new[] { 0, 1, 2 }, kling.Mentions.Select(m => m.Sentence));
    }

    [Fact]
    public void An_alias_inside_the_name_is_not_a_second_mention()
    {
        var document = Document("Northwind Analytics cut its forecast. Northwind said demand had slowed.");
        var overrides = Overrides("{\"entities\":[{\"name\":\"Northwind Analytics\",\"add\":true,\"aliases\":[\"Northwind\"]}]}");

        var northwind = Assert.Single(OverrideApplier.BeforeMerge(document, overrides).Entities);

        Assert.Equal(new[] { (0, 19), (38, 9) }, northwind.Mentions.Select(m => (m.Span.Start, m.Span.Length)));
    }

    [Fact]
    public void Add_is_case_sensitive_and_skips_a_seed_that_lacks_the_name()
    {
        var document = Document("The kling of the bells woke the town.");
        var overrides = Overrides("{\"entities\":[{\"name\":\"Kling\",\"add\":true}]}");

        Assert.Same(document, OverrideApplier.BeforeMerge(document, overrides));
    }

    [Fact]
    public void Add_merges_with_an_entity_the_engine_found_in_part()
    {
        var found = Entity("Moonshot", EntityKind.Other) with
        {
            Mentions = new EquatableArray<EntityMention>(new[] { new EntityMention(new SourceSpan(0, 8, 1, 1), 0) }),
        };
        var document = Document("Moonshot raised money. Investors said Moonshot would list soon.", found);
        var overrides = Overrides("{\"entities\":[{\"name\":\"Moonshot\",\"add\":true,\"kind\":\"Organization\"}]}");

        var moonshot = Assert.Single(OverrideApplier.BeforeMerge(document, overrides).Entities);

        Assert.Equal(EntityKind.Organization, moonshot.Kind);
        Assert.Equal(new[] { 0, 38 }, moonshot.Mentions.Select(m => m.Span.Start));
    }

    [Fact]
    public void Exclude_drops_the_entity_its_alias_and_its_use_as_a_speaker()
    {
        var document = Document("Final figures came in. \u201CWe grew,\u201D Final said.", Entity("Final", EntityKind.Person), Entity("Tencent", EntityKind.Organization, "Final"));
        document = document with
        {
            Quotes = new EquatableArray<QuoteInfo>(new[] { new QuoteInfo("We grew,", QuoteKind.Quotation, new SourceSpan(23, 10, 1, 24), 1, "Final", "Final", null) }),
        };
        var overrides = Overrides("{\"entities\":[{\"name\":\"Final\",\"exclude\":true}]}");

        var result = OverrideApplier.BeforeMerge(document, overrides);

        var tencent = Assert.Single(result.Entities);
        Assert.Empty(tencent.Aliases);
        Assert.Null(Assert.Single(result.Quotes).Speaker);
    }

    [Fact]
    public void After_merge_renames_rekinds_sets_role_and_adds_aliases()
    {
        var entities = new[] { Merged("Robin Li", EntityKind.Other, "Li"), Merged("Baidu", EntityKind.Organization) };
        var overrides = Overrides("{\"entities\":[{\"name\":\"Robin Li\",\"rename\":\"Li Yanhong\",\"kind\":\"Person\",\"role\":\"chief executive\",\"aliases\":[\"Robin\"]}]}");
        var problems = new List<CorpusProblem>();

        var result = OverrideApplier.AfterMerge(entities, overrides, problems);

        Assert.Empty(problems);
        var li = result[0];
        Assert.Equal("Li Yanhong", li.Name);
        Assert.Equal(EntityKind.Person, li.Kind);
        Assert.Equal("chief executive", li.Role);
        Assert.Equal(new[] { "Li", "Robin", "Robin Li" }, li.Aliases);
        Assert.Same(entities[1], result[1]);
    }

    [Fact]
    public void An_override_can_name_an_entity_by_its_alias()
    {
        var entities = new[] { Merged("World Artificial Intelligence Conference", EntityKind.Event, "WAIC") };
        var overrides = Overrides("{\"entities\":[{\"name\":\"WAIC\",\"role\":\"annual fair\"}]}");

        var result = OverrideApplier.AfterMerge(entities, overrides, new List<CorpusProblem>());

        Assert.Equal("annual fair", result[0].Role);
    }

    [Fact]
    public void Overrides_that_name_nothing_are_CORPUS004_at_their_name()
    {
        var documents = new[] { Document("Tencent and Baidu reported results.") };
        var overrides = Overrides("{\"entities\":[\n {\"name\":\"Tencnet\",\"kind\":\"Organization\"},\n {\"name\":\"Alibaba\",\"exclude\":true},\n {\"name\":\"Kling\",\"add\":true},\n {\"name\":\"Baidu\",\"exclude\":true}\n]}");
        var problems = new List<CorpusProblem>();

        OverrideApplier.AfterMerge(new[] { Merged("Tencent", EntityKind.Organization) }, overrides, problems, documents);

        Assert.Equal(new[] { 2, 3, 4 }, problems.Select(p => p.Problem.Span.Line));
        Assert.All(problems, p =>
        {
            Assert.Equal("CORPUS004", p.Problem.Id);
            Assert.Equal("corpus.json", p.Path);
        });
        Assert.Contains("'Tencnet'", problems[0].Problem.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'Tencent'?", problems[0].Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_overrides_change_nothing()
    {
        var document = Document("Tencent reported results.", Entity("Tencent", EntityKind.Organization));

        Assert.Same(document, OverrideApplier.BeforeMerge(document, null));
    }
}
