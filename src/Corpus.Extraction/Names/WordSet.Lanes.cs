#if NET
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Corpus.Extraction.Names;

/// <summary>
/// A short word read as one vector of its characters and hashed from it: FNV-1a (<see cref="HashExact"/>,
/// <see cref="HashFolded"/>) in a fixed number of steps, with no branch on the word's length.
/// </summary>
internal sealed partial class WordSet
{
    /// <summary>The longest word hashed from a vector: the characters one vector holds.</summary>
    internal const int LaneWord = 8;

    // Whether the word of length characters from start is at most LaneWord long with LaneWord characters of text
    // from its start: hashed from one vector (HashLanes), where the loop's exit, a character at a time, was
    // mispredicted for most words.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool FitsLanes(string text, int start, int length) => (uint)length <= LaneWord && (uint)start + (ulong)LaneWord <= (uint)text.Length;

    // Whether the word of length characters from start is at most twice LaneWord long with that many characters of
    // text from its start: hashed from two vectors.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool FitsTwoLanes(string text, int start, int length) => (uint)length <= 2 * LaneWord && (uint)start + (ulong)(2 * LaneWord) <= (uint)text.Length;

    // The LaneWord characters from start (FitsLanes), read with no range check.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector128<ushort> LoadLanes(string text, int start) =>
        Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(System.MemoryExtensions.AsSpan(text))), (nuint)(uint)start);

    /// <summary>
    /// Whether the first <paramref name="length"/> characters of <paramref name="word"/> (the eight read from a word's
    /// start) are all in ASCII: two bits of a compare's byte mask per character.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsAsciiWord(Vector128<ushort> word, int length)
    {
        var lanes = (1u << (2 * length)) - 1;
        return (Vector128.Equals(word & Vector128.Create((ushort)0xFF80), Vector128<ushort>.Zero).AsByte().ExtractMostSignificantBits() & lanes) == lanes;
    }

    /// <summary>ASCII folded as <see cref="Fold"/> does: "A" to "Z" take 0x20.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector128<ushort> FoldAscii(Vector128<ushort> word)
    {
        var upper = Vector128.LessThan(word - Vector128.Create((ushort)'A'), Vector128.Create((ushort)26));
        return word + (upper & Vector128.Create((ushort)0x20));
    }

    /// <summary>The lanes of a word of <paramref name="length"/> characters (at most <see cref="LaneWord"/>): all ones for each of its characters, 0 past its end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector128<ushort> OwnLanes(int length) => Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(OwnLaneTable), (nuint)(uint)(length * LaneWord));

    /// <summary>
    /// <see cref="HashFolded"/> of a word of at most <see cref="LaneWord"/> characters whose lanes folded are
    /// <paramref name="folded"/>, and its <see cref="HashExact"/> (of <paramref name="plain"/>) in <paramref name="exact"/>,
    /// both with the lanes past its end 0 (<see cref="OwnLanes"/>). FNV-1a takes a step a character; here it takes eight
    /// whatever the length, those past the end multiplying by 1, which leaves the hash as it was (a 0 is xored in), so
    /// the hashes are the same. The two wait on no one but themselves, and are taken side by side.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int HashLanes(Vector128<ushort> folded, Vector128<ushort> plain, int length, out int exact)
    {
        unchecked
        {
            ref var m = ref StepMultipliersOf(length);
            var f = FoldedHashSeed;
            var p = f;
            f = (f ^ folded.GetElement(0)) * m;
            p = (p ^ plain.GetElement(0)) * m;
            f = (f ^ folded.GetElement(1)) * Unsafe.Add(ref m, 1);
            p = (p ^ plain.GetElement(1)) * Unsafe.Add(ref m, 1);
            f = (f ^ folded.GetElement(2)) * Unsafe.Add(ref m, 2);
            p = (p ^ plain.GetElement(2)) * Unsafe.Add(ref m, 2);
            f = (f ^ folded.GetElement(3)) * Unsafe.Add(ref m, 3);
            p = (p ^ plain.GetElement(3)) * Unsafe.Add(ref m, 3);
            f = (f ^ folded.GetElement(4)) * Unsafe.Add(ref m, 4);
            p = (p ^ plain.GetElement(4)) * Unsafe.Add(ref m, 4);
            f = (f ^ folded.GetElement(5)) * Unsafe.Add(ref m, 5);
            p = (p ^ plain.GetElement(5)) * Unsafe.Add(ref m, 5);
            f = (f ^ folded.GetElement(6)) * Unsafe.Add(ref m, 6);
            p = (p ^ plain.GetElement(6)) * Unsafe.Add(ref m, 6);
            f = (f ^ folded.GetElement(7)) * Unsafe.Add(ref m, 7);
            p = (p ^ plain.GetElement(7)) * Unsafe.Add(ref m, 7);
            exact = p & 0x7FFFFFFF;
            return f & 0x7FFFFFFF;
        }
    }

    /// <summary>
    /// <see cref="HashLanes(Vector128{ushort}, Vector128{ushort}, int, out int)"/> as one value: the exact hash in the
    /// low half, the folded in the high (as <see cref="TokenView"/> keeps them).
    /// </summary>
    /// <remarks>
    /// With AVX2 the two hashes are two lanes of one vector, each step one xor and one multiply of both (and a move of
    /// the next character pair to the low lanes, which waits on nothing), where the scalar steps took an extract, an
    /// xor and a multiply for each hash: about 26 instructions where they took 60. A multiply of 32-bit lanes keeps the
    /// low half of each product, as the scalar one does, so the hashes are the same.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long HashLanesBoth(Vector128<ushort> folded, Vector128<ushort> plain, int length)
    {
        if (Avx2.IsSupported)
        {
            return BothOf(StepsBoth(Vector128.Create(unchecked((uint)FoldedHashSeed)), folded, plain, length));
        }

        var foldedHash = HashLanes(folded, plain, length, out var exact);
        return (uint)exact | ((long)foldedHash << 32);
    }

    /// <summary>
    /// <see cref="HashLanesBoth(Vector128{ushort}, Vector128{ushort}, int)"/> of a word of <see cref="LaneWord"/> + 1 to 2 × <see cref="LaneWord"/> characters: its
    /// first <see cref="LaneWord"/> (<paramref name="folded"/>, <paramref name="plain"/>), then the
    /// <paramref name="restLength"/> after them (<paramref name="foldedRest"/>, <paramref name="plainRest"/>, the lanes
    /// past the word's end 0). Only with AVX2 (the caller asks <see cref="Avx2.IsSupported"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long HashLanesBoth(Vector128<ushort> folded, Vector128<ushort> plain, Vector128<ushort> foldedRest, Vector128<ushort> plainRest, int restLength)
    {
        var h = StepsBoth(Vector128.Create(unchecked((uint)FoldedHashSeed)), folded, plain, LaneWord);
        return BothOf(StepsBoth(h, foldedRest, plainRest, restLength));
    }

    // Both hashes, in lanes 0 (exact) and 1 (folded) of h, taken on by LaneWord steps over a word's lanes (AVX2).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<uint> StepsBoth(Vector128<uint> h, Vector128<ushort> folded, Vector128<ushort> plain, int length)
    {
        // Each character pair (exact, folded) zero-extended to two 32-bit lanes, four pairs a 256-bit vector.
        var first = Avx2.ConvertToVector256Int32(Sse2.UnpackLow(plain, folded)).AsUInt32();
        var last = Avx2.ConvertToVector256Int32(Sse2.UnpackHigh(plain, folded)).AsUInt32();
        ref var m = ref StepMultiplierPairsOf(length);
        h = (h ^ first.GetLower()) * MultiplierPair(ref m, 0);
        h = (h ^ Sse2.ShiftRightLogical128BitLane(first.GetLower(), 8)) * MultiplierPair(ref m, 1);
        h = (h ^ first.GetUpper()) * MultiplierPair(ref m, 2);
        h = (h ^ Sse2.ShiftRightLogical128BitLane(first.GetUpper(), 8)) * MultiplierPair(ref m, 3);
        h = (h ^ last.GetLower()) * MultiplierPair(ref m, 4);
        h = (h ^ Sse2.ShiftRightLogical128BitLane(last.GetLower(), 8)) * MultiplierPair(ref m, 5);
        h = (h ^ last.GetUpper()) * MultiplierPair(ref m, 6);
        return (h ^ Sse2.ShiftRightLogical128BitLane(last.GetUpper(), 8)) * MultiplierPair(ref m, 7);
    }

    // The two hashes of lanes 0 and 1 as one value, each as FNV's 31 bits.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long BothOf(Vector128<uint> h) => (long)(h.AsUInt64().ToScalar() & 0x7FFFFFFF7FFFFFFFUL);

    // The multipliers of step i, the same in the two low lanes (the lanes above are the next step's, and unread).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<uint> MultiplierPair(ref uint m, int i) => Vector128.LoadUnsafe(ref m, (nuint)(2 * i));

    // HashLanesBoth's multipliers for a word of length characters: StepMultipliers' with each one twice.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref uint StepMultiplierPairsOf(int length) => ref Unsafe.Add(ref MemoryMarshal.GetReference(StepMultiplierPairs), length * LaneWord * 2);

    // StepMultipliers with each multiplier twice, and two more for the last step's read of four lanes.
    private static System.ReadOnlySpan<uint> StepMultiplierPairs => new uint[]
    {
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        16777619, 16777619, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        16777619, 16777619, 16777619, 16777619, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 1, 1, 1, 1, 1, 1, 1, 1,
        16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 1, 1, 1, 1, 1, 1,
        16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 1, 1, 1, 1,
        16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 1, 1,
        16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619,
        1, 1,
    };

    /// <summary><see cref="HashLanes(Vector128{ushort}, Vector128{ushort}, int, out int)"/> of one form of the word only.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int HashLanes(Vector128<ushort> word, int length)
    {
        unchecked
        {
            ref var m = ref StepMultipliersOf(length);
            var h = FoldedHashSeed;
            h = (h ^ word.GetElement(0)) * m;
            h = (h ^ word.GetElement(1)) * Unsafe.Add(ref m, 1);
            h = (h ^ word.GetElement(2)) * Unsafe.Add(ref m, 2);
            h = (h ^ word.GetElement(3)) * Unsafe.Add(ref m, 3);
            h = (h ^ word.GetElement(4)) * Unsafe.Add(ref m, 4);
            h = (h ^ word.GetElement(5)) * Unsafe.Add(ref m, 5);
            h = (h ^ word.GetElement(6)) * Unsafe.Add(ref m, 6);
            h = (h ^ word.GetElement(7)) * Unsafe.Add(ref m, 7);
            return h & 0x7FFFFFFF;
        }
    }

    // The multipliers of HashLanes' eight steps for a word of length characters.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref int StepMultipliersOf(int length) => ref Unsafe.Add(ref MemoryMarshal.GetReference(StepMultipliers), length * LaneWord);

    // For each length up to LaneWord, OwnLanes of it.
    private static System.ReadOnlySpan<ushort> OwnLaneTable => new ushort[]
    {
        0, 0, 0, 0, 0, 0, 0, 0,
        0xFFFF, 0, 0, 0, 0, 0, 0, 0,
        0xFFFF, 0xFFFF, 0, 0, 0, 0, 0, 0,
        0xFFFF, 0xFFFF, 0xFFFF, 0, 0, 0, 0, 0,
        0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0, 0, 0, 0,
        0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0, 0, 0,
        0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0, 0,
        0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0,
        0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF, 0xFFFF,
    };

    // For each length up to LaneWord, the multiplier of each of HashLanes' eight steps: FNV-1a's prime for a character
    // of the word, 1 past its end.
    private static System.ReadOnlySpan<int> StepMultipliers => new int[]
    {
        1, 1, 1, 1, 1, 1, 1, 1,
        16777619, 1, 1, 1, 1, 1, 1, 1,
        16777619, 16777619, 1, 1, 1, 1, 1, 1,
        16777619, 16777619, 16777619, 1, 1, 1, 1, 1,
        16777619, 16777619, 16777619, 16777619, 1, 1, 1, 1,
        16777619, 16777619, 16777619, 16777619, 16777619, 1, 1, 1,
        16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 1, 1,
        16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 1,
        16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619,
    };
}
#endif
