using System.Runtime.CompilerServices;

namespace Corpus.Extraction.Text;

/// <summary>
/// What the tokenizer's plain loop needs of each character of a text, as bit masks of 64 characters each: word
/// characters, capitals, digits, white space, line ends, characters left to the general methods, and the ASCII marks
/// that can open a quotation (for the quotation stage). With them the loop finds every token start of 64 characters
/// at once (a word character after another character, or a mark), and each token's end and facts by arithmetic on
/// the masks, so no token waits on the reading of the one before it.
/// Block k's masks are at 8k + the column; a block of padding (white space) follows the last, so that
/// <see cref="Load"/> can read 64 characters from any index below the text's length. The same pass over the text
/// tells the readability check, the line map and the word count what they need (<see cref="MaskFacts"/>), and its
/// masks are kept per thread for the last text, so a seed's characters are read once for all of them.
/// </summary>
internal static class TokenMasks
{
    /// <summary>An ASCII letter or digit.</summary>
    public const int Word = 0;

    /// <summary>An ASCII capital.</summary>
    public const int Upper = 1;

    /// <summary>An ASCII digit.</summary>
    public const int Digit = 2;

    /// <summary>ASCII white space (<see cref="CharClass.Space"/>), line ends included.</summary>
    public const int Space = 3;

    /// <summary>A line end as the tokenizer counts them: \n, or \r unless a \n follows.</summary>
    public const int LineEnd = 4;

    /// <summary>A character the plain loop leaves to the general methods: a dot, an apostrophe, or any character outside ASCII.</summary>
    public const int Special = 5;

    /// <summary>
    /// An ASCII double quotation mark or a TeX grave: the marks that can open a quotation among the characters that are not
    /// special, so that the quotation stage finds every opening mark from the masks (OpenerScan).
    /// </summary>
    public const int Quote = 6;

    /// <summary>A character outside ASCII: the special characters that are not a dot or an apostrophe.</summary>
    public const int Outside = 7;

    /// <summary>The number of masks kept per block (a power of two, so that a block is found by a shift).</summary>
    public const int Stride = 8;

    // The four facts of every UTF-16 code unit that tell apart what the masks need (a lower-case letter is A, a
    // capital A and B, a digit B; white space is C, a line end C and D, a \r also A; a special character is D, a
    // dot or an apostrophe also A; a control character B with C or D; " and ` A, B and D, which nothing else has; an
    // opening brace A, B and C, which nothing else has either), each in a lane of 16 bits of its own: A in bit 0,
    // B in bit 16, C in bit 32, D in bit 48. Sixteen characters shifted by their place and or-ed together give each
    // fact's 16 bits in its lane, with no other work per character than the look-up, the shift and the or. Read off
    // CharClass's ASCII table so both agree; the table is 512 KB, made once, of which an ASCII text reads 1 KB.
    private const ulong A = 1, B = 1UL << 16, C = 1UL << 32, D = 1UL << 48;

    /// <summary>The four facts of every UTF-16 code unit, as above (the net8.0 build's VectorLanes reads its ASCII part).</summary>
    internal static readonly ulong[] Lanes = BuildLanes();

    /// <summary>
    /// The longest text whose masks are kept per thread (<see cref="Of"/>): 2^18 characters, 256 KB of masks. A seed
    /// is far shorter; a buffer kept for the thread's lifetime must not be large.
    /// </summary>
    public const int MaxKeptChars = 1 << 18;

    // The masks of the text read last on this thread (the same string instance), with what else the pass learnt:
    // the readability check, the line map and the tokenizer all need them, and the text is read once.
    [System.ThreadStatic]
    private static string? _keptText;

    [System.ThreadStatic]
    private static ulong[]? _kept;

    [System.ThreadStatic]
    private static MaskFacts _keptFacts;

    /// <summary>
    /// The masks of <paramref name="text"/>, with <paramref name="facts"/>, what else the pass learnt of it. The masks
    /// of the text read last on this thread are reused for the same string instance (when it is at most
    /// <see cref="MaxKeptChars"/> long); the array is scratch, overwritten by the next text, so a caller reads it
    /// before asking again and never keeps it.
    /// </summary>
    public static ulong[] Of(string text, out MaskFacts facts)
    {
        if (ReferenceEquals(text, _keptText) && _kept is not null)
        {
            facts = _keptFacts;
            return _kept;
        }

        var keep = text.Length <= MaxKeptChars;
        var masks = Fill(text, keep ? _kept : null, out facts);
        if (keep)
        {
            _kept = masks;
            _keptText = text;
            _keptFacts = facts;
        }

        return masks;
    }

    /// <summary>
    /// The masks of <paramref name="text"/> when this thread still keeps them (the same string instance was read
    /// last), without a pass over the text; null otherwise. Scratch, as <see cref="Of"/>'s: read before the next text.
    /// </summary>
    public static ulong[]? Kept(string text) => ReferenceEquals(text, _keptText) ? _kept : null;

    /// <summary>
    /// The index of the first '{' in <paramref name="text"/>, or -1: told by the kept pass when this thread read the
    /// same string instance last (the readability check and the line map have, before the template residue is looked
    /// for), searched for otherwise. Most seeds have no brace, and the search read the whole text again.
    /// </summary>
    public static int FirstBrace(string text) =>
        ReferenceEquals(text, _keptText) && _kept is not null ? _keptFacts.FirstBrace : text.IndexOf('{');

    /// <summary>
    /// Fills <paramref name="masks"/> (replaced when short) with the masks of <paramref name="text"/>, and gathers
    /// <paramref name="facts"/> from them as it goes: the word mask is at hand for counting words, the line-end mask
    /// for counting lines, and the few characters outside ASCII and control characters are looked at one by one.
    /// </summary>
    private static ulong[] Fill(string text, ulong[]? masks, out MaskFacts facts)
    {
        var n = text.Length;
        var blocks = (n + 63) >> 6;
        var length = (blocks + 1) * Stride;
        if (masks is null || masks.Length < length)
        {
            masks = new ulong[length];
        }

        var table = Lanes;
#if !NET
        // The table has an entry for every char (BuildLanes). Said here, the compiler drops the bounds check of every
        // character's look-up in the loop below (a compare and a branch of the seven instructions a character costs).
        if (table.Length <= char.MaxValue)
        {
            throw new System.InvalidOperationException("The lanes table must have an entry for every char.");
        }
#endif
        var full = n >> 6;
        var counts = default(Counts);
        var rare = new RareFacts(-1);
        var k = 0;
#if NET
        if (VectorLanes.IsSupported)
        {
            // The blocks are read by a loop of their own with no call in it (FillPlain), which stops at a block with a
            // rare character: the vector tables stay in registers there, where a call in the loop made them be read
            // from memory again at every block.
            while ((k = FillPlain(text, masks, k, full, ref counts, out var found)) < full)
            {
                CountRare(text, k << 6, found, ref rare, ref counts);
                k++;
            }
        }
#endif
        for (; k < blocks; k++)
        {
            var first = k << 6;
            ulong a, b, c, d;
            if (k < full)
            {
                Facts(text, first, table, out a, out b, out c, out d);
            }
            else
            {
                Transpose(TailLanes(text, first), TailLanes(text, first + 16), TailLanes(text, first + 32), TailLanes(text, first + 48), out a, out b, out c, out d);
            }

            counts.LineEnds += Write(new Unchecked<ulong>(masks), text, k, a, b, c, d, out var block);
            CountRare(text, first, block, ref rare, ref counts);
        }

        var pad = blocks * Stride;
        for (var column = 0; column < Stride; column++)
        {
            masks[pad + column] = column == Space ? ulong.MaxValue : 0;
        }

        facts = new MaskFacts(counts.Starts, counts.LineEnds, rare.Others, rare.Controls, rare.FirstNul, rare.FirstInvalid, rare.FirstBrace);
        return masks;
    }

#if NET
    /// <summary>
    /// Writes the masks of the blocks from <paramref name="k"/> on below <paramref name="full"/> by the vector facts, and
    /// counts their words and line ends in <paramref name="counts"/>, up to the first block with a rare character (a
    /// control character, an opening brace or a character outside ASCII): that block's masks and line ends are written,
    /// its words are left to the caller with what <paramref name="found"/> tells of it. Returns that block's index, or
    /// <paramref name="full"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int FillPlain(string text, ulong[] masks, int k, int full, ref Counts counts, out Block found)
    {
        // The vector tables are read once, before the loop: a static read inside it checks that their class is ready
        // at every block.
        VectorLanes.Tables(out var rows, out var factA, out var factB, out var factC, out var factD);
        var blocks = new Unchecked<ulong>(masks);
        var starts = counts.Starts;
        var lineEnds = counts.LineEnds;
        var previous = counts.Previous;
        found = default;
        for (; k < full; k++)
        {
            VectorLanes.FactsFrom(text, k << 6, rows, factA, factB, factC, factD, out var a, out var b, out var c, out var d);
            lineEnds += Write(blocks, text, k, a, b, c, d, out var block);
            if ((block.Odd | block.Brace | block.Outside) != 0)
            {
                found = block;
                break;
            }

            starts += Bits.PopCount(block.Word & ~((block.Word << 1) | previous));
            previous = block.Word >> 63;
        }

        counts.Starts = starts;
        counts.LineEnds = lineEnds;
        counts.Previous = previous;
        return k;
    }
#endif

    /// <summary>
    /// Writes block <paramref name="k"/>'s masks from its facts <paramref name="a"/> to <paramref name="d"/>, and returns
    /// its number of line ends; <paramref name="block"/> tells what the counts need of it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Write(Unchecked<ulong> blocks, string text, int k, ulong a, ulong b, ulong c, ulong d, out Block block)
    {
        // A control character has B with C or D and, unlike a quotation mark, no A (see Lanes).
        var spaceOrSpecial = c | d;
        var word = (a | b) & ~spaceOrSpecial;
        var lineEnd = c & d;
        var special = d & ~c & ~b;
        var returns = a & lineEnd;
        var capitalOrMark = a & b;
        var brace = capitalOrMark & c;
        var digitOrControl = b & ~a;
        if (returns != 0)
        {
            // "\r\n" is one line end, counted at its "\n".
            var first = k << 6;
            var feeds = lineEnd & ~returns;
            var feedAfter = first + 64 < text.Length && text[first + 64] == '\n' ? 1UL << 63 : 0;
            lineEnd &= ~(returns & ((feeds >> 1) | feedAfter));
        }

        // Written unchecked (Unchecked): the array has a block for each of the text's and one more. The block's place
        // is a native index, so that each column is added in the store's address.
        var at = (nint)(uint)(k * Stride);
        blocks[at + Word] = word;
        blocks[at + Upper] = capitalOrMark & ~spaceOrSpecial;
        blocks[at + Digit] = digitOrControl & ~spaceOrSpecial;
        blocks[at + Space] = c & ~brace;
        blocks[at + LineEnd] = lineEnd;
        blocks[at + Special] = special;
        blocks[at + Quote] = capitalOrMark & d;
        var outside = special & ~a;
        blocks[at + Outside] = outside;
        block = new Block(word, digitOrControl & spaceOrSpecial, brace, outside);
        return Bits.PopCount(lineEnd);
    }

    // Counts the words of the block from first, and notes its rare characters in rare. The rare characters are read
    // after the block is written: a value the loop still needs after a call is kept in memory from where it is made.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CountRare(string text, int first, in Block block, ref RareFacts rare, ref Counts counts)
    {
        if ((block.Odd | block.Brace) != 0)
        {
            ReadRare(text, first, block.Odd, block.Brace, ref rare);
        }

        // A word for counting starts where a letter or digit follows another character; outside ASCII (the
        // special characters without A, which a dot and an apostrophe have) only char.IsLetterOrDigit knows which
        // are, and only there are the other facts found.
        var counted = block.Outside == 0 ? block.Word : block.Word | ReadOutside(text, first, block.Outside, ref rare);
        counts.Starts += Bits.PopCount(counted & ~((counted << 1) | counts.Previous));
        counts.Previous = counted >> 63;
    }

    /// <summary>What the word count needs of a block: its ASCII letters and digits, and its rare characters.</summary>
    private readonly struct Block
    {
        public Block(ulong word, ulong odd, ulong brace, ulong outside)
        {
            Word = word;
            Odd = odd;
            Brace = brace;
            Outside = outside;
        }

        /// <summary>The ASCII letters and digits.</summary>
        public ulong Word { get; }

        /// <summary>The control characters.</summary>
        public ulong Odd { get; }

        /// <summary>The opening braces.</summary>
        public ulong Brace { get; }

        /// <summary>The characters outside ASCII.</summary>
        public ulong Outside { get; }
    }

    /// <summary>The mask pass's counts so far, and whether the last character read was a letter or a digit (bit 0 of <see cref="Previous"/>).</summary>
    private struct Counts
    {
        public int Starts;

        public int LineEnds;

        public ulong Previous;
    }

    /// <summary>
    /// The letters and digits among the characters outside ASCII that <paramref name="outside"/> marks in the block from
    /// <paramref name="first"/> (as a mask), noting in <paramref name="rare"/> the line ends and the first U+FFFD among them.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ulong ReadOutside(string text, int first, ulong outside, ref RareFacts rare)
    {
        var counted = 0UL;
        for (; outside != 0; outside &= outside - 1)
        {
            var at = Bits.TrailingZeroCount(outside);
            var ch = text[first + at];
            if (char.IsLetterOrDigit(ch))
            {
                counted |= 1UL << at;
            }
            else if (ch is '\u2028' or '\u2029' or '\u0085')
            {
                rare.Others = true;
            }
            else if (ch == '\uFFFD' && rare.FirstInvalid < 0)
            {
                rare.FirstInvalid = first + at;
            }
        }

        return counted;
    }

    // Counts the control characters among the characters odd marks in the block from first, and notes the first NUL
    // and the first opening brace (of those brace marks): both rare, so told by one branch in the pass.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ReadRare(string text, int first, ulong odd, ulong brace, ref RareFacts rare)
    {
        if (brace != 0 && rare.FirstBrace < 0)
        {
            rare.FirstBrace = first + Bits.TrailingZeroCount(brace);
        }

        for (; odd != 0; odd &= odd - 1)
        {
            var at = first + Bits.TrailingZeroCount(odd);
            if (text[at] != '\0')
            {
                rare.Controls++;
            }
            else if (rare.FirstNul < 0)
            {
                rare.FirstNul = at;
            }
        }
    }

    /// <summary>
    /// What the mask pass finds only at the few characters outside ASCII and control characters: kept together, out of
    /// the registers the pass's loop needs for its masks.
    /// </summary>
    private struct RareFacts
    {
        public RareFacts(int none)
        {
            Others = false;
            Controls = 0;
            FirstNul = none;
            FirstInvalid = none;
            FirstBrace = none;
        }

        public bool Others;

        public int Controls;

        public int FirstNul;

        public int FirstInvalid;

        public int FirstBrace;
    }

    /// <summary>
    /// Column <paramref name="column"/> of the 64 characters from <paramref name="i"/> on (below the text's length),
    /// the first in bit 0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Load(ulong[] masks, int i, int column)
    {
        var b = ((i >> 6) * Stride) + column;
        var shift = i & 63;

        // The next block's bits fill in from the top; shifting by one and then the rest keeps a shift of 64
        // (when i is a multiple of 64) from wrapping to a shift of 0.
        return (masks[b] >> shift) | ((masks[b + Stride] << 1) << (63 - shift));
    }

    /// <summary>
    /// <see cref="Load"/> without the bounds checks, for the tokenizer's loops, which read several columns of every
    /// window: <paramref name="i"/> must be below the length of the text whose masks <paramref name="masks"/> are (the
    /// array then has the block of <paramref name="i"/> and the one after it, padding at the end).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong LoadUnchecked(ulong[] masks, int i, int column)
    {
        // The block's place is a native index, to which the column is added in the address itself (an int sum would
        // be made and widened first, for each of the two reads).
        var b = (nint)(uint)((i >> 6) * Stride);
        var shift = i & 63;
        var blocks = new Unchecked<ulong>(masks);
        return (blocks[b + column] >> shift) | ((blocks[b + (column + Stride)] << 1) << (63 - shift));
    }

    /// <summary>
    /// <see cref="LoadUnchecked"/>'s window from <paramref name="i"/>, whose columns are then read from it: the block and
    /// the shifts are found once for all the columns a loop reads (found for each, they were kept in memory).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Window WindowAt(ulong[] masks, int i) => new(masks, i);

    /// <summary><see cref="WindowAt(ulong[], int)"/> from the masks' reference, taken once before a loop over windows.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Window WindowAt(Unchecked<ulong> blocks, int i) => new(blocks, i);

    /// <summary>The masks of the 64 characters from an index, read as <see cref="LoadUnchecked"/> reads them.</summary>
    internal readonly ref struct Window
    {
        private readonly Unchecked<ulong> _blocks;
        private readonly nint _at;
        private readonly int _shift;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Window(ulong[] masks, int i)
            : this(new Unchecked<ulong>(masks), i)
        {
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Window(Unchecked<ulong> blocks, int i)
        {
            _blocks = blocks;
            _at = (nint)(uint)((i >> 6) * Stride);
            _shift = i & 63;
        }

        /// <summary>Column <paramref name="column"/> of the window, the first character in bit 0.</summary>
        /// <remarks>The block's place is a native index, so that the column is added in the address (as LoadUnchecked).</remarks>
        public ulong this[int column]
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => (_blocks[_at + column] >> _shift) | ((_blocks[_at + (column + Stride)] << 1) << (63 - _shift));
        }
    }

    /// <summary>
    /// The facts A, B, C and D of the 64 characters from <paramref name="at"/> on (all within the text) from the table,
    /// one character at a time: bit j of each is character <paramref name="at"/> + j's.
    /// </summary>
    internal static void Facts(string text, int at, out ulong a, out ulong b, out ulong c, out ulong d) =>
        Facts(text, at, Lanes, out a, out b, out c, out d);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Facts(string text, int at, ulong[] table, out ulong a, out ulong b, out ulong c, out ulong d) =>
        Transpose(Group(text, at, table), Group(text, at + 16, table), Group(text, at + 32, table), Group(text, at + 48, table), out a, out b, out c, out d);

    // The four groups' lanes, transposed: each fact's 16 bits of the four groups side by side.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Transpose(ulong l0, ulong l1, ulong l2, ulong l3, out ulong a, out ulong b, out ulong c, out ulong d)
    {
        const ulong Low = 0xFFFF, Second = Low << 16, Third = Low << 32, High = Low << 48;
        a = (l0 & Low) | ((l1 & Low) << 16) | ((l2 & Low) << 32) | (l3 << 48);
        b = ((l0 >> 16) & Low) | (l1 & Second) | ((l2 & Second) << 16) | ((l3 & Second) << 32);
        c = ((l0 >> 32) & Low) | ((l1 >> 16) & Second) | (l2 & Third) | ((l3 & Third) << 16);
        d = (l0 >> 48) | ((l1 >> 32) & Second) | ((l2 >> 16) & Third) | (l3 & High);
    }

    // The lanes of the sixteen characters from at on (all within the text), each shifted by its place: by Horner's
    // rule from the last, each step doubling the lanes so far and adding the next character's below them. No bits
    // overlap, so the sum is the or, and the compiler makes the shift and the add one instruction (lea).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Group(string text, int at, ulong[] table)
    {
        var lanes = table[text[at + 15]];
        lanes = (lanes << 1) + table[text[at + 14]];
        lanes = (lanes << 1) + table[text[at + 13]];
        lanes = (lanes << 1) + table[text[at + 12]];
        lanes = (lanes << 1) + table[text[at + 11]];
        lanes = (lanes << 1) + table[text[at + 10]];
        lanes = (lanes << 1) + table[text[at + 9]];
        lanes = (lanes << 1) + table[text[at + 8]];
        lanes = (lanes << 1) + table[text[at + 7]];
        lanes = (lanes << 1) + table[text[at + 6]];
        lanes = (lanes << 1) + table[text[at + 5]];
        lanes = (lanes << 1) + table[text[at + 4]];
        lanes = (lanes << 1) + table[text[at + 3]];
        lanes = (lanes << 1) + table[text[at + 2]];
        lanes = (lanes << 1) + table[text[at + 1]];
        return (lanes << 1) + table[text[at]];
    }

    // The lanes of the sixteen characters from at on in the last block, white space past the text's end.
    private static ulong TailLanes(string text, int at)
    {
        var lanes = 0UL;
        for (var j = 0; j < 16; j++)
        {
            lanes |= (at + j < text.Length ? Lanes[text[at + j]] : C) << j;
        }

        return lanes;
    }

    private static ulong[] BuildLanes()
    {
        var lanes = new ulong[char.MaxValue + 1];
        for (var c = 0; c < 128; c++)
        {
            int cls = CharClass.Ascii[c];
            ulong b;
            if ((cls & CharClass.Word) != 0)
            {
                b = (cls & CharClass.Digit) != 0 ? B : (cls & CharClass.Upper) != 0 ? A | B : A;
            }
            else if ((cls & CharClass.Space) != 0)
            {
                b = (cls & CharClass.LineEnd) == 0 ? C : c == '\r' ? A | C | D : C | D;
            }
            else
            {
                // The quotation marks (Quote) have A, B and D together, as no other character: a capital has A and B
                // without D, a dot A and D without B, a control character B and D without A.
                // An opening brace has A, B and C, as no other character, for TemplateResidue (FirstBrace): the masks
                // take it out of the capitals and white space, where its B and C would put it.
                b = c is '.' or '\'' ? A | D : c is '"' or '`' ? A | B | D : c == '{' ? A | B | C : 0;
            }

            // A control character other than \t \n \f \r (Readability counts them), or NUL, also has B: with C when
            // it is white space (\v, U+001C to U+001F), with D otherwise. The masks read it as before: B with C or D
            // is no word character and no special one.
            if (c < ' ' && c is not ('\t' or '\n' or '\f' or '\r'))
            {
                b |= (b & C) != 0 ? B : B | D;
            }

            lanes[c] = b;
        }

        for (var c = 128; c < lanes.Length; c++)
        {
            lanes[c] = D;
        }

        return lanes;
    }
}
