using System.Security.Cryptography;
using System.Text;

namespace Corpus.Extraction.Text;

/// <summary>Cheap facts about a text that every model needs.</summary>
internal static class TextFacts
{
    // The text is encoded and hashed a slice at a time through one small buffer per thread, instead of encoding a
    // 64 KB seed into a fresh 64 KB+ array first.
    private const int SliceChars = 8 * 1024;

    [System.ThreadStatic]
    private static byte[]? _slice;

    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static string Sha256(string text)
    {
        var slice = _slice ??= new byte[Encoding.UTF8.GetMaxByteCount(SliceChars)];
        using var sha = SHA256.Create();
        var start = 0;
        while (start < text.Length)
        {
            var count = System.Math.Min(SliceChars, text.Length - start);

            // A surrogate pair is never cut in two: each half alone would encode as U+FFFD.
            if (start + count < text.Length && char.IsHighSurrogate(text[start + count - 1]))
            {
                count--;
            }

            var bytes = Encoding.UTF8.GetBytes(text, start, count, slice, 0);
            sha.TransformBlock(slice, 0, bytes, null, 0);
            start += count;
        }

        sha.TransformFinalBlock(slice, 0, 0);
        var hash = sha.Hash!;
        var hex = new char[hash.Length * 2];
        for (var i = 0; i < hash.Length; i++)
        {
            hex[2 * i] = HexDigit(hash[i] >> 4);
            hex[(2 * i) + 1] = HexDigit(hash[i] & 0xF);
        }

        return new string(hex);
    }

    /// <summary>Runs of letters or digits, counted once each.</summary>
    public static int CountWords(string text)
    {
        // ASCII letters and digits are the tokenizer's ASCII word characters: one look-up instead of a call. A
        // word starts where a word character follows a non-word one; that is added up rather than branched on,
        // because word boundaries come every few characters and a branch on them is mispredicted each time.
        var ascii = CharClass.Ascii;
        var starts = 0;
        var previous = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var word = c < 128 ? ascii[c] & CharClass.Word : char.IsLetterOrDigit(c) ? CharClass.Word : 0;
            starts += word & ~previous;
            previous = word;
        }

        return starts / CharClass.Word;
    }

    private static char HexDigit(int value) => (char)(value < 10 ? '0' + value : 'a' + value - 10);
}
