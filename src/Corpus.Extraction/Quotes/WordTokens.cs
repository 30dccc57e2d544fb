namespace Corpus.Extraction.Quotes;

/// <summary>
/// A run of tokens inside a <see cref="WordTokenBuffer"/>: the words before or after one quotation. A view by
/// index, so reading the context of a quotation allocates no list of its own.
/// </summary>
internal readonly struct WordTokens
{
    private readonly string _text;
    private readonly WordTokenBuffer.Span[] _items;
    private readonly int _start;

    public WordTokens(string text, WordTokenBuffer.Span[] items, int start, int count)
    {
        _text = text;
        _items = items;
        _start = start;
        Count = count;
    }

    /// <summary>The number of tokens.</summary>
    public int Count { get; }

    /// <summary>The token at <paramref name="index"/> (0 is the first of this run).</summary>
    public WordToken this[int index]
    {
        get
        {
            var span = _items[_start + index];
            return new WordToken(_text, span.Start, span.End, span.Class);
        }
    }
}

/// <summary>
/// The tokens split out near the quotations of one document, appended in one growing array. A run handed out
/// stays valid until <see cref="Clear"/>: growing copies into a new array and never writes over the old one.
/// </summary>
internal sealed class WordTokenBuffer
{
    private readonly string _text;
    private Span[] _items = new Span[256];
    private int _count;

    public WordTokenBuffer(string text) => _text = text;

    /// <summary>Lets the next runs reuse the array: runs handed out before may be overwritten.</summary>
    public void Clear() => _count = 0;

    /// <summary>Starts a run; tokens added until <see cref="EndRun"/> belong to it.</summary>
    public int StartRun() => _count;

    /// <summary>Appends the token <c>text[start..end)</c> to the run being built.</summary>
    public void Add(int start, int end, WordClass wordClass)
    {
        if (_count == _items.Length)
        {
            Grow();
        }

        _items[_count++] = new Span(start, end, wordClass);
    }

    // Out of Add, so that Add stays small enough to be inlined into the splitter's loop.
    private void Grow()
    {
        var grown = new Span[_items.Length * 2];
        System.Array.Copy(_items, grown, _count);
        _items = grown;
    }

    /// <summary>
    /// Appends a copy of the run of <paramref name="count"/> tokens at <paramref name="runStart"/>, which must not
    /// have been overwritten since: after <see cref="Clear"/>, only until the next token is added.
    /// </summary>
    public WordTokens Repeat(int runStart, int count)
    {
        var start = _count;
        if (_count + count > _items.Length)
        {
            // The whole array is carried over, not only the first _count tokens: the run may stand beyond them.
            var grown = new Span[System.Math.Max(_items.Length * 2, _count + count)];
            System.Array.Copy(_items, grown, _items.Length);
            _items = grown;
        }

        System.Array.Copy(_items, runStart, _items, _count, count);
        _count += count;
        return EndRun(start);
    }

    /// <summary>The run of tokens added since <paramref name="start"/>.</summary>
    public WordTokens EndRun(int start) => new(_text, _items, start, _count - start);

    /// <summary>
    /// A token as stored: offsets and classes only. Every token of a buffer stands in one text, so the text is
    /// kept once (in the buffer and its views), and storing a token writes no object reference.
    /// </summary>
    internal readonly struct Span
    {
        public Span(int start, int end, WordClass wordClass)
        {
            Start = start;
            End = end;
            Class = wordClass;
        }

        public int Start { get; }

        public int End { get; }

        public WordClass Class { get; }
    }
}
