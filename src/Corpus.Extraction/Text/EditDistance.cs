using System;

namespace Corpus.Extraction.Text;

/// <summary>
/// Bounded Damerau-Levenshtein distance (optimal string alignment: insert, delete, substitute, swap two
/// neighbours), for "did you mean" suggestions ("Robin Lee" is two edits from "Robin Li") and for matching an
/// edited quotation to its successor. Work is O(length × bound), so long quotations stay cheap.
/// </summary>
public static class EditDistance
{
    /// <summary>
    /// The distance between <paramref name="left"/> and <paramref name="right"/> (ordinal, case-sensitive),
    /// or <paramref name="bound"/> + 1 when it is larger than <paramref name="bound"/>.
    /// </summary>
    public static int Compute(string left, string right, int bound)
    {
        if (bound < 0)
        {
            return 0;
        }

        if (Math.Abs(left.Length - right.Length) > bound)
        {
            return bound + 1;
        }

        if (left.Length == 0 || right.Length == 0)
        {
            return Math.Max(left.Length, right.Length);
        }

        var over = bound + 1;
        var previous2 = new int[right.Length + 1];
        var previous = new int[right.Length + 1];
        var current = new int[right.Length + 1];
        for (var j = 0; j <= right.Length; j++)
        {
            previous[j] = j <= bound ? j : over;
        }

        for (var i = 1; i <= left.Length; i++)
        {
            // Only cells within the band |i - j| <= bound can hold a distance within the bound.
            var from = Math.Max(1, i - bound);
            var to = Math.Min(right.Length, i + bound);
            current[0] = i <= bound ? i : over;
            if (from > 1)
            {
                current[from - 1] = over;
            }

            var rowMinimum = current[0];
            for (var j = from; j <= to; j++)
            {
                var cost = left[i - 1] == right[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && left[i - 1] == right[j - 2] && left[i - 2] == right[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = Math.Min(value, over);
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }

            if (to < right.Length)
            {
                current[to + 1] = over;
            }

            if (rowMinimum > bound)
            {
                return over;
            }

            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }

        return Math.Min(previous[right.Length], over);
    }

    /// <summary>
    /// Similarity in [0, 1] (1 is identical), or 0 when fewer than <paramref name="minimum"/> of the characters
    /// agree: 1 − distance / longer length.
    /// </summary>
    public static double Similarity(string left, string right, double minimum)
    {
        var longer = Math.Max(left.Length, right.Length);
        if (longer == 0)
        {
            return 1;
        }

        var bound = (int)Math.Floor(longer * (1 - minimum));
        var distance = Compute(left, right, bound);
        return distance > bound ? 0 : 1 - ((double)distance / longer);
    }
}
