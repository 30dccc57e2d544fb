using System;

namespace Corpus.Extraction.Text;

/// <summary>What a token is.</summary>
internal enum TokenKind : byte
{
    /// <summary>Letters and digits, with inner dots, apostrophes and digit commas ("U.S.", "O’Brien", "1,500").</summary>
    Word,

    /// <summary>A run of Chinese, Japanese or Korean characters ("李强").</summary>
    Cjk,

    /// <summary>A clitic split off a word: a possessive ’s or a contraction (’d, ’ll, ’re, ’ve, ’m).</summary>
    Clitic,

    /// <summary>One punctuation or symbol character (a run of dots is one token).</summary>
    Punct,
}

/// <summary>Cheap facts about a token, computed once by the tokenizer.</summary>
[Flags]
internal enum TokenFlags : ushort
{
    None = 0,
    SpaceBefore = 1,
    LineBreakBefore = 2,
    BlankLineBefore = 4,
    Capitalized = 8,
    AllCaps = 16,
    MixedCase = 32,
    HasDigit = 64,
    HasLetter = 128,
    Abbreviation = 256,
    TitleAbbreviation = 512,
    Domain = 1024,
    LowerInitial = 2048,

    /// <summary>Punctuation that may end a sentence: . ! ? or an ellipsis (a run of dots is one token).</summary>
    Stop = 4096,
}

/// <summary>
/// A token of a text: where it stands and what it looks like, packed in eight bytes (a seed has a token every four
/// or five characters, and the rules read them over and over). The start takes 24 bits and the length 25, which
/// holds any text of up to <see cref="DocumentExtractor.MaxCharacters"/> (2^24) characters; the kind takes 2 bits
/// and the flags the last 13.
/// </summary>
internal readonly struct Token
{
    /// <summary>The largest text whose tokens fit: <see cref="DocumentExtractor.MaxCharacters"/>.</summary>
    public const int MaxTextLength = 1 << StartBits;

    /// <summary>Where the length starts in the token's bits (<see cref="Token(ulong)"/>).</summary>
    public const int StartBits = 24;

    private const int LengthBits = 25;

    /// <summary>Where the kind starts in the token's bits.</summary>
    public const int KindShift = StartBits + LengthBits;

    /// <summary>Where the flags start in the token's bits.</summary>
    public const int FlagsShift = KindShift + 2;

    private readonly ulong _bits;

    /// <summary>
    /// The token whose start, length, kind and flags are already packed in <paramref name="bits"/>, as the
    /// tokenizer's plain loop assembles them.
    /// </summary>
    public Token(ulong bits)
    {
        _bits = bits;
    }

    public Token(int start, int length, TokenKind kind, TokenFlags flags)
    {
        _bits = (uint)start | ((ulong)(uint)length << StartBits) | ((ulong)kind << KindShift) | ((ulong)flags << FlagsShift);
    }

    /// <summary>The packed bits (<see cref="Token(ulong)"/>).</summary>
    public ulong Bits => _bits;

    public int Start => (int)(_bits & ((1UL << StartBits) - 1));

    public int Length => (int)((_bits >> StartBits) & ((1UL << LengthBits) - 1));

    public int End => Start + Length;

    public TokenKind Kind => (TokenKind)((_bits >> KindShift) & 3);

    public TokenFlags Flags => (TokenFlags)(_bits >> FlagsShift);

    public bool Has(TokenFlags flag) => (Flags & flag) != 0;

    /// <summary>
    /// Of the flags in <paramref name="mask"/>, those in <paramref name="flags"/> are set and the others not: one compare
    /// of the bits, where a test of each flag was a branch of its own that the processor mispredicts as often as the
    /// flags fall at random ("spaced from the word before, and on its line": SpaceBefore without LineBreakBefore).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool HasOnly(TokenFlags mask, TokenFlags flags) => (_bits & ((ulong)mask << FlagsShift)) == ((ulong)flags << FlagsShift);

    /// <summary>
    /// Capitalised and not in capitals ("Reuters", not "NATO"): <see cref="TokenFlags.Capitalized"/> without
    /// <see cref="TokenFlags.AllCaps"/>, in one compare, as the name rules ask it of a word before or after a name.
    /// </summary>
    public bool TitleCased
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get => HasOnly(TokenFlags.Capitalized | TokenFlags.AllCaps, TokenFlags.Capitalized);
    }

    /// <summary>
    /// White space before the token on its line: <see cref="TokenFlags.SpaceBefore"/> without
    /// <see cref="TokenFlags.LineBreakBefore"/>, in one compare (see <c>TokenView.SpacedFromPrevious</c>).
    /// </summary>
    public bool SpacedOnItsLine
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get => HasOnly(TokenFlags.SpaceBefore | TokenFlags.LineBreakBefore, TokenFlags.SpaceBefore);
    }

    /// <summary><see cref="IsWord"/> and <see cref="HasOnly"/> in one compare of the bits (the kind of a word is 0).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool IsWordWithOnly(TokenFlags mask, TokenFlags flags) =>
        (_bits & ((3UL << KindShift) | ((ulong)mask << FlagsShift))) == (((ulong)TokenKind.Word << KindShift) | ((ulong)flags << FlagsShift));

    /// <summary>
    /// The token's kind (bits 0-1), its first eight flags (bits 2-9, <see cref="TokenFlags.SpaceBefore"/> to
    /// <see cref="TokenFlags.HasLetter"/>) and its length less one, up to 3 (bits 10-11), as a number below
    /// <see cref="ShapeKeys"/>: what a table indexed by it can say of a word's shape, read off the bits in a few
    /// instructions (a pass over every token looks its shape up this way).
    /// </summary>
    public int ShapeKey
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get
        {
            // The length less one (a token has a character at least), made 3 when it is more, without a branch:
            // whether a word is short falls at random. A length takes 25 bits, so the length less one plus 2^25 - 4
            // reaches bit 25 only when it is 4 or more (0 less one wraps to every bit, which makes 3 as well).
            var less = ((uint)(_bits >> StartBits) & ((1U << LengthBits) - 1)) - 1;
            var more = (less + ((1U << LengthBits) - 4)) >> LengthBits;
            return (int)((_bits >> KindShift) & 0x3FF) | (int)(((less | (more * 3)) & 3) << 10);
        }
    }

    /// <summary>The number of values <see cref="ShapeKey"/> takes.</summary>
    public const int ShapeKeys = 1 << 12;

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsPossessive(string text) => Kind == TokenKind.Clitic && Length == 2 && text[Start + 1] == 's';

    public bool IsPunct(string text, char c) => Kind == TokenKind.Punct && text[Start] == c;

    /// <summary>Whether the token starts with a lower-case letter (an ordinary word in running text).</summary>
    /// <remarks>
    /// One comparison of the bits, with no branch (the rules ask it of the words around every name, where words and
    /// marks, lower case and capitals, fall at random): the kind is <see cref="TokenKind.Word"/> (0) and, of the two
    /// case flags, only <see cref="TokenFlags.LowerInitial"/> is set.
    /// </remarks>
    public bool IsLowerWord => (_bits & LowerWordMask) == LowerWordBits;

    private const ulong LowerWordMask = (3UL << KindShift) | ((ulong)(TokenFlags.LowerInitial | TokenFlags.MixedCase) << FlagsShift);

    private const ulong LowerWordBits = ((ulong)TokenKind.Word << KindShift) | ((ulong)TokenFlags.LowerInitial << FlagsShift);
}
