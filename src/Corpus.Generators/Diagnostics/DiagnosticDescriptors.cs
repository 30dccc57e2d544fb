using Corpus.Extraction;
using Microsoft.CodeAnalysis;

namespace Corpus.Generators.Diagnostics;

/// <summary>
/// Every diagnostic the package reports, in one place. IDs come from <see cref="DiagnosticIds"/> so the code
/// fixes and the CLI name them the same way; each links to its section of docs/diagnostics.md.
/// </summary>
internal static class DiagnosticDescriptors
{
    /// <summary>Category of diagnostics about user code that uses the corpus.</summary>
    public const string UsageCategory = "Corpus.Usage";

    /// <summary>Category of diagnostics about corpus.json and seeds.lock.json.</summary>
    public const string ConfigurationCategory = "Corpus.Configuration";

    /// <summary>Category of diagnostics about the seed files' text.</summary>
    public const string SeedCategory = "Corpus.Seeds";

    private const string HelpBase = "https://github.com/corpus-generators/corpus-generators/blob/main/docs/diagnostics.md#";

    /// <summary>CORPUS001: a constant lookup names nothing in the corpus.</summary>
    public static readonly DiagnosticDescriptor UnknownLookup = Create(
        DiagnosticIds.UnknownLookup,
        "Lookup names nothing in the corpus",
        "'{0}' names no entity or quote in the corpus; {1}",
        UsageCategory,
        DiagnosticSeverity.Warning,
        "A constant passed to Seeds.Entity, Seeds.TryFindEntity, Seeds.Quote or a [CorpusKey] parameter must name an entity (by name, alias or key) or a quote (by text or key) that the seeds hold; otherwise the lookup fails at run time.");

    /// <summary>CORPUS002: a constant lookup could be the typed member.</summary>
    public static readonly DiagnosticDescriptor LookupCouldBeTyped = Create(
        DiagnosticIds.LookupCouldBeTyped,
        "Lookup could be a typed member",
        "'{0}' is {1}; use the typed member so a seed edit that removes it is caught when compiling",
        UsageCategory,
        DiagnosticSeverity.Info,
        "A lookup by a constant string is checked by this analyzer only; the generated member is checked by the compiler and the lock file, and shows its source sentence in the tooltip.");

    /// <summary>CORPUS003: code uses seed content that no longer exists.</summary>
    public static readonly DiagnosticDescriptor StaleReference = Create(
        DiagnosticIds.StaleReference,
        "Reference to seed content that no longer exists",
        "{0}; {1}",
        UsageCategory,
        DiagnosticSeverity.Warning,
        "The seeds no longer hold what this code refers to: a member kept only as a tombstone because seeds.lock.json records it, or a [SeedQuote]/[SeedEntity] text that no longer appears in any seed.");

    /// <summary>CORPUS004: corpus.json names something no seed contains.</summary>
    public static readonly DiagnosticDescriptor StaleOverride = Create(
        DiagnosticIds.StaleOverride,
        "Override names nothing in the seeds",
        "{0}",
        ConfigurationCategory,
        DiagnosticSeverity.Warning,
        "An entry of corpus.json names an entity that no seed contains, so it has no effect; usually a misspelling or a seed edit.");

    /// <summary>CORPUS005: corpus.json or seeds.lock.json is malformed.</summary>
    public static readonly DiagnosticDescriptor MalformedConfiguration = Create(
        DiagnosticIds.MalformedConfiguration,
        "Malformed corpus configuration",
        "{0}",
        ConfigurationCategory,
        DiagnosticSeverity.Warning,
        "corpus.json or seeds.lock.json is not valid JSON or has a field of the wrong shape. The build goes on without the part that could not be read.");

    /// <summary>CORPUS006: the project's C# version is older than the generated code needs.</summary>
    /// <remarks>Reported from a compilation-end action, so it carries the CompilationEnd tag (RS1037).</remarks>
    public static readonly DiagnosticDescriptor LanguageVersionTooOld = Create(
        DiagnosticIds.LanguageVersionTooOld,
        "The typed corpus needs C# 9 or later",
        "The typed corpus needs C# 9 or later, but this project compiles with C# {0}, so nothing is generated; set <LangVersion>9.0</LangVersion> or later (or latest) in the project file",
        ConfigurationCategory,
        DiagnosticSeverity.Error,
        "The generated code uses records, nullable annotations and 'is not null' patterns, which need C# 9. A netstandard2.0 or .NET Framework project defaults to C# 7.3; rather than fail with errors inside generated files, the generator emits nothing and this diagnostic says how to raise the language version.",
        WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>CORPUS010: a seed cannot be read as text.</summary>
    public static readonly DiagnosticDescriptor UnreadableSeed = Create(
        DiagnosticIds.UnreadableSeed,
        "Seed cannot be read as text",
        "{0}",
        SeedCategory,
        DiagnosticSeverity.Warning,
        "The file is binary, not valid UTF-8, or too large. It is skipped and the build goes on.");

    /// <summary>CORPUS011: an unclosed quotation mark.</summary>
    public static readonly DiagnosticDescriptor UnclosedQuotation = Create(
        DiagnosticIds.UnclosedQuotation,
        "Unclosed quotation mark",
        "{0}",
        SeedCategory,
        DiagnosticSeverity.Warning,
        "A quotation opens but does not close, so its text and speaker cannot be read reliably.");

    /// <summary>CORPUS012: spin or template syntax left in a seed.</summary>
    public static readonly DiagnosticDescriptor TemplateResidue = Create(
        DiagnosticIds.TemplateResidue,
        "Template or spin syntax left in a seed",
        "{0}",
        SeedCategory,
        DiagnosticSeverity.Warning,
        "Braces such as {that a} are left over from a text template or article spinner; the corpus reads the braces' content as text.");

    /// <summary>CORPUS013: two names map to one C# identifier.</summary>
    public static readonly DiagnosticDescriptor IdentifierCollision = Create(
        DiagnosticIds.IdentifierCollision,
        "Two names map to one C# identifier",
        "{0}",
        SeedCategory,
        DiagnosticSeverity.Info,
        "Two entities or quotes would get the same generated member name; one was given a suffix, deterministically.");

    /// <summary>CORPUS020: a locked member no longer exists in the seeds.</summary>
    public static readonly DiagnosticDescriptor LockedMemberRemoved = Create(
        DiagnosticIds.LockedMemberRemoved,
        "Locked member no longer in the seeds",
        "{0}",
        ConfigurationCategory,
        DiagnosticSeverity.Info,
        "seeds.lock.json records a member the seeds no longer hold. It is generated as an [Obsolete] tombstone so code still compiles, and each use is CORPUS003. Update the lock file to accept the removal.");

    /// <summary>The descriptor for a problem the engine or the corpus builder found, by its ID.</summary>
    public static DiagnosticDescriptor ForProblem(string id) => id switch
    {
        DiagnosticIds.UnknownLookup => UnknownLookup,
        DiagnosticIds.LookupCouldBeTyped => LookupCouldBeTyped,
        DiagnosticIds.StaleReference => StaleReference,
        DiagnosticIds.StaleOverride => StaleOverride,
        DiagnosticIds.MalformedConfiguration => MalformedConfiguration,
        DiagnosticIds.UnclosedQuotation => UnclosedQuotation,
        DiagnosticIds.TemplateResidue => TemplateResidue,
        DiagnosticIds.IdentifierCollision => IdentifierCollision,
        DiagnosticIds.LockedMemberRemoved => LockedMemberRemoved,
        _ => UnreadableSeed,
    };

    private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, string description, params string[] customTags)
        => new(id, title, message, category, severity, isEnabledByDefault: true, description, HelpBase + id.ToLowerInvariant(), customTags);
}
