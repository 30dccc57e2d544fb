using Corpus.Extraction.Text;

namespace Corpus.Extraction.Quotes;

/// <summary>
/// Line and column of the offsets of one document's quotations and speaker phrases, as <see cref="LineMap.Span"/>
/// gives them. Those offsets come in text order, or a little behind it (a phrase before its quotation), so each
/// search gallops from the line found last instead of searching every line start again.
/// </summary>
internal sealed class LineCursor
{
    private readonly EquatableArray<int> _starts;
    private int _line;

    public LineCursor(LineMap map) => _starts = map.LineStarts;

    /// <summary>A span with line and column filled in.</summary>
    public SourceSpan Span(int start, int length)
    {
        var line = LineIndexOf(start);
        return new SourceSpan(start, length, line + 1, start - _starts[line] + 1);
    }

    /// <summary>The 0-based index of the last line starting at or before <paramref name="offset"/>.</summary>
    private int LineIndexOf(int offset)
    {
        // Bracket the line with steps doubling away from the last one (lines[lo] <= offset < lines[hi]), then halve.
        int lo, hi;
        var step = 1;
        if (_starts[_line] <= offset)
        {
            lo = _line;
            hi = lo + 1;
            while (hi < _starts.Count && _starts[hi] <= offset)
            {
                lo = hi;
                step *= 2;
                hi = lo + step;
            }

            hi = hi < _starts.Count ? hi : _starts.Count;
        }
        else
        {
            hi = _line;
            lo = hi - 1;
            while (lo > 0 && _starts[lo] > offset)
            {
                hi = lo;
                step *= 2;
                lo = hi - step;
            }

            lo = lo > 0 ? lo : 0;
        }

        while (hi - lo > 1)
        {
            var mid = (lo + hi) / 2;
            if (_starts[mid] <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return _line = lo;
    }
}
