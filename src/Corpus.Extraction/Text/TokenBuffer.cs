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
    private int _count;

    public int Count => _count;

    /// <summary>
    /// The array behind the buffer, for a caller that writes tokens in place and keeps the count itself (then tells
    /// it with <see cref="SetCount"/>); it changes when the buffer grows.
    /// </summary>
    public Token[] Items => _items;

    /// <summary>The token at <paramref name="index"/>, which must be below <see cref="Count"/>.</summary>
    public Token this[int index] => _items[index];

    /// <summary>Empties the buffer, making room for about <paramref name="expected"/> tokens.</summary>
    public void Clear(int expected)
    {
        _count = 0;
        if (_items.Length < expected)
        {
            _items = new Token[expected];
        }
    }

    // Called once per token: small enough to inline, with the rare growth kept out of line.
    public void Add(Token token)
    {
        var items = _items;
        var count = _count;
        if ((uint)count < (uint)items.Length)
        {
            items[count] = token;
            _count = count + 1;
            return;
        }

        AddGrowing(token);
    }

    /// <summary>Lets go of an array that grew for a very large seed (whoever holds it keeps it).</summary>
    public void LetGoIfLarge()
    {
        if (_items.Length > MaxRetained)
        {
            _items = new Token[256];
        }
    }

    public Token[] ToArray()
    {
        if (_count == 0)
        {
            return System.Array.Empty<Token>();
        }

        var result = new Token[_count];
        System.Array.Copy(_items, result, _count);
        if (_items.Length > MaxRetained)
        {
            _items = new Token[256];
        }

        return result;
    }

    /// <summary>Sets the number of tokens written into <see cref="Items"/>.</summary>
    public void SetCount(int count) => _count = count;

    /// <summary>Doubles the array (keeping the tokens in it) and returns the new one.</summary>
    public Token[] Grow()
    {
        System.Array.Resize(ref _items, _items.Length * 2);
        return _items;
    }

    private void AddGrowing(Token token)
    {
        System.Array.Resize(ref _items, _items.Length * 2);
        _items[_count++] = token;
    }
}
