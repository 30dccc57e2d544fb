using System.Collections.Generic;

namespace Corpus.Extraction.Quotes;

/// <summary>A word or a punctuation character near a quotation.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Text">The token as written.</param>
internal readonly record struct WordToken(int Start, int End, string Text)
{
    /// <summary>Whether the token is a word (starts with a letter or digit) rather than punctuation.</summary>
    public bool IsWord => char.IsLetterOrDigit(Text[0]);

    /// <summary>Whether the word starts with a capital letter.</summary>
    public bool IsCapitalised => char.IsUpper(Text[0]);

    /// <summary>Whether the token is the single punctuation character <paramref name="c"/>.</summary>
    public bool Is(char c) => Text.Length == 1 && Text[0] == c;

    /// <summary>Whether the word ends in a possessive ’s or 's ("Tsai’s").</summary>
    public bool IsPossessive => Text.Length > 2 && (Text[Text.Length - 2] == '\u2019' || Text[Text.Length - 2] == '\'')
        && (Text[Text.Length - 1] == 's' || Text[Text.Length - 1] == 'S');

    /// <summary>
    /// Splits <c>text[start..end)</c> into words and punctuation. A word keeps inner hyphens, dots and apostrophes
    /// ("so-called", "U.S.", "Tsai’s"); a dash run ("--") is one token.
    /// </summary>
    public static List<WordToken> Split(string text, int start, int end)
    {
        var tokens = new List<WordToken>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var from = i;
            if (char.IsLetterOrDigit(c))
            {
                i++;
                while (i < end && (char.IsLetterOrDigit(text[i])
                    || (IsJoiner(text[i]) && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))))
                {
                    i++;
                }

                if (i < end && text[i] == '.' && KeepsDot(text, from, i))
                {
                    i++;
                }
                else if (i < end && text[i] is '\'' or '\u2019' && (text[i - 1] == 's' || text[i - 1] == 'S')
                    && (i + 1 >= end || !char.IsLetterOrDigit(text[i + 1])))
                {
                    // "the students’ union": a plural possessive keeps its apostrophe.
                    i++;
                }
            }
            else if (c == '-' && i + 1 < end && text[i + 1] == '-')
            {
                i += 2;
            }
            else
            {
                i++;
            }

            tokens.Add(new WordToken(from, i, text.Substring(from, i - from)));
        }

        return tokens;
    }

    /// <summary>
    /// "U.S.", "Gov.", "John F. Kennedy": a dotted abbreviation, a listed title or an initial keeps its dot, so it
    /// stays inside a name phrase instead of ending it.
    /// </summary>
    private static bool KeepsDot(string text, int from, int dot)
    {
        var length = dot - from;
        if ((length >= 3 && text[dot - 2] == '.') || (length == 1 && char.IsUpper(text[from])))
        {
            return true;
        }

        return length <= 4 && QuoteLexicon.Instance.Abbreviations.Contains(text.Substring(from, length));
    }

    private static bool IsJoiner(char c) => c is '-' or '.' or '\'' or '\u2019' or '&' or '\u2010' or '\u2011';
}
