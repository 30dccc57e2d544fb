using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Corpus.Extraction.Names;

namespace Corpus.Extraction.Text;

/// <summary>
/// Splits a text into sentences with exact offsets, over the tokens of <see cref="Tokenizer"/>.
/// A sentence ends at . ! ? or an ellipsis (with any closing quotes or brackets after it) when the next word
/// starts a sentence: a capital, a digit, an opening quote or bracket. Abbreviations do not end one
/// ("Mr. Li", "the U.S. Senate", "Apple Inc. said"), except an abbreviation followed by a word that only starts
/// sentences ("... two years behind the U.S. Which means ..."). A line break ends a sentence unless the next
/// line goes on in lower case (wrapped prose); a blank line always does.
/// </summary>
internal static class SentenceSplitter
{
    // A list that grew for a very large seed is let go after use rather than kept for the thread's lifetime.
    private const int MaxRetained = 1 << 14;

    // What a token must have for the splitter to look at it closely: a stop, an abbreviation, a line break before it.
    private const TokenFlags MayBreak = TokenFlags.Stop | TokenFlags.Abbreviation | TokenFlags.LineBreakBefore;

    // The sentences of the text being split are collected in one list per thread and copied out at the exact size.
    [System.ThreadStatic]
    private static List<Sentence>? _sentences;

    // The indexes of the tokens that may break a sentence (MayBreakAt), in one buffer per thread; one that grew for
    // a very large seed is let go after use.
    private const int MaxRetainedMarks = 1 << 16;

    [System.ThreadStatic]
    private static int[]? _marks;

    // A wrapped sentence's characters, copied here to fold its line breaks before its string is made.
    private const int MaxRetainedChars = 1 << 12;

    [System.ThreadStatic]
    private static char[]? _chars;

    public static Sentence[] Split(string text, LineMap map) => Split(text, Tokenizer.TokenizeCached(text));

    public static Sentence[] Split(string text, Token[] tokens)
    {
        var sentences = _sentences ??= new List<Sentence>();
        sentences.Clear();

        // Most tokens neither follow a line break nor may end a sentence: they only open one when none is open.
        // The few that may break are listed first, in a loop without a branch on the token (whether a token
        // may break falls at random, and a branch on it would be mispredicted at nearly every one), and only they
        // are looked at closely.
        var marks = MayBreakAt(tokens);
        var chars = _chars ?? new char[MaxRetainedChars];
        var first = -1;

        // The first token of the open sentence that follows a line break: the tokenizer has already seen every
        // line break, so a sentence is searched for breaks to fold only when it wraps.
        var wrap = -1;
        var next = 0;
        for (var m = 0; m < marks.Count; m++)
        {
            var k = marks.Items[m];
            if (k < next)
            {
                // Inside a sentence that already ended past this token (its closing marks).
                continue;
            }

            if (first < 0 && k > next)
            {
                first = next;
                wrap = -1;
            }

            var token = tokens[k];
            if (first >= 0 && token.Has(TokenFlags.LineBreakBefore))
            {
                if (token.Has(TokenFlags.BlankLineBefore) || !token.IsLowerWord)
                {
                    Add(sentences, text, tokens, first, k - 1, wrap, ref chars);
                    first = -1;
                }
                else if (wrap < 0)
                {
                    wrap = k;
                }
            }

            if (first < 0)
            {
                first = k;
                wrap = -1;
            }

            // Only a stop or an abbreviation may end a sentence; a token marked only for its line break cannot.
            next = k + 1;
            var end = (token.Flags & (TokenFlags.Stop | TokenFlags.Abbreviation)) != 0 ? EndsSentenceAt(text, tokens, k) : -1;
            if (end >= 0)
            {
                Add(sentences, text, tokens, first, end, wrap, ref chars);
                first = -1;
                next = end + 1;
            }
        }

        if (first < 0 && next < tokens.Length)
        {
            first = next;
            wrap = -1;
        }

        if (first >= 0)
        {
            Add(sentences, text, tokens, first, tokens.Length - 1, wrap, ref chars);
        }

        _chars = chars.Length <= MaxRetainedChars ? chars : null;
        var result = sentences.ToArray();
        if (sentences.Capacity > MaxRetained)
        {
            _sentences = null;
        }
        else
        {
            sentences.Clear();
        }

        return result;
    }

    /// <summary>The indexes of the tokens that have any of <see cref="MayBreak"/>, in order, in a buffer kept per thread.</summary>
    private static Marks MayBreakAt(Token[] tokens)
    {
        var items = _marks;
        if (items is null || items.Length < tokens.Length)
        {
            items = new int[tokens.Length];
        }

        // Every index is written; the count moves on past it only for a token that may break.
        var count = 0;
        for (var k = 0; k < tokens.Length; k++)
        {
            items[count] = k;
            count += (tokens[k].Flags & MayBreak) != 0 ? 1 : 0;
        }

        _marks = items.Length <= MaxRetainedMarks ? items : null;
        return new Marks(items, count);
    }

    /// <summary>The index of the last token of the sentence that ends at token <paramref name="k"/>, or -1.</summary>
    private static int EndsSentenceAt(string text, Token[] tokens, int k)
    {
        var token = tokens[k];
        // The tokenizer marks punctuation that is . ! ? or an ellipsis with Stop.
        if (token.Kind == TokenKind.Punct && token.Has(TokenFlags.Stop))
        {
            var last = k;
            while (last + 1 < tokens.Length && IsCloser(text, tokens[last + 1]) && !tokens[last + 1].Has(TokenFlags.SpaceBefore))
            {
                last++;
            }

            if (last + 1 >= tokens.Length)
            {
                return last;
            }

            var next = tokens[last + 1];
            return (next.Has(TokenFlags.SpaceBefore) || next.Has(TokenFlags.LineBreakBefore)) && StartsSentence(text, next) ? last : -1;
        }

        if (token.IsWord && token.Has(TokenFlags.Abbreviation) && !token.Has(TokenFlags.TitleAbbreviation) && k + 1 < tokens.Length)
        {
            // "... behind the U.S. Which means ..." but not "the U.S. Senate" or "Apple Inc. said".
            var next = tokens[k + 1];
            return next.IsWord && next.Has(TokenFlags.Capitalized) && !next.Has(TokenFlags.AllCaps)
                && WordLists.FunctionWords.Contains(text, next.Start, next.Length) ? k : -1;
        }

        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsCloser(string text, Token token) =>
        token.Kind == TokenKind.Punct && (text[token.Start] is '\u201D' or '\u2019' or '"' or '\'' or ')' or ']' or '\u00BB' or '!' or '?');

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool StartsSentence(string text, Token token)
    {
        if (token.Kind == TokenKind.Cjk)
        {
            return true;
        }

        if (token.IsWord)
        {
            return token.Has(TokenFlags.Capitalized) || char.IsDigit(text[token.Start]) || token.Has(TokenFlags.MixedCase);
        }

        return token.Kind == TokenKind.Punct && text[token.Start] is '\u201C' or '\u2018' or '"' or '\'' or '(' or '[' or '\u00AB' or '\u2014' or '-' or '*' or '\u2022';
    }

    /// <summary>
    /// Adds the sentence from token <paramref name="first"/> to token <paramref name="last"/>; <paramref name="wrap"/>
    /// is the first of its tokens after a line break, or -1 when it sits on one line; <paramref name="chars"/> is a
    /// buffer for folding a wrapped sentence's line breaks, replaced when short.
    /// </summary>
    /// <remarks>Inlined: it runs once per sentence, and most sentences sit on one line and need only their substring.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(List<Sentence> sentences, string text, Token[] tokens, int first, int last, int wrap, ref char[] chars)
    {
        var start = tokens[first].Start;
        var end = tokens[last].End;
        if (end > start)
        {
            sentences.Add(new Sentence(start, end - start, wrap < 0 ? text.Substring(start, end - start) : Folded(text, tokens, start, end, wrap, last, ref chars)));
        }
    }

    /// <summary>
    /// The text from <paramref name="start"/> to <paramref name="end"/> with its line breaks made spaces, where
    /// <paramref name="wrap"/> is the first token after one and <paramref name="last"/> the last token.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string Folded(string text, Token[] tokens, int start, int end, int wrap, int last, ref char[] chars)
    {
        // Line breaks are white space, so they lie only between tokens, and the tokenizer has marked every token
        // that follows one: only the white space before those tokens is searched. The characters are folded in a
        // buffer kept per thread, so the sentence's string is the only allocation.
        var length = end - start;
        if (chars.Length < length)
        {
            chars = new char[length];
        }

        text.CopyTo(start, chars, 0, length);
        for (var t = wrap; t <= last; t++)
        {
            if (tokens[t].Has(TokenFlags.LineBreakBefore))
            {
                for (var i = tokens[t - 1].End; i < tokens[t].Start; i++)
                {
                    if (text[i] is '\r' or '\n' or '\u2028' or '\u2029' or '\u0085')
                    {
                        chars[i - start] = ' ';
                    }
                }
            }
        }

        return new string(chars, 0, length);
    }

    /// <summary>A count of indexes at the start of a buffer.</summary>
    private readonly struct Marks
    {
        public Marks(int[] items, int count)
        {
            Items = items;
            Count = count;
        }

        public int[] Items { get; }

        public int Count { get; }
    }
}
