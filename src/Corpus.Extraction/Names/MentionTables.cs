namespace Corpus.Extraction.Names;

/// <summary>
/// What the entity stage made for its mentions that the quotation stage of the same seed reads again: the line table
/// of the spans, and every mention sorted as the speaker resolver reads them. Both are the thread's scratch arrays,
/// valid until the thread's next entity extraction, so they are handed straight from one stage to the next (see
/// DocumentExtractor). The default (a seed without entities) holds neither, and the quotation stage makes its own.
/// </summary>
internal readonly struct MentionTables
{
    public MentionTables(MentionLines lines, (int Start, int End, int Entity)[]? sorted, int sortedCount)
    {
        Lines = lines;
        Sorted = sorted;
        SortedCount = sortedCount;
    }

    /// <summary>The spans' line table (see <see cref="MentionLines.HasTables"/>: none in the default).</summary>
    public MentionLines Lines { get; }

    /// <summary>The mentions sorted by start, end and entity, the first <see cref="SortedCount"/> of it; null when not made.</summary>
    public (int Start, int End, int Entity)[]? Sorted { get; }

    /// <summary>How many of <see cref="Sorted"/> are mentions.</summary>
    public int SortedCount { get; }
}
