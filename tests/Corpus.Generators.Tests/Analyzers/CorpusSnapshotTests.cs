using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Corpus.Generators.Analyzers;
using Corpus.Generators.Tests.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generators.Tests.Analyzers;

/// <summary>The snapshot cache is process-wide and bounded: these tests run alone so no other test evicts their entries.</summary>
[CollectionDefinition(nameof(SnapshotCache), DisableParallelization = true)]
public sealed class SnapshotCache
{
}

/// <summary>
/// The analyzers run on every keystroke in the IDE: within one analysis every syntax node and operation shares
/// one snapshot, and a new analysis over unchanged seeds (new options object, same files) reuses the corpus
/// already built instead of running the corpus builder again.
/// </summary>
[Collection(nameof(SnapshotCache))]
public sealed class CorpusSnapshotTests
{
    private const string Seed = "Analysts at Harbor Capital said shares of Delta Mining rose 4% on Monday.\n\u201CWe see more upside,\u201D said Lena Ortiz, a strategist at Harbor Capital.\n";

    private static AnalyzerOptions Options(string project, string seed)
    {
        var files = ImmutableArray.Create<AdditionalText>(
            new InMemoryAdditionalText(project + "seeds/markets.txt", seed),
            new InMemoryAdditionalText(project + "corpus.json", "{ \"entities\": [ { \"name\": \"Lena Ortiz\", \"role\": \"strategist\" } ] }"));
        return new AnalyzerOptions(files, new TestOptionsProvider(new Dictionary<string, string> { ["ProjectDir"] = project }));
    }

    [Fact]
    public void Every_node_of_one_analysis_shares_one_snapshot()
    {
        var options = Options("/snapshot-same/", Seed);

        var first = CorpusSnapshot.Get(options, CancellationToken.None);
        var second = CorpusSnapshot.Get(options, CancellationToken.None);

        Assert.Same(first, second);
        Assert.Contains(first.Corpus.Entities, e => e.Name == "Lena Ortiz");
    }

    [Fact]
    public void A_new_analysis_over_unchanged_files_reuses_the_built_corpus()
    {
        var before = CorpusSnapshot.Get(Options("/snapshot-typing/", Seed), CancellationToken.None);

        var after = CorpusSnapshot.Get(Options("/snapshot-typing/", Seed), CancellationToken.None);

        Assert.NotSame(before, after);
        Assert.Same(before.Corpus, after.Corpus);
        Assert.Same(before.Index, after.Index);
        Assert.Same(before.Seeds[0].Model, after.Seeds[0].Model);
    }

    [Fact]
    public void An_edited_seed_builds_a_new_corpus()
    {
        var before = CorpusSnapshot.Get(Options("/snapshot-edit/", Seed), CancellationToken.None);

        var after = CorpusSnapshot.Get(Options("/snapshot-edit/", Seed.Replace("Delta Mining", "Orion Metals", System.StringComparison.Ordinal)), CancellationToken.None);

        Assert.NotSame(before.Corpus, after.Corpus);
        Assert.Contains(after.Corpus.Entities, e => e.Name == "Orion Metals");
        Assert.DoesNotContain(after.Corpus.Entities, e => e.Name == "Delta Mining");
    }
}
