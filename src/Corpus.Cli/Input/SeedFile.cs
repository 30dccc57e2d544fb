namespace Corpus.Cli.Input;

/// <summary>A seed as the tool read it from disk.</summary>
/// <param name="Path">The path as shown to the user: the argument, or the argument joined with the file's place inside the folder (forward slashes).</param>
/// <param name="Text">The decoded text without a BOM; invalid UTF-8 is decoded with U+FFFD so the engine reports CORPUS010.</param>
internal sealed record SeedFile(string Path, string? Text);
