namespace Corpus.Extraction.Text;

/// <summary>
/// Arrays a stage uses only while it reads one seed, kept (by the caller, per thread) for the next seed instead of
/// allocated for every one: fresh memory costs more than a used array, and the runtime clears it too. An array that
/// grew for a very large seed is let go, so a thread does not hold it for good.
/// </summary>
internal static class SpareArrays
{
    /// <summary>
    /// <paramref name="spare"/> if it has room for <paramref name="length"/> items (it may be longer, and holds what
    /// its last user left), else a new array of <paramref name="length"/>, which becomes the spare unless it is
    /// longer than <paramref name="maxRetained"/>.
    /// </summary>
    public static T[] Take<T>(ref T[]? spare, int length, int maxRetained)
    {
        if (spare is { } kept && kept.Length >= length)
        {
            return kept;
        }

        var made = new T[length];
        if (length <= maxRetained)
        {
            spare = made;
        }

        return made;
    }
}
