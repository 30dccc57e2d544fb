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

    // One hasher per thread, reset as it hands out each hash: making and letting go of one cost about a microsecond,
    // as much as hashing a short seed.
    [System.ThreadStatic]
    private static IncrementalHash? _sha;

    // The hash of the text hashed last on this thread: a seed's hash is the cache's key (ExtractionCache.Key) and a
    // field of its model, and the same string instance has the same hash.
    [System.ThreadStatic]
    private static string? _lastText;

    [System.ThreadStatic]
    private static string? _lastHash;

    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static string Sha256(string text)
    {
        if (ReferenceEquals(text, _lastText) && _lastHash is { } known)
        {
            return known;
        }

        var hash = Hash(text);
        _lastText = text;
        _lastHash = hash;
        return hash;
    }

    private static string Hash(string text)
    {
        var slice = _slice ??= new byte[Encoding.UTF8.GetMaxByteCount(SliceChars)];
        var sha = _sha ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
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
            sha.AppendData(slice, 0, bytes);
            start += count;
        }

#if NET
        // The hash and its hex on the stack: the string is the one thing made.
        System.Span<byte> hash = stackalloc byte[HashBytes];
        sha.GetHashAndReset(hash);
        System.Span<char> hex = stackalloc char[HashBytes * 2];
#else
        var hash = sha.GetHashAndReset();
        var hex = new char[hash.Length * 2];
#endif
        for (var i = 0; i < hash.Length; i++)
        {
            hex[2 * i] = HexDigit(hash[i] >> 4);
            hex[(2 * i) + 1] = HexDigit(hash[i] & 0xF);
        }

        return new string(hex);
    }

#if NET
    private const int HashBytes = 32;
#endif

    /// <summary>Runs of letters or digits, counted once each.</summary>
    public static int CountWords(string text)
    {
        // The mask pass counts them as it reads the text's word mask (TokenMasks.Of); the tokenizer keeps the count
        // of the text it read last, and a text it has not read (one whose template residue was neutralised first) is
        // read here, or its masks are still kept from the line map.
        if (Tokenizer.TryGetWordCount(text, out var words))
        {
            return words;
        }

        TokenMasks.Of(text, out var facts);
        return facts.Words;
    }

    private static char HexDigit(int value) => (char)(value < 10 ? '0' + value : 'a' + value - 10);
}
