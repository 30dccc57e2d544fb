using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// The indices of the candidates a rule pass reads. The role finder, the context rules and the market rule each first
/// tell, with no branch on the tokens, which names one of their rules may apply to, and then read only those. The
/// passes run one after another on a thread, so one array, kept per thread for the next seed, serves them all.
/// </summary>
internal static class CandidateReading
{
    private const int MaxRetained = 1 << 16;

    [System.ThreadStatic]
    private static int[]? _spare;

    /// <summary>An array of at least <paramref name="count"/> items, holding what its last user left.</summary>
    public static int[] Take(int count) => SpareArrays.Take(ref _spare, count, MaxRetained);
}
