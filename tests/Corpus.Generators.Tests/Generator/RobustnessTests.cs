using System.Collections.Generic;
using System.Linq;
using Corpus.Extraction;
using Corpus.Extraction.Corpus;
using Corpus.Generators.Emit;
using Corpus.Generators.Models;
using Corpus.Generators.Tests.CorpusStep;

namespace Corpus.Generators.Tests.Generator;

/// <summary>Any seed, however broken or hostile, yields compiling code and never an exception.</summary>
public sealed class RobustnessTests
{
    private const string Consumer = "namespace App { internal static class Use { internal static int Count => Corpus.Seeds.AllEntities.Count + Corpus.Seeds.AllQuotes.Count; } }";

    public static TheoryData<string, string?> BadSeeds => new()
    {
        { "/p/seeds/empty.txt", string.Empty },
        { "/p/seeds/blank.md", "   \n\t\n" },
        { "/p/seeds/binary.txt", "PK\u0003\u0004\0\0\u0014\0\u0008\0\0\0!\0" },
        { "/p/seeds/latin1.txt", "Caf\uFFFD in M\uFFFDnchen opened on Monday." },
        { "/p/seeds/unreadable.txt", null },
        { "/p/seeds/huge-line.txt", string.Concat(Enumerable.Repeat("Shares of Delta Mining rose again ", 40_000)) },
        { "/p/seeds/class.txt", "The class namespace static void said \u201Cnull\u201D." },
        { "/p/seeds/123.txt", "Only digits in the name: 123 and 456." },
        { "/p/seeds/.txt", "A file with no stem." },
        { "/p/seeds/hostile.md", "End */ of comment; \"quote\" \\ backslash </summary> <para> & {brace} }}\n#error no\n#if X\n\u2028line\u2029para\u0085next \u202Eevil\u202C \uD800 lone" },
    };

    [Theory]
    [MemberData(nameof(BadSeeds))]
    public void A_bad_seed_still_compiles(string path, string? text)
    {
        var run = GeneratorHarness.Run(new[] { (path, text), ("/p/seeds/good.txt", (string?)"Analysts at Harbor Capital said shares rose.") }, compilation: GeneratorHarness.NetStandardCompilation(Consumer));

        Assert.Null(run.Result.Results[0].Exception);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(GeneratorHarness.Problems(run.Output));
        Assert.Equal(2, run.Files.Count(f => f.HintName.StartsWith("Corpus.Seed.", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void Paths_that_clash_as_hint_names_or_members_still_compile()
    {
        var seeds = new (string, string?)[]
        {
            ("/p/seeds/a b.txt", "One."), ("/p/seeds/a_b.txt", "Two."), ("/p/seeds/A.txt", "Three."), ("/p/seeds/a.txt", "Four."),
            ("/p/seeds/sub/a.txt", "Five."), ("/p/seeds/People.md", "Six."), ("/p/seeds/ToString.md", "Seven."),
        };

        var run = GeneratorHarness.Run(seeds, compilation: GeneratorHarness.NetStandardCompilation(Consumer));

        Assert.Null(run.Result.Results[0].Exception);
        Assert.Empty(GeneratorHarness.Problems(run.Output));
        Assert.Equal(7, run.Files.Count(f => f.HintName.StartsWith("Corpus.Seed.", System.StringComparison.Ordinal)));
        Assert.Equal(run.Files.Count, run.Files.Select(f => f.HintName.ToUpperInvariant()).Distinct().Count());
    }

    [Fact]
    public void Entity_and_quote_names_that_are_keywords_digits_or_punctuation_still_compile()
    {
        var seed = new SeedBuilder(
                "/p/seeds/odd.txt",
                "Officials from class and namespace met 2024 and 911 at People. They said \u201C!!!\u201D and \u201Cstatic void\u201D and \u201C123 go\u201D and \u201C*/ #error \\ \"x\"\u201D about Zoë and 李强 and ToString and @.")
            .Entity("class", EntityKind.Organization)
            .Entity("namespace", EntityKind.Organization)
            .Entity("2024", EntityKind.Event)
            .Entity("911", EntityKind.Event)
            .Entity("People", EntityKind.Person)
            .Entity("Zoë", EntityKind.Person)
            .Entity("李强", EntityKind.Person)
            .Entity("ToString", EntityKind.Product)
            .Entity("@", EntityKind.Other)
            .Quote("!!!")
            .Quote("static void")
            .Quote("123 go")
            .Quote("*/ #error \\ \"x\"")
            .Build();
        var corpus = CorpusBuilder.Build(new[] { seed }, new CorpusOptions("/p", null, null));
        var spec = new CorpusSpec(corpus, GeneratorOptions.Default with { Public = true }, CompilationFeatures.Minimal);

        var compilation = GeneratorHarness.NetStandardCompilation(Consumer).AddSyntaxTrees(Compiles.GeneratedCodeCompilesTests.Trees(spec));

        Assert.Empty(GeneratorHarness.Problems(compilation));
        Assert.Equal(
            new[] { "2024=_2024", "911=_911", "@=Entity", "People=PeopleEntity", "ToString=ToStringEntity", "Zoë=Zoë", "class=Class", "namespace=Namespace", "李强=李强" },
            corpus.Entities.Select(e => e.Name + "=" + e.MemberName).OrderBy(n => n, System.StringComparer.Ordinal));
        Assert.Equal(new[] { "Quote", "StaticVoid", "_123Go", "ErrorX" }, corpus.Quotes.Select(q => q.MemberName));
    }

    [Fact]
    public void The_off_switch_generates_nothing()
    {
        var options = new TestOptionsProvider(new Dictionary<string, string> { ["CorpusEnabled"] = "False" });

        var run = GeneratorHarness.Run(SyntheticSeeds.Files, options);

        Assert.Empty(run.Files);
    }

    [Fact]
    public void Excluded_seeds_and_other_files_are_not_seeds()
    {
        var metadata = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["/project/seeds/002_chips.md"] = new Dictionary<string, string> { ["CorpusExclude"] = "true" },
            ["/project/seeds/001_markets.txt"] = new Dictionary<string, string> { ["CorpusName"] = "TencentBuyback" },
        };
        var files = SyntheticSeeds.Files.Append(("/project/data.json", "{}")).Append(("/project/notes.TXT", "Upper-case extension."));

        var run = GeneratorHarness.Run(files, new TestOptionsProvider(new Dictionary<string, string> { ["ProjectDir"] = "/project" }, metadata));

        var seeds = run.Files.Where(f => f.HintName.StartsWith("Corpus.Seed.", System.StringComparison.Ordinal)).Select(f => f.HintName).ToArray();
        Assert.Equal(new[] { "Corpus.Seed.notes.TXT.g.cs", "Corpus.Seed.seeds_001_markets.txt.g.cs", "Corpus.Seed.seeds_003_summit.txt.g.cs" }, seeds);
        Assert.Contains("SeedDocument TencentBuyback =>", run.File("Corpus.Seed.seeds_001_markets.txt.g.cs"));
    }

    [Theory]
    [InlineData("My.Corpus", "Articles", "public", "namespace My.Corpus", "public static partial class Articles")]
    [InlineData("1Bad..Name", "class", "TRUE", "namespace Corpus", "public static partial class Seeds")]
    [InlineData("", "Entity", "no", "namespace Corpus", "internal static partial class Seeds")]
    public void Options_shape_the_code_and_bad_values_fall_back_to_defaults(string nameSpace, string className, string isPublic, string expectedNamespace, string expectedClass)
    {
        var options = new TestOptionsProvider(new Dictionary<string, string> { ["CorpusNamespace"] = nameSpace, ["CorpusClassName"] = className, ["CorpusPublic"] = isPublic == "public" ? "true" : isPublic });

        var run = GeneratorHarness.Run(SyntheticSeeds.Files, options);

        var index = run.File(IndexEmitter.HintName);
        Assert.Contains(expectedNamespace + "\n", index);
        Assert.Contains(expectedClass + "\n", index);
        Assert.Empty(GeneratorHarness.Problems(run.Output));
    }
}

/// <summary>If writing the corpus fails, the support types and an empty index are written instead.</summary>
public sealed class EmitFallbackTests
{
    [Fact]
    public void A_model_the_emitter_cannot_write_gives_an_empty_corpus_that_compiles()
    {
        var model = SampleCorpusFor.Broken();
        var spec = new CorpusSpec(model, GeneratorOptions.Default, CompilationFeatures.Minimal);

        var files = CorpusEmitter.Emit(spec);

        Assert.Contains("could not be written", files.Single(f => f.HintName == IndexEmitter.HintName).Text);
        var compilation = GeneratorHarness.NetStandardCompilation("namespace App { internal static class Use { internal static int Count => Corpus.Seeds.AllEntities.Count; } }")
            .AddSyntaxTrees(files.Select(f => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(f.Text, GeneratorHarness.ParseOptions, path: f.HintName)));
        Assert.Empty(GeneratorHarness.Problems(compilation));
    }

    private static class SampleCorpusFor
    {
        // A quote that points at a document the corpus does not have: only a defect elsewhere could produce it.
        public static CorpusModel Broken() => CorpusEmitter.Empty with
        {
            Quotes = new[] { new CorpusQuote("k", "text", QuoteKind.Quotation, null, null, new CorpusMention(5, new SourceSpan(0, 1, 1, 1), 0), "Text") }.ToEquatableArray(),
        };
    }
}
