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
    public static Sentence[] Split(string text, LineMap map) => Split(text, Tokenizer.TokenizeCached(text));

    public static Sentence[] Split(string text, Token[] tokens)
    {
        var sentences = new List<Sentence>();
        var first = -1;
        for (var k = 0; k < tokens.Length; k++)
        {
            var token = tokens[k];
            if (first >= 0 && token.Has(TokenFlags.LineBreakBefore)
                && (token.Has(TokenFlags.BlankLineBefore) || !token.IsLowerWord))
            {
                Add(sentences, text, tokens[first].Start, tokens[k - 1].End);
                first = -1;
            }

            if (first < 0)
            {
                first = k;
            }

            var end = EndsSentenceAt(text, tokens, k);
            if (end >= 0)
            {
                Add(sentences, text, tokens[first].Start, tokens[end].End);
                first = -1;
                k = end;
            }
        }

        if (first >= 0)
        {
            Add(sentences, text, tokens[first].Start, tokens[tokens.Length - 1].End);
        }

        return sentences.ToArray();
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

    private static void Add(List<Sentence> sentences, string text, int start, int end)
    {
        if (end <= start)
        {
            return;
        }

        var chars = text.ToCharArray(start, end - start);
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is '\r' or '\n' or '\u2028' or '\u2029' or '\u0085')
            {
                chars[i] = ' ';
            }
        }

        sentences.Add(new Sentence(start, end - start, new string(chars)));
    }
}
