#if NET
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Corpus.Extraction.Text;

/// <summary>
/// <see cref="TokenMasks"/>' lanes of sixteen characters with vector instructions, in the net8.0 build on a processor
/// with SSSE3 (every x64 one in use): the sixteen characters narrowed to bytes, each outside ASCII to 0x80, and each of
/// the four facts of an ASCII character read as one bit of a sixteen-entry table indexed by its low four bits, the bit
/// chosen by its high three. A character outside ASCII has fact D alone, as in <see cref="TokenMasks.Lanes"/>. The
/// tables are read off <see cref="TokenMasks.Lanes"/>, so both ways agree by construction; a test compares them on
/// every character in every place.
/// </summary>
internal static class VectorLanes
{
    private static readonly Vector128<byte> FactA = Column(0);
    private static readonly Vector128<byte> FactB = Column(16);
    private static readonly Vector128<byte> FactC = Column(32);
    private static readonly Vector128<byte> FactD = Column(48);

    // The bit of a table entry that stands for a character's high three bits; 0 for the byte outside ASCII (0x80).
    private static readonly Vector128<byte> RowBit = Vector128.Create((byte)1, 2, 4, 8, 16, 32, 64, 128, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Whether the processor has the instructions <see cref="Group"/> needs.</summary>
    public static bool IsSupported => Ssse3.IsSupported;

    /// <summary>The lanes of the sixteen characters from <paramref name="at"/> on, as <see cref="TokenMasks.Group(string, int)"/> gives them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Group(string text, int at)
    {
        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan(at, 16)));
        var outside = Vector128.Create((ushort)0x80);
        var low = Vector128.Min(Vector128.LoadUnsafe(ref first), outside).AsInt16();
        var high = Vector128.Min(Vector128.LoadUnsafe(ref first, 8), outside).AsInt16();
        var bytes = Sse2.PackUnsignedSaturate(low, high);
        var fours = Vector128.Create((byte)0x0F);
        var column = bytes & fours;
        var row = Ssse3.Shuffle(RowBit, Vector128.ShiftRightLogical(bytes.AsUInt16(), 4).AsByte() & fours);
        var nonAscii = Vector128.Equals(bytes, Vector128.Create((byte)0x80)).ExtractMostSignificantBits();
        return Fact(FactA, column, row)
            | (Fact(FactB, column, row) << 16)
            | (Fact(FactC, column, row) << 32)
            | ((Fact(FactD, column, row) | nonAscii) << 48);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Fact(Vector128<byte> table, Vector128<byte> column, Vector128<byte> row) =>
        ~Vector128.Equals(Ssse3.Shuffle(table, column) & row, Vector128<byte>.Zero).ExtractMostSignificantBits() & 0xFFFFUL;

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
