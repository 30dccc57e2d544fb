using System.Collections.Generic;

namespace Corpus.Extraction.Corpus.Overrides;

/// <summary>
/// Applies corpus.json to the corpus. (First slice: to be filled by the overrides work.)
/// <see cref="BeforeMerge"/> runs on each seed's model (exclusions, entities the engine missed);
/// <see cref="AfterMerge"/> runs on the merged entities (renames, kinds, roles, aliases).
/// </summary>
public static class OverrideApplier
{
    /// <summary>Drops excluded names and adds the entities the user says the engine missed, with all their mentions.</summary>
    public static DocumentModel BeforeMerge(DocumentModel document, CorpusOverrides? overrides) => document;

    /// <summary>Renames, re-kinds, sets roles and adds aliases; reports CORPUS004 for overrides that name nothing.</summary>
    public static IReadOnlyList<MergedEntity> AfterMerge(IReadOnlyList<MergedEntity> entities, CorpusOverrides? overrides, List<CorpusProblem> problems) => entities;
}
