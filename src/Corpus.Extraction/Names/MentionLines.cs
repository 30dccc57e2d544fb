using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// Spans for the mentions of the entities being built (and then, handed on in <see cref="MentionTables"/>, for the quotations), each line counted from a bit per
/// line start in blocks of 64 characters: the line of a character is the number of line starts in the blocks before
/// its own (kept per block) plus those in its own block up to it (a count of set bits). The entities come in order of first mention, but each
/// one's later mentions lie anywhere in the text, and a search for each (or a cursor that gallops to it and back)
/// cost more than the table; so did stepping on from a block's line past the starts before the mention, a branch
/// that short lines (verse, blank lines) made unpredictable. The spans are those <see cref="LineMap.Span"/> gives.
/// </summary>
internal readonly struct MentionLines
{
    private const int BlockBits = 6;

    // The map's line starts as the array they are (the wrapper's indexer asks for a null array at every read).
    private readonly int[] _starts;

    // Per block of 64 characters up to the one of the last line start: a bit for each line start in it, and the
    // number of line starts before it.
    private readonly ulong[] _startBits;
    private readonly int[] _startsBefore;

    // How many blocks the tables hold for this map (the arrays may be longer, kept from a larger seed).
    private readonly int _blocks;

    // The two tables of the thread's last build, for its next (a build holds one at a time, and the tables are read
    // only while it runs): at a few bytes per 64 characters they were a tenth of what a build allocated. Tables for a
    // seed of more than MaxRetainedBlocks blocks are made for it alone.
    private const int MaxRetainedBlocks = 1 << 15;

    [System.ThreadStatic]
    private static ulong[]? _spareStartBits;

    [System.ThreadStatic]
    private static int[]? _spareStartsBefore;

    public MentionLines(LineMap map)
        : this(map, null)
    {
    }

    /// <summary>
    /// The tables for <paramref name="map"/>, the line map of <paramref name="text"/>: read off the tokenizer's masks of
    /// the text when the thread still keeps them and the map was made from them (see <see cref="LineMap"/>), a word of
    /// line ends per block in place of a write per line start.
    /// </summary>
    public MentionLines(LineMap map, string? text)
    {
        var starts = map.LineStarts;
        var count = starts.Count;
        var startsArray = starts.AsList() as int[] ?? Copy(starts);
        var blocks = (startsArray[count - 1] >> BlockBits) + 1;
        var startBits = SpareArrays.Take(ref _spareStartBits, blocks, MaxRetainedBlocks);
        var startsBefore = SpareArrays.Take(ref _spareStartsBefore, blocks, MaxRetainedBlocks);
        var masks = text is null ? null : LineEndMasks(text, count);
        if (masks is not null)
        {
            FromMasks(masks, (text!.Length + 63) >> BlockBits, startBits, startsBefore, blocks);
        }
        else
        {
            System.Array.Clear(startBits, 0, blocks);
            for (var i = 0; i < count; i++)
            {
                var start = startsArray[i];
                startBits[start >> BlockBits] |= 1UL << (start & 63);
            }

            CountBefore(startBits, startsBefore, blocks);
        }

        _starts = startsArray;
        _startBits = startBits;
        _startsBefore = startsBefore;
        _blocks = blocks;
    }

    // A line starts after each line end (and at 0): a block's starts are its ends moved up by one, with the last end of
    // the block before. The blocks past the text's (the one after a line end that closes it) have no ends of their own.
    // The counts are taken in a second walk, over the bits just written: one walk with both kept more values than
    // registers across the bit count (a call where the processor's instruction is not known to be there).
    // The tables are read and written unchecked: the masks hold Stride for each of the text's blocks (TokenMasks.Fill),
    // and the two tables blocks at least (the constructor).
    private static void FromMasks(ulong[] masks, int textBlocks, ulong[] startBits, int[] startsBefore, int blocks)
    {
        var carry = 1UL;
        var inText = System.Math.Min(blocks, textBlocks);
        var lineEnds = new Unchecked<ulong>(masks);
        var bits = new Unchecked<ulong>(startBits);
        nint at = TokenMasks.LineEnd;
        for (var b = 0; b < inText; b++, at += TokenMasks.Stride)
        {
            var ends = lineEnds[at];
            bits[b] = (ends << 1) | carry;
            carry = ends >> 63;
        }

        for (var b = inText; b < blocks; b++)
        {
            bits[b] = carry;
            carry = 0;
        }

        CountBefore(startBits, startsBefore, blocks);
    }

    // The number of line starts before each block, from the blocks' bits.
    private static void CountBefore(ulong[] startBits, int[] startsBefore, int blocks)
    {
        var before = 0;
        for (var b = 0; b < blocks; b++)
        {
            startsBefore[b] = before;
            before += Bits.PopCount(startBits[b]);
        }
    }

    // The tokenizer's masks of the text, when the thread keeps them and the map's line starts are theirs: the map
    // reads its line ends off them unless some line end is outside ASCII, and then has one line per end and one more.
    private static ulong[]? LineEndMasks(string text, int lines)
    {
        if (TokenMasks.Kept(text) is null)
        {
            return null;
        }

        var masks = TokenMasks.Of(text, out var facts); // the kept masks: no pass over the text
        return !facts.OtherLineEnds && facts.LineEnds + 1 == lines ? masks : null;
    }

    /// <summary>Whether the tables were made (false in the default).</summary>
    public bool HasTables => _starts is not null;

    /// <summary><see cref="LineMap.Span"/> for the text at <paramref name="start"/>.</summary>
    /// <remarks>
    /// Inlined into the build's walk over every mention: as a call it kept the tables' fields and its arguments in
    /// memory. The tables are read unchecked (in the net8.0 build): a block below the count is in both tables, which
    /// hold at least that many; the line is at least 1 (the text's first line starts at 0, in block 0) and at most the
    /// number of line starts, the length of their array.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public SourceSpan Span(int start, int length)
    {
        // The line (1-based) is the number of line starts at or before start; past the last line start's block, all are.
        var block = start >> BlockBits;
        var line = (uint)block < (uint)_blocks
            ? new Unchecked<int>(_startsBefore)[block] + Bits.PopCount(new Unchecked<ulong>(_startBits)[block] & (ulong.MaxValue >> (63 - (start & 63))))
            : _starts.Length;
        return new SourceSpan(start, length, line, start - new Unchecked<int>(_starts)[line - 1] + 1);
    }

    /// <summary>
    /// The tables as a walk over many mentions reads them: their places taken once, before the walk, where each
    /// <see cref="Span"/> read the fields again (the walk's stores into the mentions' arrays might, for all the compiler
    /// knows, have changed them).
    /// </summary>
    public Reader Read() => new(this);

    /// <summary>The tables of a <see cref="MentionLines"/> that has them, read unchecked (see <see cref="Span"/>).</summary>
    public readonly ref struct Reader
    {
        private readonly Unchecked<int> _starts;
        private readonly Unchecked<ulong> _startBits;
        private readonly Unchecked<int> _startsBefore;
        private readonly int _lines;
        private readonly int _blocks;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public Reader(MentionLines lines)
        {
            _starts = new Unchecked<int>(lines._starts);
            _startBits = new Unchecked<ulong>(lines._startBits);
            _startsBefore = new Unchecked<int>(lines._startsBefore);
            _lines = lines._starts.Length;
            _blocks = lines._blocks;
        }

        /// <summary>
        /// <see cref="MentionLines.Span"/>, step for step. (Span itself is not written as a reader's: the quotation
        /// stage's two calls a quotation then took more steps.)
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public SourceSpan Span(int start, int length)
        {
            // The line (1-based) is the number of line starts at or before start; past the last line start's block, all are.
            var block = start >> BlockBits;
            var line = (uint)block < (uint)_blocks
                ? _startsBefore[block] + Bits.PopCount(_startBits[block] & (ulong.MaxValue >> (63 - (start & 63))))
                : _lines;
            return new SourceSpan(start, length, line, start - _starts[line - 1] + 1);
        }
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
