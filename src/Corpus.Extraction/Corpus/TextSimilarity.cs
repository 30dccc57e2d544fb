using System;

namespace Corpus.Extraction.Corpus;

/// <summary>
/// Edit distance and a 0–1 similarity built on it, ignoring case (invariant), for matching a name or quote that
/// was edited to its successor ("Robin Li" → "Robin Lee") and for "did you mean" suggestions.
/// </summary>
public static class TextSimilarity
{
    /// <summary>Texts are compared on at most this many characters, so a long quote costs a bounded time.</summary>
    public const int MaxCompared = 400;

    /// <summary>The Levenshtein distance between the (case-folded) texts.</summary>
    public static int Distance(string left, string right)
    {
        var a = Fold(left);
        var b = Fold(right);
        if (a.Length == 0)
        {
            return b.Length;
        }

        if (b.Length == 0)
        {
            return a.Length;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length];
    }

    /// <summary>1 for equal texts, 0 for texts with nothing in common: 1 − distance / longer length.</summary>
    public static double Similarity(string left, string right)
    {
        var longer = Math.Max(Math.Min(left.Length, MaxCompared), Math.Min(right.Length, MaxCompared));
        return longer == 0 ? 1.0 : 1.0 - ((double)Distance(left, right) / longer);
    }

    private static string Fold(string text)
        => (text.Length > MaxCompared ? text.Substring(0, MaxCompared) : text).ToLowerInvariant();
}
