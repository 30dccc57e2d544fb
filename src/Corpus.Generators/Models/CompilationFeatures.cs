namespace Corpus.Generators.Models;

/// <summary>
/// What the consumer's compilation offers that the generated code can use: one bool, so the step that reads the
/// compilation is cheap and everything after it stays cached while unrelated code changes.
/// </summary>
/// <param name="NotNullWhen">
/// True when an accessible <c>System.Diagnostics.CodeAnalysis.NotNullWhenAttribute</c> exists (.NET Core 3.0+, or a
/// polyfill that is visible to the compilation). Otherwise <c>TryFindEntity</c> goes without the attribute: declaring
/// an internal one would collide with polyfill generators such as PolySharp, whose output no generator can see.
/// </param>
internal sealed record CompilationFeatures(bool NotNullWhen)
{
    /// <summary>Nothing beyond netstandard2.0.</summary>
    public static CompilationFeatures Minimal { get; } = new(false);
}
