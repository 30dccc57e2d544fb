using System;
using System.Collections.Generic;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Quotes;

/// <summary>
/// Where the paragraphs of a text start. A text that separates paragraphs with blank lines is hard-wrapped, so a
/// single line break inside a quotation is only a wrap; a text without blank lines has one paragraph per line.
/// </summary>
internal sealed class ParagraphLayout
{
    private readonly int[] _starts;

    // The paragraph IndexOf found last, where it looks first.
    private int _last;

    private ParagraphLayout(int[] starts, bool blankLineSeparated)
    {
        _starts = starts;
        BlankLineSeparated = blankLineSeparated;
    }

    /// <summary>True when paragraphs are separated by blank lines (single line breaks are wraps).</summary>
    public bool BlankLineSeparated { get; }

    /// <summary>Reads the layout of <paramref name="text"/>, for a caller that has no <see cref="LineMap"/> of it.</summary>
    public static ParagraphLayout Of(string text) => Of(text, new LineMap(text));

    /// <summary>
    /// Reads the layout of <paramref name="text"/> from the line starts <paramref name="map"/> already holds (its
    /// line breaks are the same as <see cref="QuoteMarks.LineBreaks"/>): only the first characters of each line
    /// are read, to tell blank lines from lines with text.
    /// </summary>
    public static ParagraphLayout Of(string text, LineMap map)
    {
        // The map's own array (an EquatableArray wraps it without a copy; neither side writes to it): read directly,
        // and, for a text without blank lines, kept as the paragraph starts themselves.
        var lineStarts = map.LineStarts.AsList() as int[] ?? System.Linq.Enumerable.ToArray(map.LineStarts);
        var lineCount = lineStarts.Length;

        // The tokenizer's masks of the text, when this thread still keeps them, tell where each line's white space
        // ends (see below).
        var masks = TokenMasks.Kept(text);
        if (masks is not null)
        {
            TokenMasks.Of(text, out var facts);
            if (!facts.OtherLineEnds && facts.LineEnds + 1 == lineCount)
            {
                var found = StartsFromMasks(text, masks);
                return found.Count > 1
                    ? new ParagraphLayout(found.ToArray(), blankLineSeparated: true)
                    : new ParagraphLayout(lineStarts, blankLineSeparated: false);
            }
        }

        // A paragraph starts at the first line with text after one or more blank lines that follow text.
        var starts = new List<int> { 0 };
        var textSeen = false;
        var previousBlank = false;
        var next = lineCount > 0 ? lineStarts[0] : 0;
        for (var line = 0; line < lineCount; line++)
        {
            var start = next;
            next = line + 1 < lineCount ? lineStarts[line + 1] : text.Length;

            // Most lines hold a printable ASCII character other than '>' right after the ASCII white space they start
            // with (an indented line too), which settles that they hold text without a call: the masks tell where
            // that white space ends (without them, the line's first character is looked at).
            var first = start;
            if (masks is not null && start < next)
            {
                var text64 = ~TokenMasks.LoadUnchecked(masks, start, TokenMasks.Space);
                first = text64 == 0 ? next : start + Bits.TrailingZeroCount(text64);
            }

            var blank = start >= next || (!(first < next && IsTextStart(text[first])) && IsBlank(text, start, next));
            if (line > 0 && textSeen && previousBlank && !blank)
            {
                starts.Add(start);
            }

            textSeen |= !blank;
            previousBlank = blank;
        }

        if (starts.Count > 1)
        {
            return new ParagraphLayout(starts.ToArray(), blankLineSeparated: true);
        }

        return new ParagraphLayout(lineStarts, blankLineSeparated: false);
    }

    /// <summary>
    /// The paragraph starts as <see cref="Of(string, LineMap)"/> finds them, for a text whose line ends the masks all
    /// mark (\n and \r): only the lines without an ASCII letter or digit are read, since every other line holds text.
    /// Those lines are found 64 characters at a time: the position after each line end (a line start) is added into
    /// the run of characters that are neither letters, digits nor line ends from there, and the carry stops at the
    /// line's first letter or digit, or at its line end when it has none.
    /// </summary>
    private static List<int> StartsFromMasks(string text, ulong[] masks)
    {
        var lines = new LineWalk();
        var blocks = (text.Length + 63) >> 6;
        var startIn = 1UL; // the text's start is a line start
        var carry = 0UL;
        var lastEndBlock = -1;
        for (var k = 0; k < blocks; k++)
        {
            var ends = masks[(k * TokenMasks.Stride) + TokenMasks.LineEnd];
            var between = ~(masks[(k * TokenMasks.Stride) + TokenMasks.Word] | ends);
            var lineStarts = (ends << 1) | startIn;
            startIn = ends >> 63;

            // Each start's carry runs through the characters between and lands on the first letter, digit or line end.
            var partial = between + lineStarts;
            var sum = partial + carry;
            carry = (partial < between ? 1UL : 0) | (sum < partial ? 1UL : 0);
            for (var bare = sum & ends; bare != 0; bare &= bare - 1)
            {
                // A line with no letter or digit ends here. Such a line mostly holds a mark of its own ("%", "-- ",
                // "***"), which its last character before the line end shows as well as its first: then it holds
                // text, and is skipped over like the lines with letters (the walk's next visit, the last line's at
                // the latest, counts the lines skipped since the one before).
                var at = Bits.TrailingZeroCount(bare);
                var lineEnd = (k << 6) + at;
                if (lineEnd > 0 && IsTextStart(text[lineEnd - 1]))
                {
                    continue;
                }

                // Else it starts after the line end before it.
                var before = ends & ((1UL << at) - 1);
                var start = before != 0 ? (k << 6) + Bits.HighestBit(before) + 1
                    : lastEndBlock >= 0 ? (lastEndBlock << 6) + Bits.HighestBit(masks[(lastEndBlock * TokenMasks.Stride) + TokenMasks.LineEnd]) + 1
                    : 0;
                var next = lineEnd + 1;
                if (!(start < next && IsTextStart(text[start])) && IsBlank(text, start, next))
                {
                    lines.Visit(start, blank: true, next);
                }
            }

            if (ends != 0)
            {
                lastEndBlock = k;
            }
        }

        // The last line, when no line end closes it, was never landed on: it is read here.
        var last = lastEndBlock >= 0 ? (lastEndBlock << 6) + Bits.HighestBit(masks[(lastEndBlock * TokenMasks.Stride) + TokenMasks.LineEnd]) + 1 : 0;
        if (last < text.Length)
        {
            lines.Visit(last, IsBlank(text, last, text.Length), text.Length);
        }
        else
        {
            lines.Visit(last, blank: true, last);
        }

        return lines.Starts;
    }

    /// <summary>
    /// The walk over the lines of <see cref="StartsFromMasks"/>: the lines it visits in order, and those it skips over
    /// between them, which hold text.
    /// </summary>
    private struct LineWalk
    {
        private List<int>? _starts;
        private bool _textSeen;
        private bool _previousBlank;
        private int _next;

        public List<int> Starts => _starts ??= new List<int> { 0 };

        /// <summary>Visits the line <c>[start, next)</c>, after the lines with text skipped since the last.</summary>
        public void Visit(int start, bool blank, int next)
        {
            if (_next < start)
            {
                // Only the first of the lines skipped may start a paragraph: the rest follow one with text.
                Line(_next, blank: false);
            }

            Line(start, blank);
            _next = next;
        }

        private void Line(int start, bool blank)
        {
            if (!blank && _textSeen && _previousBlank)
            {
                Starts.Add(start);
            }

            _textSeen |= !blank;
            _previousBlank = blank;
        }
    }

    /// <summary>A character that is neither white space nor '&gt;', told without a call for printable ASCII.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsTextStart(char c) => c is > ' ' and < '\u007F' and not '>';

    /// <summary>Whether the line <c>[start, next)</c> holds only white space and '&gt;' markers (its line break too).</summary>
    private static bool IsBlank(string text, int start, int next)
    {
        for (var j = start; j < next; j++)
        {
            // A Markdown block quotation's empty line ">" separates its paragraphs like a blank line.
            if (!char.IsWhiteSpace(text[j]) && text[j] != '>')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The index of the paragraph holding <paramref name="offset"/>.</summary>
    public int IndexOf(int offset)
    {
        // Asked several times per quotation, mostly of the paragraph asked last or the one after it (quotations come
        // in text order, and a backward pass over them steps back one at a time): those are checked first.
        var starts = _starts;
        var last = _last;
        if (starts[last] <= offset)
        {
            if (last + 1 == starts.Length || offset < starts[last + 1])
            {
                return last;
            }

            if (last + 2 == starts.Length || offset < starts[last + 2])
            {
                return _last = last + 1;
            }
        }
        else if (last > 0 && starts[last - 1] <= offset)
        {
            return _last = last - 1;
        }

        // Further away: a plain search of the last start at or before the offset, without the generic comparer
        // Array.BinarySearch goes through.
        var lo = 0;
        var hi = starts.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return _last = lo;
    }

    /// <summary>The offset where paragraph <paramref name="index"/> starts.</summary>
    public int StartOf(int index) => _starts[Math.Max(0, Math.Min(index, _starts.Length - 1))];

    /// <summary>The offset where paragraph <paramref name="index"/> ends (the next one's start, or <paramref name="textLength"/>).</summary>
    public int EndOf(int index, int textLength) => index + 1 < _starts.Length ? _starts[index + 1] : textLength;
}
