namespace Corpus.Generators.Models;

/// <summary>
/// What the consumer's compilation offers that the generated code can use: one bool, so the step that reads the
/// compilation is cheap and everything after it stays cached while unrelated code changes.
/// </summary>
/// <param name="NotNullWhen">
/// True when <c>System.Diagnostics.CodeAnalysis.NotNullWhenAttribute</c> is available (.NET Core 3.0+), so
/// <c>TryFindEntity</c> can tell the compiler its out value is not null when it returns true.
/// </param>
internal sealed record CompilationFeatures(bool NotNullWhen)
{
    /// <summary>Nothing beyond netstandard2.0.</summary>
    public static CompilationFeatures Minimal { get; } = new(false);
}
