namespace Corpus.Extraction.Text;

/// <summary>
/// One byte per character of a text, saying what the tokenizer's plain loop needs of it, packed eight to a
/// <see cref="ulong"/> (byte j of number k is character 8k + j). The bytes let the loop find where a word ends by
/// reading eight of them at once (<see cref="At"/>, <see cref="WordRun"/>) instead of testing one character after
/// another, whose exit is mispredicted at the end of nearly every word: words are short and their lengths fall at
/// random. A word character's byte is below <see cref="NotWord"/> and holds its case facts; any other character's
/// byte has <see cref="NotWord"/> set and says what kind of mark it is. (The bytes are packed by hand because
/// netstandard2.0 has no way to read eight bytes of an array as one number without a call.)
/// </summary>
internal static class ClassBytes
{
    /// <summary>Set in the byte of every character that is not an ASCII letter or digit (and in the padding).</summary>
    public const int NotWord = 0x80;

    /// <summary>A word character that is an upper-case letter.</summary>
    public const int Upper = 1;

    /// <summary>A word character that is a lower-case letter.</summary>
    public const int Lower = 2;

    /// <summary>A word character that is a digit.</summary>
    public const int Digit = 4;

    /// <summary>A word character that is a letter.</summary>
    public const int Letter = 8;

    /// <summary>With <see cref="NotWord"/>: white space.</summary>
    public const int Space = 1;

    /// <summary>With <see cref="NotWord"/>: a line end (\n or \r).</summary>
    public const int LineEnd = 2;

    /// <summary>With <see cref="NotWord"/>: <see cref="CharClass.Joiner"/>.</summary>
    public const int Joiner = 4;

    /// <summary>With <see cref="NotWord"/>: <see cref="CharClass.MayExtend"/>.</summary>
    public const int MayExtend = 8;

    /// <summary>With <see cref="NotWord"/>: <see cref="CharClass.Stop"/>, shifted down by <see cref="StopShift"/>.</summary>
    public const int Stop = 16;

    /// <summary>The shift from <see cref="Stop"/> to <see cref="TokenFlags.Stop"/>.</summary>
    public const int StopShift = 8;

    /// <summary>With <see cref="NotWord"/>: a character outside ASCII, left to the tokenizer's general methods.</summary>
    public const int NonAscii = 32;

    // NotWord in each byte.
    private const ulong NotWords = 0x8080808080808080UL;

    // NonAscii in each byte.
    private const ulong NonAsciis = 0x2020202020202020UL;

    // The byte of every UTF-16 code unit, read off CharClass's ASCII table so both agree by construction; all
    // others are NonAscii. A full table (64 KB, of which a text touches a few lines) spares the fill loop a test.
    private static readonly byte[] Table = Build();

    // The initial's and the word's facts as token flags, by (first byte × 16 + union of the bytes).
    private static readonly ushort[] FactFlags = BuildFactFlags();

    /// <summary>
    /// Fills <paramref name="octets"/> (replaced when short) with the bytes of the characters of
    /// <paramref name="text"/>, followed by at least eight bytes of <see cref="NotWord"/> alone, so that
    /// <see cref="At"/> can read from any index up to the text's length. On the way it counts the text's words as
    /// <see cref="TextFacts.CountWords"/> does, into <paramref name="words"/>: the bytes are at hand, and a second
    /// pass would read the whole text again.
    /// </summary>
    public static ulong[] Fill(string text, ulong[]? octets, out int words)
    {
        var n = text.Length;
        var full = n >> 3;
        if (octets is null || octets.Length < full + 2)
        {
            octets = new ulong[full + 2];
        }

        var table = Table;
        var starts = 0;
        var previous = 0UL;
        for (var k = 0; k < full; k++)
        {
            var c = k << 3;
            var block = table[text[c]] | ((ulong)table[text[c + 1]] << 8) | ((ulong)table[text[c + 2]] << 16)
                | ((ulong)table[text[c + 3]] << 24) | ((ulong)table[text[c + 4]] << 32) | ((ulong)table[text[c + 5]] << 40)
                | ((ulong)table[text[c + 6]] << 48) | ((ulong)table[text[c + 7]] << 56);
            octets[k] = block;
            if ((block & NonAsciis) != 0)
            {
                previous = TextFacts.CountOneByOne(text, c, c + 8, previous, ref starts);
            }
            else
            {
                starts += WordStarts(block, ref previous);
            }
        }

        TextFacts.CountOneByOne(text, full << 3, n, previous, ref starts);
        words = starts;

        var last = 0UL;
        for (var j = 0; j < 8; j++)
        {
            var c = (full << 3) + j;
            last |= (ulong)(c < n ? table[text[c]] : NotWord) << (8 * j);
        }

        octets[full] = last;
        octets[full + 1] = NotWords;
        return octets;
    }

    /// <summary>
    /// The number of words that start among the eight characters of <paramref name="block"/> (all in ASCII):
    /// where a word character follows a non-word one. <paramref name="previous"/> is <see cref="NotWord"/> when
    /// the character before the block is a word character, and is set so for the block's last character. The
    /// starts are found and added up by arithmetic on the eight bytes as one number, without a branch per
    /// character: word boundaries come every few characters and fall at random.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int WordStarts(ulong block, ref ulong previous)
    {
        const ulong Ones = 0x0101010101010101UL;
        var word = ~block & NotWords;
        var first = word & ~((word << 8) | previous);
        previous = word >> 56;
        return (int)(((first >> 7) * Ones) >> 56);
    }

    /// <summary>
    /// The bytes of the eight characters of <paramref name="text"/> from <paramref name="c"/> on, the first in the
    /// lowest byte (<paramref name="c"/> + 8 must not pass the text's length); for a pass that reads a text once.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static ulong Eight(string text, int c)
    {
        var table = Table;
        return table[text[c]] | ((ulong)table[text[c + 1]] << 8) | ((ulong)table[text[c + 2]] << 16)
            | ((ulong)table[text[c + 3]] << 24) | ((ulong)table[text[c + 4]] << 32) | ((ulong)table[text[c + 5]] << 40)
            | ((ulong)table[text[c + 6]] << 48) | ((ulong)table[text[c + 7]] << 56);
    }

    /// <summary>The bytes of the eight characters from <paramref name="i"/> on (at most the text's length), the first in the lowest byte.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static ulong At(ulong[] octets, int i)
    {
        var k = i >> 3;
        var shift = (i & 7) << 3;

        // The next number's bytes fill in from the top; shifting by one and then the rest keeps a shift of 64
        // (when i is a multiple of eight) from wrapping to a shift of 0.
        return (octets[k] >> shift) | ((octets[k + 1] << 1) << (63 - shift));
    }

    /// <summary>
    /// The number of word characters (0 to 8) at the start of <paramref name="block"/> (from <see cref="At"/>), up to the first other character
    /// or eight, with the union of their bytes in <paramref name="seen"/> and the number of capitals among them in
    /// <paramref name="capitals"/>; 8 means the word may go on (read on by the caller). The first non-word byte is
    /// found by arithmetic on the eight bytes read as one number, without a branch.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static int WordRun(ulong block, out int seen, out int capitals)
    {
        const ulong Ones = 0x0101010101010101UL;
        var ends = block & NotWords;

        // The lowest set bit of "ends" is the high bit of the first non-word byte (bytes are little-endian):
        // below it lie the word's own bytes. Its byte index is read off a multiplication: shifted to bit 8k,
        // 0x0001020304050607 brings its byte k into the top byte.
        var first = ends & (0UL - ends);
        var unit = first >> 7;
        var word = block & (unit - 1);
        var folded = word | (word >> 32);
        folded |= folded >> 16;
        folded |= folded >> 8;
        seen = (int)folded & 0x7F;
        capitals = (int)(((word & Ones) * Ones) >> 56);
        var length = (int)((unit * 0x0001020304050607UL) >> 56);
        return ends == 0 ? 8 : length;
    }

    /// <summary>
    /// The case flags of a word from its bytes: <paramref name="first"/> is its first character's byte,
    /// <paramref name="seen"/> the union of all its bytes, <paramref name="capitals"/> its number of capitals;
    /// the same flags as <see cref="Tokenizer"/>'s from the character classes.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static TokenFlags WordFlags(int first, int seen, int capitals)
    {
        // The initial and the kinds of character are read off a table rather than branched on: which words are
        // capitalised, or hold digits, falls at random in text.
        var flags = (TokenFlags)FactFlags[(first << 4) | seen];
        var hasLower = (seen & Lower) != 0;
        if (capitals >= 2 && !hasLower)
        {
            flags |= TokenFlags.AllCaps;
        }

        // "iPhone", "McDonald": a capital after the first character, with lower case beside it.
        if (capitals > (first & Upper) && hasLower)
        {
            flags |= TokenFlags.MixedCase;
        }

        return flags;
    }

    private static byte[] Build()
    {
        var table = new byte[char.MaxValue + 1];
        for (var c = 0; c < 128; c++)
        {
            int cls = CharClass.Ascii[c];
            int b;
            if ((cls & CharClass.Word) != 0)
            {
                b = ((cls & CharClass.Upper) != 0 ? Upper : 0) | ((cls & CharClass.Lower) != 0 ? Lower : 0)
                    | ((cls & CharClass.Digit) != 0 ? Digit : 0) | ((cls & CharClass.Letter) != 0 ? Letter : 0);
            }
            else
            {
                b = NotWord | ((cls & CharClass.Space) != 0 ? Space : 0) | ((cls & CharClass.LineEnd) != 0 ? LineEnd : 0)
                    | ((cls & CharClass.Joiner) != 0 ? Joiner : 0) | ((cls & CharClass.MayExtend) != 0 ? MayExtend : 0)
                    | ((cls & CharClass.Stop) != 0 ? Stop : 0);
            }

            table[c] = (byte)b;
        }

        for (var c = 128; c < table.Length; c++)
        {
            table[c] = NotWord | NonAscii;
        }

        return table;
    }

    private static ushort[] BuildFactFlags()
    {
        var table = new ushort[256];
        for (var first = 0; first < 16; first++)
        {
            for (var seen = 0; seen < 16; seen++)
            {
                var flags = ((first & Upper) != 0 ? TokenFlags.Capitalized : 0) | ((first & Lower) != 0 ? TokenFlags.LowerInitial : 0)
                    | ((seen & Digit) != 0 ? TokenFlags.HasDigit : 0) | ((seen & Letter) != 0 ? TokenFlags.HasLetter : 0);
                table[(first << 4) | seen] = (ushort)flags;
            }
        }

        return table;
    }
}
