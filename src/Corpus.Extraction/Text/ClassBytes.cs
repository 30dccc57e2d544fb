namespace Corpus.Extraction.Text;

/// <summary>
/// One byte per character of a text, packed eight to a <see cref="ulong"/> (the first character in the lowest byte),
/// for <see cref="TextFacts.CountWords"/> on a text the tokenizer has not read: the word starts among eight
/// characters are counted by arithmetic on the eight bytes as one number (<see cref="WordStarts"/>). A word
/// character's byte is below <see cref="NotWord"/> and holds its case facts; any other character's byte has
/// <see cref="NotWord"/> set and says what kind of mark it is. (The bytes are packed by hand because netstandard2.0
/// has no way to read eight bytes of an array as one number without a call.)
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

    // The byte of every UTF-16 code unit, read off CharClass's ASCII table so both agree by construction; all
    // others are NonAscii. A full table (64 KB, of which a text touches a few lines) spares the fill loop a test.
    private static readonly byte[] Table = Build();

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
}
