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

    /// <summary>
    /// Member names the project gives documents (the <c>CorpusName</c> item metadata), by the seed's path as given;
    /// a name that is not a valid identifier is made into one.
    /// </summary>
    public EquatableArray<DocumentName> DocumentNames { get; init; }
}

/// <summary>A member name the project gives one document under <c>Seeds.Documents</c>.</summary>
/// <param name="Path">The seed's path, as given to the builder.</param>
/// <param name="MemberName">The wanted member name.</param>
public sealed record DocumentName(string Path, string MemberName);
