namespace Corpus.Extraction.Text;

/// <summary>
/// Hard-wrapped text: a line end that only wraps a paragraph at a fixed width (an e-mail, an RFC, a Project Gutenberg
/// text, a fortune) is read as a space, so that a name or a sentence goes on across it ("in the United\nStates"). A
/// line end that ends a line of its own (a headline, a dateline, a list or table row, a signature, a paragraph written
/// on one line) stays one.
/// </summary>
/// <remarks>
/// <para>
/// The text is read in blocks of lines between blank lines (a line that is one mark alone, as the "%" between two
/// fortunes, also parts two blocks). A block is hard-wrapped when its widest line is between
/// <see cref="MinWrapWidth"/> and <see cref="MaxWrapWidth"/> columns (the width it was wrapped at: a text written a
/// paragraph per line has lines far longer), at least half of its lines but the last come within a quarter of that
/// width, and it is no verse: of four lines or more, not three in four from the second on open with a capital.
/// </para>
/// <para>
/// In such a block, the line end after a line is a wrap when the line does not end a sentence or a heading (a stop, a
/// colon, a number, a hyphen; a comma or semicolon before a capital, as verse and addresses do), the next line does not
/// start an item of its own (a dash, a bullet, "1." or "(a)") nor stand further in, neither line is set in columns (a
/// table row: three spaces or a tab between two tokens), the line is no heading in title case, and either the next
/// line's first word would not have fitted on the line (as a filling editor wraps) or the line itself goes on a wrapped
/// paragraph and is at least half the width. The next line's first token then loses
/// <see cref="TokenFlags.LineBreakBefore"/> (it keeps <see cref="TokenFlags.SpaceBefore"/>), so the sentence splitter and
/// the name rules read the line end as a space.
/// </para>
/// <para>
/// The work is one pass over the tokens that lists where lines start (a store and an add per token, without a branch)
/// and a few steps per line, in texts that have line ends at all.
/// </para>
/// </remarks>
internal static partial class Tokenizer
{
    /// <summary>The narrowest width a block is taken to be wrapped at.</summary>
    public const int MinWrapWidth = 40;

    /// <summary>The widest width a block is taken to be wrapped at.</summary>
    public const int MaxWrapWidth = 100;

    // How many columns short of the block's width a line may end and still be full, when the next word would have
    // made it reach that width: editors that fill a paragraph may leave a column or two, and some wrap a little early.
    private const int WrapSlack = 3;

    // The tab stops the width of an indentation is measured at.
    private const int TabWidth = 8;

    // A line-start buffer that grew for a very large text is let go after use.
    private const int MaxRetainedLines = 1 << 14;

    private const ulong LineBreakBit = (ulong)TokenFlags.LineBreakBefore << Token.FlagsShift;

    [System.ThreadStatic]
    private static int[]? _lineFirsts;

    [System.ThreadStatic]
    private static int[]? _lineWidths;

    /// <summary>
    /// Reads the line ends of the <paramref name="count"/> <paramref name="tokens"/> that only wrap a paragraph as
    /// spaces, in a text of at most <paramref name="mostLines"/> lines.
    /// </summary>
    private static void MarkWraps(string text, Token[] tokens, int count, int mostLines)
    {
        if (count < 2 || mostLines < 2)
        {
            return;
        }

        // The first token of every line (the first of the text too), listed without a branch on the token: each
        // index is written, and the count moves on past it at a token with a line break before it.
        var firsts = _lineFirsts;
        if (firsts is null || firsts.Length < mostLines + 1)
        {
            firsts = new int[mostLines + 1];
        }

        var lines = 1;
        firsts[0] = 0;
        for (var k = 1; k < count; k++)
        {
            firsts[lines] = k;
            lines += (int)((tokens[k].Bits & LineBreakBit) >> (Token.FlagsShift + 1));
        }

        firsts[lines] = count;
        if (lines >= 2)
        {
            var widths = _lineWidths;
            if (widths is null || widths.Length < lines)
            {
                widths = new int[lines];
            }

            MarkWrapsInBlocks(text, tokens, firsts, widths, lines);
            _lineWidths = widths.Length <= MaxRetainedLines ? widths : null;
        }

        _lineFirsts = firsts.Length <= MaxRetainedLines ? firsts : null;
    }

    /// <summary>Finds the blocks of the <paramref name="lines"/> lines whose first tokens are <paramref name="firsts"/>, and marks the wraps of each.</summary>
    private static void MarkWrapsInBlocks(string text, Token[] tokens, int[] firsts, int[] widths, int lines)
    {
        var start = 0;
        for (var line = 0; line <= lines; line++)
        {
            // A block ends before a blank line, at a line of one mark alone, and at the end of the text.
            var ends = line == lines || tokens[firsts[line]].Has(TokenFlags.BlankLineBefore) || IsSeparatorLine(tokens, firsts, line);
            if (!ends)
            {
                continue;
            }

            if (line - start >= 2)
            {
                MarkWrapsInBlock(text, tokens, firsts, widths, start, line);
            }

            // A separator line belongs to no block.
            start = line < lines && IsSeparatorLine(tokens, firsts, line) ? line + 1 : line;
        }
    }

    private static bool IsSeparatorLine(Token[] tokens, int[] firsts, int line) =>
        firsts[line + 1] - firsts[line] == 1 && tokens[firsts[line]].Kind == TokenKind.Punct;

    /// <summary>Marks the wraps of the block of lines <paramref name="from"/> to <paramref name="to"/> (excluded).</summary>
    private static void MarkWrapsInBlock(string text, Token[] tokens, int[] firsts, int[] widths, int from, int to)
    {
        var widest = 0;
        for (var line = from; line < to; line++)
        {
            var first = firsts[line];
            var width = IndentOf(text, tokens[first].Start) + tokens[firsts[line + 1] - 1].End - tokens[first].Start;
            widths[line] = width;
            widest = width > widest ? width : widest;
        }

        if (widest < MinWrapWidth || widest > MaxWrapWidth)
        {
            return;
        }

        // Most lines but the last come near the width; and it is no verse, whose lines (from the second on, three or
        // more of them) nearly all open with a capital.
        var full = 0;
        var capitals = 0;
        for (var line = from; line < to - 1; line++)
        {
            full += widths[line] * 4 >= widest * 3 ? 1 : 0;
            capitals += OpensCapitalized(tokens[firsts[line + 1]]) ? 1 : 0;
        }

        var following = to - 1 - from;
        if (full * 2 < following || (following >= 3 && capitals * 4 >= following * 3))
        {
            return;
        }

        var wrapped = false;
        for (var line = from; line < to - 1; line++)
        {
            var next = firsts[line + 1];
            var width = widths[line];
            wrapped = MayWrapAfter(text, tokens, next - 1, OpensCapitalized(tokens[next])) && !StartsItem(text, tokens, next, firsts[line + 2])
                && IndentOf(text, tokens[next].Start) <= IndentOf(text, tokens[firsts[line]].Start)
                && (width + 1 + FirstWordLength(tokens, next, firsts[line + 2]) > widest - WrapSlack || (wrapped && width * 2 >= widest))
                && !HasColumns(text, tokens, firsts[line], next) && !HasColumns(text, tokens, next, firsts[line + 2])
                && !IsTitled(tokens, firsts[line], next);
            if (wrapped)
            {
                tokens[next] = new Token(tokens[next].Bits & ~LineBreakBit);
            }
        }
    }

    /// <summary>
    /// Whether the line whose last token is <paramref name="last"/> may wrap: it ends in a word with a letter, a
    /// clitic, or a closing bracket or quote after one; or, when the next line does not open with a capital
    /// (<paramref name="capitalNext"/>), in a comma or semicolon, or a closing quote after one. (A line that ends in a
    /// comma before a capital is most often a line of verse, or of an address.)
    /// </summary>
    private static bool MayWrapAfter(string text, Token[] tokens, int last, bool capitalNext)
    {
        var token = tokens[last];
        switch (token.Kind)
        {
            case TokenKind.Word:
                return token.Has(TokenFlags.HasLetter);
            case TokenKind.Clitic:
                return true;
            case TokenKind.Punct:
                var c = text[token.Start];
                if (c is ',' or ';')
                {
                    return !capitalNext;
                }

                if (c is ')' or '"' or '\'' or '\u201D' or '\u2019' && last > 0)
                {
                    var before = tokens[last - 1];
                    return before.Kind == TokenKind.Word ? before.Has(TokenFlags.HasLetter)
                        : before.Kind == TokenKind.Clitic || (!capitalNext && text[before.Start] == ',');
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>Whether a line's first token is a word with a capital initial.</summary>
    private static bool OpensCapitalized(Token token) => token.IsWord && token.Has(TokenFlags.Capitalized);

    /// <summary>
    /// Whether the line of tokens <paramref name="first"/> to <paramref name="end"/> (excluded) starts an item of its
    /// own: a dash, a bullet or another mark that opens list items, signatures and quoted lines, or a number or letter
    /// that counts items ("1.", "2)", "(a)").
    /// </summary>
    private static bool StartsItem(string text, Token[] tokens, int first, int end)
    {
        var token = tokens[first];
        if (token.Kind == TokenKind.Punct)
        {
            var c = text[token.Start];
            if (c is '-' or '*' or '\u2022' or '>' or '|' or '+' or '#' or '=' or '~' or '\u2013' or '\u2014')
            {
                return true;
            }

            // "(a)", "(2)": a short word in brackets opening the line.
            return c == '(' && first + 2 < end && tokens[first + 1].Length <= 2 && tokens[first + 1].IsWord
                && text[tokens[first + 2].Start] == ')' && !tokens[first + 2].Has(TokenFlags.SpaceBefore);
        }

        // "1.", "12)", "a)": a number of up to three digits (or one letter) and a mark, with more on the line.
        if (token.IsWord && first + 2 < end && !tokens[first + 1].Has(TokenFlags.SpaceBefore)
            && (token.Length == 1 || (token.Length <= 3 && !token.Has(TokenFlags.HasLetter))))
        {
            var c = text[tokens[first + 1].Start];
            return c is '.' or ')' && tokens[first + 1].Kind == TokenKind.Punct;
        }

        return false;
    }

    /// <summary>
    /// Whether the line of tokens <paramref name="first"/> to <paramref name="end"/> (excluded) is set in columns, as a
    /// table row or its heading is: two of its tokens are three spaces or a tab apart.
    /// </summary>
    private static bool HasColumns(string text, Token[] tokens, int first, int end)
    {
        for (var k = first + 1; k < end; k++)
        {
            var gap = tokens[k].Start - tokens[k - 1].End;
            if (gap >= 3 || (gap > 0 && text[tokens[k].Start - 1] == '\t'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the line of tokens <paramref name="first"/> to <paramref name="end"/> (excluded) is a heading in title case
    /// or capitals: of three words or more, two in three open with a capital ("Why Investors Fear Higher Rates at
    /// Goldman Sachs").
    /// </summary>
    private static bool IsTitled(Token[] tokens, int first, int end)
    {
        var words = 0;
        var capitals = 0;
        for (var k = first; k < end; k++)
        {
            var token = tokens[k];
            if (token.IsWord && token.Has(TokenFlags.HasLetter))
            {
                words++;
                capitals += token.Has(TokenFlags.Capitalized) ? 1 : 0;
            }
        }

        return words >= 3 && capitals * 3 >= words * 2;
    }

    /// <summary>The length of the first word of a line, with the marks joined to it ("York.", "(unnamed)").</summary>
    private static int FirstWordLength(Token[] tokens, int first, int end)
    {
        var last = first;
        while (last + 1 < end && !tokens[last + 1].Has(TokenFlags.SpaceBefore))
        {
            last++;
        }

        return tokens[last].End - tokens[first].Start;
    }

    /// <summary>The column the line's first token at <paramref name="start"/> stands at, with tabs to the next multiple of eight.</summary>
    private static int IndentOf(string text, int start)
    {
        var lineStart = start;
        while (lineStart > 0 && text[lineStart - 1] is ' ' or '\t')
        {
            lineStart--;
        }

        var column = 0;
        for (var i = lineStart; i < start; i++)
        {
            column = text[i] == '\t' ? (column / TabWidth + 1) * TabWidth : column + 1;
        }

        return column;
    }
}
