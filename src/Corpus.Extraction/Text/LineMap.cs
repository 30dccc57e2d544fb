namespace Corpus.Extraction.Text;

/// <summary>
/// Maps UTF-16 offsets to 1-based line and column. Lines end at \n, \r\n or \r, as Roslyn's SourceText
/// counts them, so a diagnostic's line and the generated docs agree with what the IDE shows.
/// </summary>
internal sealed class LineMap
{
    private static readonly char[] LineEnds = { '\r', '\n', '\u2028', '\u2029', '\u0085' };
    private static readonly char[] OtherLineEnds = { '\r', '\u2028', '\u2029', '\u0085' };

    private readonly int[] _lineStarts;

    public LineMap(string text)
    {
        // The tokenizer reads the same text next, and its masks mark every line end in ASCII: they are read once, here,
        // and kept for it. Only a text with a line end outside ASCII (or one too long for the masks to be kept) is
        // searched for line ends.
        if (text.Length <= TokenMasks.MaxKeptChars)
        {
            var masks = TokenMasks.Of(text, out var facts);
            if (!facts.OtherLineEnds)
            {
                _lineStarts = FromMasks(masks, text.Length, facts.LineEnds);
                return;
            }
        }

        _lineStarts = Search(text);
    }

    /// <summary>Rebuilds a map from line starts kept in a <see cref="DocumentModel"/>.</summary>
    public LineMap(EquatableArray<int> lineStarts)
    {
        _lineStarts = lineStarts.Count == 0 ? new[] { 0 } : System.Linq.Enumerable.ToArray(lineStarts);
    }

    /// <summary>
    /// The line starts of a text of <paramref name="length"/> characters whose <paramref name="lineEnds"/> line ends
    /// are all in the <see cref="TokenMasks.LineEnd"/> masks (\n, and \r unless a \n follows, as here): the mask
    /// pass counted them, so the array is made once at its exact size.
    /// </summary>
    private static int[] FromMasks(ulong[] masks, int length, int lineEnds)
    {
        var starts = new int[lineEnds + 1];
        var blocks = (length + 63) >> 6;
        var n = 1;

        // Read and written unchecked (Unchecked): the masks have the text's blocks, and the array an entry for each
        // line end in them (the pass counted them) and the first line's start.
        var columns = new Unchecked<ulong>(masks);
        var lineStarts = new Unchecked<int>(starts);
        for (var k = 0; k < blocks; k++)
        {
            for (var ends = columns[(k * TokenMasks.Stride) + TokenMasks.LineEnd]; ends != 0; ends &= ends - 1)
            {
                // (ends is not 0: the count of its lowest bit needs no care for 0, and takes no table in netstandard2.0.)
                lineStarts[n++] = (k << 6) + Bits.LowestOf(ends) + 1;
            }
        }

        return starts;
    }

    private static int[] Search(string text)
    {
        // About one line per 40 characters of prose; grown by doubling past that, and copied out at the exact size.
        var starts = new int[(text.Length / 40) + 16];
        var count = 1;

        // The runtime searches for the next line end many characters at a time; lines are tens of characters long.
        // Most texts end their lines with \n alone, and a search for one character is the fastest there is.
        var onlyNewlines = text.IndexOfAny(OtherLineEnds) < 0;
        var i = onlyNewlines ? text.IndexOf('\n') : text.IndexOfAny(LineEnds);
        while (i >= 0)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (count == starts.Length)
            {
                System.Array.Resize(ref starts, starts.Length * 2);
            }

            starts[count++] = i + 1;
            i = i + 1 >= text.Length ? -1 : onlyNewlines ? text.IndexOf('\n', i + 1) : text.IndexOfAny(LineEnds, i + 1);
        }

        if (count != starts.Length)
        {
            System.Array.Resize(ref starts, count);
        }

        return starts;
    }

    /// <summary>The line starts, for the model.</summary>
    public EquatableArray<int> LineStarts => new(_lineStarts);

    /// <summary>
    /// The <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/> with every line
    /// end made a space (\r\n two spaces): a wrapped sentence's text.
    /// </summary>
    public static string Folded(string text, int start, int length)
    {
        // Every \r, \n, U+2028, U+2029 and U+0085 ends a line or is the \r of a \r\n: the line starts need not be read.
        if (text.IndexOfAny(LineEnds, start, length) < 0)
        {
            return text.Substring(start, length);
        }

        var chars = text.ToCharArray(start, length);
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is '\r' or '\n' or '\u2028' or '\u2029' or '\u0085')
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    /// <summary>Number of lines (a text with no line break has one).</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>The 1-based line holding <paramref name="offset"/>.</summary>
    public int LineOf(int offset)
    {
        // The number of line starts at or before the offset (they rise strictly), by a plain binary search:
        // Array.BinarySearch goes through a generic comparer helper on netstandard2.0, and mentions and quotes ask
        // for a line each.
        var starts = _lineStarts;
        var low = 0;
        var high = starts.Length;
        while (low < high)
        {
            var middle = (int)((uint)(low + high) >> 1);
            if (starts[middle] <= offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>A span with line and column filled in.</summary>
    public SourceSpan Span(int start, int length)
    {
        var line = LineOf(start);
        return new SourceSpan(start, length, line, start - _lineStarts[line - 1] + 1);
    }
}
