namespace Corpus.Generators.Models;

/// <summary>One generated source file.</summary>
/// <param name="HintName">The unique hint name.</param>
/// <param name="Text">The C# text.</param>
internal sealed record GeneratedFile(string HintName, string Text);
