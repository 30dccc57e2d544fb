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
                    line = _map.LineOf(start);
                    break;
                }
            }
        }

        _line = line;
        return new SourceSpan(start, length, line, start - starts[line - 1] + 1);
    }
}
