using System.Runtime.CompilerServices;

namespace Corpus.Extraction.Text;

/// <summary>
/// Bit counting on 64-bit masks. On .NET (the net8.0 build) each is one processor instruction
/// (System.Numerics.BitOperations); netstandard2.0 has no BitOperations, so that build counts with
/// <see cref="Portable"/>, whose answers are the same (a test compares the two on every bit, on random masks and on 0).
/// </summary>
internal static class Bits
{
    /// <summary>The index of the lowest set bit of <paramref name="mask"/>, which must not be 0.</summary>
    /// <remarks>
    /// For 0 the processor gives 64 and the portable count 0; the mask by 63 makes both builds give 0, so that a caller's
    /// slip could never make the two builds read a text differently (it costs one instruction).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
#if NET
    public static int TrailingZeroCount(ulong mask) => System.Numerics.BitOperations.TrailingZeroCount(mask) & 63;
#else
    public static int TrailingZeroCount(ulong mask) => Portable.TrailingZeroCount(mask);
#endif

    /// <summary>
    /// The index of the lowest set bit of <paramref name="mask"/>, which is not 0 (a loop that reads bits while some are
    /// left): <see cref="TrailingZeroCount"/> without its clearing of an empty mask's count, one instruction less, for
    /// the loops that run once a token or more.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
#if NET
    public static int LowestOf(ulong mask) => System.Numerics.BitOperations.TrailingZeroCount(mask);
#else
    public static int LowestOf(ulong mask) => Portable.LowestOf(mask);
#endif

    /// <summary>The index of the one bit set in <paramref name="bit"/> (0 for 0, in both builds, as above).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
#if NET
    public static int IndexOf(ulong bit) => System.Numerics.BitOperations.TrailingZeroCount(bit) & 63;
#else
    public static int IndexOf(ulong bit) => Portable.IndexOf(bit);
#endif

    /// <summary>The number of set bits of <paramref name="mask"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
#if NET
    public static int PopCount(ulong mask) => System.Numerics.BitOperations.PopCount(mask);
#else
    public static int PopCount(ulong mask) => Portable.PopCount(mask);
#endif

    /// <summary>
    /// The number of set bits of <paramref name="mask"/>, as a 64-bit number: the processor's count is one already, so
    /// a count added to a 64-bit sum is not zero-extended from an int first (an instruction each).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
#if NET
    public static ulong WidePopCount(ulong mask) =>
        System.Runtime.Intrinsics.X86.Popcnt.X64.IsSupported
            ? System.Runtime.Intrinsics.X86.Popcnt.X64.PopCount(mask)
            : (ulong)(uint)System.Numerics.BitOperations.PopCount(mask);
#else
    public static ulong WidePopCount(ulong mask) => (ulong)(uint)Portable.PopCount(mask);
#endif

    /// <summary>The index of the highest set bit of <paramref name="mask"/>, which must not be 0.</summary>
    /// <remarks>
    /// The logarithm's answer for 0 is 0, as the portable count's, so both builds agree on it. It is one instruction
    /// (or a bit scan where the processor has no count of leading zeros, with no test for 0), where 63 less the count
    /// of leading zeros took a subtraction more, and the scan a test and a branch for 0 more.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
#if NET
    public static int HighestBit(ulong mask) => System.Numerics.BitOperations.Log2(mask);
#else
    public static int HighestBit(ulong mask) => Portable.HighestBit(mask);
#endif

    /// <summary>1 when <paramref name="mask"/> has a bit set, else 0, without a branch.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int NonZero(ulong mask) => (int)((mask | (0UL - mask)) >> 63);

    /// <summary>
    /// The same counts without processor support: a de Bruijn multiplication finds the lowest set bit, and a sum of
    /// bit fields counts them. Both are a few instructions without a branch. Compiled into both builds, so the
    /// tests, which run the .NET build, check the code the netstandard2.0 build runs.
    /// </summary>
    internal static class Portable
    {
        // A de Bruijn sequence: every 6-bit window of it is different, so the top six bits of it shifted left by n
        // name n.
        private const ulong DeBruijn = 0x03F79D71B4CB0A89UL;

        private static readonly byte[] Positions = BuildPositions();

        /// <summary>The index of the lowest set bit of <paramref name="mask"/>, which must not be 0.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int TrailingZeroCount(ulong mask) => IndexOf(mask & (0UL - mask));

        /// <summary>The index of the lowest set bit of <paramref name="mask"/>, which is not 0.</summary>
        /// <remarks>
        /// The lowest bit alone, converted to a double, has its index for exponent: the conversion is exact for a power of
        /// two, and bit 63 converts to -2^63, whose sign the mask by 0x7FF drops. No table and no multiplication, where
        /// <see cref="TrailingZeroCount"/> takes both and a table read (whose answer for 0 this does not keep: 0 gives -1023).
        /// </remarks>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int LowestOf(ulong mask) =>
            (int)(((ulong)System.BitConverter.DoubleToInt64Bits((long)(mask & (0UL - mask))) >> 52) & 0x7FF) - 1023;

        /// <summary>The index of the one bit set in <paramref name="bit"/> (0 for 0, in both builds, as above).</summary>
        /// <remarks>The mask by 63 changes nothing, but lets the JIT see that the index is below the table's 64 entries and drop the bounds check (one per token).</remarks>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int IndexOf(ulong bit) => Positions[(int)((bit * DeBruijn) >> 58) & 63];

        /// <summary>The number of set bits of <paramref name="mask"/>: its bytes' counts, summed by one multiply.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int PopCount(ulong mask) => (int)((ByteCounts(mask) * 0x0101010101010101UL) >> 56);

        /// <summary>
        /// The number of set bits of each byte of <paramref name="mask"/>, in that byte: the first three steps of
        /// <see cref="PopCount"/>, for a caller that wants the counts of the bytes apart.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static ulong ByteCounts(ulong mask)
        {
            mask -= (mask >> 1) & 0x5555555555555555UL;
            mask = (mask & 0x3333333333333333UL) + ((mask >> 2) & 0x3333333333333333UL);
            return (mask + (mask >> 4)) & 0x0F0F0F0F0F0F0F0FUL;
        }

        /// <summary>The index of the highest set bit of <paramref name="mask"/> (0 for 0), by halving the range six times.</summary>
        public static int HighestBit(ulong mask)
        {
            var at = 0;
            for (var shift = 32; shift > 0; shift >>= 1)
            {
                if ((mask >> shift) != 0)
                {
                    mask >>= shift;
                    at += shift;
                }
            }

            return at;
        }

        private static byte[] BuildPositions()
        {
            var positions = new byte[64];
            for (var n = 0; n < 64; n++)
            {
                positions[(int)((DeBruijn << n) >> 58)] = (byte)n;
            }

            return positions;
        }
    }
}
