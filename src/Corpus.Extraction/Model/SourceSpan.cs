namespace Corpus.Extraction;

/// <summary>
/// A place in a seed's decoded text: UTF-16 offset and length (a BOM is not counted) and the
/// 1-based line and column of <see cref="Start"/>. Stands in for Roslyn's Location in every model. A value: a seed's
/// model holds one per mention and per quotation, and as objects they were a third of what extraction allocated.
/// </summary>
/// <param name="Start">UTF-16 offset of the first character.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Line">1-based line of <paramref name="Start"/>.</param>
/// <param name="Column">1-based column (UTF-16 code units) of <paramref name="Start"/>.</param>
public readonly record struct SourceSpan(int Start, int Length, int Line, int Column)
{
    /// <summary>The offset just past the span.</summary>
    public int End => Start + Length;
}
