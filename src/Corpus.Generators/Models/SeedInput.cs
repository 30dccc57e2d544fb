namespace Corpus.Generators.Models;

/// <summary>
/// A seed file as the pipeline carries it: path and decoded text, never the AdditionalText or SourceText, so
/// the step that follows is cached by value and holds nothing of the compilation alive.
/// </summary>
/// <param name="Path">The path, as the compiler gives it.</param>
/// <param name="Text">The decoded text, or null when the compiler could not read the file.</param>
/// <param name="MemberName">The <c>CorpusName</c> item metadata, or null.</param>
/// <param name="Excluded">True when the <c>CorpusExclude</c> item metadata is true.</param>
internal sealed record SeedInput(string Path, string? Text, string? MemberName, bool Excluded);
