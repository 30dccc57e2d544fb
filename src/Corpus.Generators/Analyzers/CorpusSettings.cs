using Corpus.Generators.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generators.Analyzers;

/// <summary>
/// The settings the analyzers need, read by the generator's own <see cref="GeneratorOptions"/> and seed rules,
/// so the analyzers and the generator always see the same namespace, class and seeds.
/// </summary>
internal sealed class CorpusSettings
{
    private const string MetadataPrefix = "build_metadata.AdditionalFiles.";

    private CorpusSettings(GeneratorOptions options) => Options = options;

    /// <summary>The generator's options.</summary>
    public GeneratorOptions Options { get; }

    /// <summary>False when the project sets CorpusEnabled to false.</summary>
    public bool Enabled => Options.Enabled;

    /// <summary>The generated namespace.</summary>
    public string Namespace => Options.Namespace;

    /// <summary>The generated class's simple name.</summary>
    public string ClassName => Options.ClassName;

    /// <summary>The project folder, or null.</summary>
    public string? ProjectDirectory => Options.ProjectDirectory;

    /// <summary>The generated class's metadata name ("Corpus.Seeds").</summary>
    public string ClassMetadataName => Namespace + "." + ClassName;

    /// <summary>Reads the settings from the global options.</summary>
    public static CorpusSettings Read(AnalyzerConfigOptionsProvider provider) => new(GeneratorOptions.From(provider));

    /// <summary>True when <paramref name="file"/> is a seed: a .txt or .md AdditionalFile without CorpusExclude=true.</summary>
    public bool IsSeed(AdditionalText file, AnalyzerConfigOptionsProvider provider)
        => Enabled
            && CorpusGenerator.IsSeed(file.Path)
            && !(provider.GetOptions(file).TryGetValue(MetadataPrefix + "CorpusExclude", out var exclude) && GeneratorOptions.IsTrue(exclude));

    /// <summary>The document member name the project gives <paramref name="file"/> (CorpusName metadata), or null.</summary>
    public static string? DocumentName(AdditionalText file, AnalyzerConfigOptionsProvider provider)
        => provider.GetOptions(file).TryGetValue(MetadataPrefix + "CorpusName", out var name) && name.Trim().Length > 0 ? name.Trim() : null;
}
