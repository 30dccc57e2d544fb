using System.Collections.Generic;

namespace Corpus.Extraction.Corpus;

/// <summary>
/// Turns the per-seed models into the typed corpus: entities merged across seeds, keys and C# member names
/// assigned, collisions resolved deterministically, overrides and the lock file applied.
/// (First slice: to be filled by the corpus step.)
/// </summary>
public static class CorpusBuilder
{
    /// <summary>Builds the corpus. The order of <paramref name="documents"/> does not matter.</summary>
    public static CorpusModel Build(IReadOnlyList<DocumentModel> documents, CorpusOptions options)
        => new(
            EquatableArray<CorpusDocument>.Empty,
            EquatableArray<CorpusEntity>.Empty,
            EquatableArray<CorpusQuote>.Empty,
            EquatableArray<CorpusTombstone>.Empty,
            EquatableArray<CorpusProblem>.Empty);
}
