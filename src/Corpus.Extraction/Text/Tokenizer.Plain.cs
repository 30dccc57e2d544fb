using System.Runtime.CompilerServices;
using Corpus.Extraction.Names;

namespace Corpus.Extraction.Text;

/// <summary>
/// The tokenizer's plain loop: most of any text (white space, ASCII words, one-character ASCII punctuation, stops
/// after words) read 64 characters at a time from the text's <see cref="TokenMasks"/>.
/// </summary>
internal static partial class Tokenizer
{
    /// <summary>
    /// Reads from <paramref name="i"/> the white space, the plain ASCII words (not joined to what follows: no "U.S.",
    /// "O'Brien", "1,500", no stop that may belong to the word), their stops and the one-character ASCII punctuation,
    /// writing their tokens into <paramref name="items"/> from <paramref name="count"/>; returns the index of the first
    /// token it leaves to the general methods (or the end of the text, or where the array may fill up), with
    /// <paramref name="pending"/> the flags of the space before it. The tokens it writes with a line break before them
    /// are noted in <paramref name="firsts"/> (when not null) from <paramref name="lines"/> on.
    /// </summary>
    /// <remarks>
    /// A window of 64 characters is read in three steps, so that no loop keeps more values than the JIT can hold in
    /// registers (one loop that did everything kept most of them in memory): the window's facts as masks (where
    /// tokens start and end, the space before each; FirstUnplain finds the first token the general methods must
    /// read, which is most often none), then the tokens before that one in a loop of their own (PlainRun), then the
    /// few of them whose flags the loop could not tell (Mend).
    /// </remarks>
    private static int ReadPlain(string text, ulong[] masks, int i, Token[] items, ref int count, ref TokenFlags pending, int[]? firsts, ref int lines)
    {
        var n = text.Length;
        var written = count;
        var before = pending;
        // The array's room and the masks' reference are taken once: read in the loop, the array's length and the
        // masks' null check were made again at every window.
        var room = items.Length - WindowTokens;
        var blocks = new Unchecked<ulong>(masks);
        while (i < n && written <= room)
        {
            var window = TokenMasks.WindowAt(blocks, i);
            var word = window[TokenMasks.Word];
            var space = window[TokenMasks.Space];
            var special = window[TokenMasks.Special];

            // An apostrophe between two words ("don't", "it's"; about one window in seven has one) is read here when
            // the general method would read the same: it then joins the words into one, or is the start of a clitic
            // split off the first, as a token of its own.
            var clitics = 0UL;
            if ((special & (word << 1) & (word >> 1)) != 0)
            {
                var inner = Contractions(text, i, word, space, special, window[TokenMasks.Digit]);
                word |= inner.Joined;
                clitics = inner.Clitics;
                special &= ~(inner.Joined | clitics);
            }

            // A token starts at a word character after any other, and at every character that is neither a word
            // character nor white space; it ends with its last word character, or is that one character. The k-th
            // start and the k-th last character are the same token's, so the two masks are read in step. A clitic
            // starts at its apostrophe and takes the letters after it.
            var others = ~(word | space);
            var starts = ((word & ~(word << 1)) | others) & ~(clitics << 1);
            var lasts = ((word & ~(word >> 1)) | others) & ~clitics;
            var wordLasts = word & lasts;
            others &= ~clitics;

            // The white space before each token (all that is between two tokens is white space): whether there is
            // any, a line end, or two. The white space before the window's first token may have begun in the last
            // window (before).
            var breaks = 0UL;
            var blanks = 0UL;
            var lineEnds = window[TokenMasks.LineEnd];
            if (lineEnds != 0)
            {
                var reach = UpThrough(lineEnds, space) << 1;
                breaks = starts & reach;
                blanks = starts & (UpThrough(lineEnds & reach, space) << 1);
                if ((before & TokenFlags.LineBreakBefore) != 0)
                {
                    blanks |= breaks & starts & (0UL - starts);
                }
            }

            // Where the plain tokens end: at the first token the general methods read, or at a word that reaches the
            // last two characters of the window, which is read again from a window that starts with it (the
            // character after its end must be in the window; one of 62 characters or more is left to the general
            // method). The tokens before it are written by PlainRun and mended after.
            // (Most windows have no special character and no mark after a word: FirstUnplain is not called.)
            var limit = (special | (wordLasts & ((others & (word >> 1)) >> 1))) != 0 ? FirstUnplain(text, i, word, starts, special, others) : 0;
            var general = limit != 0;
            var tail = wordLasts & (3UL << 62) & (limit - 1);
            if (tail != 0)
            {
                limit = HighestOf(starts & (tail | (tail - 1)));
                general = limit == 1;
            }

            // (limit - 1 is every bit when there is no limit.)
            var plainStarts = starts & (limit - 1);
            var gaps = starts & (space << 1);
            if (plainStarts != 0)
            {
                // The first token takes the flags of the white space before the window (most often a space).
                var first = written;
                written = PlainRun(text, items, i, plainStarts, lasts & (limit - 1), written, (ulong)before << Token.FlagsShift, gaps);

                // Words with a digit, or a capital after their first character (few), take their flags from WordFlags.
                var unusual = word & (window[TokenMasks.Digit] | (window[TokenMasks.Upper] & (word << 1)));
                if ((blanks & plainStarts) != 0 || (unusual & (limit - 1)) != 0)
                {
                    Mend(masks, i, items, first, plainStarts, UpThrough(unusual, word) & wordLasts & (limit - 1), gaps, breaks, blanks);
                }

                // The tokens with a line break before them, which PlainRun leaves to this loop (about one window in two
                // has one), noted as the lines' first tokens for the wrap pass.
                // (The first token opens a line too when the white space before the window held a line end.)
                var opening = breaks & plainStarts;
                if ((before & TokenFlags.LineBreakBefore) != 0)
                {
                    opening |= plainStarts & (0UL - plainStarts);
                }

                if (opening != 0)
                {
                    lines = MarkLines(items, firsts, lines, first, plainStarts, opening);
                }

                before = TokenFlags.None;
            }

            if (limit != 0)
            {
                // The general methods read on from the token at limit, or the next window starts with it. (Limit is one
                // bit: the flags of the white space before its token are the bits of the three masks at its place.)
                var at = Bits.LowestOf(limit);
                before |= (TokenFlags)(((gaps >> at) & 1) | (((breaks >> at) & 1) << 1) | (((blanks >> at) & 1) << 2));
                i += at;
                if (general)
                {
                    goto Done;
                }

                continue;
            }

            // The rest of the window, after its last token, is white space (or past the text's end).
            // (There is some when the window's last character is white space.)
            var rest = TopRun(space);
            before |= (TokenFlags)(space >> 63);
            if ((lineEnds & rest) != 0)
            {
                before |= LineFlags(before, lineEnds & rest);
            }

            i += 64;
        }

    Done:
        count = written;
        pending = before;
        return i;
    }

    /// <summary>
    /// The apostrophes between two words in the window from <paramref name="i"/> that the plain loop reads as the
    /// general method would (<see cref="ReadJoinedWord"/>): an ASCII apostrophe after a word and before letters that
    /// end before the window's last two characters, at white space or at ASCII punctuation that joins nothing (no
    /// special character, and no comma or ampersand before a word). Such a word has no other inner mark, so the
    /// general method splits a clitic off it ("it" + "'s") or keeps it whole ("don't").
    /// </summary>
    /// <returns>
    /// As masks of the window: the apostrophes inside a word, read as its characters ("don't", "O'Brien"), and those that
    /// start a clitic split off the word before ("'s", "'ll").
    /// </returns>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (ulong Joined, ulong Clitics) Contractions(string text, int i, ulong word, ulong space, ulong special, ulong digits)
    {
        var joined = 0UL;
        var clitics = 0UL;
        var others = ~(word | space);
        for (var rest = special & (word << 1) & (word >> 1) & ~(digits >> 1); rest != 0; rest &= rest - 1)
        {
            var bit = rest & (0UL - rest);
            var at = i + Bits.LowestOf(bit);
            if (text[at] != '\'')
            {
                continue;
            }

            // The character after the letters (not past bit 62, so the clitic is no word the next window starts with).
            var past = ~word & ~((bit << 1) - 1);
            var after = past & (0UL - past);
            if (after == 0 || (after >> 62) > 1 || (digits & (after - (bit << 1))) != 0 || (special & after) != 0)
            {
                continue;
            }

            var end = i + Bits.LowestOf(after);
            if ((others & after) != 0 && (CharClass.Ascii[text[end] & 127] & CharClass.Joiner) != 0 && ((word | special) & (after << 1)) != 0)
            {
                continue;
            }

            if (IsClitic(text, at + 1, end))
            {
                clitics |= bit;
            }
            else
            {
                joined |= bit;
            }
        }

        return (joined, clitics);
    }

    /// <summary>
    /// The start (as a bit) of the first token of the window from <paramref name="i"/> that the general methods read,
    /// or 0: a special character (a dot, an apostrophe, a character outside ASCII), unless it is a stop after a word
    /// and before white space or ASCII punctuation that cannot be the word's own ("Mr."); a word before one (it may
    /// join the word to more: "U.S.", "O'Brien", "café"; or be the word's own stop); a word before a comma or an
    /// ampersand before a word or special character ("1,500", "AT&amp;T").
    /// </summary>
    private static ulong FirstUnplain(string text, int i, ulong word, ulong starts, ulong special, ulong others)
    {
        // The text is read unchecked (UncheckedText): every bit of the masks that is no white space is a character of
        // the text (past its end they hold white space), as is the word before a stop.
        // The tests the masks tell are made for all the special characters at once, so that the loop reads only those
        // after a word and before white space or ASCII punctuation, up to the first the masks stop at: one not after
        // a word is itself the limit; one before a word or special character, or in the window's last place (the
        // character after it is not in the window), makes the word before it the limit.
        var chars = new UncheckedText(text);
        var alone = special & ~(word << 1);
        var stops = alone | (special & (((word | special) >> 1) | (1UL << 63)));
        var stop = stops & (0UL - stops);
        var limit = 0UL;
        for (var rest = special & ~stops & (stop - 1); rest != 0; rest &= rest - 1)
        {
            var bit = rest & (0UL - rest);
            var wordStart = HighestOf(starts & (bit - 1));
            var at = Bits.IndexOf(wordStart);
            var dot = i + Bits.LowestOf(bit);
            if (chars[dot] != '.' || MayBeAbbreviation(text, chars, i + at, dot - i - at))
            {
                limit = wordStart;
                break;
            }
        }

        if (limit == 0 && stop != 0)
        {
            limit = (alone & stop) != 0 ? stop : HighestOf(starts & (stop - 1));
        }

        // A comma or an ampersand after a word and before a word or special character.
        var marks = word & ~(word >> 1) & ((others & ~special & ((word | special) >> 1)) >> 1) & (limit - 1);
        for (; marks != 0; marks &= marks - 1)
        {
            var last = Bits.LowestOf(marks);
            if ((CharClass.Ascii[text[i + last + 1] & 127] & CharClass.Joiner) != 0)
            {
                limit = HighestOf(starts & ((2UL << last) - 1));
                break;
            }
        }

        return limit;
    }

    /// <summary>
    /// Mends the tokens PlainRun wrote from <paramref name="first"/> for the window from <paramref name="i"/> (whose
    /// starts were <paramref name="starts"/>): the words with a digit or a capital after their first character (their
    /// last characters are <paramref name="unusual"/>) take their flags from WordFlags, a blank line before a token is
    /// added.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Mend(ulong[] masks, int i, Token[] items, int first, ulong starts, ulong unusual, ulong gaps, ulong breaks, ulong blanks)
    {
        for (var mend = starts & blanks; mend != 0; mend &= mend - 1)
        {
            var bit = mend & (0UL - mend);
            var k = first + Bits.PopCount(starts & (bit - 1));
            var flags = ((gaps & bit) != 0 ? TokenFlags.SpaceBefore : 0) | ((breaks & bit) != 0 ? TokenFlags.LineBreakBefore : 0)
                | ((blanks & bit) != 0 ? TokenFlags.BlankLineBefore : 0);
            items[k] = new Token(items[k].Bits | ((ulong)flags << Token.FlagsShift));
        }

        if (unusual == 0)
        {
            return;
        }

        var window = TokenMasks.WindowAt(masks, i);
        var word = window[TokenMasks.Word];
        var upper = window[TokenMasks.Upper];
        var digits = window[TokenMasks.Digit];
        for (; unusual != 0; unusual &= unusual - 1)
        {
            var lastBit = unusual & (0UL - unusual);
            var bit = HighestOf(starts & ((lastBit << 1) - 1));
            var k = first + Bits.PopCount(starts & (bit - 1));
            items[k] = new Token(items[k].Bits | ((ulong)WordFlags(bit, (lastBit << 1) - bit, word, upper, digits) << Token.FlagsShift));
        }
    }

    /// <summary>
    /// Marks the tokens written from <paramref name="first"/> for the window whose starts were <paramref name="starts"/>
    /// that have a line break before them (at <paramref name="opening"/>, which holds the first when the white space
    /// before the window held one, which has its flags already), and notes them in <paramref name="firsts"/> (when not
    /// null) after its first <paramref name="lines"/>. Returns the lines noted.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int MarkLines(Token[] items, int[]? firsts, int lines, int first, ulong starts, ulong opening)
    {
        // The tokens are read and written unchecked (Unchecked): each is one PlainRun has just written. The lines'
        // first tokens are written unchecked too, below the array's last entry (as below). A token
        // is marked before it is stored, so that the store takes its address in itself (as in PlainRun).
        var tokens = new Unchecked<Token>(items);
        if (firsts is null)
        {
            for (; opening != 0; opening &= opening - 1)
            {
                var k = first + Bits.PopCount(starts & ((opening & (0UL - opening)) - 1));
                var marked = new Token(tokens[k].Bits | LineBreakBit);
                tokens[k] = marked;
            }

            return lines;
        }

        // As NoteLine: the text's first token is the first line's already, so it is marked and not noted. Every other
        // token noted has a line end of its own before it, of the masks' (a text with others has no firsts): the lines
        // noted are at most the line ends and one, and the array has room for two more (Tokenize), so NoteLine's test
        // for room always holds here.
        if (first == 0 && (opening & starts & (0UL - starts)) != 0)
        {
            tokens[0] = new Token(tokens[0].Bits | LineBreakBit);
            opening &= opening - 1;
        }

        // The token's place is widened once, for its read and its write (an int index was widened for each).
        var noted = new Unchecked<int>(firsts);
        for (; opening != 0; opening &= opening - 1)
        {
            var k = first + Bits.PopCount(starts & ((opening & (0UL - opening)) - 1));
            var at = (nint)(uint)k;
            var marked = new Token(tokens[at].Bits | LineBreakBit);
            tokens[at] = marked;
            noted[lines++] = k;
        }

        return lines;
    }

    /// <summary>
    /// Notes token <paramref name="k"/>, which has a line break before it, as the first of a line after the first
    /// <paramref name="lines"/> in <paramref name="firsts"/>; returns the lines noted. The text's first token is always
    /// the first line's; the array has room for every line and the count after the last.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int NoteLine(int[] firsts, int lines, int k)
    {
        if (k > 0 && lines < firsts.Length - 1)
        {
            firsts[lines++] = k;
        }

        return lines;
    }

    /// <summary>
    /// Writes from <paramref name="written"/> the tokens of the window from <paramref name="i"/> whose starts and last
    /// characters are <paramref name="starts"/> and <paramref name="lasts"/>: words (of letters but for a few that
    /// Mend mends after) and one-character ASCII punctuation or stops, most tokens. Their kind and their case, letter
    /// and stop flags come from their first character; white space is before those of <paramref name="gaps"/> (a line
    /// end in it is marked after, by MarkLines or Mend: one token in ten or so has one); the first token also takes
    /// <paramref name="before"/>, the flags of the white space before the window, in place.
    /// Returns the number of tokens written in all. A loop of its own, with few values, which the JIT keeps in registers.
    /// </summary>
    /// <remarks>
    /// The arrays and the text are read and written unchecked (<see cref="Unchecked{T}"/>): the caller leaves room for
    /// a window's tokens after <paramref name="written"/>, every start is a character of the text (past its end the
    /// masks hold white space), and the table has an entry for each value of the low byte read of a character.
    /// </remarks>
    // The window's start is among the first six arguments, which come in registers: the loop reads it for every token,
    // and as the seventh it was read from the stack and written back there for each one.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int PlainRun(string text, Token[] items, int i, ulong starts, ulong lasts, int written, ulong before, ulong gaps)
    {
        var table = PlainBits;
#if !NET
        // The table has an entry for every byte (BuildPlainBits). Said here, the compiler drops the bounds check of each
        // token's look-up, by its first character's low byte, in this build, where Unchecked checks.
        if (table.Length != 256)
        {
            throw new System.InvalidOperationException("The plain tokens' table must have an entry for every byte.");
        }
#endif
        var plain = new Unchecked<ulong>(table);
        var chars = new UncheckedText(text);
        var tokens = new Unchecked<Token>(items);
        nint next = written;

        // The first token (there is one at least), with the flags of the white space before the window, is written
        // before the loop, so that the loop keeps no more values than it did and the caller writes no token again.
        var at = Bits.LowestOf(starts);
        tokens[next] = new Token(PlainToken(chars, plain, i, at, Bits.LowestOf(lasts)) | SpaceAt(gaps, at) | before);
        next++;
        starts &= starts - 1;
        lasts &= lasts - 1;

        // Both masks have a bit for each token left, so one is tested. (A processor with no TZCNT, which finds the
        // lowest bit of starts with a test of its own for 0, is one no x64 build in use runs on.)
        while (lasts != 0)
        {
            var start = Bits.LowestOf(starts);
            var last = Bits.LowestOf(lasts);

            // The token is made before its place is found, so that the store takes the place's address in itself.
            var token = new Token(PlainToken(chars, plain, i, start, last) | SpaceAt(gaps, start));
            tokens[next] = token;
            next++;
            starts &= starts - 1;
            lasts &= lasts - 1;
        }

        return (int)next;
    }

    /// <summary>
    /// The bits of a token of <see cref="PlainRun"/> in the window from <paramref name="i"/>, from
    /// <paramref name="start"/> to <paramref name="last"/> in the window: its kind and flags from its first character
    /// (<see cref="PlainBits"/>, which holds a length of one, to which the rest of the length is added). The table is
    /// indexed by the character's low byte, which is loaded alone: no mask after the load.
    /// </summary>
    /// <remarks>
    /// netstandard2.0 indexes the table by an int: the compiler drops the bounds check of an int index that PlainRun
    /// tells it is below the table's length, not of a native one.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong PlainToken(UncheckedText chars, Unchecked<ulong> plain, int i, int start, int last) =>
#if NET
        (plain[(nint)(byte)chars[i + start]] + ((ulong)(uint)(last - start) << Token.StartBits)) | (uint)(i + start);
#else
        (plain[(int)(byte)chars[i + start]] + ((ulong)(uint)(last - start) << Token.StartBits)) | (uint)(i + start);
#endif

    /// <summary>
    /// The token bit of <see cref="TokenFlags.SpaceBefore"/> for a token of <see cref="PlainRun"/> that starts at
    /// <paramref name="start"/>: its bit of <paramref name="gaps"/>, the starts of the window with white space right
    /// before them. (All that is between two of its tokens, and before its first, is white space: a token has some
    /// before it when it does not start right after the last one ended. Read from the mask, the flag needs no value
    /// kept from the token before, and the loop one register and two instructions a token less.)
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong SpaceAt(ulong gaps, int start) => ((gaps >> start) & 1) << Token.FlagsShift;

    /// <summary>
    /// The kind and the case, letter and stop flags of a token of <see cref="ReadPlain"/> whose first character is
    /// an ASCII character (a letter, punctuation, or the apostrophe of a clitic), and a length of one, packed as in
    /// <see cref="Token(ulong)"/>. Filed by a character's low byte (a load of one byte needs no mask after it): the
    /// entry of a byte past 127 is that of its seven low bits, so any character reads the entry of the same ASCII
    /// character as when the table was indexed by those.
    /// </summary>
    private static readonly ulong[] PlainBits = BuildPlainBits();

    private static ulong[] BuildPlainBits()
    {
        var bits = new ulong[256];
        for (var b = 0; b < 256; b++)
        {
            var c = b & 127;
            int cls = CharClass.Ascii[c];
            // A token of the plain loop that starts with an apostrophe is a clitic (Contractions): any other apostrophe
            // is the general methods'.
            var kind = (cls & CharClass.Word) != 0 ? TokenKind.Word : c == '\'' ? TokenKind.Clitic : TokenKind.Punct;
            var flags = cls & (CharClass.Stop | CharClass.Upper | CharClass.Lower | CharClass.Letter);
            bits[b] = (1UL << Token.StartBits) | ((ulong)kind << Token.KindShift) | ((ulong)(uint)flags << Token.FlagsShift);
        }

        return bits;
    }

    /// <summary>
    /// The bits of <paramref name="from"/>, each carried up through the run of <paramref name="through"/> bits above it;
    /// every bit of <paramref name="from"/> must be one of <paramref name="through"/>.
    /// </summary>
    /// <remarks>
    /// One addition does it: a bit added into a run of ones carries up to the run's end, clearing the run from that
    /// bit on (and setting the zero above it, which is no bit of the run). The run's bits that the sum cleared are
    /// those carried through, but for any later bit of <paramref name="from"/> in the same run, which the carry had
    /// already cleared and the sum sets again: the bits of <paramref name="from"/> are added back.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong UpThrough(ulong from, ulong through) => (through & ~(through + from)) | from;

    /// <summary>
    /// The highest bit of <paramref name="mask"/>, which is not 0: the start of the last word that starts at or below
    /// a bit, of the starts up to it. On .NET one instruction finds it; the smear of <see cref="DownFrom"/> takes a
    /// dozen, but fewer than the portable count of <see cref="Bits.HighestBit"/>, which branches.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
#if NET
    private static ulong HighestOf(ulong mask) => 1UL << Bits.HighestBit(mask);
#else
    private static ulong HighestOf(ulong mask)
    {
        var below = DownFrom(mask);
        return below ^ (below >> 1);
    }
#endif

    /// <summary>The run of bits of <paramref name="mask"/> down from bit 63 (none when bit 63 is clear).</summary>
    /// <remarks>On .NET one count of leading zeros finds it, where the smear of <see cref="DownFrom"/> takes a dozen.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
#if NET
    private static ulong TopRun(ulong mask)
    {
        // A count of 64 (a mask of all ones) shifts by nothing: the run is then all of it.
        var run = System.Numerics.BitOperations.LeadingZeroCount(~mask);
        return ~(ulong.MaxValue >> run) | (0UL - (ulong)(run >> 6));
    }
#else
    private static ulong TopRun(ulong mask) => ~DownFrom(~mask);
#endif

    /// <summary>The bits of <paramref name="mask"/> and all below its highest.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong DownFrom(ulong mask)
    {
        mask |= mask >> 1;
        mask |= mask >> 2;
        mask |= mask >> 4;
        mask |= mask >> 8;
        mask |= mask >> 16;
        return mask | (mask >> 32);
    }

    /// <summary>
    /// Whether a stop after the plain word <paramref name="text"/>[<paramref name="start"/>..+<paramref name="length"/>]
    /// may be the word's own (<see cref="TrailingDot"/>): a capital alone, or a word an abbreviation list holds. Most
    /// words before a stop end a sentence.
    /// </summary>
    /// <remarks>
    /// The word is ASCII and shorter than a window (the filter lets any other through). Most such words are rejected
    /// inline by one test of a filter of both lists together (<see cref="AbbreviationFilter"/>), which lets through all
    /// that either list's filter does.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayBeAbbreviation(string text, UncheckedText chars, int start, int length)
    {
        // The filters are read unchecked too (Unchecked): both characters are ASCII where they are read.
        var first = chars[start];
        var last = chars[start + length - 1];
        var lengths = ulong.MaxValue;
        if ((first | last) < 128)
        {
            var filter = new Unchecked<ulong>(AbbreviationFilter.Lengths);
            lengths = filter[first] & filter[128 + last];
        }

        return (length == 1 && first >= 'A' && first <= 'Z')
            || ((lengths & (1UL << (length < 64 ? length : 63))) != 0 && MayBeListed(text, start, length));
    }

    /// <summary>
    /// Whether the word is in an abbreviation list. A word the lists' filters let through but that neither list holds
    /// is read here as the general method would read it (TrailingDot gives it no stop, which is a token of its own), so
    /// the lists are asked, not their filters alone.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool MayBeListed(string text, int start, int length) =>
        WordLists.TitleAbbreviations.Contains(text, start, length) || WordLists.OtherAbbreviations.Contains(text, start, length);

    /// <summary>
    /// The lengths (as bits, as <see cref="WordSet.MayMatch"/> reads them) of the entries of the abbreviation lists
    /// that start with each ASCII character (<see cref="Lengths"/>[c]), and that end with each (<see cref="Lengths"/>[128
    /// + c]): the union of both lists' filters, filed as theirs are (under both cases in a list that ignores case). One
    /// table, so that a test reads one static field. A class of its own, made when first read, as the lists are.
    /// </summary>
    private static class AbbreviationFilter
    {
        public static readonly ulong[] Lengths = Build();

        private static ulong[] Build()
        {
            var table = new ulong[256];
            foreach (var list in new[] { WordLists.TitleAbbreviations, WordLists.OtherAbbreviations })
            {
                foreach (var entry in list.Entries())
                {
                    var length = 1UL << System.Math.Min(entry.Length, 63);
                    File(table, 0, entry[0], length, list.IgnoreCase);
                    File(table, 128, entry[entry.Length - 1], length, list.IgnoreCase);
                }
            }

            return table;
        }

        private static void File(ulong[] table, int offset, char c, ulong length, bool ignoreCase)
        {
            if (c < 128)
            {
                table[offset + c] |= length;
                if (ignoreCase && c >= 'a' && c <= 'z')
                {
                    table[offset + c - 'a' + 'A'] |= length;
                }
            }
        }
    }

    /// <summary>The most tokens a window of <see cref="ReadPlain"/> writes: one per character, and a stop split off.</summary>
    private const int WindowTokens = 66;

    /// <summary>
    /// The line flags that the line ends <paramref name="breaks"/> (a mask) in the white space before a token add to
    /// the flags <paramref name="before"/> of the white space read earlier: a second line end makes a blank line.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TokenFlags LineFlags(TokenFlags before, ulong breaks) =>
        (breaks & (breaks - 1)) != 0 || (before & TokenFlags.LineBreakBefore) != 0
            ? TokenFlags.LineBreakBefore | TokenFlags.BlankLineBefore
            : TokenFlags.LineBreakBefore;

    /// <summary>
    /// The case flags of the word whose first character is <paramref name="first"/> and whose characters are
    /// <paramref name="range"/> (both masks of a window): the same as <see cref="CaseFlags"/> from the character
    /// classes. Words of letters with at most a capital initial take a shorter way in <see cref="ReadPlain"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TokenFlags WordFlags(ulong first, ulong range, ulong word, ulong upper, ulong digits)
    {
        var capitals = upper & range;
        var small = word & range & ~upper & ~digits;
        var flags = ((capitals & first) != 0 ? TokenFlags.Capitalized : 0) | ((small & first) != 0 ? TokenFlags.LowerInitial : 0)
            | ((capitals | small) != 0 ? TokenFlags.HasLetter : 0) | ((digits & range) != 0 ? TokenFlags.HasDigit : 0);
        if ((capitals & (capitals - 1)) != 0 && small == 0)
        {
            flags |= TokenFlags.AllCaps;
        }

        // "iPhone", "McDonald": a capital after the first character, with lower case beside it.
        if ((capitals & ~first) != 0 && small != 0)
        {
            flags |= TokenFlags.MixedCase;
        }

        return flags;
    }
}
