#if NET
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Corpus.Extraction.Text;

/// <summary>
/// <see cref="TokenMasks"/>' four facts of 64 characters with vector instructions, in the net8.0 build on a processor
/// with SSSE3 (every x64 one in use): the characters narrowed to bytes sixteen at a time (thirty-two with AVX2), each
/// outside ASCII to 0x80,
/// and each fact of an ASCII character read as one bit of a sixteen-entry table indexed by its low four bits, the bit
/// chosen by its high three. A character outside ASCII has fact D alone, as in <see cref="TokenMasks.Lanes"/>. The
/// tables are read off <see cref="TokenMasks.Lanes"/>, so both ways agree by construction; a test compares both widths
/// with the table on every character in every place.
/// </summary>
/// <remarks>
/// Each fact comes out as its own 64-bit mask, the four groups' 16 bits side by side, with no transposition of lanes;
/// the compare gives the characters whose table entry has their row bit, so no mask is inverted after. A character
/// outside ASCII (the byte 0x80, in column 0) reads the row of an ASCII character in column 0 that has no fact, so it
/// finds none in any table, and is added to fact D from the narrowed bytes' top bits.
/// </remarks>
internal static class VectorLanes
{
    private static readonly Vector128<byte> FactA = Column(0);
    private static readonly Vector128<byte> FactB = Column(16);
    private static readonly Vector128<byte> FactC = Column(32);
    private static readonly Vector128<byte> FactD = Column(48);

    // The bit of a table entry that stands for a character's high three bits; for the byte outside ASCII (0x80), that
    // of a character with no fact.
    private static readonly Vector128<byte> RowBit = Rows();

    // The same tables twice over, for WideFacts.
    private static readonly Vector256<byte> WideFactA = Vector256.Create(FactA, FactA);
    private static readonly Vector256<byte> WideFactB = Vector256.Create(FactB, FactB);
    private static readonly Vector256<byte> WideFactC = Vector256.Create(FactC, FactC);
    private static readonly Vector256<byte> WideFactD = Vector256.Create(FactD, FactD);
    private static readonly Vector256<byte> WideRowBit = Vector256.Create(RowBit, RowBit);

    /// <summary>Whether the processor has the instructions <see cref="Facts"/> needs.</summary>
    public static bool IsSupported => Ssse3.IsSupported;

    /// <summary>
    /// The facts A, B, C and D of the 64 characters from <paramref name="at"/> on (all within the text), as
    /// <see cref="TokenMasks.Facts(string, int, out ulong, out ulong, out ulong, out ulong)"/> gives them: bit j of each is character <paramref name="at"/> + j's.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Facts(string text, int at, out ulong a, out ulong b, out ulong c, out ulong d)
    {
        Tables(out var rows, out var factA, out var factB, out var factC, out var factD);
        FactsFrom(text, at, rows, factA, factB, factC, factD, out a, out b, out c, out d);
    }

    /// <summary>
    /// The tables <see cref="FactsFrom"/> reads, for a loop over many blocks to read once before it: a static read inside the loop checks that the
    /// class is ready at every pass.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tables(out Vector256<byte> rows, out Vector256<byte> factA, out Vector256<byte> factB, out Vector256<byte> factC, out Vector256<byte> factD)
    {
        rows = WideRowBit;
        factA = WideFactA;
        factB = WideFactB;
        factC = WideFactC;
        factD = WideFactD;
    }

    /// <summary>The facts of <see cref="Facts"/> from the tables read by <see cref="Tables"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void FactsFrom(string text, int at, Vector256<byte> rows, Vector256<byte> factA, Vector256<byte> factB, Vector256<byte> factC,
        Vector256<byte> factD, out ulong a, out ulong b, out ulong c, out ulong d)
    {
        ref var first = ref First(text, at);
        if (Avx2.IsSupported)
        {
            WideFacts(ref first, rows, factA, factB, factC, factD, out a, out b, out c, out d);
            return;
        }

        NarrowFacts(ref first, out a, out b, out c, out d);
    }

    /// <summary>
    /// <see cref="Facts"/> by SSSE3 alone, whatever else the processor has: a test reads both widths on a machine with
    /// AVX2, where <see cref="Facts"/> never takes this one.
    /// </summary>
    internal static void NarrowFacts(string text, int at, out ulong a, out ulong b, out ulong c, out ulong d) =>
        NarrowFacts(ref First(text, at), out a, out b, out c, out d);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref ushort First(string text, int at) =>
        ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan(at, 64)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void NarrowFacts(ref ushort first, out ulong a, out ulong b, out ulong c, out ulong d)
    {
        var g0 = Narrow(ref first, 0);
        var g1 = Narrow(ref first, 16);
        var g2 = Narrow(ref first, 32);
        var g3 = Narrow(ref first, 48);
        var fours = Vector128.Create((byte)0x0F);
        var c0 = g0 & fours;
        var c1 = g1 & fours;
        var c2 = g2 & fours;
        var c3 = g3 & fours;
        var r0 = Row(g0, fours);
        var r1 = Row(g1, fours);
        var r2 = Row(g2, fours);
        var r3 = Row(g3, fours);
        a = Having(FactA, c0, c1, c2, c3, r0, r1, r2, r3);
        b = Having(FactB, c0, c1, c2, c3, r0, r1, r2, r3);
        c = Having(FactC, c0, c1, c2, c3, r0, r1, r2, r3);
        var outside = g0.ExtractMostSignificantBits() | ((ulong)g1.ExtractMostSignificantBits() << 16)
            | ((ulong)g2.ExtractMostSignificantBits() << 32) | ((ulong)g3.ExtractMostSignificantBits() << 48);
        d = Having(FactD, c0, c1, c2, c3, r0, r1, r2, r3) | outside;
    }

    /// <summary>
    /// <see cref="Facts"/> with AVX2: thirty-two characters a step, so each fact of the 64 takes two table look-ups
    /// and two compares, not four. The tables are the same sixteen entries in both halves of the register, as the
    /// byte shuffle reads each half on its own.
    /// </summary>
    // The tables are read by the caller (Tables), before any vector is made: a static field's read may make sure the
    // class is ready, by a call the compiled code keeps in a loop, and any vector made before it was kept in memory
    // around that call.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void WideFacts(ref ushort first, Vector256<byte> rows, Vector256<byte> factA, Vector256<byte> factB, Vector256<byte> factC,
        Vector256<byte> factD, out ulong a, out ulong b, out ulong c, out ulong d)
    {
        var h0 = WideNarrow(ref first, 0);
        var h1 = WideNarrow(ref first, 32);
        var fours = Vector256.Create((byte)0x0F);
        var c0 = h0 & fours;
        var c1 = h1 & fours;
        var r0 = Avx2.Shuffle(rows, Vector256.ShiftRightLogical(h0.AsUInt16(), 4).AsByte() & fours);
        var r1 = Avx2.Shuffle(rows, Vector256.ShiftRightLogical(h1.AsUInt16(), 4).AsByte() & fours);
        a = WideHaving(factA, c0, c1, r0, r1);
        b = WideHaving(factB, c0, c1, r0, r1);
        c = WideHaving(factC, c0, c1, r0, r1);
        var outside = h0.ExtractMostSignificantBits() | ((ulong)h1.ExtractMostSignificantBits() << 32);
        d = WideHaving(factD, c0, c1, r0, r1) | outside;
    }

    // The thirty-two characters from first + offset as bytes in their order, each outside ASCII made 0x80. The pack
    // works in each half of the register on its own, which leaves the four runs of eight as 0, 2, 1, 3: one
    // permutation of the four 64-bit parts puts them back.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<byte> WideNarrow(ref ushort first, int offset)
    {
        var outside = Vector256.Create((ushort)0x80);
        var low = Vector256.Min(Vector256.LoadUnsafe(ref first, (nuint)offset), outside).AsInt16();
        var high = Vector256.Min(Vector256.LoadUnsafe(ref first, (nuint)(offset + 16)), outside).AsInt16();
        return Avx2.Permute4x64(Avx2.PackUnsignedSaturate(low, high).AsUInt64(), 0b11_01_10_00).AsByte();
    }

    // The characters of the two halves that have the fact of the table, 32 bits a half.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong WideHaving(Vector256<byte> table, Vector256<byte> c0, Vector256<byte> c1, Vector256<byte> r0, Vector256<byte> r1) =>
        WideHaving(table, c0, r0) | ((ulong)WideHaving(table, c1, r1) << 32);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint WideHaving(Vector256<byte> table, Vector256<byte> column, Vector256<byte> row) =>
        Vector256.Equals(Avx2.Shuffle(table, column) & row, row).ExtractMostSignificantBits();

    // The sixteen characters from first + offset as bytes, each outside ASCII made 0x80.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Narrow(ref ushort first, int offset)
    {
        var outside = Vector128.Create((ushort)0x80);
        var low = Vector128.Min(Vector128.LoadUnsafe(ref first, (nuint)offset), outside).AsInt16();
        var high = Vector128.Min(Vector128.LoadUnsafe(ref first, (nuint)(offset + 8)), outside).AsInt16();
        return Sse2.PackUnsignedSaturate(low, high);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Row(Vector128<byte> bytes, Vector128<byte> fours) =>
        Ssse3.Shuffle(RowBit, Vector128.ShiftRightLogical(bytes.AsUInt16(), 4).AsByte() & fours);

    // The characters of the four groups that have the fact of the table, 16 bits a group.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Having(Vector128<byte> table, Vector128<byte> c0, Vector128<byte> c1, Vector128<byte> c2, Vector128<byte> c3,
        Vector128<byte> r0, Vector128<byte> r1, Vector128<byte> r2, Vector128<byte> r3) =>
        Having(table, c0, r0) | (Having(table, c1, r1) << 16) | (Having(table, c2, r2) << 32) | (Having(table, c3, r3) << 48);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Having(Vector128<byte> table, Vector128<byte> column, Vector128<byte> row) =>
        Vector128.Equals(Ssse3.Shuffle(table, column) & row, row).ExtractMostSignificantBits();

    // Rows 0 to 7 are the high three bits of an ASCII character. Row 8 is the byte outside ASCII's, 0x80, which is in
    // column 0 with the characters 0x00, 0x10, ..., 0x70: it takes the row bit of one of these that has no fact ('@'),
    // so that the compare with its row bit fails in every table, as for an ASCII character without the fact.
    private static Vector128<byte> Rows()
    {
        var rows = new byte[16];
        for (var r = 0; r < 8; r++)
        {
            rows[r] = (byte)(1 << r);
        }

        for (var r = 0; r < 8 && rows[8] == 0; r++)
        {
            if (TokenMasks.Lanes[r << 4] == 0)
            {
                rows[8] = (byte)(1 << r);
            }
        }

        if (rows[8] == 0)
        {
            throw new InvalidOperationException("Column 0 of the facts' tables has no ASCII character without a fact.");
        }

        return Vector128.Create(rows);
    }

    // Entry c & 15 of the table of the fact in bit `shift` of a lane has bit c >> 4 set when ASCII character c has it.
    private static Vector128<byte> Column(int shift)
    {
        var entries = new byte[16];
        for (var c = 0; c < 128; c++)
        {
            if (((TokenMasks.Lanes[c] >> shift) & 1) != 0)
            {
                entries[c & 15] |= (byte)(1 << (c >> 4));
            }
        }

        return Vector128.Create(entries);
    }
}
#endif
