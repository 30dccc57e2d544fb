using System.Runtime.CompilerServices;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Quotes;

/// <summary>A word or a punctuation character near a quotation, read in place (no copy of its text).</summary>
/// <param name="Source">The whole text the token stands in.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Facts">
/// The word lists the word is in (<see cref="WordClass"/>) in the low bits, and what its first character is
/// (<see cref="TokenShape"/>, told once when it was split) in the top byte: four fields, so the JIT keeps a token in
/// registers.
/// </param>
internal readonly record struct WordToken(string Source, int Start, int End, int Facts)
{
    /// <summary>The facts of a token with the given classes and shape.</summary>
    public static int Pack(WordClass classes, TokenShape shape) => (int)classes | ((int)shape << ShapeShift);

    // Where the shape starts in Facts: WordClass takes far fewer bits.
    private const int ShapeShift = 24;

    /// <summary>The word lists the word is in.</summary>
    public WordClass Class => (WordClass)(Facts & ((1 << ShapeShift) - 1));

    /// <summary>The token as written (allocates; for messages and multi-word look-ups only).</summary>
    public string Text => Source.Substring(Start, End - Start);

    /// <summary>The number of characters.</summary>
    public int Length => End - Start;

    /// <summary>Whether the token is a word (starts with a letter or digit) rather than punctuation.</summary>
    public bool IsWord => (Facts & ((int)TokenShape.Word << ShapeShift)) != 0;

    /// <summary>Whether the word starts with a capital letter.</summary>
    public bool IsCapitalised => (Facts & ((int)TokenShape.Capitalised << ShapeShift)) != 0;

    /// <summary>Whether the word starts with a digit.</summary>
    public bool IsNumber => (Facts & ((int)TokenShape.Number << ShapeShift)) != 0;

    /// <summary>
    /// Whether the token is a word that starts with no capital and is in none of the lists in <paramref name="classes"/>:
    /// one test of the facts.
    /// </summary>
    public bool IsLowerCaseWordOutside(WordClass classes) =>
        (Facts & ((int)(TokenShape.Word | TokenShape.Capitalised) << ShapeShift | (int)classes)) == (int)TokenShape.Word << ShapeShift;

    /// <summary>Whether the token is the single punctuation character <paramref name="c"/>.</summary>
    public bool Is(char c) => Length == 1 && Source[Start] == c;

    /// <summary>Whether the token is <paramref name="word"/>, ignoring case (ordinal; ASCII compared in place, without a call into the framework).</summary>
    public bool Is(string word) => Length == word.Length && WordClassTable.SameIgnoringCase(word, Source, Start);

    /// <summary>Whether the word is in any of the lists in <paramref name="classes"/>.</summary>
    public bool Has(WordClass classes) => (Facts & (int)classes) != 0;

    /// <summary>Whether the word ends with <paramref name="suffix"/> (ordinal, lower case as written).</summary>
    public bool EndsWith(string suffix) => Length > suffix.Length && string.CompareOrdinal(Source, End - suffix.Length, suffix, 0, suffix.Length) == 0;

    /// <summary>Whether the word ends in a possessive ’s or 's ("Tsai’s").</summary>
    public bool IsPossessive => Length > 2 && Source[End - 2] is '\u2019' or '\'' && Source[End - 1] is 's' or 'S';

    /// <summary>
    /// Reads the token that starts at <paramref name="i"/> (not white space) in <c>text[..end)</c>: a word or a
    /// punctuation character. A word keeps inner hyphens, dots and apostrophes ("so-called", "U.S.", "Tsai’s"); a
    /// dash run ("--") is one token. Returns the offset just past it. A token never holds white space, so a run is
    /// split the same whether it is read whole or one space-separated chunk at a time. Its classes and its first
    /// character's shape are told here once, packed in <paramref name="facts"/> (see <see cref="Facts"/>), as the
    /// patterns ask them of the same tokens many times.
    /// </summary>
    /// <remarks>
    /// <paramref name="end"/> must not pass the text's length: the characters are read without bounds checks in the
    /// net8.0 build, as the checks, inlined into each split loop, left those loops short of registers.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ReadToken(string text, int i, int end, WordClassTable classes, ulong[]? masks, out int facts)
        => ReadToken(text, i, end, classes, masks, out facts, out _);

    /// <summary>
    /// <see cref="ReadToken(string, int, int, WordClassTable, ulong[], out int)"/>, saying also whether the token's last
    /// character may end a sentence (<see cref="SentenceEnds.IsPunctuation"/>): a word's last character is a letter
    /// or digit unless it kept its dot, so only a punctuation token and a word that kept its dot are tested, with
    /// the character already read here, where a test of every token's last character read it again.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ReadToken(string text, int i, int end, WordClassTable classes, ulong[]? masks, out int facts, out bool mayEndSentence)
    {
        var chars = new UncheckedText(text);
        var c = chars[i];
        mayEndSentence = false;
        if (!IsLetterOrDigit(c))
        {
            facts = 0;
            mayEndSentence = SentenceEnds.IsPunctuation(c);
            return c == '-' && i + 1 < end && chars[i + 1] == '-' ? i + 2 : i + 1;
        }

        var shape = ShapeOfWord(c);
        var from = i;
        i = masks is null ? ReadWord(text, i, end) : ReadWord(text, i, end, masks);
        var wordClass = classes.LookupInline(text, from, i - from);
        facts = Pack(wordClass, shape);
        if (i >= end)
        {
            return i;
        }

        // The character after the word read once, and tested once for the common case (a space or a comma), where
        // the two tests below each read it again and made their own flags of it.
        var next = chars[i];
        if (next == '.')
        {
            if (KeepsDot(text, from, i, wordClass))
            {
                i++;
                mayEndSentence = true;
            }
        }
        else if ((next == '\'' || next == '\u2019') && (chars[i - 1] | 0x20) == 's'
            && (i + 1 >= end || !char.IsLetterOrDigit(chars[i + 1])))
        {
            // "the students’ union": a plural possessive keeps its apostrophe.
            i++;
        }

        return i;
    }

    /// <summary>
    /// Reads the letters, digits and inner joiners of the word that starts at <paramref name="i"/>; returns the
    /// offset just past it. Kept apart from the rest of
    /// <see cref="ReadToken(string, int, int, WordClassTable, ulong[], out int, out bool)"/> so its few values stay in
    /// registers through the loop: ASCII characters are told from a table read through a local, anything else by a call kept
    /// out of line.
    /// </summary>
    private static int ReadWord(string text, int i, int end)
    {
        var kinds = AsciiKinds;
        for (; i < end; i++)
        {
            var d = text[i];
            var kind = d < kinds.Length ? kinds[d] : KindOutsideAscii(d);
            if (kind != LetterOrDigit && (kind != Joiner || i + 1 >= end || !IsLetterOrDigit(text[i + 1])))
            {
                break;
            }
        }

        return i;
    }

    /// <summary>
    /// <see cref="ReadWord(string, int, int)"/> with the tokenizer's masks of the text (see <see cref="TokenMasks"/>): a run
    /// of ASCII letters and digits is skipped in one step, so only the character that ends it is read here. Every
    /// window read starts below <paramref name="end"/>, inside the text, so the masks are read without bounds checks,
    /// as by every reader of the masks in the quotation stage (each reads windows inside the text).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ReadWord(string text, int i, int end, ulong[] masks)
    {
        while (true)
        {
            var rest = ~TokenMasks.LoadUnchecked(masks, i, TokenMasks.Word);
            if (rest == 0)
            {
                // Sixty-four letters and digits in a row: go on after them.
                i += 64;
                if (i >= end)
                {
                    return end;
                }

                continue;
            }

            i += Bits.TrailingZeroCount(rest);
            if (i >= end)
            {
                return end;
            }

            var d = new UncheckedText(text)[i];
            if (d >= 128)
            {
                // A letter outside ASCII, or a joiner or other character there: read one at a time.
                return ReadWord(text, i, end);
            }

            if (AsciiKinds[d] != Joiner || i + 1 >= end || !IsLetterOrDigit(new UncheckedText(text)[i + 1]))
            {
                return i;
            }

            i++;
        }
    }

    /// <summary>The shape of a word that starts with <paramref name="c"/>, a letter or digit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TokenShape ShapeOfWord(char c) => c < 128 ? AsciiShapes[c] : ShapeOfWordByCategory(c);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TokenShape ShapeOfWordByCategory(char c)
        => TokenShape.Word | (char.IsUpper(c) ? TokenShape.Capitalised : 0) | (char.IsDigit(c) ? TokenShape.Number : 0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLetterOrDigit(char c) => c < 128 ? AsciiKinds[c] == LetterOrDigit : char.IsLetterOrDigit(c);

    /// <summary>
    /// "U.S.", "Gov.", "John F. Kennedy": a dotted abbreviation, a listed title or an initial keeps its dot, so it
    /// stays inside a name phrase instead of ending it.
    /// </summary>
    private static bool KeepsDot(string text, int from, int dot, WordClass wordClass)
    {
        var length = dot - from;
        return (length >= 3 && text[dot - 2] == '.') || (length == 1 && char.IsUpper(text[from])) || (wordClass & WordClass.Abbreviation) != 0;
    }

    private static bool IsJoiner(char c) => c is '-' or '.' or '\'' or '\u2019' or '&' or '\u2010' or '\u2011';

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static byte KindOutsideAscii(char c) => char.IsLetterOrDigit(c) ? LetterOrDigit : IsJoiner(c) ? Joiner : (byte)0;

    private const byte LetterOrDigit = 1;

    // Joins two runs of letters or digits into one word: "so-called", "U.S", "Tsai’s".
    private const byte Joiner = 2;

    // By ASCII character: a letter or digit, a joiner, or neither (0), for ReadToken.
    private static readonly byte[] AsciiKinds = BuildAsciiKinds();

    // By ASCII letter or digit, the shape of a word it starts (read from a table: capitalised words and others come
    // at random, too often for a branch on the case to be predicted).
    private static readonly TokenShape[] AsciiShapes = BuildAsciiShapes();

    private static TokenShape[] BuildAsciiShapes()
    {
        var shapes = new TokenShape[128];
        for (var c = (char)0; c < shapes.Length; c++)
        {
            shapes[c] = ShapeOfWordByCategory(c);
        }

        return shapes;
    }

    private static byte[] BuildAsciiKinds()
    {
        var kinds = new byte[128];
        for (var c = 0; c < kinds.Length; c++)
        {
            kinds[c] = char.IsLetterOrDigit((char)c) ? LetterOrDigit : IsJoiner((char)c) ? Joiner : (byte)0;
        }

        return kinds;
    }
}

/// <summary>What a token's first character is: the facts the speaker patterns read of nearly every token they look at.</summary>
[System.Flags]
internal enum TokenShape : byte
{
    /// <summary>Punctuation.</summary>
    None = 0,

    /// <summary>A word: it starts with a letter or digit.</summary>
    Word = 1,

    /// <summary>A word that starts with a capital letter.</summary>
    Capitalised = 2,

    /// <summary>A word that starts with a digit.</summary>
    Number = 4,
}
