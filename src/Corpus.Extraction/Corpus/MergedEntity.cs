namespace Corpus.Extraction.Corpus;

/// <summary>
/// An entity merged across seeds, before keys and member names are given: what corpus.json overrides act on
/// (<see cref="Overrides.OverrideApplier.AfterMerge"/>).
/// </summary>
/// <param name="Name">The canonical name.</param>
/// <param name="Kind">The kind.</param>
/// <param name="Role">The first role any seed gives, or null.</param>
/// <param name="Affiliation">The name of the first affiliation any seed gives, or null (resolved to a key later).</param>
/// <param name="Description">The first descriptor any seed gives, or null.</param>
/// <param name="Aliases">Aliases, ordinal order, without the name itself.</param>
/// <param name="Mentions">
/// Mentions by document, then offset. Here <see cref="CorpusMention.Sentence"/> is still the index into the
/// seed's own <see cref="DocumentModel.Sentences"/>; the builder remaps it afterwards.
/// </param>
public sealed record MergedEntity(
    string Name,
    EntityKind Kind,
    string? Role,
    string? Affiliation,
    string? Description,
    EquatableArray<string> Aliases,
    EquatableArray<CorpusMention> Mentions);
