using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Benchmarks;

/// <summary>
/// One full generator run over the project's seeds/ (what a build pays): a fresh driver, every seed extracted
/// (fresh paths, so the engine's cache does not answer), the corpus built and the C# written.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private ImmutableArray<ISourceGenerator> _generators;
    private IReadOnlyList<(string Name, string Text)> _seeds = Array.Empty<(string, string)>();
    private int _run;

    /// <summary>The seeds, as (file name, text).</summary>
    public static IReadOnlyList<(string Name, string Text)> SeedTexts()
        => Directory.GetFiles(Path.Combine(BenchData.RepositoryRoot(), "seeds"))
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)))
            .ToArray();

    [GlobalSetup]
    public void Setup()
    {
        _seeds = SeedTexts();
        _compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("class Program { static void Main() { } }") },
            new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
            new CSharpCompilationOptions(OutputKind.ConsoleApplication));

        // Found by interface, so the benchmark does not depend on the generator's class name.
        _generators = GeneratorAssembly()
            .GetTypes()
            .Where(t => !t.IsAbstract && typeof(IIncrementalGenerator).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => ((IIncrementalGenerator)Activator.CreateInstance(t)!).AsSourceGenerator())
            .ToImmutableArray();
    }

    [Benchmark]
    public int GenerateSeedCorpus()
    {
        var run = (_run++).ToString(CultureInfo.InvariantCulture);
        var texts = _seeds.Select(s => (AdditionalText)new SeedText($"/bench/{run}/seeds/{s.Name}", s.Text)).ToImmutableArray();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(_generators, texts);
        driver = driver.RunGenerators(_compilation, CancellationToken.None);
        return driver.GetRunResult().GeneratedTrees.Length;
    }

    // Named through one of its types, not loaded by name: the compiled benchmark then references the assembly, and
    // BenchmarkDotNet's per-job build lists it among the assemblies its program may load.
    private static System.Reflection.Assembly GeneratorAssembly() => typeof(Corpus.Generators.TrackingNames).Assembly;

    private sealed class SeedText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
