namespace Corpus.Extraction.Names;

internal sealed partial class WordSet
{
    /// <summary>
    /// The one-character fold every case-insensitive set compares with (<see cref="char.ToLowerInvariant(char)"/>,
    /// ASCII first), for rules that match words against a handful of names without building a set.
    /// </summary>
    public static char FoldChar(char c) => Fold(c);
}
