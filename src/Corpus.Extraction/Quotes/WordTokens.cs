using System.Runtime.CompilerServices;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Quotes;

/// <summary>
/// The tokens of a range of text near a quotation (the words before or after it), split only as far as they are
/// read. The speaker patterns after a quotation stop at the first punctuation other than a comma, and most
/// quotations need only the last word or two before them, so splitting every word of the sentence would mostly be
/// wasted. A run reads forward (from its start, for the words after a quotation) or backward (one space-separated
/// chunk at a time from its end, for the words before): ask <see cref="Has"/>/<see cref="HasFromEnd"/> rather than
/// <see cref="Count"/>, which splits the whole run. Reading by index from the start of a backward run splits it whole.
/// </summary>
internal sealed class WordTokens
{
    private string _text = string.Empty;
    private int _from;
    private int _to;

    // A backward run's floor: where the tokens split forward before it was made backward end (see TryTake), _from
    // when there are none. Those tokens, _headCount of them, start _spare.
    private int _head;
    private int _headCount;

    // A backward run not split whole yet: _items holds the tokens split so far from the end, the last one first.
    // Once a backward run is split whole it is put in text order and read as a forward run.
    private bool _tailFirst;

    // Forward: the next offset to read from, up to _splitTo. Backward: the end of the part not split yet.
    private int _cursor;
    private int _splitTo;
    private bool _complete;

    // A forward run that ends after the first token that ends a sentence (see ResetToSentenceEnd): _splitTo is only
    // a limit until that token is split.
    private bool _toSentenceEnd;

    // The tokenizer's masks of the text when this thread still keeps them (see TokenMasks.Kept), or null: a run is
    // read while its quotation is, and nothing tokenizes another text on the thread meanwhile.
    private ulong[]? _masks;

    // The word lists, read for every word split.
    private readonly WordClassTable _classes = QuoteLexicon.Instance.Classes;

    private Span[] _items = new Span[16];
    private int _count;

    // Where a backward run split whole puts its tokens in text order (then swapped with _items).
    private Span[] _spare = System.Array.Empty<Span>();

    /// <summary>
    /// Makes this the run of <c>text[from..to)</c>, read forward or backward; nothing is split yet. <paramref name="masks"/>
    /// are the tokenizer's masks of the text as <see cref="Text.TokenMasks.Kept"/> gives them, asked once by a caller
    /// that makes many runs of one text.
    /// </summary>
    // Written into its callers: two runs are made for every quotation, and the call cost as much as the writes.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Reset(string text, ulong[]? masks, int from, int to, bool backward)
    {
        // A run is made again for every quotation of one text: its references are written (each through the
        // collector's write barrier) only when they change.
        if (!ReferenceEquals(_text, text))
        {
            _text = text;
        }

        if (!ReferenceEquals(_masks, masks))
        {
            _masks = masks;
        }

        _from = from;
        _to = to;
        _head = from;
        _headCount = 0;
        _tailFirst = backward && from < to;
        _cursor = backward ? to : from;
        _splitTo = to;
        _complete = from >= to;
        _count = 0;
        _toSentenceEnd = false;
    }

    /// <summary>
    /// Makes this the forward run of <c>text[from..limit)</c> cut after its first token that ends a sentence (see
    /// <see cref="SentenceEnds"/>): the end is found as the tokens are split, so the part nobody reads is not searched.
    /// </summary>
    public void ResetToSentenceEnd(string text, ulong[]? masks, int from, int limit)
    {
        Reset(text, masks, from, limit, backward: false);
        _toSentenceEnd = true;
    }

    /// <summary>
    /// Makes this forward run of <c>text[from..to)</c>, split some way, the backward run of the same range, and says
    /// whether it did: the tokens split so far are kept, and only the rest of the range is split, from its end as a
    /// backward run's. When the rest holds only white space the run is whole. A run cut at its sentence's end
    /// qualifies only when no sentence ended before <paramref name="to"/>.
    /// </summary>
    public bool TryTake(int from, int to)
    {
        if (_tailFirst || _from != from || _splitTo != to || _count == 0)
        {
            return false;
        }

        _toSentenceEnd = false;
        _to = to;
        var i = _cursor;
        while (i < to && IsSpace(_text[i]))
        {
            i++;
        }

        if (i == to)
        {
            _cursor = to;
            _complete = true;
            return true;
        }

        // The tokens split so far start the run: kept aside while the rest is split from the end.
        (_items, _spare) = (_spare, _items);
        _headCount = _count;
        _head = _cursor;
        _count = 0;
        _cursor = to;
        _tailFirst = true;
        _complete = false;
        return true;
    }

    /// <summary>The tokenizer's masks of the text the run reads, as it was given them (see <see cref="Reset"/>), or null.</summary>
    public ulong[]? Masks => _masks;

    /// <summary>Where the run's range starts in the text.</summary>
    public int From => _from;

    /// <summary>Where the run's range ends in the text (for a run cut at its sentence's end, the limit it was given).</summary>
    public int To => _to;

    /// <summary>The number of tokens (splits the whole run).</summary>
    public int Count
    {
        get
        {
            if (!_complete)
            {
                SplitWhole();
            }

            return _count;
        }
    }

    /// <summary>Whether the run has a token at <paramref name="index"/> (0 is the first).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Has(int index) => (index < _count && !_tailFirst) || HasSlow(index);

    /// <summary>Whether the run has a token at <paramref name="index"/> counted from the end (0 is the last).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool HasFromEnd(int index) => (index < _count && (_tailFirst || _complete)) || HasFromEndSlow(index);

    private bool HasFromEndSlow(int index)
    {
        if (!_tailFirst)
        {
            return index < Count;
        }

        while (_count <= index && SplitChunkBackward())
        {
        }

        if (_count <= index && _headCount > 0)
        {
            // Past the chunks, the tokens split forward: the run is put in text order.
            SplitWhole();
        }

        return index < _count;
    }

    /// <summary>The token at <paramref name="index"/> (0 is the first); it must exist.</summary>
    public WordToken this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if (index >= _count || _tailFirst)
            {
                HasSlow(index);
            }

            return At(index);
        }
    }

    /// <summary>The token at <paramref name="index"/> counted from the end (0 is the last); it must exist.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public WordToken FromEnd(int index)
    {
        // Mostly asked of a backward run, of the last word or two, split already, or of a run split whole.
        if (_tailFirst ? index < _count : _complete)
        {
            return At(_tailFirst ? index : _count - 1 - index);
        }

        return At(ItemFromEnd(index));
    }

    /// <summary>Where the token <paramref name="index"/> from the end is kept, split as far as needed.</summary>
    private int ItemFromEnd(int index)
    {
        if (!_tailFirst)
        {
            return Count - 1 - index;
        }

        HasFromEndSlow(index);
        return _tailFirst ? index : _count - 1 - index;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private WordToken At(int item)
    {
        var span = _items[item];
        return new WordToken(_text, span.Start, span.End, span.Facts);
    }

    private bool HasSlow(int index)
    {
        if (_tailFirst)
        {
            SplitWhole();
        }

        while (_count <= index && !_complete)
        {
            SplitTokenForward();
        }

        return index < _count;
    }

    private void SplitWhole()
    {
        if (!_tailFirst)
        {
            SplitRestForward();
            return;
        }

        // The part before the chunks split from the end is split forward into the spare array, and the chunks
        // follow it in text order.
        var tail = _count;
        var tokens = _items;
        _items = _spare;
        _spare = tokens;
        _count = _headCount;
        _splitTo = _cursor;
        _cursor = _head;
        _headCount = 0;
        _tailFirst = false;
        _complete = false;
        SplitRestForward();

        for (var k = tail - 1; k >= 0; k--)
        {
            Add(tokens[k]);
        }
    }

    /// <summary>Splits every token not split yet up to <c>_splitTo</c>, as <see cref="SplitTokenForward"/> one at a time, with its state in locals.</summary>
    private void SplitRestForward()
    {
        var text = _text;
        var chars = new UncheckedText(text);
        var end = _splitTo;
        var classes = _classes;
        var masks = _masks;
        var i = _cursor;
        while (true)
        {
            while (i < end && IsSpace(chars[i]))
            {
                i++;
            }

            if (i >= end)
            {
                break;
            }

            var tokenEnd = WordToken.ReadToken(text, i, end, classes, masks, out int facts);
            Add(new Span(i, tokenEnd, facts));
            i = tokenEnd;
            if (_toSentenceEnd && SentenceEnds.IsPunctuation(new UncheckedText(_text)[tokenEnd - 1]) && StopsAfter(tokenEnd))
            {
                end = tokenEnd;
                break;
            }
        }

        _cursor = _splitTo = end;
        _complete = true;
    }

    /// <summary>
    /// Whether a run cut at its sentence's end stops after the token that ends at <paramref name="tokenEnd"/>, one whose
    /// last character may end a sentence (as <see cref="WordToken.ReadToken(string, int, int, WordClassTable, ulong[], out int, out bool)"/>
    /// tells): the last character of a sentence is followed by white space, so it is always the last of its token.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool StopsAfter(int tokenEnd) => SentenceEnds.At(_text, tokenEnd - 1, _classes, _masks);

    /// <summary>
    /// White space, told without a call up to the space by a bit each (<see cref="AsciiSpaces"/>): a space and a line
    /// break come mixed in hard-wrapped text, where a test for the space first sent every line break to the table.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSpace(char c) => c <= ' ' ? ((AsciiSpaces >> c) & 1) != 0 : c >= '\u0085' && char.IsWhiteSpace(c);

    // The characters up to the space that char.IsWhiteSpace tells white space, a bit each: \t, \n, \v, \f, \r and the space.
    private const ulong AsciiSpaces = 0x1_0000_3E00;

    private void SplitTokenForward()
    {
        var i = _cursor;
        var chars = new UncheckedText(_text);
        while (i < _splitTo && IsSpace(chars[i]))
        {
            i++;
        }

        if (i >= _splitTo)
        {
            _cursor = _splitTo;
            _complete = true;
            return;
        }

        var end = WordToken.ReadToken(_text, i, _splitTo, _classes, _masks, out int facts, out bool mayEndSentence);
        Add(new Span(i, end, facts));
        _cursor = end;
        if (mayEndSentence && _toSentenceEnd && StopsAfter(end))
        {
            _splitTo = end;
            _complete = true;
        }
    }

    /// <summary>
    /// Splits the last space-separated chunk not split yet, appending its tokens last one first; false when there
    /// is none left.
    /// </summary>
    private bool SplitChunkBackward()
    {
        var text = _text;
        var chunkEnd = _cursor;
        while (chunkEnd > _head && IsSpace(text[chunkEnd - 1]))
        {
            chunkEnd--;
        }

        if (chunkEnd == _head)
        {
            _cursor = _head;
            return false;
        }

        // The chunk starts after the last white space below its last character, and at the floor at the latest: read
        // off the tokenizer's masks 64 characters at a time when they are kept. The Space column marks exactly the
        // ASCII characters IsSpace tells white space; a character outside ASCII (the Outside column) above the last
        // of those, or none in the block, is left to ChunkStart.
        var last = chunkEnd - 2;
        int chunkStart;
        if (last < _head)
        {
            chunkStart = chunkEnd - 1;
        }
        else if (_masks is { } masks)
        {
            // Unchecked: last is inside the text, and the masks have a block for every 64 characters of it.
            var block = new Unchecked<ulong>(masks);
            var at = (last >> 6) * TokenMasks.Stride;
            var below = ulong.MaxValue >> (~last & 63);
            var space = block[at + TokenMasks.Space] & below;
            var top = Bits.HighestBit(space | 1);
            chunkStart = space != 0 && (block[at + TokenMasks.Outside] & below) >> top == 0
                ? System.Math.Max((last & ~63) + top + 1, _head)
                : ChunkStart(text, masks, _head, chunkEnd - 1);
        }
        else
        {
            chunkStart = chunkEnd - 1;
            while (chunkStart > _head && !IsSpace(text[chunkStart - 1]))
            {
                chunkStart--;
            }
        }

        _cursor = chunkStart;
        var classes = _classes;
        var first = _count;
        for (var i = chunkStart; i < chunkEnd;)
        {
            var end = WordToken.ReadToken(text, i, chunkEnd, classes, _masks, out int facts);
            Add(new Span(i, end, facts));
            i = end;
        }

        // A chunk is mostly one word, or a word and a comma: swapped in place, without a call.
        for (int lo = first, hi = _count - 1; lo < hi; lo++, hi--)
        {
            (_items[lo], _items[hi]) = (_items[hi], _items[lo]);
        }

        return true;
    }

    /// <summary>
    /// Where the chunk whose last character is before <paramref name="last"/> starts: after the last white space below
    /// <paramref name="last"/> and at or above <paramref name="floor"/>, or at the floor. Read off the tokenizer's masks
    /// 64 characters at a time, as in <see cref="SplitChunkBackward"/>, which leaves here the blocks it cannot tell at
    /// once; the few characters outside ASCII (the Outside column) are asked one by one.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ChunkStart(string text, ulong[] masks, int floor, int last)
    {
        // Unchecked: every index read is below last, inside the text, and the masks have a block for every 64
        // characters of the text.
        var block = new Unchecked<ulong>(masks);
        var chars = new UncheckedText(text);
        var j = last - 1;
        while (j >= floor)
        {
            var k = j >> 6;
            var at = k * TokenMasks.Stride;
            var candidates = (block[at + TokenMasks.Space] | block[at + TokenMasks.Outside]) & (ulong.MaxValue >> (63 - (j & 63)));
            while (candidates != 0)
            {
                var bit = Bits.HighestBit(candidates);
                var index = (k << 6) + bit;
                if (index < floor)
                {
                    return floor;
                }

                if (chars[index] < 128 || char.IsWhiteSpace(chars[index]))
                {
                    return index + 1;
                }

                candidates &= ~(1UL << bit);
            }

            j = (k << 6) - 1;
        }

        return floor;
    }

    /// <summary>Appends a token: written in place in the split loops, with the array grown out of line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Add(Span span)
    {
        var items = _items;
        var count = _count;
        if ((uint)count < (uint)items.Length)
        {
            // Unchecked: the test above is the range check, which the JIT repeated in some of the loops.
            new Unchecked<Span>(items)[count] = span;
            _count = count + 1;
            return;
        }

        AddGrowing(span);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddGrowing(Span span)
    {
        System.Array.Resize(ref _items, System.Math.Max(16, _items.Length * 2));
        _items[_count++] = span;
    }

    /// <summary>
    /// A token as stored: offsets, classes and shape only. Every token of a run stands in one text, so the text is kept
    /// once, and storing a token writes no object reference.
    /// </summary>
    private readonly struct Span
    {
        public Span(int start, int end, int facts)
        {
            Start = start;
            End = end;
            Facts = facts;
        }

        public int Start { get; }

        public int End { get; }

        /// <summary>Its classes and shape, as <see cref="WordToken.Facts"/> holds them.</summary>
        public int Facts { get; }
    }
}
