using System.Collections.Generic;
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

    public static Sentence[] Split(string text, LineMap map) => Split(text, Tokenizer.TokenizeCached(text));

    public static Sentence[] Split(string text, Token[] tokens)
    {
        var sentences = _sentences ??= new List<Sentence>();
        sentences.Clear();
        var first = -1;

        // The first token of the open sentence that follows a line break: the tokenizer has already seen every
        // line break, so a sentence is searched for breaks to fold only when it wraps.
        var wrap = -1;
        for (var k = 0; k < tokens.Length; k++)
        {
            var token = tokens[k];

            // Most tokens neither follow a line break nor may end a sentence: they only open one when none is open.
            if ((token.Flags & MayBreak) == 0)
            {
                if (first < 0)
                {
                    first = k;
                    wrap = -1;
                }

                continue;
            }

            if (first >= 0 && token.Has(TokenFlags.LineBreakBefore))
            {
                if (token.Has(TokenFlags.BlankLineBefore) || !token.IsLowerWord)
                {
                    Add(sentences, text, tokens, first, k - 1, wrap);
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

            var end = EndsSentenceAt(text, tokens, k);
            if (end >= 0)
            {
                Add(sentences, text, tokens, first, end, wrap);
                first = -1;
                k = end;
            }
        }

        if (first >= 0)
        {
            Add(sentences, text, tokens, first, tokens.Length - 1, wrap);
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

    /// <summary>The index of the last token of the sentence that ends at token <paramref name="k"/>, or -1.</summary>
    private static int EndsSentenceAt(string text, Token[] tokens, int k)
    {
        var token = tokens[k];
        if (token.Kind == TokenKind.Punct && IsTerminal(text[token.Start]))
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

    private static bool IsTerminal(char c) => c == '.' || c == '!' || c == '?' || c == '\u2026';

    private static bool IsCloser(string text, Token token) =>
        token.Kind == TokenKind.Punct && (text[token.Start] is '\u201D' or '\u2019' or '"' or '\'' or ')' or ']' or '\u00BB' or '!' or '?');

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
    /// is the first of its tokens after a line break, or -1 when it sits on one line.
    /// </summary>
    private static void Add(List<Sentence> sentences, string text, Token[] tokens, int first, int last, int wrap)
    {
        var start = tokens[first].Start;
        var end = tokens[last].End;
        if (end <= start)
        {
            return;
        }

        if (wrap < 0)
        {
            sentences.Add(new Sentence(start, end - start, text.Substring(start, end - start)));
            return;
        }

        // Line breaks are white space, so they lie only between tokens: the first is just before the wrapped token.
        var chars = text.ToCharArray(start, end - start);
        for (var i = tokens[wrap - 1].End - start; i < chars.Length; i++)
        {
            if (chars[i] is '\r' or '\n' or '\u2028' or '\u2029' or '\u0085')
            {
                chars[i] = ' ';
            }
        }

        sentences.Add(new Sentence(start, end - start, new string(chars)));
    }
}
