using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Corpus.Generators.Emit;
using Corpus.Generators.Models;
using Corpus.Generators.Tests.Emit;
using Corpus.Generators.Tests.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generators.Tests.Compiles;

/// <summary>
/// The generated code and a consumer that uses the whole API compile with no diagnostic at all (every warning is an
/// error, nullable on, XML docs checked) for a netstandard2.0 consumer and a net8.0 consumer; the net8.0 one runs.
/// </summary>
public sealed class GeneratedCodeCompilesTests
{
    private const string Consumer = """
        using System.Collections.Generic;
        using System.Text;
        using Corpus;

        namespace Consumer
        {
            /// <summary>Uses the generated API.</summary>
            public static class Probe
            {
                /// <summary>Reads the corpus.</summary>
                /// <returns>What it read.</returns>
                public static string Run()
                {
                    var text = new StringBuilder();
                    Entity tsai = Seeds.People.JoeTsai;
                    text.Append(tsai.Name).Append('|').Append(tsai.Role).Append('|').Append(tsai.Affiliation?.Name).Append('|')
                        .Append(tsai.Mentions.Count).Append('|').Append(tsai.Mentions[0].Line).Append('|').Append(tsai.Mentions[0].Document.Path).Append('\n');
                    text.Append(Seeds.Entity("WAIC").Name).Append('|').Append(Seeds.Events.WorldArtificialIntelligenceConference.Mentions.Count).Append('\n');
                    text.Append(Seeds.TryFindEntity("Nobody", out var nobody)).Append('|').Append(nobody is null).Append('\n');
                    if (Seeds.TryFindEntity("Morgan Stanley", out var bank))
                    {
                        // netstandard2.0 has no NotNullWhenAttribute, so the consumer keeps the null check there.
                        text.Append(bank?.Description).Append('\n');
                    }

                    Quote quote = Seeds.Quotes.CloudMarginsImproveWithScale;
                    text.Append(quote.Speaker?.Name).Append('|').Append(quote.SpeakerText).Append('|').Append(quote.Source).Append('|').Append(quote.Kind).Append('\n');
                    text.Append(ReferenceEquals(Seeds.Quote(quote.Key), quote)).Append('|').Append(ReferenceEquals(Seeds.Quote(quote.Text), quote)).Append('\n');
                    text.Append(Seeds.Quotes.FourTigers.Kind).Append('\n');
                    text.Append(Seeds.Quotes.SummaryQuoted0ErrorEnd.Text).Append('\n');
                    text.Append(Seeds.Places.US.Name).Append('|').Append(Seeds.Places.US2.Name).Append('\n');
                    text.Append(Seeds.Organizations.AcmeLabs.Name).Append('|').Append(Seeds.People.OBrien.Affiliation?.Key).Append('\n');
                    text.Append(Seeds.AllEntities.Count).Append('|').Append(Seeds.AllQuotes.Count).Append('\n');
                    SeedDocument document = Seeds.Documents.Doc000Interview;
                    text.Append(document.FileName).Append('|').Append(document.Lines).Append('|').Append(Seeds.Documents.HostileNotes.Path).Append('\n');
        #pragma warning disable CS0618 // tombstones are obsolete on purpose
                    text.Append(Seeds.People.JackMa.Mentions.Count).Append('|').Append(Seeds.Quotes.CloudMarginsImprove.Key).Append('|').Append(Seeds.Quotes.Gone.Source.Line).Append('\n');
        #pragma warning restore CS0618
                    try
                    {
                        Seeds.Entity("Jack Ma");
                    }
                    catch (KeyNotFoundException e)
                    {
                        text.Append(e.Message.Contains("Jack Ma")).Append('\n');
                    }

                    return text.ToString();
                }

                /// <summary>A key.</summary>
                [CorpusKey]
                public static string Key => "robin-li";

                /// <summary>Takes a key.</summary>
                /// <param name="name">A name.</param>
                /// <returns>The name.</returns>
                public static string? Pinned([CorpusKey] string name) => name;

                /// <summary>Pins.</summary>
                [SeedQuote("four tigers")]
                [SeedEntity("Joe Tsai")]
                public static int Pins => 0;
            }
        }
        """;

    private static GeneratorOptions PublicOptions => GeneratorOptions.Default with { Public = true };

    [Fact]
    public void A_netstandard20_consumer_compiles_without_any_diagnostic()
    {
        var compilation = GeneratorHarness.NetStandardCompilation(Consumer).AddSyntaxTrees(Trees(SampleCorpus.Spec()));

        Assert.Empty(GeneratorHarness.Problems(compilation));
    }

    [Fact]
    public void A_netstandard20_consumer_with_a_polyfill_generator_compiles()
    {
        // PolySharp and its kind declare NotNullWhenAttribute from a generator, which ours cannot see; the generated
        // corpus must not declare a second copy (CS0101) nor rely on one.
        var seeds = new[] { (AdditionalText)new InMemoryAdditionalText("seeds/a.txt", "Acme founder Jane Roe said, \"We ship.\"") };
        var driver = CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator(), new PolyfillGenerator().AsSourceGenerator() },
            seeds,
            GeneratorHarness.ParseOptions,
            new TestOptionsProvider());
        var compilation = GeneratorHarness.NetStandardCompilation(
            "class C { static string? F() => Corpus.Seeds.TryFindEntity(\"Jane Roe\", out var e) ? e?.Name : null; }");

        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Empty(GeneratorHarness.Problems(output));
    }

    [Fact]
    public void A_public_corpus_documents_every_public_member()
    {
        var compilation = GeneratorHarness.NetStandardCompilation(Consumer).AddSyntaxTrees(Trees(SampleCorpus.Spec(PublicOptions)));

        Assert.Empty(GeneratorHarness.Problems(compilation));
        Assert.Equal(Accessibility.Public, compilation.GetTypeByMetadataName("Corpus.Seeds")!.DeclaredAccessibility);
    }

    [Fact]
    public void A_net80_consumer_compiles_and_the_api_returns_the_corpus()
    {
        var compilation = GeneratorHarness.Net80Compilation(Consumer).AddSyntaxTrees(Trees(SampleCorpus.Spec(PublicOptions, notNullWhen: true)));
        Assert.Empty(GeneratorHarness.Problems(compilation));

        var output = Run(compilation);

        var lines = output.Split('\n');
        Assert.Equal("Joe Tsai|chairman|Alibaba|1|1|seeds/000_interview.txt", lines[0]);
        Assert.Equal("World Artificial Intelligence Conference|3", lines[1]);
        Assert.Equal("False|True", lines[2]);
        Assert.Equal("investment bank", lines[3]);
        Assert.Equal("Morgan Stanley|investment bank Morgan Stanley|seeds/000_interview.txt:3:42|Quotation", lines[4]);
        Assert.Equal("True|True", lines[5]);
        Assert.Equal("Term", lines[6]);
        Assert.Equal("</summary> \"quoted\" \\ {0} \u2029 #error end */", lines[7]);
        Assert.Equal("U.S.|US", lines[8]);
        Assert.Equal("Acme\\Labs|acme-labs", lines[9]);
        Assert.Equal("9|3", lines[10]);
        Assert.Equal("000_interview.txt|5|seeds/hostile notes.md", lines[11]);
        Assert.Equal("0|cloud-margins-improve-with-scale|0", lines[12]);
        Assert.Equal("True", lines[13]);
    }

    [Fact]
    public void An_empty_corpus_compiles()
    {
        var spec = new CorpusSpec(CorpusEmitter.Empty, GeneratorOptions.Default with { Public = true }, CompilationFeatures.Minimal);
        var compilation = GeneratorHarness.NetStandardCompilation("class C { object? E => Corpus.Seeds.AllEntities; }").AddSyntaxTrees(Trees(spec));

        Assert.Empty(GeneratorHarness.Problems(compilation));
    }

    [Fact]
    public void Another_namespace_and_class_name_compile()
    {
        var spec = SampleCorpus.Spec(new GeneratorOptions("My.Company.Text", "Articles", true, true, null));
        var compilation = GeneratorHarness.NetStandardCompilation("class C { object E => My.Company.Text.Articles.People.JoeTsai; }").AddSyntaxTrees(Trees(spec));

        Assert.Empty(GeneratorHarness.Problems(compilation));
    }

    internal static SyntaxTree[] Trees(CorpusSpec spec)
        => CorpusEmitter.Emit(spec).Select(f => CSharpSyntaxTree.ParseText(f.Text, GeneratorHarness.ParseOptions, path: f.HintName)).ToArray();

    private static string Run(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        stream.Position = 0;
        var context = new AssemblyLoadContext("consumer", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(stream);
            var probe = assembly.GetType("Consumer.Probe")!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!;
            return (string)probe.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Stands in for PolySharp: declares the nullable attributes netstandard2.0 lacks, from a generator.</summary>
    private sealed class PolyfillGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
            => context.RegisterPostInitializationOutput(c => c.AddSource("Polyfill.g.cs", """
                namespace System.Diagnostics.CodeAnalysis
                {
                    [global::System.AttributeUsage(global::System.AttributeTargets.Parameter)]
                    internal sealed class NotNullWhenAttribute : global::System.Attribute
                    {
                        public NotNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;

                        public bool ReturnValue { get; }
                    }
                }
                """));
    }
}
