using Corpus.Extraction.Corpus;

namespace Corpus.Generators.Models;

/// <summary>A configuration AdditionalFile (corpus.json or seeds.lock.json): path and text only.</summary>
/// <param name="Path">The path.</param>
/// <param name="Text">The text, or null when it could not be read.</param>
internal sealed record ConfigurationInput(string Path, string? Text);

/// <summary>The parsed configuration files; both may be absent.</summary>
/// <param name="Overrides">The parsed corpus.json, or null.</param>
/// <param name="Lock">The parsed seeds.lock.json, or null.</param>
internal sealed record Configuration(CorpusOverrides? Overrides, LockFile? Lock)
{
    /// <summary>No corpus.json and no lock file.</summary>
    public static Configuration None { get; } = new(null, null);
}
