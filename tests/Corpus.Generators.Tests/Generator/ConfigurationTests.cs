using System.Collections.Generic;
using System.Linq;
using Corpus.Extraction;
using Corpus.Extraction.Corpus;
using Corpus.Extraction.Corpus.Lock;
using Corpus.Generators.Emit;

namespace Corpus.Generators.Tests.Generator;

/// <summary>seeds.lock.json and corpus.json, given as AdditionalFiles, reach the generated code.</summary>
public sealed class ConfigurationTests
{
    private const string Before = "Baidu founder Robin Li told investors on Monday that chips were scarce.\nBaidu shares fell 4%.";
    private const string After = "Baidu founder Robin Lee told investors on Monday that chips were scarce.\nBaidu shares fell 4%.";

    private static TestOptionsProvider Options => new(new Dictionary<string, string> { ["ProjectDir"] = "/project/" });

    [Fact]
    public void A_locked_entity_the_seeds_lost_stays_as_an_obsolete_member()
    {
        var before = CorpusBuilder.Build(new[] { DocumentExtractor.Extract("/project/seeds/baidu.txt", Before) }, new CorpusOptions("/project/", null, null));
        Assert.Contains(before.Entities, e => e.MemberName == "RobinLi");
        var lockText = LockFileWriter.Write(before, null);
        const string consumer = "namespace App { internal static class Use {\n#pragma warning disable CS0618\ninternal static string Name => Corpus.Seeds.People.RobinLi.Name;\n#pragma warning restore CS0618\n} }";

        var run = GeneratorHarness.Run(
            new[] { ("/project/seeds/baidu.txt", (string?)After), ("/project/seeds.lock.json", lockText) },
            Options,
            GeneratorHarness.NetStandardCompilation(consumer));

        var index = run.File(IndexEmitter.HintName);
        Assert.Contains("[global::System.Obsolete(\"CORPUS003: People.RobinLi", index);
        Assert.Contains("Seeds.People.RobinLee", index);
        Assert.Empty(GeneratorHarness.Problems(run.Output));
    }

    [Fact]
    public void A_lock_file_is_not_a_seed_and_a_malformed_one_changes_nothing()
    {
        var clean = GeneratorHarness.Run(new[] { ("/project/seeds/baidu.txt", (string?)After) }, Options);
        var broken = GeneratorHarness.Run(new[] { ("/project/seeds/baidu.txt", (string?)After), ("/project/seeds.lock.json", "{ not json"), ("/project/corpus.json", "[1,") }, Options);

        Assert.Equal(clean.Files, broken.Files);
        Assert.Empty(GeneratorHarness.Problems(broken.Output));
    }

    [Fact]
    public void An_override_in_corpus_json_renames_an_entity()
    {
        const string overrides = "{ \"entities\": [ { \"name\": \"Robin Lee\", \"rename\": \"Robin Y. Lee\" } ] }";

        var run = GeneratorHarness.Run(new[] { ("/project/seeds/baidu.txt", (string?)After), ("/project/corpus.json", overrides) }, Options);

        var index = run.File(IndexEmitter.HintName);
        Assert.Contains("Entity RobinYLee =>", index);
        Assert.DoesNotContain("Entity RobinLee =>", index);
    }
}
