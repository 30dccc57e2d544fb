namespace Corpus.Extraction.Corpus;

/// <summary>What the corpus builder needs besides the seeds.</summary>
/// <param name="ProjectDirectory">
/// The folder seed paths are made relative to (forward slashes in the result), or null to use file names.
/// </param>
/// <param name="Overrides">The parsed corpus.json, or null.</param>
/// <param name="Lock">The parsed seeds.lock.json, or null.</param>
public sealed record CorpusOptions(string? ProjectDirectory, CorpusOverrides? Overrides, LockFile? Lock)
{
    /// <summary>No project folder, no overrides, no lock file.</summary>
    public static CorpusOptions Default { get; } = new(null, null, null);
}
