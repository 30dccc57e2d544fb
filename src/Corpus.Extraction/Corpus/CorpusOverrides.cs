namespace Corpus.Extraction.Corpus;

/// <summary>One entry of corpus.json's "entities" section: what the user says about a name.</summary>
/// <param name="Name">The name as the seeds spell it (or, with <paramref name="Add"/>, as they should be searched for).</param>
/// <param name="Rename">A new canonical name, or null.</param>
/// <param name="Kind">A kind to force, or null.</param>
/// <param name="Role">A role to set, or null.</param>
/// <param name="Aliases">Aliases to add.</param>
/// <param name="Add">True when the engine missed the entity: every occurrence of the name becomes a mention.</param>
/// <param name="Exclude">True when the name is not an entity.</param>
/// <param name="Span">Where the entry stands in corpus.json, for CORPUS004.</param>
public sealed record EntityOverride(
    string Name,
    string? Rename,
    EntityKind? Kind,
    string? Role,
    EquatableArray<string> Aliases,
    bool Add,
    bool Exclude,
    SourceSpan Span);

/// <summary>The parsed corpus.json.</summary>
/// <param name="Path">The path of corpus.json, for diagnostics.</param>
/// <param name="Entities">Entity overrides, in file order.</param>
/// <param name="Problems">CORPUS005 problems found while reading it.</param>
public sealed record CorpusOverrides(string Path, EquatableArray<EntityOverride> Entities, EquatableArray<Problem> Problems);
