using System.Collections.Generic;

namespace Corpus.Extraction.Text;

/// <summary>
/// Maps UTF-16 offsets to 1-based line and column. Lines end at \n, \r\n or \r, as Roslyn's SourceText
/// counts them, so a diagnostic's line and the generated docs agree with what the IDE shows.
/// </summary>
internal sealed class LineMap
{
    private readonly int[] _lineStarts;

    public LineMap(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = starts.ToArray();
    }

    /// <summary>Rebuilds a map from line starts kept in a <see cref="DocumentModel"/>.</summary>
    public LineMap(EquatableArray<int> lineStarts)
    {
        _lineStarts = lineStarts.Count == 0 ? new[] { 0 } : System.Linq.Enumerable.ToArray(lineStarts);
    }

    /// <summary>The line starts, for the model.</summary>
    public EquatableArray<int> LineStarts => new(_lineStarts);

    /// <summary>Number of lines (a text with no line break has one).</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>The 1-based line holding <paramref name="offset"/>.</summary>
    public int LineOf(int offset)
    {
        var index = System.Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index + 1 : ~index;
    }

    /// <summary>A span with line and column filled in.</summary>
    public SourceSpan Span(int start, int length)
    {
        var line = LineOf(start);
        return new SourceSpan(start, length, line, start - _lineStarts[line - 1] + 1);
    }
}
