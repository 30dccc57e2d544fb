using System.Globalization;

namespace Corpus.Extraction.Text;

/// <summary>
/// What the tokenizer asks of one character, answered as bits: white space, line end, word character, CJK, and
/// the case facts a word's flags are made of. ASCII characters are answered by one table look-up, which is what
/// keeps the tokenizer at a few nanoseconds per character; other characters go through the same
/// <see cref="char"/> predicates the table itself is built from, so both paths agree by construction.
/// The classes that are also facts of a word (a capital or lower-case initial, a digit, a letter) have the bit of
/// that <see cref="TokenFlags"/> value, so the word's flags are its classes masked, without a branch.
/// </summary>
internal static class CharClass
{
    /// <summary><see cref="char.IsWhiteSpace(char)"/>.</summary>
    public const int Space = 1;

    /// <summary>A character that ends a line: \n, \r (unless a \n follows), U+2028, U+2029, U+0085.</summary>
    public const int LineEnd = 2;

    /// <summary><see cref="Tokenizer.IsWordChar"/>: letters, digits, combining marks, surrogate halves; not CJK.</summary>
    public const int Word = 4;

    /// <summary><see cref="Tokenizer.IsCjk"/>; a CJK character starts a CJK token even when it is also a word character.</summary>
    public const int Cjk = 16;

    /// <summary>A letter that is upper or title case: <see cref="TokenFlags.Capitalized"/> when it starts a word.</summary>
    public const int Upper = (int)TokenFlags.Capitalized;

    /// <summary>A word character that is a decimal digit: <see cref="TokenFlags.HasDigit"/>.</summary>
    public const int Digit = (int)TokenFlags.HasDigit;

    /// <summary>A word character counted as a letter (surrogate halves count, so astral letters do): <see cref="TokenFlags.HasLetter"/>.</summary>
    public const int Letter = (int)TokenFlags.HasLetter;

    /// <summary>A lower-case letter: <see cref="TokenFlags.LowerInitial"/> when it starts a word.</summary>
    public const int Lower = (int)TokenFlags.LowerInitial;

    /// <summary>
    /// An ASCII mark that may join the word before it to what follows: "U.S.", "O'Brien", "1,500", "AT&amp;T". Only
    /// in the ASCII table: the tokenizer sends a word followed by any other character to the general method anyway.
    /// </summary>
    public const int Joiner = 32;

    /// <summary>
    /// An ASCII mark that may make a token of more than one character: a run of dots, or an apostrophe that starts a
    /// spaced clitic ("Germany 's"). Only in the ASCII table; any other ASCII punctuation is one token by itself.
    /// </summary>
    public const int MayExtend = 256;

    /// <summary>An ASCII mark that may end a sentence (. ! ?): <see cref="TokenFlags.Stop"/>. Only in the ASCII table.</summary>
    public const int Stop = (int)TokenFlags.Stop;

    /// <summary>The shift that turns <see cref="Upper"/> into 1, for counting capitals without a branch.</summary>
    public const int UpperShift = 3;

    /// <summary>The class of every ASCII character.</summary>
    public static readonly ushort[] Ascii = BuildAscii();

    /// <summary>
    /// The class of <paramref name="c"/>; the ASCII table answers the same for characters below 128, with the
    /// ASCII-only marks (<see cref="Joiner"/>, <see cref="MayExtend"/>, <see cref="Stop"/>) added.
    /// </summary>
    public static int Of(char c) => c < 128 ? Ascii[c] : OfAny(c);

    /// <summary>The class of any character, from the <see cref="char"/> predicates (the slow path, for non-ASCII).</summary>
    public static int OfAny(char c)
    {
        if (char.IsWhiteSpace(c))
        {
            return c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085' ? Space | LineEnd : Space;
        }

        if (!char.IsLetterOrDigit(c) && !char.IsSurrogate(c))
        {
            // A combining mark stays inside a word, even the kana sound marks (U+3099, U+309A) that are also CJK:
            // one of those starts a CJK run but does not end a word it follows.
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            var mark = category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.SpacingCombiningMark ? Word : 0;
            return Tokenizer.IsCjk(c) ? Cjk | mark : mark;
        }

        if (Tokenizer.IsCjk(c))
        {
            return Cjk;
        }

        if (char.IsDigit(c))
        {
            return Word | Digit;
        }

        if (char.IsUpper(c) || char.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter)
        {
            return Word | Letter | Upper;
        }

        return char.IsLower(c) ? Word | Letter | Lower : Word | Letter;
    }

    private static ushort[] BuildAscii()
    {
        var table = new ushort[128];
        for (var c = 0; c < 128; c++)
        {
            var cls = OfAny((char)c);
            if (c is '.' or '\'' or ',' or '&')
            {
                cls |= Joiner;
            }

            if (c is '.' or '\'')
            {
                cls |= MayExtend;
            }

            if (c is '.' or '!' or '?')
            {
                cls |= Stop;
            }

            table[c] = (ushort)cls;
        }

        return table;
    }
}
