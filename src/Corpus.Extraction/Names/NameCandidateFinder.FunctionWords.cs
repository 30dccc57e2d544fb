#if NET
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

internal static partial class NameCandidateFinder
{
    // IsCapitalisedFunctionWord in the net8.0 build, without a branch on the word: the slot probe, the first letter and
    // length, the letters one by one and the probe's next slot were each a branch the processor could not guess (about
    // 1.2 mispredicted per word asked, as many as the words asked). Here the word's first sixteen characters are read as
    // one vector, its length put in the last byte, and compared whole with the two keys of one bucket: the one branch
    // left is the caller's, on the answer. A word this table does not hold (a word near the text's end, one the table
    // had no room for) is answered false, as a name would be: IsNameWord then turns it away after its lookup. Inlined
    // into Find: as a call, its saving and restoring and the class's static checks made it dearer than the loop it replaces.
    private const int FunctionWordBuckets = 1024;
    private const int FunctionWordBucketShift = 64 - 10;
    private const int LongestKeyedWord = 15; // the length takes the sixteenth byte

    // Two keys a bucket (16 bytes each, one bucket to a half cache line: the array is pinned and its buckets start on a
    // 32-byte boundary, at FunctionWordKeysFirst). A probe reads one bucket, so the buckets are many: some 260 words in
    // 1024, where a multiplier leaving none out was found in a few tries (in 512 it took thousands).
    private static readonly ulong[] FunctionWordKeys = System.GC.AllocateArray<ulong>((4 * FunctionWordBuckets) + 3, pinned: true);
    private static readonly int FunctionWordKeysFirst = FillFunctionWordKeys(FunctionWordKeys);
    private const ulong FunctionWordMultiplier = 0xFE7E60FF3D1829D1UL; // odd; of those tried, the first that leaves no word out

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsCapitalisedFunctionWord(Token t, string text)
    {
        var start = t.Start;
        if (start > text.Length - 16)
        {
            return false; // fewer than sixteen characters left to read: rare, and IsNameWord answers
        }

        ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(System.MemoryExtensions.AsSpan(text)));
        var low = Vector128.LoadUnsafe(ref chars, (nuint)(uint)start);
        var high = Vector128.LoadUnsafe(ref chars, (nuint)(uint)start + 8);

        // The word's own characters, the bytes past its end 0 (masked once packed, by one read of a table, where masking
        // each half before was two compares and two ands), and its length (16 for any longer) in the last byte.
        var own = System.Math.Min(t.Length, 16);
        var key = (Narrow(low, high, own, out var inAscii)
            & Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(OwnBytesByLength), (nuint)(uint)(own * 16))).WithElement(15, (byte)own);

        ref var bucket = ref Unsafe.Add(
            ref Unsafe.As<ulong, Vector128<byte>>(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(FunctionWordKeys), FunctionWordKeysFirst)),
            (nint)((key.AsUInt64().ToScalar() * FunctionWordMultiplier) >> FunctionWordBucketShift) * 2);
        var found = Vector128.EqualsAll(bucket, key) | Vector128.EqualsAll(Unsafe.Add(ref bucket, 1), key);
        return found & inAscii & ((t.Bits & CapitalisedWordMask) == CapitalisedWordBits);
    }

    // For each length up to 16, the bytes of a word of that length in sixteen: all ones for its characters, 0 past its
    // end and in the last byte, where the key keeps the length.
    private static System.ReadOnlySpan<byte> OwnBytesByLength => new byte[]
    {
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        255, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        255, 255, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        255, 255, 255, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        255, 255, 255, 255, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        255, 255, 255, 255, 255, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        255, 255, 255, 255, 255, 255, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        255, 255, 255, 255, 255, 255, 255, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        255, 255, 255, 255, 255, 255, 255, 255, 0, 0, 0, 0, 0, 0, 0, 0,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 0, 0, 0, 0, 0, 0, 0,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 0, 0, 0, 0, 0, 0,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 0, 0, 0, 0, 0,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 0, 0, 0, 0,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 0, 0, 0,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 0, 0,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 0,
        255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 0,
    };

    /// <summary>
    /// Whether the table answers <paramref name="t"/> of <paramref name="text"/> as a capitalised function word: for the
    /// test that the table leaves no such word out (a word whose bucket was full would be answered false).
    /// </summary>
    internal static bool IsKeyedFunctionWord(Token t, string text) => IsCapitalisedFunctionWord(t, text);

    // The characters as bytes. A character outside ASCII must not be taken for one in it: the saturating pack makes it
    // 0 or a byte of 0x80 or more, which no key's letters are; without it the word's own characters (the first own of
    // fifteen, the last byte being the key's length) must all be in ASCII.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Narrow(Vector128<ushort> low, Vector128<ushort> high, int own, out bool inAscii)
    {
        if (Sse2.IsSupported)
        {
            inAscii = true;
            return Sse2.PackUnsignedSaturate(low.AsInt16(), high.AsInt16());
        }

        var lanes = Vector128.Create((short)own);
        var word = (low & Vector128.GreaterThan(lanes, Vector128.Create((short)0, 1, 2, 3, 4, 5, 6, 7)).AsUInt16())
            | (high & Vector128.GreaterThan(lanes, Vector128.Create((short)8, 9, 10, 11, 12, 13, 14, 16)).AsUInt16());
        inAscii = Vector128.EqualsAll(word & Vector128.Create((ushort)0xFF80), Vector128<ushort>.Zero);
        return Vector128.Narrow(low, high);
    }

    // Files each capitalised function word of two to fifteen letters in ASCII in its bucket (a word whose bucket is full
    // is left out, as one too long is); the place of the first bucket, on a 32-byte boundary.
    private static int FillFunctionWordKeys(ulong[] table)
    {
        var first = (int)((32 - (Marshal.UnsafeAddrOfPinnedArrayElement(table, 0).ToInt64() & 31)) & 31) / 8;
        var used = new int[FunctionWordBuckets];
        foreach (var word in WordLists.FunctionWords.Entries())
        {
            if (word.Length < 2 || word.Length > LongestKeyedWord || !AsciiText.IsAscii(word) || word[0] < 'a' || word[0] > 'z')
            {
                continue; // a word of one letter is in capitals, which IsNameWord reads otherwise
            }

            var capitalised = (char)(word[0] - 32) + word.Substring(1);
            var bytes = new byte[16];
            for (var i = 0; i < capitalised.Length; i++)
            {
                bytes[i] = (byte)capitalised[i];
            }

            bytes[15] = (byte)capitalised.Length;
            var low = System.BitConverter.ToUInt64(bytes, 0);
            var bucket = (int)((low * FunctionWordMultiplier) >> FunctionWordBucketShift);
            if (used[bucket] < 2)
            {
                var at = first + (4 * bucket) + (2 * used[bucket]++);
                table[at] = low;
                table[at + 1] = System.BitConverter.ToUInt64(bytes, 8);
            }
        }

        return first;
    }
}
#endif
