namespace Corpus.Extraction.Text;

/// <summary>
/// A reusable, growable array of tokens: the tokenizer keeps one per thread so reading a seed allocates only
/// the final, exactly sized token array.
/// </summary>
internal sealed class TokenBuffer
{
    // A buffer that grew for a very large seed is let go after use rather than kept for the thread's lifetime.
    private const int MaxRetained = 1 << 16;

    private Token[] _items = new Token[256];

    public int Count { get; private set; }

    /// <summary>The token at <paramref name="index"/>, which must be below <see cref="Count"/>.</summary>
    public Token this[int index] => _items[index];

    /// <summary>Empties the buffer, making room for about <paramref name="expected"/> tokens.</summary>
    public void Clear(int expected)
    {
        Count = 0;
        if (_items.Length < expected)
        {
            _items = new Token[expected];
        }
    }

    public void Add(Token token)
    {
        if (Count == _items.Length)
        {
            System.Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = token;
    }

    public Token[] ToArray()
    {
        if (Count == 0)
        {
            return System.Array.Empty<Token>();
        }

        var result = new Token[Count];
        System.Array.Copy(_items, result, Count);
        if (_items.Length > MaxRetained)
        {
            _items = new Token[256];
        }

        return result;
    }
}
