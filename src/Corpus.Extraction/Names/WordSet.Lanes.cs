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
    /// With AVX2 the two hashes are the low halves of the two 64-bit lanes of one vector, each step one xor and one
    /// multiply of both (and a shift of the next character pair into place, which waits on nothing), where the scalar
    /// steps took an extract, an xor and a multiply for each hash. The multiply is of the low 32 bits of each 64-bit
    /// lane to a 64-bit product (pmuludq), whose low half is the scalar multiply's product, so the hashes are the same;
    /// the high halves are never read (pmuludq ignores them) and are masked at the end. A multiply of 32-bit lanes
    /// (pmulld) would do without the spread lanes, but it is two micro-ops of latency 10 on Intel from Skylake on
    /// (3 on Zen 3), where pmuludq is one of latency 5 (3 on Zen 3); the steps are a chain, so that is its length.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long HashLanesBoth(Vector128<ushort> folded, Vector128<ushort> plain, int length)
    {
        if (Avx2.IsSupported)
        {
            return BothOf(StepsBoth(Vector128.Create(unchecked((uint)FoldedHashSeed)), folded, plain, ref StepMultipliersOfBoth(length)));
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
        // The first vector is whole: its multipliers are the run's start, taken as it is (its window by length was an
        // add of 0 in the machine code).
        var h = StepsBoth(Vector128.Create(unchecked((uint)FoldedHashSeed)), folded, plain, ref MemoryMarshal.GetReference(StepMultiplierRun));
        return BothOf(StepsBoth(h, foldedRest, plainRest, ref StepMultipliersOfBoth(restLength)));
    }

    /// <summary>
    /// <see cref="HashLanesBoth(Vector128{ushort}, Vector128{ushort}, int)"/> of a word of <see cref="LaneWord"/> + 1 to
    /// 2 × <see cref="LaneWord"/> characters that <see cref="FitsTwoLanes"/>, read as two vectors, when it is in ASCII
    /// (false otherwise: the caller hashes it a character at a time). Only with AVX2 (the caller asks
    /// <see cref="Avx2.IsSupported"/>). The lexicon's lookup and <see cref="HashFolded"/> both read a word so.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryHashTwoLanes(string text, int start, int length, out long both)
    {
        var word = LoadLanes(text, start);
        var rest = LoadLanes(text, start + LaneWord);
        if (IsAsciiWord(word, LaneWord) && IsAsciiWord(rest, length - LaneWord))
        {
            var own = OwnLanes(length - LaneWord);
            both = HashLanesBoth(FoldAscii(word), word, FoldAscii(rest) & own, rest & own, length - LaneWord);
            return true;
        }

        both = 0;
        return false;
    }

    // Both hashes, in the low halves of the 64-bit lanes 0 (exact) and 1 (folded) of h (its 32-bit lanes 0 and 2),
    // taken on by LaneWord steps over a word's lanes (AVX2); the 32-bit lanes 1 and 3 of h are not part of the hashes.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<uint> StepsBoth(Vector128<uint> h, Vector128<ushort> folded, Vector128<ushort> plain, ref uint m)
    {
        // The characters zero-extended to 32-bit lanes, and each pair of them from the exact and the folded form side
        // by side as (exact i, exact i + 1, folded i, folded i + 1): step i reads 32-bit lanes 0 and 2 of that, step
        // i + 1 the same shifted down a lane (both 128-bit halves at once).
        var plainLanes = Avx2.ConvertToVector256Int32(plain).AsUInt64();
        var foldedLanes = Avx2.ConvertToVector256Int32(folded).AsUInt64();
        var even = Avx2.UnpackLow(plainLanes, foldedLanes).AsUInt32();
        var odd = Avx2.UnpackHigh(plainLanes, foldedLanes).AsUInt32();
        var evenNext = Avx2.ShiftRightLogical128BitLane(even, 4);
        var oddNext = Avx2.ShiftRightLogical128BitLane(odd, 4);

        // The high halves taken first: a low half read while its vector is still wanted was a copy of the vector.
        var evenHigh = even.GetUpper();
        var evenNextHigh = evenNext.GetUpper();
        var oddHigh = odd.GetUpper();
        var oddNextHigh = oddNext.GetUpper();
        h = Step(h, even.GetLower(), ref m, 0);
        h = Step(h, evenNext.GetLower(), ref m, 1);
        h = Step(h, odd.GetLower(), ref m, 2);
        h = Step(h, oddNext.GetLower(), ref m, 3);
        h = Step(h, evenHigh, ref m, 4);
        h = Step(h, evenNextHigh, ref m, 5);
        h = Step(h, oddHigh, ref m, 6);
        return Step(h, oddNextHigh, ref m, 7);
    }

    // FNV-1a's step i of both hashes: the characters (32-bit lanes 0 and 2 of pair) xored in, and a multiply by step
    // i's multiplier of the low half of each 64-bit lane.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<uint> Step(Vector128<uint> h, Vector128<uint> pair, ref uint m, int i) =>
        Sse2.Multiply(h ^ pair, Vector128.LoadUnsafe(ref m, (nuint)(4 * i))).AsUInt32();

    // The two hashes of 32-bit lanes 0 and 2 as one value, each as FNV's 31 bits.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long BothOf(Vector128<uint> h) =>
        (long)(Sse2.Shuffle(h, 0b_00_00_10_00).AsUInt64().ToScalar() & 0x7FFFFFFF7FFFFFFFUL);

    // StepsBoth's multipliers for a word of length characters: a window of StepMultiplierRun, the prime for the steps
    // within the word and 1 past its end.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref uint StepMultipliersOfBoth(int length) =>
        ref Unsafe.SubtractByteOffset(ref Unsafe.Add(ref MemoryMarshal.GetReference(StepMultiplierRun), LaneWord * 4), (nuint)(uint)length * (4 * sizeof(uint)));

    // LaneWord steps' multipliers of FNV-1a's prime, then LaneWord steps' of 1, a step's four lanes the same (only
    // lanes 0 and 2 are read).
    private static System.ReadOnlySpan<uint> StepMultiplierRun => new uint[]
    {
        16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619,
        16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619,
        16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619,
        16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619, 16777619,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
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
