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
}
