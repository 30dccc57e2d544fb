using System.Collections.Generic;
using System.IO;
using System.Linq;
using Corpus.Generators.Emit;
using Corpus.Generators.Tests.Emit;
using Corpus.Generators.Tests.Generator;

namespace Corpus.Generators.Tests.Snapshots;

/// <summary>The generated source, reviewed as code: golden files compared byte for byte.</summary>
public sealed class SnapshotTests
{
    [Fact]
    public void The_seed_corpus()
    {
        var root = GeneratorHarness.RepositoryRoot();
        var seeds = Directory.GetFiles(Path.Combine(root, "seeds"))
            .Where(CorpusGenerator.IsSeed)
            .Select(path => (path, (string?)File.ReadAllText(path)));
        var options = new TestOptionsProvider(new Dictionary<string, string> { ["ProjectDir"] = root + Path.DirectorySeparatorChar });

        var run = GeneratorHarness.Run(seeds, options);

        // The support types and helpers do not depend on the seeds; the hand-built corpus's snapshot holds them.
        Snapshot.Verify("SeedCorpus", run.Files.Where(f => !SeedIndependent.Contains(f.HintName)).ToList());
        Assert.Equal(SeedIndependent, run.Files.Select(f => f.HintName).Where(SeedIndependent.Contains).OrderBy(h => h, System.StringComparer.Ordinal));
    }

    private static readonly string[] SeedIndependent = { IndexEmitter.RuntimeHintName, SupportTypesEmitter.HintName };

    [Fact]
    public void A_hand_built_corpus_with_every_feature()
    {
        var files = CorpusEmitter.Emit(SampleCorpus.Spec()).Select(f => (f.HintName, f.Text)).ToList();

        Snapshot.Verify("SampleCorpus", files);
    }
}
