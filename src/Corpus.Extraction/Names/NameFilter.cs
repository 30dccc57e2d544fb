namespace Corpus.Extraction.Names;

/// <summary>
/// Names as a set of bits by their hashes (the groups' names by <see cref="GroupsByName.Hash"/>, of every character;
/// the candidates' by their first token's kept hash and length, in <see cref="OpeningWords"/>), some thirty bits per
/// name: a word whose hash finds its bit clear is no name added. It only ever rejects, so names that share a bit cost
/// nothing but a word let by. The bits are the thread's grouping scratch: a filter lives until the next is asked for.
/// </summary>
internal readonly struct NameFilter
{
    private readonly int[] _bits;
    private readonly int _mask;

    private NameFilter(int[] bits, int mask)
    {
        _bits = bits;
        _mask = mask;
    }

    /// <summary>A filter for up to <paramref name="names"/> names, in the thread's scratch for the groups' names.</summary>
    public static NameFilter ForNames(int names)
    {
        var size = Size(names);
        return new NameFilter(GroupingScratch.Table(size >> 5), size - 1);
    }

    /// <summary>A filter for up to <paramref name="keys"/> keys, in the thread's second scratch (beside <see cref="ForNames"/>'s).</summary>
    public static NameFilter ForKeys(int keys)
    {
        var size = Size(keys);
        return new NameFilter(GroupingScratch.Bits(size >> 5), size - 1);
    }

    // Some thirty bits per name, at least a thousand.
    private static int Size(int names) => WordSet.PowerOfTwoAtLeast(names * 32, 1024);

    public void Add(int hash)
    {
        var bit = Bit(hash);
        _bits[bit >> 5] |= 1 << (bit & 31);
    }

    /// <summary>False when no name added has the hash <paramref name="hash"/>.</summary>
    public bool MayHave(int hash)
    {
        var bit = Bit(hash);
        return (_bits[bit >> 5] & (1 << (bit & 31))) != 0;
    }

    // The hash's high bits folded onto the low ones that pick the bit.
    private int Bit(int hash) => (hash ^ (hash >> 15)) & _mask;
}
