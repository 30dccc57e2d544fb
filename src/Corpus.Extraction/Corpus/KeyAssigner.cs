using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Corpus.Extraction.Corpus;

/// <summary>
/// Stable keys: lower-case ASCII slugs that survive a re-run and a change of culture ("Robin Li" → robin-li,
/// "U.S." → us, "Zoë Kravitz" → zoe-kravitz), and the opening words a quote is named by.
/// </summary>
public static class KeyAssigner
{
    /// <summary>How many words at most name a quote.</summary>
    public const int QuoteWords = 6;

    // A quote's name stops at the first clause break once it has this many words: "LLM performance improves with
    // scale—more parameters…" is named by its first clause, but "Yes, we will" does not stop at "Yes".
    private const int MinimumClauseWords = 3;

    /// <summary>
    /// The slug of <paramref name="text"/>: its words in lower-case ASCII joined by hyphens. Accents are stripped
    /// (Nuñez → nunez); a run of single letters is one word, as initials are ("J.R.R. Tolkien" → jrr-tolkien,
    /// "U.S." → us); a word with no Latin letter is spelled by its code points ("李强" → u674e5f3a).
    /// </summary>
    public static string Slug(string text) => Slug(IdentifierNamer.Words(text));

    /// <summary>The slug of <paramref name="words"/>; see <see cref="Slug(string)"/>.</summary>
    public static string Slug(IReadOnlyList<string> words)
    {
        var parts = new List<string>();
        var initials = new StringBuilder();
        foreach (var word in words)
        {
            var ascii = Ascii(word);
            if (ascii.Length == 0)
            {
                continue;
            }

            if (ascii.Length == 1 && char.IsLetter(ascii[0]))
            {
                initials.Append(ascii);
                continue;
            }

            FlushInitials(parts, initials);
            parts.Add(ascii);
        }

        FlushInitials(parts, initials);
        return string.Join("-", parts);
    }

    /// <summary>
    /// The words a quote is named by: its opening words, up to <see cref="QuoteWords"/>, stopping at the first
    /// dash or punctuation once a clause has begun ("LLM performance improves with scale—more…" → LLM,
    /// performance, improves, with, scale).
    /// </summary>
    public static List<string> OpeningWords(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length && words.Count < QuoteWords; i++)
        {
            var c = text[i];
            if (IsWordPart(text, i))
            {
                current.Append(c);
                continue;
            }

            if (IsInnerMark(text, i))
            {
                continue;
            }

            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }

            if (IsClauseBreak(c) && words.Count >= MinimumClauseWords)
            {
                return words;
            }
        }

        if (current.Length > 0 && words.Count < QuoteWords)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    private static bool IsWordPart(string text, int i)
    {
        var c = text[i];
        if (char.IsLetterOrDigit(c) && !char.IsSurrogate(c))
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.SpacingCombiningMark;
    }

    // "don't" and "2.5" are one word each: the mark inside is skipped, neither ending the word nor the clause.
    private static bool IsInnerMark(string text, int i)
    {
        if (i == 0 || i + 1 >= text.Length)
        {
            return false;
        }

        var c = text[i];
        if (c == '\'' || c == '\u2019')
        {
            return char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);
        }

        return (c == '.' || c == ',') && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);
    }

    private static bool IsClauseBreak(char c)
    {
        switch (c)
        {
            case ',':
            case ';':
            case ':':
            case '.':
            case '!':
            case '?':
            case '(':
            case ')':
            case '[':
            case ']':
            case '/':
            case '\u2013': // en dash
            case '\u2014': // em dash
            case '\u2026': // ellipsis
                return true;
            default:
                return false;
        }
    }

    private static void FlushInitials(List<string> parts, StringBuilder initials)
    {
        if (initials.Length > 0)
        {
            parts.Add(initials.ToString());
            initials.Clear();
        }
    }

    // Lower-case ASCII letters and digits of a word, accents folded; a word with no Latin letter or digit at all
    // is spelled by code points so it still has a stable, distinct key.
    private static string Ascii(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            builder.Append(AsciiFolding.Fold(c));
        }

        if (builder.Length > 0 || word.Length == 0)
        {
            return builder.ToString();
        }

        builder.Append('u');
        foreach (var c in word)
        {
            builder.Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
