namespace Corpus.Extraction.Quotes;

/// <summary>The kinds of quotation mark pairs the engine reads.</summary>
internal enum QuoteFamily
{
    /// <summary>“curly double”, the usual mark of edited English prose.</summary>
    CurlyDouble,

    /// <summary>„low double“ or „low double”, as German and Polish sources quote.</summary>
    LowDouble,

    /// <summary>"straight double", typed or converted plain text.</summary>
    StraightDouble,

    /// <summary>«guillemets», French and many other European styles.</summary>
    Guillemet,

    /// <summary>「corner brackets」 of Chinese and Japanese text.</summary>
    Corner,

    /// <summary>‘curly single’, the primary mark of British style.</summary>
    CurlySingle,

    /// <summary>'straight single'.</summary>
    StraightSingle,

    /// <summary>``doubled grave and apostrophe'', the TeX and Penn Treebank spelling of curly double marks.</summary>
    Backtick,
}

/// <summary>
/// Character-level facts about quotation marks: which character opens a quotation in its context, which closes
/// one, and which is an apostrophe. Decided from the characters on both sides, never from a word list, so
/// "don’t", "the ’90s", "Tsai’s", "rock ’n’ roll" and "students’ union" never open or close a quotation.
/// </summary>
internal static class QuoteMarks
{
    /// <summary>The characters that end a line.</summary>
    public static readonly char[] LineBreaks = { '\n', '\r', '\u2028', '\u2029', '\u0085' };

    /// <summary>Every character that can open a quotation (<see cref="OpenerScan"/> looks for them in two parts).</summary>
    public static readonly char[] Openers = { '\u201C', '\u201E', '\u00AB', '\u300C', '\u300E', '"', '\u2018', '\'', '`' };

    /// <summary>Every character that matters inside an open quotation: marks of all families and line breaks.</summary>
    public static readonly char[] Significant =
    {
        '\n', '\r', '\u2028', '\u2029', '\u0085', '\u201C', '\u201D', '\u201E', '"', '\u00AB', '\u00BB',
        '\u2018', '\u2019', '\'', '\u300C', '\u300D', '\u300E', '\u300F',
    };

    // By character, a bit for each family (1 << family) inside whose quotations the character can matter, for the
    // scan inside a quotation. String.IndexOfAny with more than five characters builds a probabilistic map on every
    // call; English text has a quotation mark or an apostrophe every few dozen characters, so a plain table scan is
    // faster there. The scan stops only where the quotation's own family can act: inside "straight double marks"
    // the apostrophes of "don't" and a ‘curly’ mark change nothing, so they are read past like letters.
    private static readonly byte[] SignificantTable = BuildSignificantTable();

    private static byte[] BuildSignificantTable()
    {
        var table = new byte[0x3010];
        foreach (var c in LineBreaks)
        {
            table[c] = 0xFF;
        }

        // The marks that close, conflict with, nest in or (guillemets) open again inside each family; see
        // QuoteFinder.TryClose, IsCloser and IsConflictingOpener. Every one is in Significant.
        Mark(table, QuoteFamily.CurlyDouble, '\u201C', '\u201D');
        Mark(table, QuoteFamily.LowDouble, '\u201C', '\u201D', '\u201E');
        Mark(table, QuoteFamily.StraightDouble, '"');
        Mark(table, QuoteFamily.Guillemet, '\u00AB', '\u00BB');
        Mark(table, QuoteFamily.Corner, '\u300D', '\u300F');
        Mark(table, QuoteFamily.CurlySingle, '\u2018', '\u2019', '\u201C', '"');
        Mark(table, QuoteFamily.StraightSingle, '\'', '\u201C', '"');

        // ``…'' closes on two apostrophes; its other mark, the grave, is not significant.
        Mark(table, QuoteFamily.Backtick, '\'');
        return table;
    }

    private static void Mark(byte[] table, QuoteFamily family, params char[] marks)
    {
        foreach (var c in marks)
        {
            table[c] |= (byte)(1 << (int)family);
        }
    }

    /// <summary>
    /// The first index in [<paramref name="from"/>, <paramref name="limit"/>) of a character in <see cref="Significant"/>
    /// that can matter inside a quotation of <paramref name="family"/> (a line break or one of its marks), or -1.
    /// </summary>
    public static int IndexOfSignificant(string text, int from, int limit, QuoteFamily family)
    {
        var table = SignificantTable;
        var bit = 1 << (int)family;
        for (var i = from; i < limit; i++)
        {
            var c = text[i];
            if (c < table.Length && (table[c] & bit) != 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The characters <see cref="IndexOfSignificant"/> stops at inside a quotation of <paramref name="family"/>, for a
    /// text whose lines all end in \n or \r, when they are few enough for String.IndexOfAny's vector search (five at
    /// most); otherwise null. "Straight double marks", the commonest in plain text, need three; a straight single
    /// mark, which every apostrophe after a space or a mark tries as an opener, five.
    /// </summary>
    public static char[]? SignificantWithPlainLineEnds(QuoteFamily family) => family switch
    {
        QuoteFamily.StraightDouble => StraightDoubleStops,
        QuoteFamily.CurlyDouble => CurlyDoubleStops,
        QuoteFamily.StraightSingle => StraightSingleStops,
        _ => null,
    };

    private static readonly char[] StraightDoubleStops = { '\n', '\r', '"' };
    private static readonly char[] CurlyDoubleStops = { '\n', '\r', '\u201C', '\u201D' };
    private static readonly char[] StraightSingleStops = { '\n', '\r', '\'', '\u201C', '"' };

    /// <summary>Whether single-quote families must find a closer before a quote can exist (they report no problem).</summary>
    public static bool IsSingle(QuoteFamily family) => family is QuoteFamily.CurlySingle or QuoteFamily.StraightSingle;

    /// <summary>How many characters each mark of <paramref name="family"/> takes: two for ``…'', one otherwise.</summary>
    public static int Width(QuoteFamily family) => family == QuoteFamily.Backtick ? 2 : 1;

    /// <summary>Whether <paramref name="c"/> ends a line.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsLineBreak(char c) => c <= '\r' ? c is '\n' or '\r' : c >= '\u0085' && c is '\u0085' or '\u2028' or '\u2029';

    /// <summary>Whether the character at <paramref name="i"/> opens a quotation here, and of which family.</summary>
    public static bool IsOpener(string text, int i, out QuoteFamily family)
    {
        family = default;
        switch (text[i])
        {
            case '\u201C':
                // A “ glued to the word before and followed by a space is a mis-typed closer ("yes“ he said").
                family = QuoteFamily.CurlyDouble;
                return OpensBefore(text, i) || !ClosesAfter(text, i);
            case '\u201E':
                family = QuoteFamily.LowDouble;
                return true;
            case '\u00AB':
                family = QuoteFamily.Guillemet;
                return true;
            case '\u300C':
            case '\u300E':
                family = QuoteFamily.Corner;
                return true;
            case '"':
                // "He said "no"": a straight mark opens after a space, bracket or dash and before a non-space.
                family = QuoteFamily.StraightDouble;
                return OpensBefore(text, i) && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
            case '\u2018':
                family = QuoteFamily.CurlySingle;
                return OpensSingle(text, i);
            case '\'':
                family = QuoteFamily.StraightSingle;
                return OpensSingle(text, i);
            case '`':
                // ``We will appeal,'' he said. — text converted from TeX or a treebank writes “ as two graves.
                family = QuoteFamily.Backtick;
                return i + 2 < text.Length && text[i + 1] == '`' && OpensBefore(text, i) && !char.IsWhiteSpace(text[i + 2]);
            default:
                return false;
        }
    }

    /// <summary>Whether the character at <paramref name="i"/> closes a quotation of <paramref name="family"/>.</summary>
    public static bool IsCloser(string text, int i, QuoteFamily family, char opener)
    {
        var c = text[i];
        switch (family)
        {
            case QuoteFamily.CurlyDouble:
                return c == '\u201D' || (c == '\u201C' && !OpensBefore(text, i) && ClosesAfter(text, i));
            case QuoteFamily.LowDouble:
                return c is '\u201C' or '\u201D';
            case QuoteFamily.StraightDouble:
                // Closes when glued to the quoted words ("...end" or "...end".) or standing free (" ").
                return c == '"' && (!OpensBefore(text, i) || ClosesAfter(text, i));
            case QuoteFamily.Guillemet:
                return c == '\u00BB';
            case QuoteFamily.Corner:
                return c == (char)(opener + 1);
            case QuoteFamily.CurlySingle:
                return c == '\u2019' && ClosesSingle(text, i);
            case QuoteFamily.StraightSingle:
                return c == '\'' && ClosesSingle(text, i);
            case QuoteFamily.Backtick:
                return c == '\'' && i + 1 < text.Length && text[i + 1] == '\'' && ClosesAfter(text, i + 1);
            default:
                return false;
        }
    }

    /// <summary>
    /// Whether the character at <paramref name="i"/>, inside an open quotation of <paramref name="family"/>, opens
    /// a new one instead: a sign that the open quotation was never closed ("He said “no. She said “yes.”").
    /// </summary>
    public static bool IsConflictingOpener(string text, int i, QuoteFamily family)
    {
        var c = text[i];
        switch (family)
        {
            case QuoteFamily.CurlyDouble:
                return c == '\u201C' && OpensBefore(text, i) && !ClosesAfter(text, i);
            case QuoteFamily.LowDouble:
                return c == '\u201E';
            case QuoteFamily.StraightDouble:
                return c == '"' && OpensBefore(text, i) && !ClosesAfter(text, i);
            case QuoteFamily.CurlySingle:
            case QuoteFamily.StraightSingle:
                return IsOpener(text, i, out var other) && other == family;
            case QuoteFamily.Backtick:
                return c == '`' && IsOpener(text, i, out var next) && next == family;
            default:
                return false;
        }
    }

    /// <summary>The character before <paramref name="i"/> allows an opening mark: start, space, bracket, dash, slash or another mark.</summary>
    public static bool OpensBefore(string text, int i)
    {
        if (i == 0)
        {
            return true;
        }

        var p = text[i - 1];
        if ((uint)((p | 0x20) - 'a') <= 'z' - 'a' || (uint)(p - '0') <= 9)
        {
            // An apostrophe after a letter or digit ("don't", "Tsai’s"): most of the marks asked about, told at once.
            return false;
        }

        // he said:"We won" — a colon glued to the mark still introduces it.
        return char.IsWhiteSpace(p) || IsDash(p) || p is '(' or '[' or '{' or '<' or '/' or ':' or '>' or '*' or '_'
            or '\u201C' or '\u2018' or '"' or '\'' or '\u00AB' or '\u201E';
    }

    /// <summary>The character after <paramref name="i"/> allows a closing mark: end, space, punctuation, bracket, dash or another mark.</summary>
    public static bool ClosesAfter(string text, int i)
    {
        if (i + 1 >= text.Length)
        {
            return true;
        }

        var n = text[i + 1];
        return char.IsWhiteSpace(n) || IsDash(n)
            || n is '.' or ',' or ';' or ':' or '!' or '?' or '\u2026' or ')' or ']' or '}' or '>' or '/'
                or '\u201D' or '\u2019' or '"' or '\'' or '\u00BB';
    }

    /// <summary>
    /// A quotation mark of English or European text, whichever way it faces: curly and straight, double and single,
    /// low and guillemets. Token-level rules use it (a title between marks, the mark before a quotation's speaker).
    /// </summary>
    public static bool IsMark(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u2018' or '\u2019' or '\'' or '\u00AB' or '\u00BB';

    /// <summary>A mark that only opens: “, ‘, « and „.</summary>
    public static bool OnlyOpens(char c) => c is '\u201C' or '\u2018' or '\u00AB' or '\u201E';

    /// <summary>Hyphen, en dash, em dash, horizontal bar.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsDash(char c) => c == '-' || (c >= '\u2010' && c <= '\u2015');

    private static bool OpensSingle(string text, int i)
    {
        // ‘Never again,’ she said: opens before a letter. "the ’90s" (a digit) and "rock ’n’ roll" are apostrophes;
        // the second is caught later because its quoted content, "n", has fewer than two letters.
        return OpensBefore(text, i) && i + 1 < text.Length && char.IsLetter(text[i + 1]);
    }

    private static bool ClosesSingle(string text, int i)
    {
        // "don’t", "Tsai’s": a letter or digit follows, so it is an apostrophe. "’til" after a space: nothing to close.
        if (i == 0 || char.IsWhiteSpace(text[i - 1]) || (i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])))
        {
            return false;
        }

        return !IsPluralPossessive(text, i) && ClosesAfter(text, i);
    }

    /// <summary>
    /// "the students’ union": a mark after s and before a lower-case word is most likely a plural possessive; the
    /// quote finder still closes on it when nothing else can ("residents were ‘furious’ about it").
    /// </summary>
    public static bool IsPluralPossessive(string text, int i)
    {
        var p = text[i - 1];
        return (p == 's' || p == 'S') && i + 2 < text.Length && text[i + 1] == ' ' && char.IsLower(text[i + 2]);
    }
}
