using System;
using Microsoft.CodeAnalysis;

namespace Corpus.Generators.Analyzers;

/// <summary>
/// The generated API in one compilation, found by symbol (never by the text of the call): the Seeds class in
/// the configured namespace, its lookup methods, its tombstone members and the marker attributes.
/// </summary>
internal sealed class GeneratedApi
{
    /// <summary>The generated lookup by name or alias.</summary>
    public const string EntityMethod = "Entity";

    /// <summary>The generated non-throwing lookup.</summary>
    public const string TryFindEntityMethod = "TryFindEntity";

    /// <summary>The generated quote lookup by text or key.</summary>
    public const string QuoteMethod = "Quote";

    /// <summary>The prefix of the [Obsolete] message the generator gives every tombstone.</summary>
    public const string TombstoneMarker = "CORPUS003";

    /// <summary>The attribute users put on their own string parameters to get lookup checks.</summary>
    public const string CorpusKeyAttribute = "CorpusKeyAttribute";

    /// <summary>The attribute that pins a quotation's text.</summary>
    public const string SeedQuoteAttribute = "SeedQuoteAttribute";

    /// <summary>The attribute that pins an entity's name.</summary>
    public const string SeedEntityAttribute = "SeedEntityAttribute";

    private GeneratedApi(CorpusSettings settings, INamedTypeSymbol? seeds)
    {
        Settings = settings;
        Seeds = seeds;
    }

    /// <summary>The settings the API was found with.</summary>
    public CorpusSettings Settings { get; }

    /// <summary>The generated Seeds class, or null when the compilation has none.</summary>
    public INamedTypeSymbol? Seeds { get; }

    /// <summary>Finds the API in <paramref name="compilation"/>.</summary>
    public static GeneratedApi Find(Compilation compilation, CorpusSettings settings)
        => new(settings, compilation.GetTypeByMetadataName(settings.ClassMetadataName));

    /// <summary>True when <paramref name="method"/> is Seeds.Entity, Seeds.TryFindEntity or Seeds.Quote.</summary>
    public bool IsLookup(IMethodSymbol method, out string name)
    {
        name = method.Name;
        return Seeds is not null
            && SymbolEqualityComparer.Default.Equals(method.ContainingType, Seeds)
            && method.Parameters.Length > 0
            && method.Parameters[0].Type.SpecialType == SpecialType.System_String
            && (name == EntityMethod || name == TryFindEntityMethod || name == QuoteMethod);
    }

    /// <summary>True when <paramref name="type"/> is the marker attribute <paramref name="name"/> in the generated namespace.</summary>
    public bool IsMarker(INamedTypeSymbol? type, string name)
        => type is not null
            && string.Equals(type.Name, name, StringComparison.Ordinal)
            && string.Equals(NamespaceOf(type), Settings.Namespace, StringComparison.Ordinal);

    /// <summary>True when <paramref name="parameter"/> carries [CorpusKey].</summary>
    public bool IsCorpusKey(IParameterSymbol parameter)
    {
        foreach (var attribute in parameter.GetAttributes())
        {
            if (IsMarker(attribute.AttributeClass, CorpusKeyAttribute))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The tombstone message of <paramref name="symbol"/> (its [Obsolete] text after "CORPUS003:") when it is a
    /// tombstone member nested in the Seeds class; otherwise null.
    /// </summary>
    public string? TombstoneMessage(ISymbol? symbol)
    {
        if (symbol is null || Seeds is null || !IsInsideSeeds(symbol.ContainingType))
        {
            return null;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "ObsoleteAttribute" } obsolete
                && NamespaceOf(obsolete) == "System"
                && attribute.ConstructorArguments.Length > 0
                && attribute.ConstructorArguments[0].Value is string message
                && message.StartsWith(TombstoneMarker, StringComparison.Ordinal))
            {
                return message.Substring(TombstoneMarker.Length).TrimStart(':', ' ');
            }
        }

        return null;
    }

    /// <summary>"Seeds.People.RobinLi" for a member nested in Seeds.</summary>
    public static string DisplayName(ISymbol symbol)
    {
        var name = symbol.Name;
        for (var type = symbol.ContainingType; type is not null; type = type.ContainingType)
        {
            name = type.Name + "." + name;
        }

        return name;
    }

    private bool IsInsideSeeds(INamedTypeSymbol? type)
    {
        for (; type is not null; type = type.ContainingType)
        {
            if (SymbolEqualityComparer.Default.Equals(type, Seeds))
            {
                return true;
            }
        }

        return false;
    }

    private static string NamespaceOf(INamedTypeSymbol type)
        => type.ContainingNamespace is null || type.ContainingNamespace.IsGlobalNamespace ? string.Empty : type.ContainingNamespace.ToDisplayString();
}
