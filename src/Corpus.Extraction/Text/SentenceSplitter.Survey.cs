using System.Runtime.CompilerServices;
#if NET
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
#endif
using Corpus.Extraction.Names;

namespace Corpus.Extraction.Text;

/// <summary>
/// The splitter's survey of the tokens: which may break a sentence, which are shaped like name words, and what their
/// shapes add up to (<see cref="SentenceShapes"/>), told 64 tokens at a time as bit masks.
/// </summary>
/// <remarks>
/// A token's part in a sentence's shapes is four counts (a word, in capitals, long, long and capitalised), each a bit
/// of the token, so the counts of any run of tokens are the bits' populations: the survey keeps each block of 64
/// tokens' four masks with their counts in the blocks before it (<see cref="SumBefore"/>), and the sums are asked only
/// where a sentence the name rules read ends, about one token in ten. The masks of a block are read off the tokens' bits by vector
/// compares where the processor has them (about ten instructions a token, the lists of marks and shaped tokens
/// after), by tables one token at a time elsewhere; a table lookup and a running sum kept for every token took 25.
/// </remarks>
internal static partial class SentenceSplitter
{
    // A block's entries in the survey's array: its four count masks, then the count of each mask's tokens in the
    // blocks before it (four sums, not one packed: a vector of the four reads them at once, CountsBefore).
#if NET
    private const int BlockStride = 8; // 64 bytes (CountsBefore)
#else
    // Here a block's four masks are followed by eight sums, one for each byte of the masks: SumBefore's packed sum of
    // the tokens before that byte's first (with no population count in hardware, SumBefore counts within a byte only).
    private const int BlockStride = 12;
#endif
    private const int SumsBeforeBlock = 4;

    // The survey's blocks, kept per thread (one that grew for a very large seed is let go after use).
    [System.ThreadStatic]
    private static ulong[]? _blocks;

    /// <summary>
    /// The sum of the shapes (<see cref="SentenceShapes.CountOf(Token)"/>, but for the count of name-word shapes in
    /// its lowest field, which is left 0) of the tokens before token <paramref name="k"/> (at most the count of
    /// tokens), from the survey's <paramref name="blocks"/>, as packed fields that may overflow into each other: the
    /// difference of two is the sum of the tokens between, whose fields do not for fewer than 4096 tokens.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong SumBefore(Unchecked<ulong> blocks, int k)
    {
#if NET
        // Read unchecked: the survey wrote a block for each 64 tokens and one more, for the count itself.
        var at = (nint)(uint)(k >> 6) * BlockStride;
        var below = (1UL << k) - 1; // the shift takes k's low six bits
        var sum = (blocks[at + SumsBeforeBlock] + Bits.WidePopCount(blocks[at] & below)) << 12;
        sum += (blocks[at + SumsBeforeBlock + 1] + Bits.WidePopCount(blocks[at + 1] & below)) << 24;
        sum += (blocks[at + SumsBeforeBlock + 2] + Bits.WidePopCount(blocks[at + 2] & below)) << 36;
        return sum + ((blocks[at + SumsBeforeBlock + 3] + Bits.WidePopCount(blocks[at + 3] & below)) << 48);
#else
        // The survey's sum before the byte of the masks that holds token k, and the tokens of that byte before k,
        // counted in one register: each mask's bits below k in the byte, put in its field (at a multiple of four bits),
        // counted by the first two steps of a population count, and each field's two half-bytes added. Four software
        // population counts of 64 bits took twice the instructions.
        var at = (k >> 6) * BlockStride;
        var shift = k & 56;
        var below = (1UL << (k & 7)) - 1;
        var bits = (((blocks[at] >> shift) & below) << 12) | (((blocks[at + 1] >> shift) & below) << 24)
            | (((blocks[at + 2] >> shift) & below) << 36) | (((blocks[at + 3] >> shift) & below) << 48);
        bits -= (bits >> 1) & 0x5555555555555555UL;
        bits = (bits & 0x3333333333333333UL) + ((bits >> 2) & 0x3333333333333333UL);
        return blocks[at + SumsBeforeBlock + (shift >> 3)] + ((bits + (bits >> 4)) & 0x000F00F00F00F000UL);
#endif
    }

#if NET
    /// <summary>
    /// The counts of the tokens before token <paramref name="k"/> (at most the count of tokens) of the survey's four
    /// masks (words, in capitals, long, long and capitalised), a lane each, from the blocks at <paramref name="block0"/>:
    /// <see cref="SumBefore"/>'s four fields, apart, with no overflow. The masks' tokens before k in their block are
    /// counted by a table of each half-byte's count (there is no vector count of bits before AVX-512).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<ulong> CountsBefore(ref ulong block0, int k)
    {
        // Read unchecked: the survey wrote a block for each 64 tokens and one more, for the count itself. A block is
        // 64 bytes: its place is k's bits above the low six, as bytes.
        ref var block = ref Unsafe.AddByteOffset(ref block0, (nint)(uint)(k & ~63));
        var masks = (Vector256.LoadUnsafe(ref block) & Vector256.Create((1UL << k) - 1)).AsByte(); // the shift takes k's low six bits
        // The constants are written at each use: as locals, they were copied at every pass of JudgeAllWide's loop
        // from the registers the JIT hoisted them to.
        var low = Avx2.Shuffle(
            Vector256.Create((byte)0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4, 0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4),
            masks & Vector256.Create((byte)0x0F));
        var high = Avx2.Shuffle(
            Vector256.Create((byte)0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4, 0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4),
            Avx2.ShiftRightLogical(masks.AsUInt16(), 4).AsByte() & Vector256.Create((byte)0x0F));
        return Avx2.SumAbsoluteDifferences(low + high, Vector256<byte>.Zero).AsUInt64()
            + Vector256.LoadUnsafe(ref Unsafe.Add(ref block, SumsBeforeBlock));
    }
#endif

    /// <summary>
    /// Lists in <paramref name="items"/> the tokens that may break and in <paramref name="shaped"/> those shaped like
    /// name words, and writes in <paramref name="blocks"/> (an entry for each 64 tokens and one more) each block's
    /// count masks and the sum before it.
    /// </summary>
    private static void Survey(Token[] tokens, int tokenCount, int[] items, int[] shaped, ulong[] blocks, out int count, out int listed)
    {
        // The blocks are written unchecked (Unchecked): the array has room for a block for each 64 tokens and one more.
        var marks = 0;
        var names = 0;
#if NET
        ulong wordsBefore = 0, capitalsBefore = 0, contentBefore = 0, titledBefore = 0;
#else
        var before = 0UL; // SumBefore's packed sum, at the next byte of the masks
#endif
        var written = new Unchecked<ulong>(blocks);
        var full = tokenCount >> 6;
        for (var b = 0; b <= full; b++)
        {
            var first = b << 6;
            ulong breaks, ends, shapes, words, capitals, content, titled;
#if NET
            if (b < full && Sse2.IsSupported)
            {
                BlockMasks(tokens, first, out breaks, out ends, out shapes, out words, out capitals, out content, out titled);
            }
            else
#endif
            {
                TokenMasksOf(tokens, first, b < full ? 64 : tokenCount - first, out breaks, out ends, out shapes, out words, out capitals, out content, out titled);
            }

            var at = (nint)b * BlockStride;
            written[at] = words;
            written[at + 1] = capitals;
            written[at + 2] = content;
            written[at + 3] = titled;
#if NET
            written[at + SumsBeforeBlock] = wordsBefore;
            written[at + SumsBeforeBlock + 1] = capitalsBefore;
            written[at + SumsBeforeBlock + 2] = contentBefore;
            written[at + SumsBeforeBlock + 3] = titledBefore;
            wordsBefore += Bits.WidePopCount(words);
            capitalsBefore += Bits.WidePopCount(capitals);
            contentBefore += Bits.WidePopCount(content);
            titledBefore += Bits.WidePopCount(titled);
#else
            // The packed sum before each byte of the masks, from each mask's count of each byte (at most 8), two masks'
            // counts to a byte: one multiply puts a byte's two counts in their fields (12 and 36, or 24 and 48) and
            // copies in bits the mask clears, where a shift and a mask each took two instructions more a byte.
            var wordsContent = Bits.Portable.ByteCounts(words) | (Bits.Portable.ByteCounts(content) << 4);
            var capitalsTitled = Bits.Portable.ByteCounts(capitals) | (Bits.Portable.ByteCounts(titled) << 4);
            for (var i = 0; i < 64; i += 8)
            {
                written[at + SumsBeforeBlock + (i >> 3)] = before;
                before += ((((wordsContent >> i) & 0xFF) * ((1UL << 12) | (1UL << 32))) & 0x000000F00000F000UL)
                    + ((((capitalsTitled >> i) & 0xFF) * ((1UL << 24) | (1UL << 44))) & 0x000F00000F000000UL);
            }
#endif
            marks = ListMarks(breaks, ends, first, items, marks);
            names = List(shapes, first, shaped, names);
        }

        count = marks;
        listed = names;
    }

    /// <summary>
    /// Lists in <paramref name="list"/>, after its first <paramref name="count"/>, the tokens of <paramref name="mask"/>,
    /// a mask of the 64 from <paramref name="first"/>; returns the count listed. A method of its own, so that the loop
    /// keeps its values in registers (in the survey's, they were kept in memory).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int List(ulong mask, int first, int[] list, int count)
    {
        // Written unchecked (Appender): the list holds an entry per token, and lists each token once at most. Through
        // where the next entry goes: no count to widen and step at each entry.
        var into = new Appender(list, count);
        for (; mask != 0; mask &= mask - 1)
        {
            into.Add(first + Bits.LowestOf(mask));
        }

        return into.CountIn(list);
    }

    /// <summary>
    /// Lists in <paramref name="list"/>, after its first <paramref name="count"/>, the tokens that may break of the 64
    /// from <paramref name="first"/> (<paramref name="breaks"/>), each with its bit of <paramref name="ends"/> (the
    /// tokens that open a line the sentence before does not go on to) in its top bit; returns the count listed. The
    /// tokens shaped like name words have no such bit, and are listed by <see cref="List"/> without its work.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ListMarks(ulong breaks, ulong ends, int first, int[] list, int count)
    {
        // Written unchecked (Appender): the list holds an entry per token, and lists each token once at most.
        var into = new Appender(list, count);
        for (; breaks != 0; breaks &= breaks - 1)
        {
            var bit = Bits.LowestOf(breaks);
            into.Add((first + bit) | (int)((uint)(ends >> bit) << 31));
        }

        return into.CountIn(list);
    }

    /// <summary>
    /// The masks of the <paramref name="n"/> tokens from <paramref name="first"/> (at most 64), eight tokens at a time:
    /// those that may break and those that open a line the sentence before does not go on to (<see cref="BreakTable"/>),
    /// those shaped like name words, and the four counts
    /// (<see cref="ShapeBits"/>).
    /// </summary>
    internal static void TokenMasksOf(Token[] tokenArray, int first, int n, out ulong breaks, out ulong ends, out ulong shapes, out ulong words, out ulong capitals, out ulong content, out ulong titled)
    {
        // Unchecked: the n tokens from first are within the tokens, and the tables' indexes are below their lengths (a
        // key of ten bits and two, and the kind and flags, fifteen).
        var tokens = new Unchecked<Token>(tokenArray);
        var table = new Unchecked<byte>(ShapeBits);
        var breakTable = new Unchecked<byte>(BreakTable);
        breaks = ends = shapes = words = capitals = content = titled = 0;
        for (var j = 0; j < n; j += 8)
        {
            // Each token's seven bits are a byte (Row), and eight tokens' bytes are the rows of a bit matrix; its
            // transpose has each mask's bits of the eight tokens in a byte of its own, placed by one shift and or a
            // mask. A shift and an or for each bit of each token took 1.7 times the instructions. Eight tokens are read
            // with no loop (a loop's exit was mispredicted at every group); a last group of fewer leaves the rows after it 0.
            ulong rows;
            if (j + 8 <= n)
            {
                var at = first + j;
                rows = Row(tokens[at].Bits, table, breakTable) | (Row(tokens[at + 1].Bits, table, breakTable) << 8)
                    | (Row(tokens[at + 2].Bits, table, breakTable) << 16) | (Row(tokens[at + 3].Bits, table, breakTable) << 24)
                    | (Row(tokens[at + 4].Bits, table, breakTable) << 32) | (Row(tokens[at + 5].Bits, table, breakTable) << 40)
                    | (Row(tokens[at + 6].Bits, table, breakTable) << 48) | (Row(tokens[at + 7].Bits, table, breakTable) << 56);
            }
            else
            {
                rows = 0;
                for (var i = j; i < n; i++)
                {
                    rows |= Row(tokens[first + i].Bits, table, breakTable) << (i << 3); // the shift takes the count's low six bits: byte i mod 8
                }
            }

            var columns = Transpose8(rows);
            shapes |= (columns & 0xFF) << j;
            words |= ((columns >> 8) & 0xFF) << j;
            capitals |= ((columns >> 16) & 0xFF) << j;
            content |= ((columns >> 24) & 0xFF) << j;
            titled |= ((columns >> 32) & 0xFF) << j;
            breaks |= ((columns >> 40) & 0xFF) << j;
            ends |= (columns >> 48) << j; // the top byte is 0: rows have seven bits
        }
    }

    // A token's seven bits of the masks, from its bits: its shape's five (ShapeBits), then its two of the break table.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Row(ulong bits, Unchecked<byte> table, Unchecked<byte> breakTable)
    {
        var kindAndFlags = (int)(bits >> Token.KindShift);
        var length = (uint)(bits >> Token.StartBits) & LengthMask;
        var small = ((length + (LengthMask - 3)) >> LengthBits) - 1; // every bit when the length is below 4
        return (ulong)(table[((kindAndFlags & 0x3FF) << 2) + (int)(length & small & 3)] | (breakTable[kindAndFlags] << 5));
    }

    /// <summary>
    /// The transpose of the 8 by 8 bit matrix <paramref name="rows"/> (row r in byte r, column c its bit c): bit
    /// 8r + c goes to bit 8c + r. Three rounds of swaps of the bits off the diagonal, in blocks of 1, 2 and 4
    /// (Hacker's Delight, 7-3).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Transpose8(ulong rows)
    {
        var t = (rows ^ (rows >> 7)) & 0x00AA00AA00AA00AAUL;
        rows ^= t ^ (t << 7);
        t = (rows ^ (rows >> 14)) & 0x0000CCCC0000CCCCUL;
        rows ^= t ^ (t << 14);
        t = (rows ^ (rows >> 28)) & 0x00000000F0F0F0F0UL;
        return rows ^ t ^ (t << 28);
    }

    // A token's length as Token packs it, in its bits from Token.StartBits.
    private const int LengthBits = Token.KindShift - Token.StartBits;
    private const uint LengthMask = (1u << LengthBits) - 1;

    // What a token is of the shapes (SentenceShapes.Table), as bits: shaped like a name word (1), a word with a letter
    // (2), in capitals (4), long (8), long and capitalised (16). Keyed by Token.ShapeKey's kind and first eight flags,
    // times 4, and the length if below 4, else 0 (a length of 0, which no token has, is in class 3 by Token.ShapeKey,
    // with the lengths of 4 or more).
    private static readonly byte[] ShapeBits = BuildShapeBits();

    private static byte[] BuildShapeBits()
    {
        var table = new byte[Token.ShapeKeys];
        var shapes = SentenceShapes.Table;
        for (var low = 0; low < 1 << 10; low++)
        {
            for (var length = 0; length < 4; length++)
            {
                var lengthClass = length == 0 ? 3 : length - 1;
                var counts = shapes[(lengthClass << 10) | low];
                table[(low << 2) | length] = (byte)((counts & 1) | (((counts >> 12) & 1) << 1) | (((counts >> 24) & 1) << 2)
                    | (((counts >> 36) & 1) << 3) | (((counts >> 48) & 1) << 4));
            }
        }

        return table;
    }

#if NET
    /// <summary>
    /// <see cref="TokenMasksOf"/> of the 64 tokens from <paramref name="first"/>, by vector compares: each flag the
    /// masks read is gathered as a mask of the 64 tokens, and the masks are made of them by bitwise logic, for all 64 at
    /// once. A block with a token of 256 characters or more (rare) is read one token at a time.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void BlockMasks(Token[] tokens, int first, out ulong breaks, out ulong ends, out ulong shapes, out ulong words, out ulong capitals, out ulong content, out ulong titled)
    {
        if (Avx2.IsSupported)
        {
            WideBlockMasks(tokens, first, out breaks, out ends, out shapes, out words, out capitals, out content, out titled);
            return;
        }

        NarrowBlockMasks(tokens, first, out breaks, out ends, out shapes, out words, out capitals, out content, out titled);
    }

    /// <summary>
    /// <see cref="BlockMasks"/> by SSE2 alone, sixteen tokens to a register, whatever else the processor has (a test
    /// reads both widths on a machine with AVX2, where <see cref="BlockMasks"/> never takes this one).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void NarrowBlockMasks(Token[] tokens, int first, out ulong breaks, out ulong ends, out ulong shapes, out ulong words, out ulong capitals, out ulong content, out ulong titled)
    {
        ref var token0 = ref FirstBits(tokens, first);
        var long0 = Bytes16(ref token0, out var high0, out var low0, out var length0);
        var long1 = Bytes16(ref Unsafe.Add(ref token0, 16), out var high1, out var low1, out var length1);
        var long2 = Bytes16(ref Unsafe.Add(ref token0, 32), out var high2, out var low2, out var length2);
        var long3 = Bytes16(ref Unsafe.Add(ref token0, 48), out var high3, out var low3, out var length3);
        if (((long0 | long1 | long2 | long3) & Vector128.Create(LongBits)) != Vector128<uint>.Zero)
        {
            TokenMasksOf(tokens, first, 64, out breaks, out ends, out shapes, out words, out capitals, out content, out titled);
            return;
        }

        // The flags of the 64 tokens, a mask each (the flag's bit among the high and low bytes of the tokens' top
        // sixteen bits, shifted to the top of its byte), and the two tests of the length.
        var stop = Flags(high0, high1, high2, high3, 7 - HighStop);
        var abbreviation = Flags(high0, high1, high2, high3, 7 - HighAbbreviation);
        var lowerInitial = Flags(high0, high1, high2, high3, 7 - HighLowerInitial);
        var letter = Flags(high0, high1, high2, high3, 7 - HighLetter);
        var mixed = Flags(high0, high1, high2, high3, 7 - HighMixedCase);
        var kindLow = Flags(low0, low1, low2, low3, 7 - LowKind);
        var kindHigh = Flags(low0, low1, low2, low3, 6 - LowKind);
        var lineBreak = Flags(low0, low1, low2, low3, 7 - LowLineBreak);
        var blank = Flags(low0, low1, low2, low3, 7 - LowBlankLine);
        var capital = Flags(low0, low1, low2, low3, 7 - LowCapitalized);
        var allCaps = Flags(low0, low1, low2, low3, 7 - LowAllCaps);
        var one = Ones(length0) | (Ones(length1) << 16) | (Ones(length2) << 32) | (Ones(length3) << 48);
        var small = Lengths(length0, length1, length2, length3, 1, 3);
        Combine(stop, abbreviation, lowerInitial, letter, mixed, kindLow, kindHigh, lineBreak, blank, capital, allCaps, one, small,
            out breaks, out ends, out shapes, out words, out capitals, out content, out titled);
    }

    // The bits of the 64 tokens' first token as a ulong, read with no range check: a block is whole within the tokens.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref ulong FirstBits(Token[] tokens, int first) =>
        ref Unsafe.Add(ref Unsafe.As<Token, ulong>(ref MemoryMarshal.GetArrayDataReference(tokens)), (nint)(uint)first);

    // The masks of a block from its flags' masks, for both widths.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Combine(ulong stop, ulong abbreviation, ulong lowerInitial, ulong letter, ulong mixed, ulong kindLow, ulong kindHigh,
        ulong lineBreak, ulong blank, ulong capital, ulong allCaps, ulong one, ulong small,
        out ulong breaks, out ulong ends, out ulong shapes, out ulong words, out ulong capitals, out ulong content, out ulong titled)
    {
        // As the break table and SentenceShapes' counts have them: a word has a letter; a name word's shape is a capital
        // or mixed case; in capitals is all caps or a capital alone; long is four characters or more (or none), not all
        // caps. A token may break at a stop or an abbreviation, or after a line break unless it is a lower-case word
        // with no blank line before it.
        var kind = kindLow | kindHigh;
        words = ~kind & letter;
        shapes = (words & (capital | mixed)) | (kindLow & ~kindHigh); // or a CJK run
        capitals = words & (allCaps | (one & capital));
        content = words & ~small & ~allCaps;
        titled = content & capital;
        var lower = ~kind & lowerInitial & ~mixed;
        ends = lineBreak & (blank | ~lower);
        breaks = stop | abbreviation | ends;
    }

    /// <summary>
    /// <see cref="BlockMasks"/> with AVX2: the tokens' bytes 32 to a register, so each flag of the 64 tokens takes two
    /// shifts and two mask moves, not four.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void WideBlockMasks(Token[] tokens, int first, out ulong breaks, out ulong ends, out ulong shapes, out ulong words, out ulong capitals, out ulong content, out ulong titled)
    {
        // The shuffle's order is read first: a static field's read may make sure the class is ready, by a call the
        // compiled code keeps in the survey's loop, and any vector made before it was kept in memory around that call.
        var order = PairOrder;
        ref var token0 = ref FirstBits(tokens, first);
        var long0 = Bytes32(ref token0, order, out var high0, out var low0, out var length0);
        var long1 = Bytes32(ref Unsafe.Add(ref token0, 32), order, out var high1, out var low1, out var length1);
        if (((long0 | long1) & Vector256.Create(LongBits)) != Vector256<uint>.Zero)
        {
            TokenMasksOf(tokens, first, 64, out breaks, out ends, out shapes, out words, out capitals, out content, out titled);
            return;
        }

        var stop = WideFlags(high0, high1, 7 - HighStop);
        var abbreviation = WideFlags(high0, high1, 7 - HighAbbreviation);
        var lowerInitial = WideFlags(high0, high1, 7 - HighLowerInitial);
        var letter = WideFlags(high0, high1, 7 - HighLetter);
        var mixed = WideFlags(high0, high1, 7 - HighMixedCase);
        var kindLow = WideFlags(low0, low1, 7 - LowKind);
        var kindHigh = WideFlags(low0, low1, 6 - LowKind);
        var lineBreak = WideFlags(low0, low1, 7 - LowLineBreak);
        var blank = WideFlags(low0, low1, 7 - LowBlankLine);
        var capital = WideFlags(low0, low1, 7 - LowCapitalized);
        var allCaps = WideFlags(low0, low1, 7 - LowAllCaps);
        var one = WideOnes(length0) | (WideOnes(length1) << 32);
        var small = WideWithin(length0, 1, 3) | (WideWithin(length1, 1, 3) << 32);
        Combine(stop, abbreviation, lowerInitial, letter, mixed, kindLow, kindHigh, lineBreak, blank, capital, allCaps, one, small,
            out breaks, out ends, out shapes, out words, out capitals, out content, out titled);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong WideFlags(Vector256<byte> a, Vector256<byte> b, int shift) => WideTopBits(a, shift) | (WideTopBits(b, shift) << 32);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong WideTopBits(Vector256<byte> bytes, int shift) =>
        (uint)Avx2.MoveMask(shift == 0 ? bytes : Vector256.ShiftLeft(bytes.AsUInt16(), shift).AsByte());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong WideOnes(Vector256<byte> lengths) => (uint)Avx2.MoveMask(Vector256.Equals(lengths, Vector256.Create((byte)1)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong WideWithin(Vector256<byte> lengths, byte from, byte to)
    {
        var off = lengths - Vector256.Create(from);
        return (uint)Avx2.MoveMask(Vector256.Equals(Vector256.Min(off, Vector256.Create((byte)(to - from))), off));
    }

    /// <summary>
    /// <see cref="Bytes16"/> for the 32 tokens from <paramref name="token0"/>, a byte each in their order. The packs
    /// and the shuffle of halves work in each 128-bit half of the register on its own, which leaves the tokens in a
    /// fixed order of their own (ByteOrder puts them back).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> Bytes32(ref ulong token0, Vector256<byte> order, out Vector256<byte> high, out Vector256<byte> low, out Vector256<byte> length)
    {
        WideHalves(ref token0, out var high0, out var low0);
        WideHalves(ref Unsafe.Add(ref token0, 8), out var high1, out var low1);
        WideHalves(ref Unsafe.Add(ref token0, 16), out var high2, out var low2);
        WideHalves(ref Unsafe.Add(ref token0, 24), out var high3, out var low3);
        var top0 = Avx2.PackSignedSaturate(Avx2.ShiftRightArithmetic(high0.AsInt32(), 16), Avx2.ShiftRightArithmetic(high1.AsInt32(), 16)).AsUInt16();
        var top1 = Avx2.PackSignedSaturate(Avx2.ShiftRightArithmetic(high2.AsInt32(), 16), Avx2.ShiftRightArithmetic(high3.AsInt32(), 16)).AsUInt16();
        high = ByteOrder(Avx2.PackUnsignedSaturate(Avx2.ShiftRightLogical(top0, 8).AsInt16(), Avx2.ShiftRightLogical(top1, 8).AsInt16()), order);
        var bytes = Vector256.Create((ushort)0xFF);
        low = ByteOrder(Avx2.PackUnsignedSaturate((top0 & bytes).AsInt16(), (top1 & bytes).AsInt16()), order);
        length = ByteOrder(Avx2.PackUnsignedSaturate(
            Avx2.PackSignedSaturate(Avx2.ShiftRightLogical(low0, 24).AsInt32(), Avx2.ShiftRightLogical(low1, 24).AsInt32()),
            Avx2.PackSignedSaturate(Avx2.ShiftRightLogical(low2, 24).AsInt32(), Avx2.ShiftRightLogical(low3, 24).AsInt32())), order);
        return high0 | high1 | high2 | high3;
    }

    // The high and low halves of the eight tokens from token0, as tokens 0, 1, 4, 5 and 2, 3, 6, 7 (the float shuffle
    // picks from each 128-bit half of both registers on its own).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void WideHalves(ref ulong token0, out Vector256<uint> high, out Vector256<uint> low)
    {
        var a = Vector256.LoadUnsafe(ref token0).AsSingle();
        var b = Vector256.LoadUnsafe(ref Unsafe.Add(ref token0, 4)).AsSingle();
        high = Avx.Shuffle(a, b, 0xDD).AsUInt32();
        low = Avx.Shuffle(a, b, 0x88).AsUInt32();
    }

    // Bytes32's packs leave the 32 tokens' bytes as 0, 1, 4, 5, 8, 9, ... 28, 29 in the low half and 2, 3, 6, 7, ...
    // 30, 31 in the high: the 64-bit parts swapped across the halves give each half sixteen tokens in runs of two, which
    // a shuffle in each half puts in order (PairOrder, as order).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<byte> ByteOrder(Vector256<byte> bytes, Vector256<byte> order) =>
        Avx2.Shuffle(Avx2.Permute4x64(bytes.AsUInt64(), 0b11_01_10_00).AsByte(), order);

    private static readonly Vector256<byte> PairOrder = Vector256.Create(
        (byte)0, 1, 8, 9, 2, 3, 10, 11, 4, 5, 12, 13, 6, 7, 14, 15, 0, 1, 8, 9, 2, 3, 10, 11, 4, 5, 12, 13, 6, 7, 14, 15);

    // The masks of the 64 tokens of four groups of sixteen bytes (one byte a token) whose bit 7 - shift is set.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Flags(Vector128<byte> a, Vector128<byte> b, Vector128<byte> c, Vector128<byte> d, int shift) =>
        TopBits(a, shift) | (TopBits(b, shift) << 16) | (TopBits(c, shift) << 32) | (TopBits(d, shift) << 48);

    // The tokens of sixteen bytes whose bit 7 - shift is set. The bytes are shifted as 16-bit lanes: the top bit of
    // each byte is then its own bit 7 - shift, as the high byte's bits move up from its own low bits.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong TopBits(Vector128<byte> bytes, int shift) =>
        (uint)Sse2.MoveMask(shift == 0 ? bytes : Vector128.ShiftLeft(bytes.AsUInt16(), shift).AsByte());

    // The masks of the 64 tokens of four groups of sixteen lengths (below 256) that are at least `from` and at most `to`
    // (Within), or 1 (Ones).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Lengths(Vector128<byte> a, Vector128<byte> b, Vector128<byte> c, Vector128<byte> d, byte from, byte to) =>
        Within(a, from, to) | (Within(b, from, to) << 16) | (Within(c, from, to) << 32) | (Within(d, from, to) << 48);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Ones(Vector128<byte> lengths) => (uint)Sse2.MoveMask(Vector128.Equals(lengths, Vector128.Create((byte)1)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Within(Vector128<byte> lengths, byte from, byte to)
    {
        // Below `from` wraps past `to - from`: one unsigned comparison, as the least of the two equal to the first.
        var off = lengths - Vector128.Create(from);
        return (uint)Sse2.MoveMask(Vector128.Equals(Vector128.Min(off, Vector128.Create((byte)(to - from))), off));
    }

    /// <summary>
    /// The sixteen tokens from <paramref name="token0"/> as bytes: the high and low bytes of their top sixteen bits
    /// (the kind and flags, under the length's top bit), and their lengths' low bytes. Returns their high halves, whose
    /// bits of <see cref="LongBits"/> are set for a length of 256 or more.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<uint> Bytes16(ref ulong token0, out Vector128<byte> high, out Vector128<byte> low, out Vector128<byte> length)
    {
        Halves(ref token0, out var high0, out var low0);
        Halves(ref Unsafe.Add(ref token0, 4), out var high1, out var low1);
        Halves(ref Unsafe.Add(ref token0, 8), out var high2, out var low2);
        Halves(ref Unsafe.Add(ref token0, 12), out var high3, out var low3);
        var top0 = Sse2.PackSignedSaturate(Sse2.ShiftRightArithmetic(high0.AsInt32(), 16), Sse2.ShiftRightArithmetic(high1.AsInt32(), 16)).AsUInt16();
        var top1 = Sse2.PackSignedSaturate(Sse2.ShiftRightArithmetic(high2.AsInt32(), 16), Sse2.ShiftRightArithmetic(high3.AsInt32(), 16)).AsUInt16();
        high = Sse2.PackUnsignedSaturate(Sse2.ShiftRightLogical(top0, 8).AsInt16(), Sse2.ShiftRightLogical(top1, 8).AsInt16());
        var bytes = Vector128.Create((ushort)0xFF);
        low = Sse2.PackUnsignedSaturate((top0 & bytes).AsInt16(), (top1 & bytes).AsInt16());
        length = Sse2.PackUnsignedSaturate(
            Sse2.PackSignedSaturate(Sse2.ShiftRightLogical(low0, 24).AsInt32(), Sse2.ShiftRightLogical(low1, 24).AsInt32()),
            Sse2.PackSignedSaturate(Sse2.ShiftRightLogical(low2, 24).AsInt32(), Sse2.ShiftRightLogical(low3, 24).AsInt32()));
        return high0 | high1 | high2 | high3;
    }

    // The high and low halves of the bits of the four tokens from token0, in order.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Halves(ref ulong token0, out Vector128<uint> high, out Vector128<uint> low)
    {
        var a = Vector128.LoadUnsafe(ref token0).AsSingle();
        var b = Vector128.LoadUnsafe(ref Unsafe.Add(ref token0, 2)).AsSingle();
        high = Sse.Shuffle(a, b, 0xDD).AsUInt32();
        low = Sse.Shuffle(a, b, 0x88).AsUInt32();
    }

    // The bits of a token's high half that hold its length's bits from 8 up.
    private const uint LongBits = (1u << (Token.KindShift - 32)) - 1;

    // The flags' bits in the high and low bytes of a token's top sixteen bits (the length's top bit, the kind's two,
    // then the flags).
    private const int FlagShift = Token.FlagsShift - 48;
    private const int LowKind = Token.KindShift - 48;
    private const int LowLineBreak = FlagShift + 1;
    private const int LowBlankLine = FlagShift + 2;
    private const int LowCapitalized = FlagShift + 3;
    private const int LowAllCaps = FlagShift + 4;
    private const int HighMixedCase = FlagShift + 5 - 8;
    private const int HighLetter = FlagShift + 7 - 8;
    private const int HighAbbreviation = FlagShift + 8 - 8;
    private const int HighLowerInitial = FlagShift + 11 - 8;
    private const int HighStop = FlagShift + 12 - 8;
#endif
}
