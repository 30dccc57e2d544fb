namespace Corpus.Extraction;

/// <summary>
/// The stable diagnostic IDs. They live here, not beside the Roslyn descriptors, so the engine, the CLI and
/// the code-fix assembly (which must not reference the generator) all name them the same way.
/// </summary>
public static class DiagnosticIds
{
    /// <summary>A constant lookup names nothing in the corpus.</summary>
    public const string UnknownLookup = "CORPUS001";

    /// <summary>A constant lookup could be the typed member.</summary>
    public const string LookupCouldBeTyped = "CORPUS002";

    /// <summary>Code uses seed content that no longer exists (tombstone or pinned text).</summary>
    public const string StaleReference = "CORPUS003";

    /// <summary>corpus.json names something no seed contains.</summary>
    public const string StaleOverride = "CORPUS004";

    /// <summary>corpus.json is malformed.</summary>
    public const string MalformedConfiguration = "CORPUS005";

    /// <summary>The project compiles with a C# version older than the generated code needs (9).</summary>
    public const string LanguageVersionTooOld = "CORPUS006";

    /// <summary>A seed cannot be read as text.</summary>
    public const string UnreadableSeed = "CORPUS010";

    /// <summary>An unclosed quotation mark.</summary>
    public const string UnclosedQuotation = "CORPUS011";

    /// <summary>Spin or template syntax left in a seed.</summary>
    public const string TemplateResidue = "CORPUS012";

    /// <summary>Two names map to one C# identifier.</summary>
    public const string IdentifierCollision = "CORPUS013";

    /// <summary>A locked member no longer exists in the seeds.</summary>
    public const string LockedMemberRemoved = "CORPUS020";
}
