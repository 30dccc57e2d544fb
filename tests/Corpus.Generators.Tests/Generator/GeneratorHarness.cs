using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Generators.Tests.Generator;

/// <summary>Runs <see cref="CorpusGenerator"/> the way the compiler does, with step tracking on.</summary>
public static class GeneratorHarness
{
    /// <summary>The parse options every test uses: latest C#, documentation comments checked.</summary>
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>A netstandard2.0 library compilation: nullable on, every warning an error.</summary>
    public static CSharpCompilation NetStandardCompilation(params string[] sources)
        => Compilation(Basic.Reference.Assemblies.NetStandard20.References.All, sources);

    /// <summary>A net8.0 library compilation: nullable on, every warning an error.</summary>
    public static CSharpCompilation Net80Compilation(params string[] sources)
        => Compilation(Basic.Reference.Assemblies.Net80.References.All, sources);

    /// <summary>Creates a driver over <paramref name="files"/> with step tracking (latest C# unless <paramref name="parseOptions"/> say otherwise).</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, TestOptionsProvider? options = null, CSharpParseOptions? parseOptions = null)
        => CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            files,
            parseOptions ?? ParseOptions,
            options ?? new TestOptionsProvider(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator over the seeds, with the default options unless given.</summary>
    public static GeneratorRun Run(IEnumerable<(string Path, string? Text)> seeds, TestOptionsProvider? options = null, CSharpCompilation? compilation = null)
    {
        var driver = CreateDriver(seeds.Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)), options);
        return Run(driver, compilation ?? NetStandardCompilation());
    }

    /// <summary>Runs <paramref name="driver"/> on <paramref name="compilation"/>.</summary>
    public static GeneratorRun Run(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver, compilation, output, diagnostics, driver.GetRunResult());
    }

    /// <summary>The generated files of a run, by hint name (ordinal).</summary>
    public static IReadOnlyList<(string HintName, string Text)> Files(GeneratorDriverRunResult result)
        => result.Results.SelectMany(r => r.GeneratedSources)
            .Select(s => (s.HintName, s.SourceText.ToString()))
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .ToList();

    /// <summary>The repository root: the folder that holds Corpus.Generators.sln.</summary>
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Corpus.Generators.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Corpus.Generators.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Every error and warning of <paramref name="compilation"/>, as text, for assertion messages.</summary>
    public static string[] Problems(Compilation compilation)
        => compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => d.ToString())
            .ToArray();

    private static CSharpCompilation Compilation(IEnumerable<MetadataReference> references, string[] sources)
        => CSharpCompilation.Create(
            "Consumer",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: "Consumer" + i + ".cs")),
            references,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error,
                deterministic: true));
}

/// <summary>One generator run: the driver to run again, the compilations before and after, and the result.</summary>
public sealed record GeneratorRun(GeneratorDriver Driver, Compilation Input, Compilation Output, ImmutableArray<Diagnostic> Diagnostics, GeneratorDriverRunResult Result)
{
    /// <summary>The generated files, by hint name.</summary>
    public IReadOnlyList<(string HintName, string Text)> Files => GeneratorHarness.Files(Result);

    /// <summary>The text of the generated file with <paramref name="hintName"/>.</summary>
    public string File(string hintName) => Files.Single(f => f.HintName == hintName).Text;
}
