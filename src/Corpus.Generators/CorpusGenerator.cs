using System;
using System.Collections.Immutable;
using System.Text;
using Corpus.Extraction;
using Corpus.Extraction.Corpus;
using Corpus.Generators.Emit;
using Corpus.Generators.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generators;

/// <summary>
/// Turns the project's seed documents (AdditionalFiles *.txt and *.md) into a typed corpus. This class only
/// wires the pipeline: extraction lives in Corpus.Extraction, writing in <see cref="CorpusEmitter"/>.
/// Seed diagnostics come from the analyzers, not from here.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class CorpusGenerator : IIncrementalGenerator
{
    private const string MetadataPrefix = "build_metadata.AdditionalFiles.";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Seeds: path and text only, so one edited seed re-extracts that seed and nothing else.
        var seeds = context.AdditionalTextsProvider
            .Where(static file => IsSeed(file.Path))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => ReadSeed(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.SeedInputs)
            .Where(static input => !input.Excluded)
            .Select(static (input, _) => new SeedModel(DocumentExtractor.Extract(input.Path, input.Text), input.MemberName))
            .WithTrackingName(TrackingNames.Extract)
            .Collect()
            .Select(static (models, _) => models.ToEquatableArray())
            .WithTrackingName(TrackingNames.Seeds);

        // A bool, so a keystroke (new parse options object, same version) stops here as Unchanged.
        var languageSupported = context.ParseOptionsProvider
            .Select(static (parseOptions, _) => parseOptions is not CSharpParseOptions csharp || SupportsLanguageVersion(csharp.LanguageVersion))
            .WithTrackingName(TrackingNames.LanguageVersion);

        // Below C# 9 the generated code cannot compile (records, #nullable, 'is not null'), so nothing is
        // generated, as with CorpusEnabled=false; LanguageVersionAnalyzer reports CORPUS006 to say why.
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptions.From(provider))
            .Combine(languageSupported)
            .Select(static (pair, _) => pair.Right ? pair.Left : pair.Left with { Enabled = false })
            .WithTrackingName(TrackingNames.Options);

        var configuration = context.AdditionalTextsProvider
            .Where(static file => ConfigurationFiles.IsConfiguration(file.Path))
            .Select(static (file, cancellationToken) => new ConfigurationInput(file.Path, file.GetText(cancellationToken)?.ToString()))
            .Collect()
            .Select(static (inputs, _) => ConfigurationFiles.Read(inputs))
            .WithTrackingName(TrackingNames.Configuration);

        var features = context.CompilationProvider
            .Select(static (compilation, _) => ReadFeatures(compilation))
            .WithTrackingName(TrackingNames.Features);

        var corpus = seeds
            .Combine(options)
            .Combine(configuration)
            .Combine(features)
            .Select(static (input, cancellationToken) => BuildCorpus(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Corpus);

        var files = corpus
            .SelectMany(static (spec, _) => spec is null ? ImmutableArray<GeneratedFile>.Empty : CorpusEmitter.Emit(spec).AsList().ToImmutableArray())
            .WithTrackingName(TrackingNames.Emit);

        context.RegisterSourceOutput(files, static (output, file) => output.AddSource(file.HintName, SourceText.From(file.Text, Encoding.UTF8)));
    }

    /// <summary>Whether an AdditionalFile is a seed by its extension (.txt or .md, any case).</summary>
    public static bool IsSeed(string path)
        => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the generated code compiles under <paramref name="version"/> (C# 9 or later).</summary>
    internal static bool SupportsLanguageVersion(LanguageVersion version) => version >= LanguageVersion.CSharp9;

    private static SeedInput ReadSeed(AdditionalText file, AnalyzerConfigOptionsProvider provider, System.Threading.CancellationToken cancellationToken)
    {
        var metadata = provider.GetOptions(file);
        var excluded = metadata.TryGetValue(MetadataPrefix + "CorpusExclude", out var exclude) && GeneratorOptions.IsTrue(exclude);
        if (excluded)
        {
            return new SeedInput(file.Path, null, null, true);
        }

        var name = metadata.TryGetValue(MetadataPrefix + "CorpusName", out var given) && given.Trim().Length > 0 ? given.Trim() : null;
        return new SeedInput(file.Path, file.GetText(cancellationToken)?.ToString(), name, false);
    }

    private static CompilationFeatures ReadFeatures(Compilation compilation)
    {
        // Any accessible NotNullWhenAttribute will do (the framework's, PolySharp's, another project's via
        // InternalsVisibleTo); without one, TryFindEntity simply goes without it.
        foreach (var type in compilation.GetTypesByMetadataName("System.Diagnostics.CodeAnalysis.NotNullWhenAttribute"))
        {
            if (compilation.IsSymbolAccessibleWithin(type, compilation.Assembly))
            {
                return new CompilationFeatures(true);
            }
        }

        return CompilationFeatures.Minimal;
    }

    private static CorpusSpec? BuildCorpus(EquatableArray<SeedModel> seeds, GeneratorOptions options, Configuration configuration, CompilationFeatures features, System.Threading.CancellationToken cancellationToken)
    {
        if (!options.Enabled)
        {
            return null;
        }

        var documents = new DocumentModel[seeds.Count];
        var names = new System.Collections.Generic.List<DocumentName>();
        for (var i = 0; i < documents.Length; i++)
        {
            documents[i] = seeds[i].Document;
            if (seeds[i].MemberName is { } name)
            {
                names.Add(new DocumentName(seeds[i].Document.Path, name));
            }
        }

        CorpusModel model;
        try
        {
            var corpusOptions = new CorpusOptions(options.ProjectDirectory, configuration.Overrides, configuration.Lock) { DocumentNames = names.ToEquatableArray() };
            model = CorpusBuilder.Build(documents, corpusOptions);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Never crash the compiler: a defect in the corpus step leaves an empty corpus that still compiles.
            model = CorpusEmitter.Empty;
        }

        cancellationToken.ThrowIfCancellationRequested();
        return new CorpusSpec(model, options, features);
    }
}
