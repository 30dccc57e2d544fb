using System.Collections.Generic;
using System.Globalization;
using Corpus.Extraction.Names;

namespace Corpus.Extraction.Text;

/// <summary>
/// Splits a text into words, clitics and punctuation with exact UTF-16 offsets, in one left-to-right pass
/// with no backtracking. Words keep the inner marks that belong to them: "U.S." and "J.R.R." (initialisms
/// keep their final stop), "Mr." and "Inc." (listed abbreviations), "Fortune.com" (a web domain), "3.5" and
/// "1,500" (numbers), "O’Brien" and "AT&amp;T". A possessive or contraction is split off: "China’s" is "China" + "’s".
/// </summary>
internal static class Tokenizer
{
    // The sentence splitter and the entity engine read the same text one after the other: keep the last
    // tokens per thread so the text is tokenised once. Strings are immutable, so the same instance has the same tokens.
    [System.ThreadStatic]
    private static string? _lastText;

    [System.ThreadStatic]
    private static Token[]? _lastTokens;

    // ASCII letters and digits, looked up instead of classified.
    private static readonly bool[] AsciiWord = BuildAsciiWord();

    /// <summary>The tokens of <paramref name="text"/>, reusing the last result on this thread for the same string.</summary>
    public static Token[] TokenizeCached(string text)
    {
        if (ReferenceEquals(text, _lastText) && _lastTokens is not null)
        {
            return _lastTokens;
        }

        var tokens = Tokenize(text);
        _lastText = text;
        _lastTokens = tokens;
        return tokens;
    }

    private static bool[] BuildAsciiWord()
    {
        var table = new bool[128];
        for (var c = 0; c < 128; c++)
        {
            table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }

        return table;
    }

    public static Token[] Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        var pending = TokenFlags.None;
        var newlines = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ' || (c > ' ' ? c >= 128 && char.IsWhiteSpace(c) : char.IsWhiteSpace(c)))
            {
                if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                {
                    newlines++;
                }

                pending |= TokenFlags.SpaceBefore;
                i++;
                continue;
            }

            if (newlines > 0)
            {
                pending |= TokenFlags.LineBreakBefore | (newlines > 1 ? TokenFlags.BlankLineBefore : TokenFlags.None);
            }

            if (IsCjk(c))
            {
                var end = i + 1;
                while (end < text.Length && IsCjk(text[end]))
                {
                    end++;
                }

                tokens.Add(new Token(i, end - i, TokenKind.Cjk, pending | TokenFlags.HasLetter));
                i = end;
            }
            else if (IsWordChar(c))
            {
                i = ReadWord(text, i, pending, tokens);
            }
            else if (IsApostrophe(c) && IsSpacedClitic(text, i, tokens))
            {
                // "Germany 's lead": text tokenised with spaces still has a possessive.
                tokens.Add(new Token(i, 2, TokenKind.Clitic, pending));
                i += 2;
            }
            else
            {
                var end = i + 1;
                if (c == '.')
                {
                    while (end < text.Length && text[end] == '.')
                    {
                        end++;
                    }
                }

                tokens.Add(new Token(i, end - i, TokenKind.Punct, pending));
                i = end;
            }

            pending = TokenFlags.None;
            newlines = 0;
        }

        return tokens.ToArray();
    }

    /// <summary>Letters, digits and combining marks (and surrogate halves, so astral letters stay in words).</summary>
    public static bool IsWordChar(char c)
    {
        if (c < 128)
        {
            return AsciiWord[c];
        }

        if (char.IsLetterOrDigit(c) || char.IsSurrogate(c))
        {
            return !IsCjk(c);
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>CJK ideographs, kana and Hangul syllables: each run is one token.</summary>
    public static bool IsCjk(char c) =>
        (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF')
        || (c >= '\u3040' && c <= '\u30FF') || (c >= '\uAC00' && c <= '\uD7AF');

    public static bool IsApostrophe(char c) => c == '\'' || c == '\u2019';

    private static bool IsSpacedClitic(string text, int i, List<Token> tokens) =>
        i + 1 < text.Length && (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= text.Length || !IsWordChar(text[i + 2]))
        && i > 0 && char.IsWhiteSpace(text[i - 1]) && tokens.Count > 0 && tokens[tokens.Count - 1].Kind == TokenKind.Word
        && tokens[tokens.Count - 1].End == i - 1;

    private static int ReadWord(string text, int start, TokenFlags pending, List<Token> tokens)
    {
        var n = text.Length;
        var j = start;
        var segmentStart = start;
        var hasDot = false;
        while (j < n)
        {
            var c = text[j];
            if (IsWordChar(c))
            {
                j++;
                continue;
            }

            if (j + 1 >= n || j == start)
            {
                break;
            }

            var next = text[j + 1];
            if (c == '.' && JoinsDot(text, segmentStart, j))
            {
                hasDot = true;
                j++;
                segmentStart = j;
                continue;
            }

            if (IsApostrophe(c) && char.IsLetter(next))
            {
                j++;
                continue;
            }

            if (c == ',' && char.IsDigit(text[j - 1]) && ThreeDigitsAt(text, j + 1))
            {
                j++;
                continue;
            }

            if (c == '&' && char.IsUpper(next) && char.IsUpper(text[j - 1]))
            {
                j++;
                continue;
            }

            break;
        }

        // A clitic after the last apostrophe: "China’s", "I’d", "they’re". "O’Brien" keeps its apostrophe.
        var apostrophe = -1;
        for (var k = j - 1; k > start; k--)
        {
            if (IsApostrophe(text[k]))
            {
                apostrophe = k;
                break;
            }
        }

        if (apostrophe > start && IsClitic(text, apostrophe + 1, j))
        {
            tokens.Add(MakeWord(text, start, apostrophe, pending, hasDot));
            tokens.Add(new Token(apostrophe, j - apostrophe, TokenKind.Clitic, TokenFlags.None));
            return j;
        }

        var word = MakeWord(text, start, j, pending, hasDot);
        if (j < n && text[j] == '.')
        {
            var dotFlags = TrailingDot(text, start, j, hasDot);
            if (dotFlags != TokenFlags.None)
            {
                word = new Token(start, j + 1 - start, TokenKind.Word, word.Flags | dotFlags);
                j++;
            }
        }

        tokens.Add(word);
        return j;
    }

    // "U.S", "e.g", "J.R.R" (short segments), "3.5" (digits), "Fortune.com" (a known top-level domain).
    private static bool JoinsDot(string text, int segmentStart, int dot)
    {
        var next = text[dot + 1];
        if (!IsWordChar(next) || char.IsSurrogate(next))
        {
            return false;
        }

        if (char.IsDigit(next) && char.IsDigit(text[dot - 1]))
        {
            return true;
        }

        var nextEnd = dot + 1;
        while (nextEnd < text.Length && char.IsLetter(text[nextEnd]))
        {
            nextEnd++;
        }

        var nextLength = nextEnd - dot - 1;
        if (nextLength == 0 || (nextEnd < text.Length && char.IsDigit(text[nextEnd])))
        {
            return false;
        }

        if (dot - segmentStart <= 2 && nextLength <= 2 && char.IsLetter(text[dot - 1]))
        {
            return true;
        }

        return char.IsLower(next) && WordLists.Tlds.Contains(text, dot + 1, nextLength);
    }

    private static bool ThreeDigitsAt(string text, int at) =>
        at + 2 < text.Length && char.IsDigit(text[at]) && char.IsDigit(text[at + 1]) && char.IsDigit(text[at + 2])
        && (at + 3 >= text.Length || !char.IsDigit(text[at + 3]));

    private static bool IsClitic(string text, int from, int end)
    {
        var length = end - from;
        if (length == 1)
        {
            var c = text[from];
            return c == 's' || c == 'd' || c == 'm' || c == 'S' || c == 'D';
        }

        if (length == 2)
        {
            var a = text[from];
            var b = text[from + 1];
            return (a == 'l' && b == 'l') || (a == 'r' && b == 'e') || (a == 'v' && b == 'e');
        }

        return false;
    }

    private static TokenFlags TrailingDot(string text, int start, int end, bool hasDot)
    {
        var length = end - start;
        if (hasDot)
        {
            // "U.S" + "." when every segment is one or two letters: an initialism keeps its stop.
            var segment = 0;
            for (var k = start; k < end; k++)
            {
                if (text[k] == '.')
                {
                    segment = 0;
                }
                else if (!char.IsLetter(text[k]) || ++segment > 2)
                {
                    return TokenFlags.None;
                }
            }

            return TokenFlags.Abbreviation;
        }

        if (length == 1 && char.IsUpper(text[start]))
        {
            // A middle initial ("George W. Bush") does not end the sentence.
            return TokenFlags.Abbreviation | TokenFlags.TitleAbbreviation;
        }

        if (WordLists.TitleAbbreviations.Contains(text, start, length))
        {
            return TokenFlags.Abbreviation | TokenFlags.TitleAbbreviation;
        }

        return WordLists.OtherAbbreviations.Contains(text, start, length) ? TokenFlags.Abbreviation : TokenFlags.None;
    }

    private static Token MakeWord(string text, int start, int end, TokenFlags flags, bool hasDot)
    {
        int upper = 0, lower = 0, digits = 0, letters = 0;
        var upperAfterFirst = false;
        for (var k = start; k < end; k++)
        {
            var c = text[k];
            if (char.IsDigit(c))
            {
                digits++;
            }
            else if (char.IsLetter(c) || char.IsSurrogate(c))
            {
                letters++;
                if (char.IsUpper(c) || char.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter)
                {
                    upper++;
                    upperAfterFirst |= k > start;
                }
                else if (char.IsLower(c))
                {
                    lower++;
                }
            }
        }

        var first = text[start];
        if (char.IsUpper(first) || char.GetUnicodeCategory(first) == UnicodeCategory.TitlecaseLetter)
        {
            flags |= TokenFlags.Capitalized;
        }
        else if (char.IsLower(first))
        {
            flags |= TokenFlags.LowerInitial;
        }

        if (upper >= 2 && lower == 0)
        {
            flags |= TokenFlags.AllCaps;
        }

        if (upperAfterFirst && lower > 0)
        {
            flags |= TokenFlags.MixedCase;
        }

        if (digits > 0)
        {
            flags |= TokenFlags.HasDigit;
        }

        if (letters > 0)
        {
            flags |= TokenFlags.HasLetter;
        }

        if (hasDot && letters > 0 && char.IsLetter(first))
        {
            var lastDot = text.LastIndexOf('.', end - 1, end - start);
            if (lastDot > start && WordLists.Tlds.Contains(text, lastDot + 1, end - lastDot - 1) && char.IsLower(text[lastDot + 1]) && end - lastDot - 1 >= 2)
            {
                flags |= TokenFlags.Domain;
            }
        }

        return new Token(start, end - start, TokenKind.Word, flags);
    }
}
