using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// Spans for the mentions of the entities being built, each line found from a table of the line at every
/// 64th character in place of a search: the entities come in order of first mention, but each one's later
/// mentions lie anywhere in the text, and a search for each (or a cursor that gallops to it and back) cost more
/// than the table. The spans are those <see cref="LineMap.Span"/> gives.
/// </summary>
internal readonly struct MentionLines
{
    private const int BlockBits = 6;

    // The map's line starts as the array they are (the wrapper's indexer asks for a null array at every read).
    private readonly int[] _starts;

    // The 1-based line (as LineMap counts) of the character at each multiple of 64, up to one block past the last line start.
    private readonly int[] _lineAtBlock;

    public MentionLines(LineMap map)
    {
        // The line at 64 b is the number of line starts at or before it: each start is counted in the first block
        // whose first character it is at or before, and the counts are summed. Two passes without a branch on the
        // text, where stepping the line forward block by block mispredicted at nearly every line.
        var starts = map.LineStarts;
        var count = starts.Count;
        var lineAtBlock = new int[(starts[count - 1] >> BlockBits) + 2];
        for (var i = 0; i < count; i++)
        {
            lineAtBlock[(starts[i] + (1 << BlockBits) - 1) >> BlockBits]++;
        }

        var line = 0;
        for (var b = 0; b < lineAtBlock.Length; b++)
        {
            line += lineAtBlock[b];
            lineAtBlock[b] = line;
        }

        _starts = starts.AsList() as int[] ?? Copy(starts);
        _lineAtBlock = lineAtBlock;
    }

    /// <summary><see cref="LineMap.Span"/> for the text at <paramref name="start"/>.</summary>
    public SourceSpan Span(int start, int length)
    {
        // The line of the block's first character, then on past the line starts between it and start: most
        // often none, as few lines are shorter than a block.
        var starts = _starts;
        var line = _lineAtBlock[System.Math.Min(start >> BlockBits, _lineAtBlock.Length - 1)];
        while (line < starts.Length && starts[line] <= start)
        {
            line++;
        }

        return new SourceSpan(start, length, line, start - starts[line - 1] + 1);
    }

    private static int[] Copy(EquatableArray<int> starts)
    {
        var copy = new int[starts.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = starts[i];
        }

        return copy;
    }
}
