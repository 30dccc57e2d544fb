namespace Corpus.Extraction.Names;

/// <summary>
/// A hash of a name (or a word of one) for the tables that group and resolve names within one seed: the length
/// and five characters, two at each end and the middle one.
/// </summary>
/// <remarks>
/// Every candidate's name is hashed, most of them short and unlike each other: these few characters tell nearly
/// all apart, at a fixed cost, where a hash of every character was a chain of multiplies as long as the name.
/// Names that share them are told apart by the tables' full comparison.
/// </remarks>
internal static class NameHash
{
    /// <summary>The hash of <paramref name="text"/>[<paramref name="start"/>..+<paramref name="length"/>].</summary>
    public static int Of(string text, int start, int length)
    {
        if (length <= 0)
        {
            return 0;
        }

        var last = start + length - 1;
        var second = length > 1 ? start + 1 : start;
        var beforeLast = length > 1 ? last - 1 : last;
        var head = text[start] | ((uint)text[second] << 16);
        var tail = text[last] | ((uint)text[beforeLast] << 16);
        var hash = unchecked((((uint)length * 0x9E3779B1u) ^ head) * 0x85EBCA6Bu);
        hash = unchecked((hash ^ tail ^ ((uint)text[start + (length >> 1)] << 8)) * 0xC2B2AE35u);
        return (int)(hash ^ (hash >> 15));
    }
}
