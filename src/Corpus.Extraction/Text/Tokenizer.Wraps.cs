#if NET
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
#endif

namespace Corpus.Extraction.Text;

/// <summary>
/// Hard-wrapped text: a line end that only wraps a paragraph at a fixed width (an e-mail, an RFC, a Project Gutenberg
/// text, a fortune) is read as a space, so that a name or a sentence goes on across it ("in the United\nStates"). A
/// line end that ends a line of its own (a headline, a dateline, a list or table row, a signature, a paragraph written
/// on one line) stays one.
/// </summary>
/// <remarks>
/// <para>
/// A text whose lines are longer than <see cref="MaxWrapWidth"/> on average (a paragraph per line, as most news) is
/// not read further. Another is read in blocks of lines between blank lines (a line that is one mark alone, as the
/// "%" between two fortunes, also parts two blocks). A block is hard-wrapped when its widest line is between
/// <see cref="MinWrapWidth"/> and <see cref="MaxWrapWidth"/> columns (the width it was wrapped at), at least half of
/// its lines but the last come within a quarter of that width, and it is no verse: of four lines or more, not three in
/// four from the second on open with a capital. A line wider than <see cref="MaxWrapWidth"/> neither sets the width
/// nor refuses the block when one run of characters with no space in it (a URL, a path) takes it past the width and
/// the rest of it fits: a filling editor leaves such a run whole on a line of its own. It is full.
/// </para>
/// <para>
/// In such a block, the line end after a line is a wrap when the next line stands as far in, or less far after a line
/// that no wrap led to (going back out after a hanging item opens another), or hangs under the line (a hanging indent:
/// one tab stop further in at most, or under one of the line's first words, as in "1. The", "Q: \"How", "-- Name" or
/// "Ruth:" and a tab); the next line's first word would not have fitted on the line (as a filling editor wraps), or the
/// line goes on a wrapped paragraph and is at least half the width, or it opens a paragraph indented on its first line
/// that goes on in lower case and comes within a quarter of the width; the line does not end a sentence or a heading (a
/// stop, a colon, a number, a dash; a comma or semicolon before a capital, as verse and addresses do); the next line
/// starts no item of its own (a dash, a bullet, "1." or "(a)"); and, before a capital, the line is no heading in title
/// case and neither line is set in columns (a table row: three white-space characters in a row). The next line's first
/// token then loses <see cref="TokenFlags.LineBreakBefore"/> (it keeps <see cref="TokenFlags.SpaceBefore"/>), so the
/// sentence splitter and the name rules read the line end as a space.
/// </para>
/// <para>
/// A full line that ends in a hyphen joined to its word ("Hewlett-", "inter-") wraps too, and the next line's first
/// token loses its <see cref="TokenFlags.SpaceBefore"/> as well: the two halves read as one hyphenated word, as they
/// would on one line, and a name's text drops the line end after its hyphen ("Hewlett-Packard"; its mention keeps
/// the offsets of the text as written). The hyphen stays: a soft hyphen that split a word ("inter-" / "national") is
/// not told from the hyphen of a compound broken at it ("Hewlett-" / "Packard") without a dictionary, and a filling
/// editor, which never adds one, leaves only real hyphens at its line ends.
/// </para>
/// <para>
/// The work is a few steps per line: the tokenizer notes where lines start as it reads (a text with line ends outside
/// ASCII has them listed in one pass over the tokens), and the shape of a line before a capital is read from the
/// text's masks, not its characters.
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

    // The tab stops the width of an indentation is measured at (IndentOf reads an indent of fewer than eight characters
    // at once, each tab then at the stop after the tabs before it). A power of two: IndentByWalk moves to the next stop by
    // setting the column's low bits (TabWidthIsAPowerOfTwo does not compile otherwise: a constant divided by zero).
    private const int TabWidth = 8;

    private const int TabWidthIsAPowerOfTwo = 1 / ((TabWidth & (TabWidth - 1)) == 0 ? 1 : 0);

    // Buffers that grew for a very large text are let go after use: the line starts (one entry per token, so that
    // they fit whatever the line ends), and the lines' facts.
    private const int MaxRetainedTokens = 1 << 16;

    private const int MaxRetainedLines = 1 << 14;

    private const ulong LineBreakBit = (ulong)TokenFlags.LineBreakBefore << Token.FlagsShift;

    private const ulong SpaceBit = (ulong)TokenFlags.SpaceBefore << Token.FlagsShift;

    // A stop's bits of kind and flags (punctuation is the kind of both bits set), tested by one compare.
    private const ulong PunctStopMask = ((ulong)TokenKind.Punct << Token.KindShift) | ((ulong)TokenFlags.Stop << Token.FlagsShift);

    [System.ThreadStatic]
    private static int[]? _lineFirsts;

    [System.ThreadStatic]
    private static ulong[]? _lineFacts;

    /// <summary>
    /// Reads the line ends of the <paramref name="count"/> <paramref name="tokens"/> that only wrap a paragraph as
    /// spaces, in a text of at most <paramref name="mostLines"/> lines whose masks are <paramref name="masks"/>. The
    /// first token of each line but the first, when the tokenizer noted them as it read, are <paramref name="noted"/>
    /// after its first entry, up to <paramref name="notedLines"/>.
    /// </summary>
    private static void MarkWraps(string text, ulong[] masks, Token[] tokens, int count, int mostLines, int[]? noted, int notedLines)
    {
        // A text whose lines are longer than any wrap on average (a paragraph per line, most news) is not wrapped.
        if (count < 2 || mostLines < 2 || text.Length > (long)mostLines * MaxWrapWidth)
        {
            return;
        }

        // The first token of every line (the first of the text too): noted by the tokenizer, or listed here without
        // a branch on the token (each index is written, and the count moves on past it at a token with a line break
        // before it).
        int[] firsts;
        int lines;
        if (noted is not null)
        {
            firsts = noted;
            lines = notedLines;
            firsts[0] = 0;
            firsts[lines] = count;
        }
        else
        {
            firsts = _lineFirsts is { } kept && kept.Length >= count + 1 ? kept : new int[count + 1];
            lines = ListLines(tokens, count, firsts);
        }

        if (lines >= 2)
        {
            var facts = _lineFacts;
            // Three entries more than the lines, read and not counted by FullLines.
            if (facts is null || facts.Length < lines + 3)
            {
                facts = new ulong[lines + 3];
            }

            MarkWrapsInBlocks(text, masks, tokens, firsts, facts, lines);
            _lineFacts = facts.Length <= MaxRetainedLines ? facts : null;
        }

        _lineFirsts = firsts.Length <= MaxRetainedTokens ? firsts : null;
    }

    /// <summary>Lists in <paramref name="firsts"/> the first token of each line, and the count after the last; returns the lines.</summary>
    private static int ListLines(Token[] tokens, int count, int[] firsts)
    {
        var lines = 1;
        firsts[0] = 0;
        for (var k = 1; k < count; k++)
        {
            firsts[lines] = k;
            lines += (tokens[k].Bits & LineBreakBit) != 0 ? 1 : 0;
        }

        firsts[lines] = count;
        return lines;
    }

    /// <summary>Finds the blocks of the <paramref name="lines"/> lines whose first tokens are <paramref name="firsts"/>, and marks the wraps of each.</summary>
    private static void MarkWrapsInBlocks(string text, ulong[] masks, Token[] tokens, int[] firsts, ulong[] facts, int lines)
    {
        // The lines' first tokens and the tokens are read unchecked (Unchecked): firsts holds a first token for each
        // line, below the count of tokens (they rise strictly), and the count after the last.
        var all = new Unchecked<Token>(tokens);
        var opening = new Unchecked<int>(firsts);
        var start = 0;
        for (var line = 0; line <= lines; line++)
        {
            // A block ends before a blank line, at a line of one mark alone, and at the end of the text.
            var separator = false;
            if (line < lines)
            {
                var first = all[opening[line]];
                separator = opening[line + 1] - opening[line] == 1 && first.Kind == TokenKind.Punct;
                if (!separator && !first.Has(TokenFlags.BlankLineBefore))
                {
                    continue;
                }
            }

            if (line - start >= 2)
            {
                MarkWrapsInBlock(text, masks, tokens, firsts, facts, start, line);
            }

            // A separator line belongs to no block.
            start = separator ? line + 1 : line;
        }
    }

    // A line's facts, packed in a ulong: its width in columns and the column its first token stands at; and what
    // ShapeOf tells of a line, whether it is set in columns, whether it is a heading in title case.
    private const int IndentShift = 16;
    private const ulong ColumnsBit = 1UL << 32;
    private const ulong TitledBit = 1UL << 33;

    // In a line's facts: its first token is a word with a capital initial (CapitalOpening), taken as the line's
    // first token is read for its width, so that the verse test and the wraps need not read it again. Above the
    // indent's sixteen bits: a line whose facts are kept stands at most MaxWrapWidth columns in.
    private const int CapitalShift = 48;

    /// <summary>Marks the wraps of the block of lines <paramref name="from"/> to <paramref name="to"/> (excluded).</summary>
    private static void MarkWrapsInBlock(string text, ulong[] masks, Token[] tokens, int[] firsts, ulong[] facts, int from, int to)
    {
        // The tokens, the lines' first tokens and their facts are read and written unchecked (Unchecked): the lines
        // from `from` to `to` have their first tokens in firsts, with the one after them, each below the count of
        // tokens but the last (they rise strictly), and facts has an entry for each line.
        var all = new Unchecked<Token>(tokens);
        var opening = new Unchecked<int>(firsts);
        var lineFacts = new Unchecked<ulong>(facts);
        // Most blocks' lines are measured by a loop with no call (MeasureLines); a line it leaves (one past any wrap
        // width, or whose indent is read by a walk back) and those after it, by this one.
        var (measured, widest, capitals) = MeasureLines(text, tokens, firsts, facts, from, to);
        var overflow = 0;
        for (var line = measured; line < to; line++)
        {
            var first = opening[line];
            var opener = all[first];
            var start = opener.Start;
            var capital = CapitalOpening(opener);
            capitals += (int)capital;
            var indent = start > 0 && text[start - 1] is ' ' or '\t' ? IndentOf(text, start) : 0; // most lines stand at 0
            var width = indent + all[opening[line + 1] - 1].End - start;
            if (width > MaxWrapWidth)
            {
                // A line past any wrap width is a filled one when a run of characters no filler breaks (a URL, a
                // path) takes it there, and the rest of it fits the width the other lines set: it counts as full,
                // and does not set the width. A line of many words that long is a paragraph written on one line.
                var rest = width - LongestRun(tokens, first, opening[line + 1]);
                if (rest > MaxWrapWidth)
                {
                    return;
                }

                overflow = rest > overflow ? rest : overflow;
                width = MaxWrapWidth + 1;
            }
            else
            {
                widest = width > widest ? width : widest;
            }

            lineFacts[line] = (uint)width | ((ulong)(uint)indent << IndentShift) | (capital << CapitalShift);
        }

        if (widest < MinWrapWidth || overflow > widest)
        {
            return;
        }

        // Most lines but the last come near the width; and it is no verse, whose lines (from the second on, three or
        // more of them) nearly all open with a capital (the capitals were counted from the first line on). A line is
        // near the width when four times its width less three times the widest is not negative (both are small).
        capitals -= (int)(lineFacts[from] >> CapitalShift);
        var full = FullLines(facts, from, to - 1, widest * 3);

        var following = to - 1 - from;
        if (full * 2 < following || (following >= 3 && capitals * 4 >= following * 3))
        {
            return;
        }

        var wrapped = false;
        for (var line = from; line < to - 1; line++)
        {
            var next = opening[line + 1];
            var these = lineFacts[line];
            var width = (int)(these & 0xFFFF);

            // Most line ends of a wrapped paragraph fall between two words with letters, the next line standing as
            // far in and going on in lower case: of the tests below only the first is then left to make (a line's
            // last word with a letter may wrap, a first word of two letters or more with one starts no item), and
            // its last test only where the line goes on no wrapped paragraph at half the width.
            var closer = all[next - 1];
            if (WordsAtLineEnd(closer, all[next], these, lineFacts[line + 1]))
            {
                wrapped = (wrapped & width * 2 >= widest) || width + 1 + FirstWordLength(all, next, opening[line + 2]) > widest - WrapSlack;
                if (wrapped)
                {
                    all[next] = new Token(all[next].Bits & ~LineBreakBit);
                }

                continue;
            }

            // A line that ends in a stop does not wrap (MayWrapAfter): a stop is no mark it lets through.
            if ((closer.Bits & PunctStopMask) == PunctStopMask)
            {
                wrapped = false;
                continue;
            }

            var indent = (int)(these >> IndentShift & 0xFFFF);
            var nextIndent = (int)(lineFacts[line + 1] >> IndentShift & 0xFFFF);
            var capitalNext = (lineFacts[line + 1] >> CapitalShift) != 0;

            // Whether a line that ends in a mark other than a comma, a semicolon or a hyphen may wrap does not hang on
            // whether it is filled (MayWrapAfter): most such lines do not, and are told so before the walk over the
            // next line's first word.
            if (closer.Kind == TokenKind.Punct && new UncheckedText(text)[closer.Start] is not (',' or ';' or '-' or '\u2010')
                && !MayWrapAfter(text, all, next - 1, capitalNext, false))
            {
                wrapped = false;
                continue;
            }

            // The line is full: the next line's first word would not have fitted on it; or it goes on a wrapped
            // paragraph at half the width at least; or it opens a paragraph indented on its first line (by a tab stop
            // at most: a heading is set further in) that goes on in lower case (verse indents every other line, and
            // opens each with a capital), and comes within a quarter of the width (a paragraph may be filled a little
            // narrower than the widest line of its block). A line that ends in a hyphen joined to its word wraps a
            // word in two ("inter-" / "national") or a compound at its hyphen ("Hewlett-" / "Packard") when the next
            // word would not have fitted; a shorter one may be cut off ("and lima bean-" in a script, before the next
            // speaker). The next line stands as far in; or less far, after a line that no wrap led to (a line that
            // a wrap led to and the next goes back out from ends a hanging item: the next opens another, "2." or
            // "<nick>"); or it hangs under this line's text: one tab stop further in at most ("Linus:", a tab, "I
            // guess"), or under a word near its start ("  1. The", "-- Name"), after a line that ends in no
            // abbreviation (a paragraph that ends in "etc." may be followed by one indented on its first line). The
            // tests that read more than a token or two come last.
            var filled = width + 1 + FirstWordLength(all, next, opening[line + 2]) > widest - WrapSlack;
            wrapped = (filled || (wrapped && width * 2 >= widest)
                    || (nextIndent < indent && indent - nextIndent <= TabWidth && !capitalNext && width * 4 >= widest * 3))
                && MayWrapAfter(text, all, next - 1, capitalNext, filled)
                && !StartsItem(text, all, next, opening[line + 2])
                && (nextIndent == indent
                    || (nextIndent < indent ? !wrapped
                        : !all[next - 1].Has(TokenFlags.Abbreviation) && HangsUnder(text, tokens, opening[line], next, indent, nextIndent)))
                && (!capitalNext || IsPlainBreak(text, masks, tokens, firsts, line));
            if (wrapped)
            {
                // The halves of a word broken at a hyphen read as one hyphenated word, as on one line (a hyphen that
                // ends a wrapped line is one MayWrapAfter found joined to its word).
                var end = all[next - 1];
                var joined = end.Kind == TokenKind.Punct && text[end.Start] is '-' or '\u2010' ? LineBreakBit | SpaceBit : LineBreakBit;
                all[next] = new Token(all[next].Bits & ~joined);
            }
        }
    }

    /// <summary>
    /// Measures the lines from <paramref name="from"/> on as MarkWrapsInBlock does (their facts, the widest of them, the
    /// capitals that open them), up to the first line past any wrap width or whose indent <see cref="ShortIndent"/>
    /// does not read, or <paramref name="to"/>; returns that line with the widest and the capitals.
    /// </summary>
    /// <remarks>
    /// A loop with no call, so that its values stay in registers: with the calls of the rare lines in it, the JIT
    /// kept most of them on the stack across every line. The tokens, the lines' first tokens, their facts and the
    /// text are read and written unchecked, as in MarkWrapsInBlock (a line's first token's start is a character of the
    /// text; the character before it is read, or the text's first at its start, which is no blank).
    /// </remarks>
    private static (int Line, int Widest, int Capitals) MeasureLines(string text, Token[] tokens, int[] firsts, ulong[] facts, int from, int to)
    {
        var all = new Unchecked<Token>(tokens);
        var opening = new Unchecked<int>(firsts);
        var lineFacts = new Unchecked<ulong>(facts);
#if NET
        // The text is read through one reference, which the indent's read shares: the string and a reference into it
        // were two registers live across the loop, and the loop had one too few.
        ref var chars = ref Unsafe.AsRef(in text.GetPinnableReference());
#else
        var chars = new UncheckedText(text);
#endif
        var widest = 0;
        var capitals = 0;
        // The line is a native int, so that its three reads need no widening at every line (from and to are not negative).
        var line = (nint)(uint)from;
        var end = (nint)(uint)to;
        for (; line < end; line++)
        {
            var opener = all[opening[line]];
            var start = opener.Start;
#if NET
            var previous = Unsafe.Add(ref chars, (nint)(uint)(start - 1 + (int)((uint)(start - 1) >> 31)));
#else
            var previous = chars[start - 1 + (int)((uint)(start - 1) >> 31)];
#endif
            var indent = 0;
            if (previous == ' ' || previous == '\t')
            {
#if NET
                indent = ShortIndentAt(ref chars, start);
#else
                indent = ShortIndent(text, start);
#endif
                if (indent < 0)
                {
                    break;
                }
            }

            var closer = all[opening[line + 1] - 1];
            var width = indent + closer.End - start;
            if (width > MaxWrapWidth)
            {
                break;
            }

            var capital = CapitalOpening(opener);
            capitals += (int)capital;
            widest = width > widest ? width : widest;
            lineFacts[line] = (uint)width | ((ulong)(uint)indent << IndentShift) | (capital << CapitalShift);
        }

        return ((int)line, widest, capitals);
    }

    /// <summary>
    /// The number of the lines <paramref name="from"/> to <paramref name="to"/> (excluded) whose facts hold a width of
    /// which four times is not below <paramref name="nearly"/>, three times the block's widest.
    /// </summary>
    /// <remarks>
    /// Most blocks have four lines but the last or fewer: on .NET with AVX2 the lines are read four at a time (the
    /// facts array has room for three more entries than there are lines, whatever they hold: the lanes past
    /// <paramref name="to"/> are not counted), so that the loop's end, which fell at a block's length and was
    /// mispredicted once a block, is most often reached after one step.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int FullLines(ulong[] facts, int from, int to, int nearly)
    {
        var full = 0;
#if NET
        if (Avx2.IsSupported)
        {
            ref var entry = ref MemoryMarshal.GetArrayDataReference(facts);
            var below = Vector256.Create((long)nearly - 1);
            var lanes = Vector256.Create(0L, 1, 2, 3);
            for (var line = from; line < to; line += 4)
            {
                var widths = Vector256.LoadUnsafe(ref entry, (nuint)line).AsInt64() & Vector256.Create(0xFFFFL);
                var near = Avx2.CompareGreaterThan(Avx2.ShiftLeftLogical(widths, 2), below)
                    & Avx2.CompareGreaterThan(Vector256.Create((long)(to - line)), lanes);
                full += BitOperations.PopCount(near.ExtractMostSignificantBits());
            }

            return full;
        }
#endif
        var lineFacts = new Unchecked<ulong>(facts);
        for (var line = from; line < to; line++)
        {
            full += (int)(~(uint)(((int)(lineFacts[line] & 0xFFFF) * 4) - nearly) >> 31);
        }

        return full;
    }

    /// <summary>
    /// Whether the line end after <paramref name="line"/>, before a line that opens with a capital, is no heading's nor
    /// table row's: the line is no heading in title case, and neither it nor the next is set in columns. (Before a
    /// line that goes on in lower case, the line end is read as a space whatever the lines' shapes: a sentence goes on
    /// across it as it did before, and no name does.)
    /// </summary>
    private static bool IsPlainBreak(string text, ulong[] masks, Token[] tokens, int[] firsts, int line)
    {
        var these = ShapeOf(text, masks, tokens[firsts[line]].Start, tokens[firsts[line + 1] - 1].End);
        return (these & (ColumnsBit | TitledBit)) == 0
            && (ShapeOf(text, masks, tokens[firsts[line + 1]].Start, tokens[firsts[line + 2] - 1].End) & ColumnsBit) == 0;
    }

    /// <summary>
    /// Whether the line from <paramref name="start"/> to <paramref name="end"/> (its first token's start, its last
    /// token's end) is set in columns, as a table row or its heading is (three white-space characters in a row), and
    /// whether it is a heading in title case or capitals (of three ASCII words or more, two in three open with a
    /// capital: "Why Investors Fear Higher Rates at Goldman Sachs"), as <see cref="ColumnsBit"/> and
    /// <see cref="TitledBit"/>, read from the text's masks 61 characters at a time.
    /// </summary>
    private static ulong ShapeOf(string text, ulong[] masks, int start, int end)
    {
        var columns = 0UL;
        var words = 0;
        var capitals = 0;
        for (var i = start; i < end; i += 61)
        {
            // The window starts a character early, so that a word start is told from the character before it; the
            // line's characters in it are bits 1 to 61 (bit 0 at the text's start), the bits after them looked at
            // only for a run of spaces, which cannot cross the line's last character.
            var at = i > 0 ? i - 1 : 0;
            var n = end - i < 61 ? end - i : 61;
            var valid = ((1UL << n) - 1) << (i - at);
            var word = TokenMasks.Load(masks, at, TokenMasks.Word);
            var space = TokenMasks.Load(masks, at, TokenMasks.Space);
            var starts = word & ~(word << 1) & valid;
            words += Bits.PopCount(starts & ~TokenMasks.Load(masks, at, TokenMasks.Digit));
            capitals += Bits.PopCount(starts & TokenMasks.Load(masks, at, TokenMasks.Upper));
            columns |= space & (space >> 1) & (space >> 2) & valid;
        }

        return (columns != 0 ? ColumnsBit : 0) | (words >= 3 && capitals * 3 >= words * 2 ? TitledBit : 0);
    }

    /// <summary>
    /// Whether the line end before a line whose facts are <paramref name="nextFacts"/> and first token
    /// <paramref name="opener"/>, after a line whose facts are <paramref name="facts"/> and last token
    /// <paramref name="closer"/>, falls between two words with letters, the first of two letters or more, and the next
    /// line stands as far in and opens with no capital: the line may then wrap (<see cref="MayWrapAfter"/>), the next
    /// starts no item (<see cref="StartsItem"/>), and its indent and case need no more tests.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool WordsAtLineEnd(Token closer, Token opener, ulong facts, ulong nextFacts)
    {
        const ulong Kinds = 3UL << Token.KindShift;
        const ulong Letter = (ulong)TokenFlags.HasLetter << Token.FlagsShift;
        const ulong Length = ((1UL << Token.KindShift) - 1) & ~((1UL << Token.StartBits) - 1);
        const ulong Indent = 0xFFFFUL << IndentShift;

        // Each test gives 0 where it holds, so that they make one branch (each alone followed no pattern): a length
        // of one less two wraps past the length's bits.
        var others = ((closer.Bits | opener.Bits) & Kinds) | (~(closer.Bits & opener.Bits) & Letter)
            | (((opener.Bits & Length) - (2UL << Token.StartBits)) >> 63) | ((facts ^ nextFacts) & Indent) | (nextFacts >> CapitalShift);
        return others == 0;
    }

    /// <summary>
    /// Whether the line whose last token is <paramref name="last"/> may wrap: it ends in a word with a letter, a
    /// clitic, or a closing bracket or quote after one; or, when the next line does not open with a capital
    /// (<paramref name="capitalNext"/>), in a comma or semicolon, or a closing quote after one (a line that ends in a
    /// comma before a capital is most often a line of verse, or of an address); or, when it is <paramref name="filled"/>,
    /// in a hyphen joined to a word (<see cref="IsLineEndHyphen"/>) before a word.
    /// </summary>
    /// <remarks>
    /// The tokens and the text are read unchecked (Unchecked): the line is one of a block's but its last, so the token
    /// after it is one too, and a token's start is a character of the text.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool MayWrapAfter(string text, Unchecked<Token> tokens, int last, bool capitalNext, bool filled)
    {
        var chars = new UncheckedText(text);
        var token = tokens[last];
        switch (token.Kind)
        {
            case TokenKind.Word:
                return token.Has(TokenFlags.HasLetter);
            case TokenKind.Clitic:
                return true;
            case TokenKind.Punct:
                var c = chars[token.Start];
                if (c is ',' or ';')
                {
                    return !capitalNext;
                }

                if (c is ')' or '"' or '\'' or '\u201D' or '\u2019' && last > 0)
                {
                    var before = tokens[last - 1];
                    return before.Kind == TokenKind.Word ? before.Has(TokenFlags.HasLetter)
                        : before.Kind == TokenKind.Clitic || (!capitalNext && chars[before.Start] == ',');
                }

                return c is '-' or '\u2010' && filled && IsLineEndHyphen(text, tokens, last) && tokens[last + 1].IsWord;
            default:
                return false;
        }
    }

    /// <summary>
    /// Whether the token <paramref name="last"/>, a line's last, is a hyphen joined to the word before it ("inter-",
    /// "Hewlett-"): not a dash ("--", " - ") nor a mark alone.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsLineEndHyphen(string text, Unchecked<Token> tokens, int last)
    {
        var token = tokens[last];
        return token.Kind == TokenKind.Punct && new UncheckedText(text)[token.Start] is '-' or '\u2010' && !token.Has(TokenFlags.SpaceBefore)
            && last > 0 && tokens[last - 1].IsWord && tokens[last - 1].Has(TokenFlags.HasLetter);
    }

    /// <summary>
    /// Whether a line standing at <paramref name="column"/> hangs under the line of tokens <paramref name="first"/> to
    /// <paramref name="end"/> (excluded), which stands at <paramref name="indent"/>: one tab stop further in at most,
    /// or at the column of one of the line's first tokens ("Salesman:", two tabs, "\"This"; "  IV. The").
    /// </summary>
    private static bool HangsUnder(string text, Token[] tokens, int first, int end, int indent, int column)
    {
        if (column - indent <= TabWidth)
        {
            return true;
        }

        var at = indent;
        var i = tokens[first].Start;
        for (var k = first + 1; k < end && k <= first + 4; k++)
        {
            for (; i < tokens[k].Start; i++)
            {
                at = text[i] == '\t' ? (at / TabWidth + 1) * TabWidth : at + 1;
            }

            if (at >= column)
            {
                return at == column;
            }
        }

        return false;
    }

    /// <summary>The length of the longest run of tokens with no white space between them on the line of tokens <paramref name="first"/> to <paramref name="end"/> (excluded).</summary>
    private static int LongestRun(Token[] tokens, int first, int end)
    {
        var longest = 0;
        var start = tokens[first].Start;
        for (var k = first; k < end; k++)
        {
            if (k > first && tokens[k].Has(TokenFlags.SpaceBefore))
            {
                start = tokens[k].Start;
            }

            var run = tokens[k].End - start;
            longest = run > longest ? run : longest;
        }

        return longest;
    }

    /// <summary>
    /// 1 when a line's first token is a word with a capital initial, else 0, without a branch: whether a line opens
    /// with a capital follows no pattern. Of the bits from the kind on, the kind's two (a word's is 0) and the capital's
    /// (<see cref="TokenFlags.Capitalized"/>, the fourth flag) are kept: they are the capital's alone for such a word,
    /// and only 0 less one has its top bit set.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ulong CapitalOpening(Token token)
    {
        const uint Capital = (uint)TokenFlags.Capitalized << 2;
        var kept = ((uint)(token.Bits >> Token.KindShift) & (Capital | 3)) ^ Capital;
        return (kept - 1) >> 31;
    }

    /// <summary>
    /// Whether the line of tokens <paramref name="first"/> to <paramref name="end"/> (excluded) starts an item of its
    /// own: a dash, a bullet or another mark that opens list items, signatures and quoted lines, or a number or letter
    /// that counts items ("1.", "2)", "(a)").
    /// </summary>
    /// <remarks>The tokens and the text are read unchecked (Unchecked), below <paramref name="end"/> and at a token's start.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool StartsItem(string text, Unchecked<Token> tokens, int first, int end)
    {
        var chars = new UncheckedText(text);
        var token = tokens[first];
        if (token.Kind == TokenKind.Punct)
        {
            var c = chars[token.Start];
            if (c is '-' or '*' or '\u2022' or '>' or '|' or '+' or '#' or '=' or '~' or '\u2013' or '\u2014')
            {
                return true;
            }

            // "(a)", "(2)": a short word in brackets opening the line.
            return c == '(' && first + 2 < end && tokens[first + 1].Length <= 2 && tokens[first + 1].IsWord
                && chars[tokens[first + 2].Start] == ')' && !tokens[first + 2].Has(TokenFlags.SpaceBefore);
        }

        // "1.", "12)", "a)": a number of up to three digits (or one letter) and a mark, with more on the line.
        if (token.IsWord && first + 2 < end && !tokens[first + 1].Has(TokenFlags.SpaceBefore)
            && (token.Length == 1 || (token.Length <= 3 && !token.Has(TokenFlags.HasLetter))))
        {
            var c = chars[tokens[first + 1].Start];
            return c is '.' or ')' && tokens[first + 1].Kind == TokenKind.Punct;
        }

        return false;
    }

    /// <summary>
    /// The length of the first word of the line of tokens <paramref name="first"/> to <paramref name="end"/>
    /// (excluded), with the marks joined to it ("York.", "(unnamed)"). The tokens are read unchecked (Unchecked).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int FirstWordLength(Unchecked<Token> tokens, int first, int end)
    {
        var last = first;
        while (last + 1 < end && !tokens[last + 1].Has(TokenFlags.SpaceBefore))
        {
            last++;
        }

        return tokens[last].End - tokens[first].Start;
    }

    /// <summary>The column the line's first token at <paramref name="start"/> stands at, with tabs to the next multiple of eight.</summary>
    /// <remarks>
    /// On .NET with SSE2 an indent of fewer than eight characters is read from the eight characters before the token at
    /// once, without a branch: how far a line is indented and with tabs or spaces follows no pattern, and the walk
    /// back (<see cref="IndentByWalk"/>) mispredicted at its tests. Within fewer than eight columns each tab moves on
    /// to the tab stop after the tabs before it (8, 16, ...): the column is eight for each tab and one for each blank
    /// after the last.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int IndentOf(string text, int start)
    {
        var indent = ShortIndent(text, start);
        return indent >= 0 ? indent : IndentByWalk(text, start);
    }

    /// <summary>
    /// <see cref="IndentOf"/> for an indent of fewer than eight characters after eight characters of the text or more,
    /// read at once on .NET with SSE2; else -1.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int ShortIndent(string text, int start)
    {
#if NET
        return ShortIndentAt(ref Unsafe.AsRef(in text.GetPinnableReference()), start);
#else
        return -1;
#endif
    }

#if NET
    /// <summary><see cref="ShortIndent(string, int)"/> of the text whose first character is <paramref name="text"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int ShortIndentAt(ref char text, int start)
    {
        if (start >= 8 && Sse2.IsSupported)
        {
            // Read unchecked: the eight characters before the token's start are in the text. Bit j of the low byte of
            // the mask is whether character start - 8 + j is a blank, of the high byte whether it is a tab: the indent
            // is the run of blanks down from bit 7.
            var chars = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref text, start - 8)));
            var tabMarks = Vector128.Equals(chars, Vector128.Create((ushort)'\t'));
            var blankMarks = Vector128.Equals(chars, Vector128.Create((ushort)' ')) | tabMarks;
            var marks = (uint)Sse2.MoveMask(Sse2.PackSignedSaturate(blankMarks.AsInt16(), tabMarks.AsInt16()));
            var run = BitOperations.LeadingZeroCount(~marks << 24); // 32 when all eight are blanks
            if (run < 8)
            {
                // A tab below the run is further from its end than the run's first character, so min(run, the blanks
                // after the last tab) holds without taking the tabs out of the run; their count needs it.
                var tabs = marks >> 8;
                var afterLastTab = BitOperations.LeadingZeroCount(tabs << 24) - run; // 32 - run with no tab
                return (TabWidth * BitOperations.PopCount(tabs & (0xFFu << (8 - run)))) + run + (afterLastTab & (afterLastTab >> 31));
            }
        }

        return -1;
    }
#endif

    /// <summary><see cref="IndentOf"/> by a walk back over the indent's characters.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int IndentByWalk(string text, int start)
    {
        // Most indents are spaces alone, whose column is their number.
        var lineStart = start;
        var tabs = false;
        while (lineStart > 0)
        {
            var c = text[lineStart - 1];
            if (c == '\t')
            {
                tabs = true;
            }
            else if (c != ' ')
            {
                break;
            }

            lineStart--;
        }

        if (!tabs)
        {
            return start - lineStart;
        }

        // A tab moves on to the next tab stop: (column / TabWidth + 1) * TabWidth, which for a column not below 0
        // and a tab width that is a power of two is the column with its bits below the width set, plus one (no
        // signed division).
        var column = 0;
        for (var i = lineStart; i < start; i++)
        {
            column = (text[i] == '\t' ? column | (TabWidth - 1) : column) + 1;
        }

        return column;
    }
}
