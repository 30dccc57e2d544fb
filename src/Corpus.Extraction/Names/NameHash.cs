namespace Corpus.Extraction.Names;

/// <summary>
/// A hash of a name (or a word of one) for the tables that group and resolve names within one seed, from every
/// character, read four at a time.
/// </summary>
/// <remarks>
/// Every candidate's name is hashed, so this is a hot path: four characters per step, with two multiplies side by
/// side, make a chain a quarter as long as a character-by-character hash's. Every character must count: a hash of
/// a few sampled characters is faster still on prose, but a seed of many names alike in those characters
/// ("Kaabmaazz", "Kaacmaazz", ...) then puts them all in one probe chain and grouping turns quadratic (a crafted
/// 1 MB seed took 18 s instead of 2; see <c>NameHashTests</c>).
/// </remarks>
internal static class NameHash
{
    /// <summary>The hash of <paramref name="text"/>[<paramref name="start"/>..+<paramref name="length"/>].</summary>
    public static int Of(string text, int start, int length)
    {
        var hash = unchecked((uint)length * 0x9E3779B1u);
        var end = start + length;
        var i = start;
        for (; i + 3 < end; i += 4)
        {
            // Two independent multiplies per four characters: the chain from one step to the next is one multiply.
            var low = text[i] | ((uint)text[i + 1] << 16);
            var high = text[i + 2] | ((uint)text[i + 3] << 16);
            hash = unchecked(((hash ^ low) * 0x85EBCA6Bu) + (high * 0x27D4EB2Fu));
            hash = (hash << 13) | (hash >> 19);
        }

        for (; i < end; i++)
        {
            hash = unchecked((hash ^ text[i]) * 0x85EBCA6Bu);
        }

        hash = unchecked((hash ^ (hash >> 16)) * 0xC2B2AE35u);
        return (int)(hash ^ (hash >> 15));
    }
}
