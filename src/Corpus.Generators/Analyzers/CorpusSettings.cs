using System;
using Corpus.Extraction;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generators.Analyzers;

/// <summary>
/// The MSBuild settings the analyzers read (the package's props make them compiler-visible), and which
/// AdditionalFiles are seeds: the same rules the generator applies, so analyzer and generator see one corpus.
/// </summary>
internal sealed class CorpusSettings
{
    /// <summary>The generated namespace when CorpusNamespace is not set.</summary>
    public const string DefaultNamespace = "Corpus";

    /// <summary>The generated class when CorpusClassName is not set.</summary>
    public const string DefaultClassName = "Seeds";

    private CorpusSettings(bool enabled, string ns, string className, string? projectDirectory)
    {
        Enabled = enabled;
        Namespace = ns;
        ClassName = className;
        ProjectDirectory = projectDirectory;
    }

    /// <summary>False when the project sets CorpusEnabled to false.</summary>
    public bool Enabled { get; }

    /// <summary>The generated namespace ("" for the global namespace).</summary>
    public string Namespace { get; }

    /// <summary>The generated class's simple name.</summary>
    public string ClassName { get; }

    /// <summary>The project folder, or null.</summary>
    public string? ProjectDirectory { get; }

    /// <summary>The generated class's metadata name ("Corpus.Seeds").</summary>
    public string ClassMetadataName => Namespace.Length == 0 ? ClassName : Namespace + "." + ClassName;

    /// <summary>Reads the settings from the global options.</summary>
    public static CorpusSettings Read(AnalyzerConfigOptionsProvider provider)
    {
        var options = provider.GlobalOptions;
        var enabled = !(options.TryGetValue("build_property.CorpusEnabled", out var on) && string.Equals(on.Trim(), "false", StringComparison.OrdinalIgnoreCase));
        var ns = options.TryGetValue("build_property.CorpusNamespace", out var n) && n.Trim().Length > 0 ? n.Trim() : DefaultNamespace;
        if (string.Equals(ns, "global", StringComparison.Ordinal))
        {
            ns = string.Empty;
        }

        var className = options.TryGetValue("build_property.CorpusClassName", out var c) && c.Trim().Length > 0 ? c.Trim() : DefaultClassName;
        var projectDirectory = options.TryGetValue("build_property.ProjectDir", out var p) && p.Trim().Length > 0 ? p.Trim() : null;
        return new CorpusSettings(enabled, ns, className, projectDirectory);
    }

    /// <summary>True when <paramref name="file"/> is a seed: a .txt or .md AdditionalFile without CorpusExclude=true.</summary>
    public bool IsSeed(AdditionalText file, AnalyzerConfigOptionsProvider provider)
    {
        if (!Enabled)
        {
            return false;
        }

        // EndsWith, not Path.GetExtension: on .NET Framework hosts the latter throws on some legal file names.
        if (!file.Path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) && !file.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return !(provider.GetOptions(file).TryGetValue("build_metadata.AdditionalFiles.CorpusExclude", out var exclude)
            && string.Equals(exclude.Trim(), "true", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True when <paramref name="file"/> is called <paramref name="fileName"/> (ASCII case ignored).</summary>
    public static bool IsNamed(AdditionalText file, string fileName)
        => string.Equals(DocumentExtractor.FileNameOf(file.Path), fileName, StringComparison.OrdinalIgnoreCase);
}
