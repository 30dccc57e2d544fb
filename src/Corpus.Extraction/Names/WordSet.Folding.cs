namespace Corpus.Extraction.Names;

internal sealed partial class WordSet
{
    /// <summary>
    /// The one-character fold every case-insensitive set compares with (<see cref="char.ToLowerInvariant(char)"/>,
    /// ASCII first), for rules that match words against a handful of names without building a set.
    /// </summary>
    public static char FoldChar(char c) => Fold(c);

    /// <summary>The state <see cref="HashFolded"/> starts from, for a hash taken a piece at a time with <see cref="HashFoldedStep"/>.</summary>
    public const int FoldedHashSeed = unchecked((int)2166136261);

    /// <summary>
    /// Goes on with a folded hash over the slice: starting from <see cref="FoldedHashSeed"/>, the pieces of a string one
    /// after another give <see cref="HashFolded"/> of the whole once its sign bit is cleared.
    /// </summary>
    public static int HashFoldedStep(int hash, string text, int start, int length)
    {
        unchecked
        {
            for (var i = start; i < start + length; i++)
            {
                hash = (hash ^ Fold(text[i])) * 16777619;
            }

            return hash;
        }
    }

    /// <summary>
    /// <see cref="HashFolded"/> of the slice, and its <see cref="HashExact"/> in <paramref name="exact"/>, in one pass:
    /// the two hashes wait on no one but themselves, so they are taken side by side in the time of one.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int HashBoth(string text, int start, int length, out int exact)
    {
        unchecked
        {
            var plain = (int)2166136261;
            var folded = plain;
#if NET
            // A span's characters are read with no range check each (one for the slice, before the loop).
            foreach (var c in System.MemoryExtensions.AsSpan(text, start, length))
            {
                plain = (plain ^ c) * 16777619;
                folded = (folded ^ Fold(c)) * 16777619;
            }
#else
            for (var i = start; i < start + length; i++)
            {
                var c = text[i];
                plain = (plain ^ c) * 16777619;
                folded = (folded ^ Fold(c)) * 16777619;
            }
#endif

            exact = plain & 0x7FFFFFFF;
            return folded & 0x7FFFFFFF;
        }
    }
}
