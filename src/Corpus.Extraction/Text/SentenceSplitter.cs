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

    // The text with its line ends made spaces (LineMap.CopyFolded), kept per thread: each sentence's string is one
    // copy out of it, whether or not the sentence wraps. One that grew for a very large seed is let go after use.
    private const int MaxRetainedChars = 1 << 17;

    [System.ThreadStatic]
    private static char[]? _folded;

    /// <summary>
    /// The sentences of <paramref name="text"/>; <paramref name="map"/> is its line map (or that of a text with the
    /// same line ends), whose line ends a wrapped sentence's text has made spaces.
    /// </summary>
    public static Sentence[] Split(string text, LineMap map)
    {
        var folded = _folded;
        if (folded is null || folded.Length < text.Length)
        {
            folded = new char[text.Length];
        }

        map.CopyFolded(text, folded);
        var sentences = Split(text, Tokenizer.TokenizeCached(text), folded);
        _folded = folded.Length <= MaxRetainedChars ? folded : null;
        return sentences;
    }

    /// <summary>The sentences of <paramref name="text"/>, whose characters with line ends made spaces are <paramref name="folded"/>.</summary>
    private static Sentence[] Split(string text, Token[] tokens, char[] folded)
    {
        var sentences = _sentences ??= new List<Sentence>();
        sentences.Clear();

        // Most tokens neither follow a line break nor may end a sentence: they only open one when none is open.
        // The few that may break are listed first, in a loop without a branch on the token (whether a token
        // may break falls at random, and a branch on it would be mispredicted at nearly every one), and only they
        // are looked at closely.
        var marks = MayBreakAt(tokens);
        var first = -1;
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
            }

            var token = tokens[k];
            // A line that goes on in lower case wraps the sentence (its line end is folded); any other ends it.
            if (first >= 0 && token.Has(TokenFlags.LineBreakBefore) && (token.Has(TokenFlags.BlankLineBefore) || !token.IsLowerWord))
            {
                Add(sentences, tokens, first, k - 1, folded);
                first = -1;
            }

            if (first < 0)
            {
                first = k;
            }

            // Only a stop or an abbreviation may end a sentence; a token marked only for its line break cannot.
            next = k + 1;
            var end = (token.Flags & (TokenFlags.Stop | TokenFlags.Abbreviation)) != 0 ? EndsSentenceAt(text, tokens, k) : -1;
            if (end >= 0)
            {
                Add(sentences, tokens, first, end, folded);
                first = -1;
                next = end + 1;
            }
        }

        if (first < 0 && next < tokens.Length)
        {
            first = next;
        }

        if (first >= 0)
        {
            Add(sentences, tokens, first, tokens.Length - 1, folded);
        }

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
    /// Adds the sentence from token <paramref name="first"/> to token <paramref name="last"/>, its text copied out of
    /// <paramref name="folded"/> (the text with its line ends made spaces): every line end inside a sentence is one
    /// it wraps at, since any other line end ends the sentence before it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(List<Sentence> sentences, Token[] tokens, int first, int last, char[] folded)
    {
        var start = tokens[first].Start;
        var end = tokens[last].End;
        if (end > start)
        {
            sentences.Add(new Sentence(start, end - start, new string(folded, start, end - start)));
        }
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
