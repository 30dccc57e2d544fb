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

        Snapshot.Verify("SeedCorpus", run.Files);
    }

    [Fact]
    public void A_small_synthetic_corpus_through_the_generator()
    {
        var run = GeneratorHarness.Run(SyntheticSeeds.Files, new TestOptionsProvider(new Dictionary<string, string> { ["ProjectDir"] = "/project/" }));

        Snapshot.Verify("SyntheticSeeds", run.Files);
    }

    [Fact]
    public void A_hand_built_corpus_with_every_feature()
    {
        var files = CorpusEmitter.Emit(SampleCorpus.Spec()).Select(f => (f.HintName, f.Text)).ToList();

        Snapshot.Verify("SampleCorpus", files);
    }
}
