using Corpus.Extraction.Text;

namespace Corpus.Extraction.Quotes;

/// <summary>
/// Where a sentence ends around a quotation: a . ! ? or … before white space or the end of the text, not the dot of
/// "Mr" or "U.S". Such a character is always the last of its token (white space follows it), so the words after a
/// quotation find their sentence's end as they are split, and the words nobody reads are never searched.
/// </summary>
internal static class SentenceEnds
{
    /// <summary>Whether <paramref name="c"/> can end a sentence.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsPunctuation(char c) => c is '.' or '!' or '?' or '\u2026';

    /// <summary>Whether the character at <paramref name="k"/> ends a sentence: . ! ? before a space, not after "Mr" or "U.S".</summary>
    /// <remarks>
    /// <paramref name="k"/> must be inside the text (every caller has found a character there): the characters are read
    /// without bounds checks in the net8.0 build. <paramref name="masks"/> are the tokenizer's masks of the text (see
    /// <see cref="TokenMasks.Kept"/>), or null: with them the ASCII letters before a stop are passed in one step.
    /// </remarks>
    public static bool At(string text, int k, WordClassTable words, ulong[]? masks)
    {
        var chars = new UncheckedText(text);
        var c = chars[k];
        if (!IsPunctuation(c))
        {
            return false;
        }

        if (k + 1 < text.Length && !char.IsWhiteSpace(chars[k + 1]))
        {
            return false;
        }

        if (c != '.')
        {
            return true;
        }

        // The word before the stop, back over its letters and dots, noting a dot on the way ("U.S"). The ASCII letters
        // right before the stop are passed at once from the masks: a word's length varies, and a loop over its letters
        // mispredicted its end for most words. The loop then reads on from the first character that is no such letter.
        var w = masks is not null && k > 0 ? AfterLettersBefore(masks, k) : k;
        var dotted = false;
        while (w > 0)
        {
            var p = chars[w - 1];
            if (p == '.')
            {
                dotted = true;
            }
            else if (p < 128 ? (uint)((p | 0x20) - 'a') > 'z' - 'a' : !char.IsLetter(p))
            {
                // An ASCII letter told by arithmetic, without the table's look-up.
                break;
            }

            w--;
        }

        var length = k - w;
        var singleInitial = length == 1 && char.IsUpper(chars[w]);
        return !(singleInitial || dotted || (words.Lookup(text, w, length) & WordClass.Abbreviation) != 0);
    }

    /// <summary>
    /// Where the run of ASCII letters that ends just before <paramref name="k"/> (above 0) starts, looked at 64
    /// characters back at most: its first character, or the start of the 64 looked at when all are letters.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int AfterLettersBefore(ulong[] masks, int k)
    {
        // The window starts inside the text (at most k - 1), as LoadUnchecked needs; its bits from k on are not asked.
        var from = k > 64 ? k - 64 : 0;
        var asked = ulong.MaxValue >> (64 - (k - from));
        var others = (~TokenMasks.LoadUnchecked(masks, from, TokenMasks.Word) | TokenMasks.LoadUnchecked(masks, from, TokenMasks.Digit)) & asked;
        return others == 0 ? from : from + Bits.HighestBit(others) + 1;
    }
}
