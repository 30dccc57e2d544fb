using System.Runtime.CompilerServices;
using Corpus.Extraction.Names;

namespace Corpus.Extraction.Text;

/// <summary>
/// Splits a text into words, clitics and punctuation with exact UTF-16 offsets, in one left-to-right pass
/// with no backtracking. Words keep the inner marks that belong to them: "U.S." and "J.R.R." (initialisms
/// keep their final stop), "Mr." and "Inc." (listed abbreviations), "Fortune.com" (a web domain), "3.5" and
/// "1,500" (numbers), "O’Brien" and "AT&amp;T". A possessive or contraction is split off: "China’s" is "China" + "’s".
/// </summary>
internal static partial class Tokenizer
{
    // The sentence splitter and the entity engine read the same text one after the other: keep the last
    // tokens per thread so the text is tokenised once. Strings are immutable, so the same instance has the same tokens.
    [System.ThreadStatic]
    private static string? _lastText;

    [System.ThreadStatic]
    private static Token[]? _lastTokens;

    [System.ThreadStatic]
    private static int _lastCount;

    // The number of words (TextFacts.CountWords) of the last text, counted by TokenMasks.Fill, and of the text
    // tokenised last.
    [System.ThreadStatic]
    private static int _lastWords;

    [System.ThreadStatic]
    private static int _filledWords;

    // The tokens of the text being read are collected in one buffer per thread. The engine reads them there
    // (TokenizeCached): a 64 KB seed has some 15,000 tokens, whose array would be a large object, and one such array
    // per seed makes the runtime collect its whole heap far more often. Tokenize copies them out at the exact size.
    [System.ThreadStatic]
    private static TokenBuffer? _buffer;

    /// <summary>
    /// The tokens of <paramref name="text"/>: the first <paramref name="count"/> of the returned array, which is this
    /// thread's buffer (the rest holds other texts' tokens). The same string is answered from the same buffer until
    /// the thread tokenises another text, which overwrites it: the caller reads the tokens while it works on this text
    /// and keeps nothing of them past that work.
    /// </summary>
    public static Token[] TokenizeCached(string text, out int count)
    {
        if (ReferenceEquals(text, _lastText) && _lastTokens is not null)
        {
            count = _lastCount;
            return _lastTokens;
        }

        var buffer = Fill(text);
        var tokens = buffer.Items;
        count = buffer.Count;
        buffer.LetGoIfLarge(); // the caller still has it; the thread does not keep it
        _lastText = text;
        _lastTokens = tokens;
        _lastCount = count;
        _lastWords = _filledWords;
        return tokens;
    }

    /// <summary>
    /// The number of words of <paramref name="text"/> as <see cref="TextFacts.CountWords"/> counts them, when it is
    /// the text <see cref="TokenizeCached"/> read last on this thread (the same string instance).
    /// </summary>
    public static bool TryGetWordCount(string text, out int words)
    {
        var known = ReferenceEquals(text, _lastText) && _lastTokens is not null;
        words = known ? _lastWords : 0;
        return known;
    }

    /// <summary>
    /// The tokens of <paramref name="text"/>. Most of any text (white space, plain ASCII words, one-character ASCII
    /// punctuation) is read by <see cref="ReadPlain"/>, a loop without calls; it stops at anything else, which is
    /// read here, one token at a time, by the general methods.
    /// </summary>
    public static Token[] Tokenize(string text) => Fill(text).ToArray();

    // Reads the text's tokens into the thread's buffer, which the tokens TokenizeCached handed out last live in.
    private static TokenBuffer Fill(string text)
    {
        _lastText = null;
        _lastTokens = null;
        if (text.Length > Token.MaxTextLength)
        {
            throw new System.ArgumentException($"A text of more than {Token.MaxTextLength} characters cannot be tokenised.", nameof(text));
        }

        var tokens = _buffer ??= new TokenBuffer();
        tokens.Clear(text.Length / 4 + 16);
        // The line map has most often read the masks of this text already (TokenMasks keeps them per thread).
        var masks = TokenMasks.Of(text, out var facts);
        _filledWords = facts.Words;
        var count = 0;
        var pending = TokenFlags.None;
        var i = 0;

        // The first token of each line is noted as the tokens are read, when the wrap pass reads the lines and the
        // masks hold every line end (a line then has a line end of its own before it: the lines are at most the line
        // ends and one). Else the wrap pass, if it reads the lines, lists them from the tokens.
        var mostLines = facts.OtherLineEnds ? 0 : facts.LineEnds + 1;
        var firsts = mostLines >= 2 && text.Length <= (long)mostLines * MaxWrapWidth
            ? (_lineFirsts is { } kept && kept.Length > mostLines ? kept : new int[mostLines + 1])
            : null;
        var lines = 1;
        while (true)
        {
            if (count > tokens.Items.Length - WindowTokens)
            {
                tokens.Grow();
            }

            i = ReadPlain(text, masks, i, tokens.Items, ref count, ref pending, firsts, ref lines);
            if (i >= text.Length)
            {
                break;
            }

            tokens.SetCount(count);
            var c = text[i];
            var cls = CharClass.Of(c);
            if ((cls & CharClass.Space) != 0)
            {
                // White space outside ASCII (a no-break space, U+2028): the same rule as in ReadPlain.
                pending |= SpaceBefore(text, i, cls, pending);
                i++;
            }
            else
            {
                if ((pending & TokenFlags.LineBreakBefore) != 0 && firsts is not null)
                {
                    lines = NoteLine(firsts, lines, count);
                }

                i = (cls & (CharClass.Word | CharClass.Cjk)) == CharClass.Word
                    ? ReadJoinedWord(text, i, i + 1, cls, cls, (cls >> CharClass.UpperShift) & 1, pending, tokens)
                    : ReadOther(text, i, cls, pending, tokens);
                pending = TokenFlags.None;
            }

            count = tokens.Count;
        }

        tokens.SetCount(count);
        if (facts.LineEnds > 0 || facts.OtherLineEnds)
        {
            // A token has a line break before it after one line end at least: the lines are at most the line ends
            // and one (the masks count the ASCII ones; a text with others may have one per token).
            MarkWraps(text, masks, tokens.Items, count, facts.OtherLineEnds ? count : facts.LineEnds + 1, firsts, lines);
        }

        return tokens;
    }

    /// <summary>The flags that the white space at <paramref name="i"/> adds to <paramref name="pending"/>.</summary>
    private static TokenFlags SpaceBefore(string text, int i, int cls, TokenFlags pending)
    {
        var c = text[i];
        if ((cls & CharClass.LineEnd) != 0 && (c != '\r' || i + 1 >= text.Length || text[i + 1] != '\n'))
        {
            return TokenFlags.SpaceBefore | ((pending & TokenFlags.LineBreakBefore) != 0 ? TokenFlags.BlankLineBefore : TokenFlags.LineBreakBefore);
        }

        return TokenFlags.SpaceBefore;
    }

    /// <summary>Reads the CJK run, spaced clitic or punctuation at <paramref name="i"/>; returns the index after it.</summary>
    private static int ReadOther(string text, int i, int cls, TokenFlags pending, TokenBuffer tokens)
    {
        var c = text[i];
        var end = i + 1;
        if ((cls & CharClass.Cjk) != 0)
        {
            while (end < text.Length && IsCjk(text[end]))
            {
                end++;
            }

            tokens.Add(new Token(i, end - i, TokenKind.Cjk, pending | TokenFlags.HasLetter));
            return end;
        }

        if (IsApostrophe(c) && IsSpacedClitic(text, i, tokens))
        {
            // "Germany 's lead": text tokenised with spaces still has a possessive.
            tokens.Add(new Token(i, 2, TokenKind.Clitic, pending));
            return i + 2;
        }

        if (c == '.')
        {
            while (end < text.Length && text[end] == '.')
            {
                end++;
            }
        }

        var stop = c is '.' or '!' or '?' or '\u2026' ? TokenFlags.Stop : TokenFlags.None;
        tokens.Add(new Token(i, end - i, TokenKind.Punct, pending | stop));
        return end;
    }

    /// <summary>Letters, digits and combining marks (and surrogate halves, so astral letters stay in words).</summary>
    public static bool IsWordChar(char c) => (CharClass.Of(c) & CharClass.Word) != 0;

    /// <summary>CJK ideographs, kana and Hangul syllables: each run is one token.</summary>
    public static bool IsCjk(char c) =>
        (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF')
        || (c >= '\u3040' && c <= '\u30FF') || (c >= '\uAC00' && c <= '\uD7AF');

    public static bool IsApostrophe(char c) => c == '\'' || c == '\u2019';

    private static bool IsSpacedClitic(string text, int i, TokenBuffer tokens) =>
        i + 1 < text.Length && (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= text.Length || !IsWordChar(text[i + 2]))
        && i > 0 && char.IsWhiteSpace(text[i - 1]) && tokens.Count > 0 && tokens[tokens.Count - 1].Kind == TokenKind.Word
        && tokens[tokens.Count - 1].End == i - 1;

    /// <summary>
    /// Reads on from <paramref name="j"/> a word that may take in inner marks ("U.S.", "O’Brien", "1,500", "AT&amp;T")
    /// or non-ASCII characters, with <paramref name="seen"/> and <paramref name="capitals"/> gathered so far, and
    /// adds it, with any clitic split off it.
    /// </summary>
    private static int ReadJoinedWord(string text, int start, int j, int firstClass, int seen, int capitals, TokenFlags pending, TokenBuffer tokens)
    {
        var ascii = CharClass.Ascii;
        var n = text.Length;
        var segmentStart = start;
        var hasDot = false;
        var apostrophe = -1;
        int seenBeforeApostrophe = 0, capitalsBeforeApostrophe = 0;
        while (j < n)
        {
            var c = text[j];
            var cls = c < 128 ? ascii[c] : CharClass.OfAny(c);
            if ((cls & CharClass.Word) != 0)
            {
                seen |= cls;
                capitals += (cls >> CharClass.UpperShift) & 1;
                j++;
                continue;
            }

            if (j + 1 >= n)
            {
                break;
            }

            var next = text[j + 1];
            if (c == '.' && JoinsDot(text, segmentStart, j))
            {
                hasDot = true;
                j++;
                segmentStart = j;
                continue;
            }

            if (IsApostrophe(c) && char.IsLetter(next))
            {
                // A clitic may be split off here: remember what the word looked like before it.
                apostrophe = j;
                seenBeforeApostrophe = seen;
                capitalsBeforeApostrophe = capitals;
                j++;
                continue;
            }

            if (c == ',' && char.IsDigit(text[j - 1]) && ThreeDigitsAt(text, j + 1))
            {
                j++;
                continue;
            }

            if (c == '&' && char.IsUpper(next) && char.IsUpper(text[j - 1]))
            {
                j++;
                continue;
            }

            break;
        }

        // A clitic after the last apostrophe: "China’s", "I’d", "they’re". "O’Brien" keeps its apostrophe.
        // Inside a word an apostrophe is only ever taken in by the loop above, which noted the last one.
        if (apostrophe > start && IsClitic(text, apostrophe + 1, j))
        {
            var stem = pending | CaseFlags(firstClass, seenBeforeApostrophe, capitalsBeforeApostrophe);
            if (hasDot && IsDomain(text, start, apostrophe, seenBeforeApostrophe))
            {
                stem |= TokenFlags.Domain;
            }

            tokens.Add(new Token(start, apostrophe - start, TokenKind.Word, stem));
            tokens.Add(new Token(apostrophe, j - apostrophe, TokenKind.Clitic, TokenFlags.None));
            return j;
        }

        var flags = pending | CaseFlags(firstClass, seen, capitals);
        if (hasDot && IsDomain(text, start, j, seen))
        {
            flags |= TokenFlags.Domain;
        }

        var end = j;
        if (j < n && text[j] == '.')
        {
            var dotFlags = TrailingDot(text, start, j, hasDot);
            if (dotFlags != TokenFlags.None)
            {
                flags |= dotFlags;
                end = j + 1;
            }
        }

        tokens.Add(new Token(start, end - start, TokenKind.Word, flags));
        return end;
    }

    // "U.S", "e.g", "J.R.R" (short segments), "3.5" (digits), "Fortune.com" (a known top-level domain).
    private static bool JoinsDot(string text, int segmentStart, int dot)
    {
        var next = text[dot + 1];
        if (!IsWordChar(next) || char.IsSurrogate(next))
        {
            return false;
        }

        if (char.IsDigit(next) && char.IsDigit(text[dot - 1]))
        {
            return true;
        }

        var nextEnd = dot + 1;
        while (nextEnd < text.Length && char.IsLetter(text[nextEnd]))
        {
            nextEnd++;
        }

        var nextLength = nextEnd - dot - 1;
        if (nextLength == 0 || (nextEnd < text.Length && char.IsDigit(text[nextEnd])))
        {
            return false;
        }

        if (dot - segmentStart <= 2 && nextLength <= 2 && char.IsLetter(text[dot - 1]))
        {
            return true;
        }

        return char.IsLower(next) && WordLists.Tlds.Contains(text, dot + 1, nextLength);
    }

    private static bool ThreeDigitsAt(string text, int at) =>
        at + 2 < text.Length && char.IsDigit(text[at]) && char.IsDigit(text[at + 1]) && char.IsDigit(text[at + 2])
        && (at + 3 >= text.Length || !char.IsDigit(text[at + 3]));

    private static bool IsClitic(string text, int from, int end)
    {
        var length = end - from;
        if (length == 1)
        {
            var c = text[from];
            return c == 's' || c == 'd' || c == 'm' || c == 'S' || c == 'D';
        }

        if (length == 2)
        {
            var a = text[from];
            var b = text[from + 1];
            return (a == 'l' && b == 'l') || (a == 'r' && b == 'e') || (a == 'v' && b == 'e');
        }

        return false;
    }

    private static TokenFlags TrailingDot(string text, int start, int end, bool hasDot)
    {
        var length = end - start;
        if (hasDot)
        {
            // "U.S" + "." when every segment is one or two letters: an initialism keeps its stop.
            var segment = 0;
            for (var k = start; k < end; k++)
            {
                if (text[k] == '.')
                {
                    segment = 0;
                }
                else if (!char.IsLetter(text[k]) || ++segment > 2)
                {
                    return TokenFlags.None;
                }
            }

            return TokenFlags.Abbreviation;
        }

        if (length == 1 && char.IsUpper(text[start]))
        {
            // A middle initial ("George W. Bush") does not end the sentence.
            return TokenFlags.Abbreviation | TokenFlags.TitleAbbreviation;
        }

        if (WordLists.TitleAbbreviations.Contains(text, start, length))
        {
            return TokenFlags.Abbreviation | TokenFlags.TitleAbbreviation;
        }

        return WordLists.OtherAbbreviations.Contains(text, start, length) ? TokenFlags.Abbreviation : TokenFlags.None;
    }

    /// <summary>
    /// The case flags of a word: <paramref name="firstClass"/> is the class of its first character,
    /// <paramref name="seen"/> the union of its characters' classes and <paramref name="capitals"/> the number of
    /// upper-case letters in it. Its initial, digits and letters are read off the classes (they share the flags'
    /// bits); capitals fall at random in text, so they are not branched on.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TokenFlags CaseFlags(int firstClass, int seen, int capitals)
    {
        var flags = (TokenFlags)((firstClass & (CharClass.Upper | CharClass.Lower)) | (seen & (CharClass.Digit | CharClass.Letter)));
        var hasLower = (seen & CharClass.Lower) != 0;
        if (capitals >= 2 && !hasLower)
        {
            flags |= TokenFlags.AllCaps;
        }

        // "iPhone", "McDonald": a capital after the first character, with lower case beside it.
        if (capitals > ((firstClass >> CharClass.UpperShift) & 1) && hasLower)
        {
            flags |= TokenFlags.MixedCase;
        }

        return flags;
    }

    /// <summary>Whether a word with inner dots ends in a known top-level domain: "Fortune.com", not "U.S".</summary>
    private static bool IsDomain(string text, int start, int end, int seen)
    {
        if ((seen & CharClass.Letter) == 0 || !char.IsLetter(text[start]))
        {
            return false;
        }

        var lastDot = text.LastIndexOf('.', end - 1, end - start);
        return lastDot > start && WordLists.Tlds.Contains(text, lastDot + 1, end - lastDot - 1) && char.IsLower(text[lastDot + 1]) && end - lastDot - 1 >= 2;
    }
}
