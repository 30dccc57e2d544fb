using Corpus.Extraction.Text;

namespace Corpus.Extraction.Tests.Text;

/// <summary>
/// The bit counts the tokenizer and the indexes run on: the processor's (the .NET build these tests run) and the
/// portable ones the netstandard2.0 build, which the analyzer package ships, runs instead. Both must give the
/// answers a bit-by-bit count gives.
/// </summary>
public sealed class BitsTests
{
    [Fact]
    public void Every_single_bit_is_found_and_counted_once()
    {
        for (var n = 0; n < 64; n++)
        {
            var bit = 1UL << n;
            Assert.Equal(n, Bits.IndexOf(bit));
            Assert.Equal(n, Bits.Portable.IndexOf(bit));
            Assert.Equal(n, Bits.TrailingZeroCount(bit | (bit << 1)));
            Assert.Equal(n, Bits.Portable.TrailingZeroCount(bit | (bit << 1)));
            Assert.Equal(n, Bits.Portable.LowestOf(bit | (bit << 1)));
            Assert.Equal(n, Bits.Portable.LowestOf(bit | ~((bit << 1) - 1)));
            Assert.Equal(1, Bits.PopCount(bit));
            Assert.Equal(1, Bits.Portable.PopCount(bit));
            Assert.Equal(n, Bits.HighestBit(bit | (bit >> 1)));
            Assert.Equal(n, Bits.Portable.HighestBit(bit | (bit >> 1)));
        }
    }

    [Fact]
    public void Random_masks_count_as_bit_by_bit()
    {
        var state = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < 100_000; i++)
        {
            // xorshift64*, so the masks are the same on every run; every fourth is thinned to few bits.
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            var mask = state * 0x2545F4914F6CDD1DUL;
            if ((i & 3) == 0)
            {
                mask &= (mask >> 7) & (mask << 13);
            }

            Assert.Equal(Naive.PopCount(mask), Bits.PopCount(mask));
            Assert.Equal(Naive.PopCount(mask), Bits.Portable.PopCount(mask));
            for (var b = 0; b < 64; b += 8)
            {
                Assert.Equal((ulong)Naive.PopCount((mask >> b) & 0xFF), (Bits.Portable.ByteCounts(mask) >> b) & 0xFF);
            }

            Assert.Equal((ulong)Naive.PopCount(mask), Bits.WidePopCount(mask));
            Assert.Equal(Bits.NonZero(mask), mask == 0 ? 0 : 1);
            if (mask != 0)
            {
                Assert.Equal(Naive.TrailingZeroCount(mask), Bits.TrailingZeroCount(mask));
                Assert.Equal(Naive.TrailingZeroCount(mask), Bits.Portable.TrailingZeroCount(mask));
                Assert.Equal(Naive.TrailingZeroCount(mask), Bits.LowestOf(mask));
                Assert.Equal(Naive.TrailingZeroCount(mask), Bits.Portable.LowestOf(mask));
                Assert.Equal(Naive.HighestBit(mask), Bits.HighestBit(mask));
                Assert.Equal(Naive.HighestBit(mask), Bits.Portable.HighestBit(mask));
            }
        }
    }

    [Fact]
    public void All_bits_and_none()
    {
        Assert.Equal(64, Bits.PopCount(ulong.MaxValue));
        Assert.Equal(64, Bits.Portable.PopCount(ulong.MaxValue));
        Assert.Equal(64UL, Bits.WidePopCount(ulong.MaxValue));
        Assert.Equal(0UL, Bits.WidePopCount(0));
        Assert.Equal(0, Bits.PopCount(0));
        Assert.Equal(0, Bits.Portable.PopCount(0));
        Assert.Equal(0, Bits.NonZero(0));
        Assert.Equal(1, Bits.NonZero(1UL << 63));

        // 0 has no lowest bit; both builds must still answer alike.
        Assert.Equal(Bits.Portable.TrailingZeroCount(0), Bits.TrailingZeroCount(0));
        Assert.Equal(Bits.Portable.IndexOf(0), Bits.IndexOf(0));
        Assert.Equal(Bits.Portable.HighestBit(0), Bits.HighestBit(0));
        Assert.Equal(63, Bits.HighestBit(ulong.MaxValue));
        Assert.Equal(63, Bits.Portable.HighestBit(ulong.MaxValue));
    }

    private static class Naive
    {
        public static int PopCount(ulong mask)
        {
            var count = 0;
            for (var n = 0; n < 64; n++)
            {
                count += (int)((mask >> n) & 1);
            }

            return count;
        }

        public static int TrailingZeroCount(ulong mask)
        {
            var n = 0;
            while (((mask >> n) & 1) == 0)
            {
                n++;
            }

            return n;
        }

        public static int HighestBit(ulong mask)
        {
            var n = 63;
            while (((mask >> n) & 1) == 0)
            {
                n--;
            }

            return n;
        }
    }
}
