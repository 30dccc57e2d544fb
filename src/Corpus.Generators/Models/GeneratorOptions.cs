using System;
using System.Collections.Generic;
using Corpus.Extraction.Corpus;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generators.Models;

/// <summary>The MSBuild properties that shape the generated code.</summary>
/// <param name="Namespace">CorpusNamespace (default "Corpus"); must be a valid dotted name.</param>
/// <param name="ClassName">CorpusClassName (default "Seeds"); must be a valid identifier.</param>
/// <param name="Public">CorpusPublic: true makes the generated types public (default internal).</param>
/// <param name="Enabled">CorpusEnabled: "false" turns the generator off.</param>
/// <param name="ProjectDirectory">ProjectDir, for seed paths relative to the project, or null.</param>
internal sealed record GeneratorOptions(string Namespace, string ClassName, bool Public, bool Enabled, string? ProjectDirectory)
{
    /// <summary>The default namespace.</summary>
    public const string DefaultNamespace = "Corpus";

    /// <summary>The default class name.</summary>
    public const string DefaultClassName = "Seeds";

    // Type names the generated namespace and class already use: a class name equal to one would not compile.
    private static readonly HashSet<string> TakenNames = new(StringComparer.Ordinal)
    {
        "EntityKind", "QuoteKind", "SeedDocument", "Mention", "Entity", "Quote", "CorpusKeyAttribute", "SeedQuoteAttribute",
        "SeedEntityAttribute", "People", "Organizations", "Places", "Products", "Events", "Groups", "Others", "Quotes",
        "Documents", "AllEntities", "AllQuotes", "TryFindEntity",
    };

    /// <summary>The defaults: namespace Corpus, class Seeds, internal, enabled.</summary>
    public static GeneratorOptions Default { get; } = new(DefaultNamespace, DefaultClassName, false, true, null);

    /// <summary>The accessibility keyword of the top-level generated types.</summary>
    public string Accessibility => Public ? "public" : "internal";

    /// <summary>Reads the options from the global analyzer config (build_property.*).</summary>
    public static GeneratorOptions From(AnalyzerConfigOptionsProvider provider)
    {
        var options = provider.GlobalOptions;
        return new GeneratorOptions(
            ValidNamespace(Get(options, "CorpusNamespace")),
            ValidClassName(Get(options, "CorpusClassName")),
            IsTrue(Get(options, "CorpusPublic")),
            !IsFalse(Get(options, "CorpusEnabled")),
            Get(options, "ProjectDir") ?? Get(options, "MSBuildProjectDirectory"));
    }

    /// <summary>Whether an MSBuild boolean is "true" (any case).</summary>
    public static bool IsTrue(string? value) => string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether an MSBuild boolean is "false" (any case).</summary>
    public static bool IsFalse(string? value) => string.Equals(value?.Trim(), "false", StringComparison.OrdinalIgnoreCase);

    /// <summary>The namespace to use: <paramref name="value"/> when every dotted part is an identifier, else the default.</summary>
    public static string ValidNamespace(string? value)
    {
        if (value is null || value.Trim().Length == 0)
        {
            return DefaultNamespace;
        }

        var trimmed = value.Trim();
        foreach (var part in trimmed.Split('.'))
        {
            if (!IdentifierNamer.IsValidIdentifier(part))
            {
                return DefaultNamespace;
            }
        }

        return trimmed;
    }

    /// <summary>The class name to use: <paramref name="value"/> when it is an identifier no generated type uses, else the default.</summary>
    public static string ValidClassName(string? value)
    {
        var trimmed = value?.Trim();
        return trimmed is { Length: > 0 } && IdentifierNamer.IsValidIdentifier(trimmed) && !TakenNames.Contains(trimmed)
            ? trimmed
            : DefaultClassName;
    }

    private static string? Get(AnalyzerConfigOptions options, string property)
        => options.TryGetValue("build_property." + property, out var value) && value.Trim().Length > 0 ? value : null;
}
