using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generators.Tests.Generator;

/// <summary>
/// The generated code needs C# 9 (records, #nullable, 'is not null'): below it the generator emits nothing
/// (CORPUS006 from the analyzer says why) rather than files full of compiler errors.
/// </summary>
public sealed class LanguageVersionTests
{
    private static CSharpParseOptions ParseOptions(LanguageVersion version) => GeneratorHarness.ParseOptions.WithLanguageVersion(version);

    private static Compilation Consumer(LanguageVersion version)
    {
        // Nullable off: a C# 7.3 project cannot turn it on.
        var compilation = GeneratorHarness.NetStandardCompilation();
        return compilation.WithOptions(compilation.Options.WithNullableContextOptions(NullableContextOptions.Disable))
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace App { internal class A { } }", ParseOptions(version)));
    }

    private static GeneratorRun Run(LanguageVersion version)
    {
        var driver = GeneratorHarness.CreateDriver(SyntheticSeeds.Files.Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)), parseOptions: ParseOptions(version));
        return GeneratorHarness.Run(driver, Consumer(version));
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.CSharp8)]
    public void Below_CSharp_9_nothing_is_generated_and_the_project_still_compiles(LanguageVersion version)
    {
        var run = Run(version);

        Assert.Empty(run.Files);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(GeneratorHarness.Problems(run.Output));
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp9)]
    [InlineData(LanguageVersion.Latest)]
    public void From_CSharp_9_on_the_corpus_is_generated(LanguageVersion version)
    {
        var run = Run(version);

        Assert.Contains(run.Files, f => f.HintName.StartsWith("Corpus.Index", System.StringComparison.Ordinal));
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void Raising_the_language_version_generates_the_corpus_without_re_extracting()
    {
        var below = Run(LanguageVersion.CSharp7_3);
        var driver = below.Driver.WithUpdatedParseOptions(ParseOptions(LanguageVersion.CSharp9));

        var run = GeneratorHarness.Run(driver, Consumer(LanguageVersion.CSharp9));

        Assert.NotEmpty(run.Files);
        var steps = run.Result.Results[0].TrackedSteps;
        Assert.All(steps[TrackingNames.Extract].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(steps[TrackingNames.LanguageVersion].SelectMany(s => s.Outputs)).Reason);
    }
}
