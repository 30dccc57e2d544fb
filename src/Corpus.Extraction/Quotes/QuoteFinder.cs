using System.Collections.Generic;
#if NET
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#endif
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Quotes;

/// <summary>
/// A quotation's marks as found in the text, before it is classified or attributed: a value, as it is scratch that
/// lives only while its seed's quotations are read.
/// </summary>
/// <param name="Open">Offset of the opening mark.</param>
/// <param name="Close">Offset of the closing mark.</param>
/// <param name="Family">The kind of marks.</param>
/// <param name="Continuations">Offsets of the opening marks that restart a multi-paragraph quotation, or null.</param>
internal readonly record struct FoundQuote(int Open, int Close, QuoteFamily Family, int[]? Continuations)
{
    /// <summary>The offset just past the closing mark.</summary>
    public int End => Close + QuoteMarks.Width(Family);
}

/// <summary>
/// Pairs quotation marks in one linear pass. A double quotation runs to its closing mark across line wraps; at a
/// paragraph break it continues only when the next paragraph opens with a mark, as news style writes a quote
/// of several paragraphs. Marks nested inside a quotation (‘single’ inside “double”) are part of its text.
/// A double quotation that never closes is reported (CORPUS011); a single mark that never closes was an apostrophe.
/// </summary>
internal static class QuoteFinder
{
    /// <summary>How far a single-quoted quotation may run before its opening mark is taken for an apostrophe.</summary>
    private const int MaxSingleQuoteLength = 1500;

    /// <summary>
    /// Unclosed quotations reported per seed: a file of stray marks (a code listing, a table of inches) would
    /// otherwise bury its real diagnostics; the first ones show where to look.
    /// </summary>
    private const int MaxReportedUnclosed = 100;

    /// <summary>
    /// Puts the quotations of <paramref name="text"/> into <paramref name="found"/> (emptied first: the caller keeps
    /// one list per thread), in text order, and reports unclosed ones.
    /// </summary>
    public static void Find(string text, ParagraphLayout layout, LineMap map, List<Problem> problems, List<FoundQuote> found)
    {
        found.Clear();
        var unclosed = 0;
        var masks = TokenMasks.Kept(text);
        var openers = new OpenerScan(text, masks);
        var plainLineEnds = HasPlainLineEnds(text, masks);
        var i = 0;
        while (i < text.Length)
        {
            i = openers.Next(i);
            if (i < 0)
            {
                break;
            }

            if (!QuoteMarks.IsOpener(text, i, out var family))
            {
                i++;
                continue;
            }

            if (TryClose(text, i, family, layout, plainLineEnds ? masks : null, out var close, out var continuations, out var stop))
            {
                if (HasContent(text, masks, i, close, family))
                {
                    found.Add(new FoundQuote(i, close, family, continuations?.ToArray()));
                }

                i = close + QuoteMarks.Width(family);
            }
            else if (QuoteMarks.IsSingle(family))
            {
                i++;
            }
            else if (++unclosed <= MaxReportedUnclosed)
            {
                problems.Add(new Problem(
                    DiagnosticIds.UnclosedQuotation,
                    ProblemSeverity.Warning,
                    $"The quotation opened by {text[i]} is never closed; add the closing mark, or, if the quotation goes on in the next paragraph, start that paragraph with an opening mark.",
                    map.Span(i, 1)));
                i = stop > i ? stop : i + 1;
            }
            else
            {
                i = stop > i ? stop : i + 1;
            }
        }
    }

    /// <summary>
    /// Whether every line of <paramref name="text"/> ends in \n or \r (none in U+2028, U+2029 or U+0085), as the
    /// tokenizer's pass over it found; false when this thread no longer keeps that pass (no <paramref name="masks"/>).
    /// Then the marks and line ends inside a quotation are few enough to be searched with String.IndexOfAny, whose
    /// vector search reads a stretch of prose between two marks or line ends faster than a loop over its characters.
    /// </summary>
    private static bool HasPlainLineEnds(string text, ulong[]? masks)
    {
        if (masks is null)
        {
            return false;
        }

        TokenMasks.Of(text, out var facts);
        return !facts.OtherLineEnds;
    }

    /// <summary>
    /// The quoted words without marks: continuation marks dropped, white space (line breaks too) folded to one
    /// space. <paramref name="scratch"/> holds the characters on the way and must be as long as the quotation;
    /// <paramref name="masks"/> are the tokenizer's masks of the text as <see cref="TokenMasks.Kept"/> gives them,
    /// asked once by a caller that reads many quotations of one text.
    /// </summary>
    public static string TextOf(string text, FoundQuote quote, char[] scratch, ulong[]? masks)
    {
        var length = 0;
        var next = 0;
        var pendingSpace = 0;
        var width = QuoteMarks.Width(quote.Family);
        var marks = quote.Continuations;
        var close = quote.Close;
        var i = quote.Open + width;
        while (true)
        {
            // The text is read a stretch at a time, from one continuation mark to the next, so the loop over the
            // characters asks nothing about marks. (Marks lie in ascending order inside the quotation; one that
            // does not was never met by a walk one character at a time, and neither were those after it.)
            var mark = marks is not null && next < marks.Length ? marks[next] : close;
            var stretchEnd = mark >= i && mark < close ? mark : close;
            while (true)
            {
                i = masks is null
                    ? CopyFolding(text, i, stretchEnd, scratch, ref length, ref pendingSpace)
                    : CopyFolding(text, masks, i, stretchEnd, scratch, ref length, ref pendingSpace);
                if (i >= stretchEnd)
                {
                    break;
                }

                // A '>' is dropped like white space where it marks a line of a Markdown block quotation.
                Put(text[i], IsLineStartMarker(text, i) ? 1 : 0, scratch, ref length, ref pendingSpace);
                i++;
            }

            if (stretchEnd == close)
            {
                break;
            }

            next++;
            i = stretchEnd + width;
        }

        return new string(scratch, 0, length);
    }

    /// <summary>
    /// Copies <c>text[i..end)</c> into <paramref name="scratch"/> after <paramref name="length"/> characters, with
    /// white space folded (<paramref name="pendingSpace"/> is 1 when folded white space awaits the next kept
    /// character); returns <paramref name="end"/>, or the index of a '>' left to the caller. It makes no call, so
    /// its state stays in registers.
    /// </summary>
    private static int CopyFolding(string text, int i, int end, char[] scratch, ref int length, ref int pendingSpace)
    {
        var folds = Folds;
        var count = length;
        var pending = pendingSpace;
        var started = count > 0 ? 1 : 0;
        for (; i < end; i++)
        {
            // Every character is written, and the count moves on past it only when it is kept: a space comes every
            // few characters, too often for a branch on it to be predicted. White space before the first kept
            // character is dropped.
            var c = text[i];
            var fold = c < folds.Length ? folds[c] : 0;
            if (fold > 1)
            {
                break;
            }

            var keep = 1 - fold;
            scratch[count] = ' ';
            count += pending & keep;
            scratch[count] = c;
            count += keep;
            started |= keep;
            pending = fold & started;
        }

        length = count;
        pendingSpace = pending;
        return i;
    }

    /// <summary>
    /// <see cref="CopyFolding(string, int, int, char[], ref int, ref int)"/> with the tokenizer's masks of the text (see
    /// <see cref="TokenMasks"/>): the characters are copied a stretch at a time, up to the first run of white space
    /// longer than one character (a line break and its indent, a double space), or white space last in a window of
    /// 64. The single white space characters inside a stretch are written as spaces where they landed. Only the
    /// characters that are no ASCII letter, digit or white space are read one by one, once a window, for a '&gt;' or
    /// white space outside ASCII: a hard-wrapped quotation is a few stretches a line instead of a loop over every character.
    /// </summary>
    private static int CopyFolding(string text, ulong[] masks, int i, int end, char[] scratch, ref int length, ref int pendingSpace)
    {
        var folds = Folds;
        var count = length;
        var pending = pendingSpace;
        while (i < end)
        {
            var n = System.Math.Min(64, end - i);
            var valid = n == 64 ? ulong.MaxValue : (1UL << n) - 1;
            var space = TokenMasks.LoadUnchecked(masks, i, TokenMasks.Space);
            for (var other = valid & ~(space | TokenMasks.LoadUnchecked(masks, i, TokenMasks.Word)); other != 0; other &= other - 1)
            {
                var at = Bits.TrailingZeroCount(other);
                var c = text[i + at];
                if (c == '>')
                {
                    // The window ends before it: the caller decides what it is.
                    n = at;
                    valid = (1UL << at) - 1;
                    break;
                }

                if (c >= 128 && c < folds.Length && folds[c] == 1)
                {
                    space |= 1UL << at;
                }
            }

            // The window's stretches and runs of white space in turn, from the masks read once for it: a double space
            // or an indent inside it does not start a window again (which read its marks again).
            space &= valid;
            var lone = space & (~space & valid) >> 1;
            var stop = space & ~lone;
            var pos = 0;
            if ((stop | (space & 1)) == 0 && n > 0)
            {
                // One stretch from the window's first character to its end (a line of prose inside a long line or
                // paragraph): copied at once, without the walk over stretches.
                if (pending != 0)
                {
                    scratch[count++] = ' ';
                    pending = 0;
                }

                pos = n;
                CopyStretch(text, i, scratch, count, n, lone);
                count += n;
            }

            while (pos < n)
            {
                var rest = space >> pos;
                if ((rest & 1) != 0)
                {
                    // A run of white space: dropped before the first kept character, else one space pending.
                    var run = ~rest;
                    pos += run == 0 ? 64 : Bits.TrailingZeroCount(run);
                    pending = count > 0 ? 1 : 0;
                    continue;
                }

                if (pending != 0)
                {
                    scratch[count++] = ' ';
                    pending = 0;
                }

                // Up to the first white space not followed by a kept character in the window.
                var stops = stop >> pos;
                var stretch = stops == 0 ? n - pos : Bits.TrailingZeroCount(stops);
                CopyStretch(text, i + pos, scratch, count, stretch, lone >> pos);
                count += stretch;
                pos += stretch;
            }

            i += n;
            if (n < 64 && i < end)
            {
                // Cut before a '>'.
                break;
            }
        }

        length = count;
        pendingSpace = pending;
        return i;
    }

    // A stretch of the window copied to the scratch at "to", each of its white space characters marked in blanks (bit j
    // for character j) made a space.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void CopyStretch(string text, int from, char[] scratch, int to, int length, ulong blanks)
    {
#if NET
        // Sixteen characters a step, each white space among them made a space in the same step, where both the text
        // and the scratch have room for the last step's whole sixteen (the caller leaves the scratch room past the
        // quotation's length); the characters written past the stretch are written over after.
        var whole = (length + 15) & ~15;
        if (Vector256.IsHardwareAccelerated && from + whole <= text.Length && to + whole <= scratch.Length)
        {
            CopyBlanking(text, from, scratch, to, length, blanks);
            return;
        }
#endif
        text.CopyTo(from, scratch, to, length);
        for (var blank = blanks & (length == 64 ? ulong.MaxValue : (1UL << length) - 1); blank != 0; blank &= blank - 1)
        {
            scratch[to + Bits.TrailingZeroCount(blank)] = ' ';
        }
    }

#if NET
    /// <summary>
    /// Copies the <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="from"/> into
    /// <paramref name="scratch"/> from <paramref name="to"/>, with those whose bits are set in <paramref name="blanks"/>
    /// (from the first on) made spaces, sixteen at a time: the last step writes and reads up to fifteen characters past
    /// the stretch, for which the caller has checked there is room in both.
    /// </summary>
    /// <remarks>
    /// A stretch is a few words, and a copy by String.CopyTo then a space written for each white space in it took a
    /// call, a copy whose length branches, and a branch for each space, which comes every few characters.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void CopyBlanking(string text, int from, char[] scratch, int to, int length, ulong blanks)
    {
        ref var source = ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetReference(System.MemoryExtensions.AsSpan(text)), from));
        ref var target = ref Unsafe.As<char, ushort>(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(scratch), to));
        var spaces = Vector256.Create((ushort)' ');
        var select = Vector256.Create((ushort)1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768);
        for (var j = 0; j < length; j += 16)
        {
            var blank = Vector256.Equals(Vector256.Create((ushort)(blanks >> j)) & select, select);
            Vector256.ConditionalSelect(blank, spaces, Vector256.LoadUnsafe(ref source, (nuint)j)).StoreUnsafe(ref target, (nuint)j);
        }
    }
#endif

    /// <summary>Adds one character to the folded text, as <see cref="CopyFolding(string, int, int, char[], ref int, ref int)"/> does; <paramref name="fold"/> is 1 to drop it as white space.</summary>
    private static void Put(char c, int fold, char[] scratch, ref int length, ref int pendingSpace)
    {
        if (fold != 0)
        {
            pendingSpace = length > 0 ? 1 : 0;
            return;
        }

        if (pendingSpace != 0)
        {
            scratch[length++] = ' ';
            pendingSpace = 0;
        }

        scratch[length++] = c;
    }

    // By character up to the last one that is white space (U+3000), for TextOf: 1 for white space, 2 for '>'
    // (dropped at the start of a line, as a Markdown block quotation marks its lines), 0 for any other.
    private static readonly byte[] Folds = BuildFolds();

    private static byte[] BuildFolds()
    {
        var folds = new byte[0x3001];
        for (var c = 0; c < folds.Length; c++)
        {
            folds[c] = char.IsWhiteSpace((char)c) ? (byte)1 : c == '>' ? (byte)2 : (byte)0;
        }

        return folds;
    }

    /// <summary>
    /// Finds the closing mark of the quotation opened at <paramref name="open"/>; <paramref name="plainMasks"/> are the
    /// tokenizer's masks of a text whose every line ends in \n or \r (see <see cref="HasPlainLineEnds"/>), else null.
    /// </summary>
    private static bool TryClose(string text, int open, QuoteFamily family, ParagraphLayout layout, ulong[]? plainMasks, out int close, out List<int>? continuations, out int stop)
    {
        close = -1;
        continuations = null;
        var single = QuoteMarks.IsSingle(family);
        var closing = family == QuoteFamily.CurlySingle ? '\u2019' : '\'';
        var weak = -1;
        var limit = single ? System.Math.Min(text.Length, open + MaxSingleQuoteLength) : text.Length;
        var depth = 0;
        var j = open + QuoteMarks.Width(family);
        var stops = plainMasks is not null ? QuoteMarks.SignificantWithPlainLineEnds(family) : null;
        var doubleMasks = family is QuoteFamily.StraightDouble or QuoteFamily.CurlyDouble ? plainMasks : null;
        while (j < limit)
        {
            j = doubleMasks is not null ? NextDoubleStop(text, doubleMasks, j, family == QuoteFamily.CurlyDouble)
                : stops is null ? QuoteMarks.IndexOfSignificant(text, j, limit, family) : text.IndexOfAny(stops, j, limit - j);
            if (j < 0)
            {
                j = limit;
                break;
            }

            var c = text[j];
            if (QuoteMarks.IsLineBreak(c))
            {
                var next = NextLineText(text, j, out var blankLine);
                var paragraphBreak = blankLine || !layout.BlankLineSeparated;
                if (next >= text.Length || (weak >= 0 && paragraphBreak))
                {
                    break;
                }

                // “We will not stop. (paragraph break) “We will keep going,” she said. — one quotation.
                if (QuoteMarks.IsOpener(text, next, out var nextFamily) && nextFamily == family)
                {
                    (continuations ??= new List<int>()).Add(next);
                    j = next + QuoteMarks.Width(family);
                    continue;
                }

                // A wrapped line: the quotation goes on when the text is hard-wrapped, or when the next line's
                // first mark closes it (a seed with one paragraph per line that still wraps a long quotation).
                var wrap = !blankLine && (layout.BlankLineSeparated || LineClosesFirst(text, next, family, text[open]));
                if (!wrap)
                {
                    j = next;
                    break;
                }

                j = next;
                continue;
            }

            if (family == QuoteFamily.Guillemet && c == '\u00AB')
            {
                depth++;
            }
            else if (QuoteMarks.IsCloser(text, j, family, text[open]))
            {
                if (depth == 0)
                {
                    close = j;
                    stop = j + 1;
                    return true;
                }

                depth--;
            }
            else if (QuoteMarks.IsConflictingOpener(text, j, family))
            {
                break;
            }
            else if (single && c == closing && weak < 0 && !char.IsWhiteSpace(text[j - 1]) && QuoteMarks.IsPluralPossessive(text, j))
            {
                weak = j;
            }
            else if (single && c is '\u201C' or '"')
            {
                // ‘He called it “a farce”,’ she said: a double quotation nested in a single one is skipped whole.
                j = SkipNestedDouble(text, j, limit);
            }

            j++;
        }

        if (weak >= 0)
        {
            // Residents were ‘furious’ about it: no other closing mark, so the mark after the s closes the quote.
            close = weak;
            stop = weak + 1;
            if (continuations is not null)
            {
                // The continuation marks after it are dropped by a loop rather than a lambda: a lambda that read
                // `weak` would make it a field of an object allocated at every call, and each read of it a load.
                for (var k = continuations.Count - 1; k >= 0; k--)
                {
                    if (continuations[k] > weak)
                    {
                        continuations.RemoveAt(k);
                    }
                }
            }

            return true;
        }

        stop = j;
        return false;
    }

    /// <summary>
    /// The first character at or after <paramref name="from"/> that String.IndexOfAny finds of a double quotation's
    /// stops with plain line ends (<see cref="QuoteMarks.SignificantWithPlainLineEnds"/>: \n, \r, and " or “ ”), or -1,
    /// read from the tokenizer's masks of the text 64 characters at a time: the line ends and the straight marks (or
    /// the characters outside ASCII, for curly ones) are a few a line, where a search of the characters stopped at
    /// every line of a hard-wrapped quotation and went through the framework's set-up each time.
    /// </summary>
    private static int NextDoubleStop(string text, ulong[] masks, int from, bool curly)
    {
        // Read unchecked (Unchecked, UncheckedText): the masks are the text's, with a block for each of its 64
        // characters, and a character is read only once it is known to be inside the text. The walk counts by the
        // block's first column, a native index, so each column is one address with its offset.
        var columns = new Unchecked<ulong>(masks);
        var chars = new UncheckedText(text);
        var end = (nint)((text.Length + 63) >> 6) * TokenMasks.Stride;
        nint marks = curly ? TokenMasks.Outside : TokenMasks.Quote;
        var valid = ulong.MaxValue << (from & 63);
        for (var at = (nint)(from >> 6) * TokenMasks.Stride; at < end; at += TokenMasks.Stride, valid = ulong.MaxValue)
        {
            var ends = columns[at + TokenMasks.LineEnd];
            for (var hits = (ends | columns[at + marks]) & valid; hits != 0; hits &= hits - 1)
            {
                var bit = Bits.TrailingZeroCount(hits);
                var i = ((int)at * (64 / TokenMasks.Stride)) + bit;
                if (i >= text.Length)
                {
                    return -1;
                }

                if ((ends >> bit & 1) != 0)
                {
                    // A "\r\n" is one line end to the masks, at its "\n": the search stops at its "\r".
                    return i > from && chars[i - 1] == '\r' ? i - 1 : i;
                }

                var c = chars[i];
                if (curly ? c is '\u201C' or '\u201D' : c == '"')
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>The first non-blank character of the next line with text; <paramref name="blankLine"/> says whether a blank line came between.</summary>
    private static int NextLineText(string text, int lineBreak, out bool blankLine)
    {
        blankLine = false;
        var j = lineBreak;
        var breaks = 0;
        while (j < text.Length)
        {
            var c = text[j];
            if (QuoteMarks.IsLineBreak(c))
            {
                breaks++;
                if (c == '\r' && j + 1 < text.Length && text[j + 1] == '\n')
                {
                    j++;
                }
            }
            else if (!char.IsWhiteSpace(c) && !(c == '>' && IsLineStartMarker(text, j)))
            {
                break;
            }

            j++;
        }

        blankLine = breaks > 1;
        return j;
    }

    /// <summary>A Markdown block-quote marker: '>' with only white space or other markers before it on its line.</summary>
    private static bool IsLineStartMarker(string text, int at)
    {
        for (var k = at - 1; k >= 0 && !QuoteMarks.IsLineBreak(text[k]); k--)
        {
            if (!char.IsWhiteSpace(text[k]) && text[k] != '>')
            {
                return false;
            }
        }

        return true;
    }

    private static bool LineClosesFirst(string text, int start, QuoteFamily family, char opener)
    {
        for (var j = start; j < text.Length && !QuoteMarks.IsLineBreak(text[j]); j++)
        {
            if (QuoteMarks.IsCloser(text, j, family, opener))
            {
                return true;
            }

            if (QuoteMarks.IsOpener(text, j, out _))
            {
                return false;
            }
        }

        return false;
    }

    private static int SkipNestedDouble(string text, int open, int limit)
    {
        var closer = text[open] == '"' ? '"' : '\u201D';
        for (var j = open + 1; j < limit && !QuoteMarks.IsLineBreak(text[j]); j++)
        {
            if (text[j] == closer)
            {
                return j;
            }
        }

        return open;
    }

    private static bool HasContent(string text, ulong[]? masks, int open, int close, QuoteFamily family)
    {
        // Nearly every quotation starts with two letters or digits, which the masks tell at once (ASCII ones).
        var start = open + QuoteMarks.Width(family);
        if (masks is not null && close - start >= 2 && (TokenMasks.LoadUnchecked(masks, start, TokenMasks.Word) & 3) == 3)
        {
            return true;
        }

        // A single-quoted span needs two letters: "rock ’n’ roll" quotes nothing.
        var letters = 0;
        for (var i = start; i < close; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && ++letters >= 2)
            {
                return true;
            }
        }

        return letters > 0 && !QuoteMarks.IsSingle(family);
    }
}
