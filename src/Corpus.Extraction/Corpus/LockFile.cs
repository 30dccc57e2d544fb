namespace Corpus.Extraction.Corpus;

/// <summary>One member recorded in seeds.lock.json.</summary>
/// <param name="Key">Stable key.</param>
/// <param name="Name">Entity name, or quote text.</param>
/// <param name="Container">"People", …, or "Quotes".</param>
/// <param name="MemberName">The generated member name.</param>
/// <param name="EntityKind">The entity kind, or null for a quote.</param>
/// <param name="ContentHash">Hash of what the member stood for (name and kind, or quote text).</param>
public sealed record LockEntry(string Key, string Name, string Container, string MemberName, EntityKind? EntityKind, string ContentHash)
{
    /// <summary>Where the entry stands in seeds.lock.json (set by the reader, for CORPUS020), or null.</summary>
    public SourceSpan? Span { get; init; }
}

/// <summary>The parsed seeds.lock.json.</summary>
/// <param name="Path">Its path, for diagnostics.</param>
/// <param name="Entries">Entries, ordinal by container then member name.</param>
/// <param name="Problems">Problems found while reading it.</param>
public sealed record LockFile(string Path, EquatableArray<LockEntry> Entries, EquatableArray<Problem> Problems);
