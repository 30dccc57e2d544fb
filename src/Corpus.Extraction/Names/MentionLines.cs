using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// Spans for the mentions of the entities being built, with a cursor on the line starts in place of a binary
/// search per mention: the entities come in order of first mention and each one's mentions ascend, so the line
/// of the next mention is most often the cursor's or a few past it. The spans are those <see cref="LineMap.Span"/> gives.
/// </summary>
internal struct MentionLines
{
    // Past this many lines the cursor gives way to the map's binary search.
    private const int MaxSteps = 8;

    private readonly LineMap _map;
    private readonly EquatableArray<int> _starts;
    private int _line; // 1-based, as LineMap counts

    public MentionLines(LineMap map)
    {
        _map = map;
        _starts = map.LineStarts;
        _line = 1;
    }

    /// <summary>The line of the last span made (or the one set by <see cref="Return"/>).</summary>
    public readonly int Line => _line;

    /// <summary>Puts the cursor back on <paramref name="line"/>, at or before the next mention asked about.</summary>
    public void Return(int line) => _line = line;

    /// <summary><see cref="LineMap.Span"/> for the text at <paramref name="start"/>.</summary>
    public SourceSpan Span(int start, int length)
    {
        var starts = _starts;
        var line = _line;
        if (start < starts[line - 1])
        {
            line = _map.LineOf(start);
        }
        else
        {
            var steps = 0;
            while (line < starts.Count && starts[line] <= start)
            {
                line++;
                if (++steps == MaxSteps)
                {
                    line = Gallop(starts, line, start);
                    break;
                }
            }
        }

        _line = line;
        return new SourceSpan(start, length, line, start - starts[line - 1] + 1);
    }

    // The line of start, at or after line (whose start is at or before it), found in strides that double from
    // the cursor and then by halves: a later mention of an entity is most often some lines on, not half a text
    // on, so this reads fewer line starts than a search over the whole map. The same answer as LineMap.LineOf.
    private static int Gallop(EquatableArray<int> starts, int line, int start)
    {
        // The answer is at least low and less than high (the number of line starts at or before start).
        var low = line;
        var stride = 1;
        var high = low + stride;
        while (high <= starts.Count && starts[high - 1] <= start)
        {
            low = high;
            stride <<= 1;
            high = low + stride;
        }

        high = System.Math.Min(high, starts.Count + 1);
        while (high - low > 1)
        {
            var middle = (int)((uint)(low + high) >> 1);
            if (starts[middle - 1] <= start)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
