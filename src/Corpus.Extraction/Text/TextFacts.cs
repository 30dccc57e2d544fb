using System.Security.Cryptography;
using System.Text;

namespace Corpus.Extraction.Text;

/// <summary>Cheap facts about a text that every model needs.</summary>
internal static class TextFacts
{
    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static string Sha256(string text)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
        var builder = new StringBuilder(hash.Length * 2);
        foreach (var b in hash)
        {
            builder.Append(HexDigit(b >> 4)).Append(HexDigit(b & 0xF));
        }

        return builder.ToString();
    }

    /// <summary>Runs of letters or digits, counted once each.</summary>
    public static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var wordChar = char.IsLetterOrDigit(c);
            if (wordChar && !inWord)
            {
                words++;
            }

            inWord = wordChar;
        }

        return words;
    }

    private static char HexDigit(int value) => (char)(value < 10 ? '0' + value : 'a' + value - 10);
}
