namespace Corpus.Extraction.Quotes;

/// <summary>
/// A run of tokens inside a <see cref="WordTokenBuffer"/>: the words before or after one quotation. A view by
/// index, so reading the context of a quotation allocates no list of its own.
/// </summary>
internal readonly struct WordTokens
{
    private readonly WordToken[] _items;
    private readonly int _start;

    public WordTokens(WordToken[] items, int start, int count)
    {
        _items = items;
        _start = start;
        Count = count;
    }

    /// <summary>The number of tokens.</summary>
    public int Count { get; }

    /// <summary>The token at <paramref name="index"/> (0 is the first of this run).</summary>
    public WordToken this[int index] => _items[_start + index];
}

/// <summary>
/// The tokens split out near the quotations of one document, appended in one growing array. A run handed out
/// stays valid until <see cref="Clear"/>: growing copies into a new array and never writes over the old one.
/// </summary>
internal sealed class WordTokenBuffer
{
    private WordToken[] _items = new WordToken[256];
    private int _count;

    /// <summary>Lets the next runs reuse the array: runs handed out before may be overwritten.</summary>
    public void Clear() => _count = 0;

    /// <summary>Starts a run; tokens added until <see cref="EndRun"/> belong to it.</summary>
    public int StartRun() => _count;

    /// <summary>Appends one token to the run being built.</summary>
    public void Add(WordToken token)
    {
        if (_count == _items.Length)
        {
            var grown = new WordToken[_items.Length * 2];
            System.Array.Copy(_items, grown, _count);
            _items = grown;
        }

        _items[_count++] = token;
    }

    /// <summary>The run of tokens added since <paramref name="start"/>.</summary>
    public WordTokens EndRun(int start) => new(_items, start, _count - start);
}
