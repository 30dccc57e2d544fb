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
        // The blocks are read by a scan of its own, which stops only at the lines that may be blank (a few in a
        // text): a loop that visited them itself made a call in the loop, and kept its carries on the stack.
        var lines = new LineWalk();
        var scan = new BareLineScan(masks);
        for (var lineEnd = scan.Next(text); lineEnd >= 0; lineEnd = scan.Next(text))
        {
            VisitBare(text, masks, scan.Ends, lineEnd, scan.LastEndBlock, ref lines);
        }

        var lastEndBlock = scan.LastEndBlock;

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
    /// The scan of the blocks of <see cref="StartsFromMasks"/>: the lines without a letter or digit, found 64
    /// characters at a time. The position after each line end (a line start) is added into the run of characters that
    /// are neither letters, digits nor line ends from there, and the carry stops at the line's first letter or digit,
    /// or at its line end when it has none.
    /// </summary>
    private struct BareLineScan
    {
        private readonly ulong[] _masks;

        // The block being read (-1 before the first), and its lines without a letter or digit not looked at yet.
        private int _block;
        private ulong _bare;

        // The carries into the next block: whether a line starts at its first character, and the sum's carry.
        private ulong _startIn;
        private ulong _carry;

        public BareLineScan(ulong[] masks)
        {
            _masks = masks;
            _block = -1;
            _bare = 0;
            _startIn = 1; // the text's start is a line start
            _carry = 0;
            Ends = 0;
            LastEndBlock = -1;
        }

        /// <summary>The line ends of the block read.</summary>
        public ulong Ends { get; private set; }

        /// <summary>The last block before the one read with a line end, or -1; once the scan is done, the last block with one.</summary>
        public int LastEndBlock { get; private set; }

        /// <summary>
        /// The line end of the next line without a letter or digit that may be blank, or -1 when there is none. Such a
        /// line mostly holds a mark of its own ("%", "-- ", "***"), which its last character before the line end shows
        /// as well as its first: then it holds text, and is skipped over like the lines with letters (the walk's next
        /// visit, the last line's at the latest, counts the lines skipped since the one before).
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        public int Next(string text)
        {
            // Read unchecked (Unchecked): the masks are the text's, with a block for each of its 64 characters. The
            // walk counts by the block's first column, a native index, so each column is one address with its offset
            // (a block number made every column's index again at every block); blocks are told at the returns.
            var columns = new Unchecked<ulong>(_masks);
            var end = (nint)((text.Length + 63) >> 6) * TokenMasks.Stride;
            var at = (nint)_block * TokenMasks.Stride;
            var bare = _bare;
            var ends = Ends;
            var lastEndAt = (nint)LastEndBlock * TokenMasks.Stride;
            var startIn = _startIn;
            var carry = _carry;
            while (true)
            {
                for (; bare != 0; bare &= bare - 1)
                {
                    var lineEnd = ((int)at * (64 / TokenMasks.Stride)) + Bits.TrailingZeroCount(bare);
                    if (lineEnd > 0 && IsTextStart(new UncheckedText(text)[lineEnd - 1]))
                    {
                        continue;
                    }

                    _block = (int)(at / TokenMasks.Stride);
                    _bare = bare & (bare - 1);
                    Ends = ends;
                    LastEndBlock = (int)(lastEndAt / TokenMasks.Stride);
                    _startIn = startIn;
                    _carry = carry;
                    return lineEnd;
                }

                if (ends != 0)
                {
                    lastEndAt = at;
                }

                at += TokenMasks.Stride;
                if (at >= end)
                {
                    _block = (int)(at / TokenMasks.Stride);
                    _bare = 0;
                    Ends = 0;
                    LastEndBlock = (int)(lastEndAt / TokenMasks.Stride);
                    return -1;
                }

                ends = columns[at + TokenMasks.LineEnd];
                var between = ~(columns[at + TokenMasks.Word] | ends);
                var lineStarts = (ends << 1) | startIn;
                startIn = ends >> 63;

                // Each start's carry runs through the characters between and lands on the first letter, digit or line end.
                var partial = between + lineStarts;
                var sum = partial + carry;
                carry = (partial < between ? 1UL : 0) | (sum < partial ? 1UL : 0);
                bare = sum & ends;
            }
        }
    }

    /// <summary>
    /// Visits the line of <see cref="StartsFromMasks"/> without a letter or digit that ends at <paramref name="lineEnd"/>
    /// (in the block whose line ends are <paramref name="ends"/>) when it is blank; <paramref name="lastEndBlock"/> is the
    /// last block before it with a line end, or -1.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void VisitBare(string text, ulong[] masks, ulong ends, int lineEnd, int lastEndBlock, ref LineWalk lines)
    {
        // It starts after the line end before it.
        var k = lineEnd >> 6;
        var before = ends & ((1UL << (lineEnd & 63)) - 1);
        var start = before != 0 ? (k << 6) + Bits.HighestBit(before) + 1
            : lastEndBlock >= 0 ? (lastEndBlock << 6) + Bits.HighestBit(masks[(lastEndBlock * TokenMasks.Stride) + TokenMasks.LineEnd]) + 1
            : 0;
        var next = lineEnd + 1;
        if (!(start < next && IsTextStart(text[start])) && IsBlank(text, start, next))
        {
            lines.Visit(start, blank: true, next);
        }
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
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public int IndexOf(int offset)
    {
        // Asked several times per quotation, nine times in ten of the paragraph asked last: that one is told in the
        // caller, with no call.
        var starts = _starts;
        var last = _last;
        return last + 1 < starts.Length && starts[last] <= offset && offset < starts[last + 1] ? last : IndexOfFurther(offset);
    }

    /// <summary><see cref="IndexOf"/> of an offset outside the paragraph asked last.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private int IndexOfFurther(int offset)
    {
        // Mostly of the paragraph after the one asked last or the one before it (quotations come in text order, and a
        // backward pass over them steps back one at a time): those are checked first.
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
    // This and EndOf are asked once or twice for every quotation: written into the callers, with no call.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public int StartOf(int index) => _starts[Math.Max(0, Math.Min(index, _starts.Length - 1))];

    /// <summary>The offset where paragraph <paramref name="index"/> ends (the next one's start, or <paramref name="textLength"/>).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public int EndOf(int index, int textLength) => index + 1 < _starts.Length ? _starts[index + 1] : textLength;
}
