namespace Corpus.Extraction.Names;

/// <summary>
/// The names of a seed's groups as a set of bits by their hashes (<see cref="GroupsByName.Hash"/>, of every
/// character), some thirty bits per name: a word whose hash finds its bit clear is no group's name. It only ever
/// rejects, so names that share a bit cost nothing but a word let by. The bits are the thread's grouping scratch.
/// </summary>
internal readonly struct NameFilter
{
    private readonly int[] _bits;
    private readonly int _mask;

    /// <summary>A filter for up to <paramref name="names"/> names.</summary>
    public NameFilter(int names)
    {
        var size = 1024;
        while (size < names * 32)
        {
            size <<= 1;
        }

        _bits = GroupingScratch.Table(size >> 5);
        _mask = size - 1;
    }

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
