using System.Collections.Generic;
using System.Linq;
using Corpus.Generators.Tests.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generators.Tests.Incremental;

/// <summary>
/// The pipeline does only the work an edit calls for: a second run is all cache, editing one seed re-extracts
/// that seed alone, editing C# re-extracts nothing, and changing an option re-emits without re-extracting.
/// </summary>
public sealed class IncrementalTests
{
    private static readonly string[] ExtractionSteps = { TrackingNames.SeedInputs, TrackingNames.Extract, TrackingNames.Seeds, TrackingNames.Configuration };

    private static InMemoryAdditionalText[] Seeds(int count)
        => Enumerable.Range(0, count)
            .Select(i => new InMemoryAdditionalText(
                "/project/seeds/" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture) + ".txt",
                "Analysts at Harbor Capital said shares of Delta Mining rose " + i + "% on Monday.\nThe company declined to comment."))
            .ToArray();

    private static TestOptionsProvider Options(string nameSpace = "Corpus")
        => new(new Dictionary<string, string> { ["ProjectDir"] = "/project/", ["CorpusNamespace"] = nameSpace });

    private static GeneratorDriver FirstRun(AdditionalText[] seeds, out Compilation compilation)
    {
        compilation = GeneratorHarness.NetStandardCompilation("namespace App { public class A { } }");
        return GeneratorHarness.CreateDriver(seeds, Options()).RunGenerators(compilation);
    }

    private static IncrementalStepRunReason[] Reasons(GeneratorDriver driver, string step)
        => driver.GetRunResult().Results[0].TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();

    private static void AssertAllCachedOrUnchanged(GeneratorDriver driver, params string[] steps)
    {
        foreach (var step in steps)
        {
            Assert.All(Reasons(driver, step), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + " ran: " + reason));
        }
    }

    [Fact]
    public void A_second_run_is_all_cache()
    {
        var driver = FirstRun(Seeds(5), out var compilation);

        driver = driver.RunGenerators(compilation.Clone());

        AssertAllCachedOrUnchanged(driver, ExtractionSteps);
        AssertAllCachedOrUnchanged(driver, TrackingNames.LanguageVersion, TrackingNames.Options, TrackingNames.Features, TrackingNames.Corpus, TrackingNames.Emit);
        Assert.All(driver.GetRunResult().Results[0].TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_one_of_many_seeds_re_extracts_only_that_seed()
    {
        var seeds = Seeds(20);
        var driver = FirstRun(seeds, out var compilation);

        driver = driver.ReplaceAdditionalText(seeds[7], new InMemoryAdditionalText(seeds[7].Path, "Delta Mining said on Tuesday it would cut 300 jobs."));
        driver = driver.RunGenerators(compilation);

        var extract = Reasons(driver, TrackingNames.Extract);
        Assert.Equal(20, extract.Length);
        Assert.Single(extract, r => r == IncrementalStepRunReason.Modified);
        Assert.Equal(19, extract.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Reasons(driver, TrackingNames.Corpus)));
    }

    [Fact]
    public void Editing_unrelated_code_re_extracts_nothing()
    {
        var driver = FirstRun(Seeds(5), out var compilation);

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App { public class B { } }", GeneratorHarness.ParseOptions)));

        Assert.All(Reasons(driver, TrackingNames.Extract), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        AssertAllCachedOrUnchanged(driver, ExtractionSteps);
        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(Reasons(driver, TrackingNames.Features)));
        AssertAllCachedOrUnchanged(driver, TrackingNames.LanguageVersion, TrackingNames.Options, TrackingNames.Corpus, TrackingNames.Emit);
        Assert.All(driver.GetRunResult().Results[0].TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Typing_in_a_source_file_re_runs_only_the_compilation_read()
    {
        var driver = FirstRun(Seeds(5), out var compilation);
        var tree = compilation.SyntaxTrees.Single();

        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(0, 0, "// edited\n"))));

        // The compiler's own "Compilation" input changes, of course; every step of ours stays as it was.
        var steps = driver.GetRunResult().Results[0].TrackedSteps;
        var ours = typeof(TrackingNames).GetFields().Select(f => (string)f.GetValue(null)!).ToArray();
        Assert.All(ours, step => Assert.True(steps.ContainsKey(step), step + " is not tracked"));
        var ran = ours.Where(step => steps[step].SelectMany(r => r.Outputs).Any(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified));
        Assert.Empty(ran);
        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(Reasons(driver, TrackingNames.Features)));
    }

    [Fact]
    public void Changing_an_option_re_emits_without_re_extracting()
    {
        var driver = FirstRun(Seeds(5), out var compilation);

        driver = driver.WithUpdatedAnalyzerConfigOptions(Options("Newsroom")).RunGenerators(compilation);

        Assert.All(Reasons(driver, TrackingNames.Extract), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Reasons(driver, TrackingNames.Options)));
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Reasons(driver, TrackingNames.Corpus)));
        Assert.Contains("namespace Newsroom", driver.GetRunResult().GeneratedTrees.First().ToString());
    }

    [Fact]
    public void Adding_a_seed_extracts_only_the_new_one()
    {
        var seeds = Seeds(4);
        var driver = FirstRun(seeds, out var compilation);

        driver = driver.AddAdditionalTexts(System.Collections.Immutable.ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/project/seeds/new.md", "Harbor Capital hired a new chief economist.")));
        driver = driver.RunGenerators(compilation);

        var extract = Reasons(driver, TrackingNames.Extract);
        Assert.Single(extract, r => r == IncrementalStepRunReason.New);
        Assert.Equal(4, extract.Count(r => r == IncrementalStepRunReason.Cached));
    }
}
