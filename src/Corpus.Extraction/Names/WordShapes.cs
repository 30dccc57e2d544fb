using System.Collections.Generic;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// The shapes of the words of some lists: a bit for each (length, first letter, last letter) of an entry, each taken
/// to its low bits (the length to four, the letters to five, where ASCII capitals and small letters meet). A token
/// whose shape is none of them is in none of the lists, whatever their case rules: a rule that reads a word against
/// several lists rejects most words by this one test, the same steps for every token, where a branch per list
/// (or per word compared) was mispredicted at many tokens. A word that starts or ends outside ASCII always passes
/// (a character the lists fold to ASCII, as the Kelvin sign to "k", is not told by its low bits).
/// </summary>
internal sealed class WordShapes
{
    private readonly uint[] _shapes = new uint[16 * 32];

    // The same words by length, first and second character (their low bits as above): what NextMayBe tests, where a
    // token's first two characters are one read, and its last needs its end worked out first.
    private readonly uint[] _heads = new uint[16 * 32];

    /// <summary>The shapes of the entries of <paramref name="sets"/>, of <paramref name="words"/>, and of each entry of <paramref name="plurals"/> with an "s" after it.</summary>
    public WordShapes(WordSet[] sets, IEnumerable<string> words, WordSet[] plurals)
    {
        foreach (var set in sets)
        {
            foreach (var entry in set.Entries())
            {
                Add(entry, entry.Length);
            }
        }

        foreach (var word in words)
        {
            Add(word, word.Length);
        }

        foreach (var set in plurals)
        {
            foreach (var entry in set.Entries())
            {
                if (entry.Length > 0)
                {
                    _shapes[(((entry.Length + 1) & 15) << 5) | (entry[0] & 31)] |= 1u << ('s' & 31);
                    AddHead(entry.Length + 1, entry[0], entry.Length > 1 ? entry[1] : 's');
                }
            }
        }
    }

    private void Add(string word, int length)
    {
        if (length > 0)
        {
            _shapes[((length & 15) << 5) | (word[0] & 31)] |= 1u << (word[length - 1] & 31);
            AddHead(length, word[0], length > 1 ? word[1] : '\0');
        }
    }

    // A word of one character matches whatever follows a token of one (NextMayBe reads two), and a second character
    // outside ASCII whatever the token's is.
    private void AddHead(int length, char first, char second) =>
        _heads[((length & 15) << 5) | (first & 31)] |= length > 1 && second < 128 ? 1u << (second & 31) : ~0u;

    /// <summary>
    /// Whether a word of the length, first and last character whose low bits (four, five and five) are given may be one
    /// of the words (<see cref="MayBe"/> of an ASCII word of that shape).
    /// </summary>
    public bool HasShape(int lengthBits, int firstBits, int lastBits) => ((_shapes[(lengthBits << 5) | firstBits] >> lastBits) & 1) != 0;

    /// <summary>
    /// One table for several lists (up to eight): by the low bits of a word's length, first and last letter (four, five
    /// and five, at <c>(length &lt;&lt; 10) | (first &lt;&lt; 5) | last</c>), a bit for each list the word may be of, in
    /// their order. A rule that asks a word of several lists then reads one byte instead of asking each.
    /// </summary>
    public static byte[] Table(params WordShapes[] lists)
    {
        var table = new byte[16 * 32 * 32];
        for (var length = 0; length < 16; length++)
        {
            for (var first = 0; first < 32; first++)
            {
                for (var last = 0; last < 32; last++)
                {
                    var bits = 0;
                    for (var i = 0; i < lists.Length; i++)
                    {
                        bits |= lists[i].HasShape(length, first, last) ? 1 << i : 0;
                    }

                    table[(length << 10) | (first << 5) | last] = (byte)bits;
                }
            }
        }

        return table;
    }

    /// <summary>
    /// The bits of <paramref name="table"/> (made by <see cref="Table"/>) for token <paramref name="t"/>: the lists it may
    /// be of. A word that starts or ends outside ASCII may be of any, <paramref name="any"/>.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int InTable(byte[] table, Token t, string text, int any)
    {
        // Unchecked, as MayBe reads: a token lies inside its text, and the index is masked to the size Table makes.
        var chars = new UncheckedText(text);
        var start = t.Start;
        var length = t.Length;
        var first = chars[start];
        // The last character, or the first of an empty token: the sign bit of length - 1 steps back, with no compare.
        var end = chars[start + length - 1 + (int)((uint)(length - 1) >> 31)];
        return (first | end) >= 128 ? any : new Unchecked<byte>(table)[((length & 15) << 10) | ((first & 31) << 5) | (end & 31)];
    }

    /// <summary>
    /// The first token from <paramref name="from"/> to before <paramref name="end"/> that may be one of the words
    /// (<see cref="MayBe"/>), or <paramref name="end"/> when none may.
    /// </summary>
    /// <remarks>
    /// A walk of its own, with the table, the text and the tokens in registers: a rule's loop that asked MayBe of each
    /// token read the table from this object and the text's bounds again at every token.
    /// </remarks>
    public int NextMayBe(Token[] tokenArray, string textString, int from, int end)
    {
        // Unchecked: a caller walks the view's tokens (from 0 on, end at most the view's count), a token's first two
        // characters are the text's (FirstTwo), and the table's index is masked to its size. The range is checked once here.
        if (from < 0 || end > tokenArray.Length)
        {
            return end;
        }

        var heads = new Unchecked<uint>(_heads);
        var tokens = new Unchecked<Token>(tokenArray);

        // Four tokens are tested with one branch: the test fails for most tokens, and a branch and a count per token
        // were a fifth of the walk. A group with a token that may be one is read again token by token.
        var k = from;
        for (; k + 4 <= end; k += 4)
        {
            var a = FirstTwo(textString, tokens[k].Start);
            var b = FirstTwo(textString, tokens[k + 1].Start);
            var c = FirstTwo(textString, tokens[k + 2].Start);
            var d = FirstTwo(textString, tokens[k + 3].Start);
            if ((HeadBit(heads, tokens[k], a) | HeadBit(heads, tokens[k + 1], b) | HeadBit(heads, tokens[k + 2], c) | HeadBit(heads, tokens[k + 3], d)
                | ((a | b | c | d) & NotAscii)) != 0)
            {
                break;
            }
        }

        for (; k < end; k++)
        {
            var two = FirstTwo(textString, tokens[k].Start);
            if ((HeadBit(heads, tokens[k], two) | (two & NotAscii)) != 0)
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>
    /// Whether token <paramref name="t"/> of <paramref name="text"/> may be one of the words, told by its length and first
    /// two characters (as <see cref="NextMayBe"/> tells it): false settles that it is none, as <see cref="MayBe"/>'s does.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayBeByHead(Token t, string text)
    {
        var two = FirstTwo(text, t.Start);
        return (HeadBit(new Unchecked<uint>(_heads), t, two) | (two & NotAscii)) != 0;
    }

    // The bits of FirstTwo that are set when either character is outside ASCII.
    private const uint NotAscii = 0xFF80FF80;

    // 1 when a token of t's length whose first two characters are two (FirstTwo) may be one of the words, else 0.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static uint HeadBit(Unchecked<uint> heads, Token t, uint two) =>
        (heads[(int)(t.Bits >> (Token.StartBits - 5)) & (15 << 5) | (int)(two & 31)] >> (int)(two >> 16)) & 1;

    /// <summary>
    /// Characters <paramref name="start"/> and start + 1 of <paramref name="text"/>, the first in the low half: a token's
    /// first two, or a one-character token's and the one after it (0 at the text's end).
    /// </summary>
    /// <remarks>
    /// One read, unchecked, in the net8.0 build: a token starts inside its text, and a string ends in a NUL character,
    /// so the character after the text's last is still the string's.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static uint FirstTwo(string text, int start)
    {
#if NET
        ref var first = ref System.Runtime.CompilerServices.Unsafe.AsRef(in text.GetPinnableReference());
        var two = System.Runtime.CompilerServices.Unsafe.ReadUnaligned<uint>(
            ref System.Runtime.CompilerServices.Unsafe.As<char, byte>(ref System.Runtime.CompilerServices.Unsafe.Add(ref first, (nint)(uint)start)));
        return System.BitConverter.IsLittleEndian ? two : (two >> 16) | (two << 16);
#else
        return text[start] | (start + 1 < text.Length ? (uint)text[start + 1] << 16 : 0u);
#endif
    }

    /// <summary>Whether token <paramref name="t"/> of <paramref name="text"/> may be one of the words: false settles that it is none.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayBe(Token t, string text)
    {
        // Unchecked: a token lies inside its text (an empty one, as default's, reads its start, at worst the string's
        // closing NUL), and the table's index is masked to its size.
        var chars = new UncheckedText(text);
        var start = t.Start;
        var length = t.Length;
        var first = chars[start];
        // The last character, or the first of an empty token: the sign bit of length - 1 steps back, with no compare.
        var last = chars[start + length - 1 + (int)((uint)(length - 1) >> 31)];
        return ((new Unchecked<uint>(_shapes)[((length & 15) << 5) | (first & 31)] >> (last & 31)) & 1) != 0 | (first | last) >= 128;
    }
}
