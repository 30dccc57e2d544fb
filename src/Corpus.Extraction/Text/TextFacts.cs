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
        // The tokenizer counts them as it reads the text's word mask (TokenMasks.Fill); a text it has not read
        // last on this thread is counted here.
        return Tokenizer.TryGetWordCount(text, out var words) ? words : Count(text);
    }

    private static int Count(string text)
    {
        // A word starts where a word character follows a non-word one. Eight characters are read at a time as their
        // ClassBytes (an ASCII letter or digit is a byte without NotWord), and the starts among
        // them are counted by ClassBytes.WordStarts. Eight characters with one outside ASCII are read one by one,
        // since only char.IsLetterOrDigit knows those.
        const ulong NonAscii = 0x0101010101010101UL * ClassBytes.NonAscii;
        var n = text.Length;
        var full = n & ~7;
        var starts = 0;

        // NotWord when the character before the current one is a word character, in the lowest byte.
        var previous = 0UL;
        var i = 0;
        for (; i < full; i += 8)
        {
            var block = ClassBytes.Eight(text, i);
            if ((block & NonAscii) != 0)
            {
                previous = CountOneByOne(text, i, i + 8, previous, ref starts);
                continue;
            }

            starts += ClassBytes.WordStarts(block, ref previous);
        }

        CountOneByOne(text, i, n, previous, ref starts);
        return starts;
    }

    /// <summary>
    /// Adds to <paramref name="starts"/> the words that start in <paramref name="text"/>[<paramref name="from"/>..<paramref name="to"/>],
    /// with <paramref name="previous"/> as in <see cref="ClassBytes.WordStarts"/>; returns it for the last character read.
    /// </summary>
    internal static ulong CountOneByOne(string text, int from, int to, ulong previous, ref int starts)
    {
        var ascii = CharClass.Ascii;
        var wasWord = previous != 0;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            var word = c < 128 ? (ascii[c] & CharClass.Word) != 0 : char.IsLetterOrDigit(c);
            if (word && !wasWord)
            {
                starts++;
            }

            wasWord = word;
        }

        return wasWord ? ClassBytes.NotWord : 0UL;
    }

    private static char HexDigit(int value) => (char)(value < 10 ? '0' + value : 'a' + value - 10);
}
