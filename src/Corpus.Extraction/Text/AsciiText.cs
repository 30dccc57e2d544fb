using System.Runtime.CompilerServices;
#if NET
using System.Runtime.Intrinsics;
#endif

namespace Corpus.Extraction.Text;

/// <summary>Whether a string is all ASCII, for the name rules that ask it of every name they see.</summary>
internal static class AsciiText
{
    /// <summary>Whether every character of <paramref name="text"/> is below 128.</summary>
    /// <remarks>
    /// Inlined, so each caller's copy has its own branches on the length (short and long, each predicted): a string of up
    /// to sixteen characters is told by two overlapping reads and no loop, where a loop's number of turns, or the
    /// runtime's general test choosing among lengths, was a branch mispredicted name after name.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAscii(string text)
    {
        var n = text.Length;
#if NET
        ref var first = ref Unsafe.AsRef(in text.GetPinnableReference());
        if (n >= 4)
        {
            if (n > 16)
            {
                return System.Text.Ascii.IsValid(text);
            }

            if (n >= 8)
            {
                ref var units = ref Unsafe.As<char, ushort>(ref first);
                var any = Vector128.LoadUnsafe(ref units) | Vector128.LoadUnsafe(ref units, (nuint)(n - 8));
                return (any & Vector128.Create((ushort)0xFF80)) == Vector128<ushort>.Zero;
            }

            ref var bytes = ref Unsafe.As<char, byte>(ref first);
            var four = Unsafe.ReadUnaligned<ulong>(ref bytes) | Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, (nint)(n - 4) * 2));
            return (four & 0xFF80FF80FF80FF80UL) == 0;
        }

        // One to three characters are the first, the middle and the last; none, the string's closing NUL three times.
        return ((first | Unsafe.Add(ref first, n >> 1) | Unsafe.Add(ref first, n - (n > 0 ? 1 : 0))) & 0xFF80) == 0;
#else
        var any = 0;
        for (var i = 0; i < n; i++)
        {
            any |= text[i];
        }

        return any < 0x80;
#endif
    }
}
