using System.Collections.Generic;

namespace Corpus.Extraction.Text;

/// <summary>
/// Splits a text into sentences with exact offsets. A first version: ends a sentence at . ! ? followed by
/// white space and a capital, and at every line break (seeds are one paragraph per line).
/// </summary>
internal static class SentenceSplitter
{
    public static Sentence[] Split(string text, LineMap map)
    {
        var sentences = new List<Sentence>();
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (start < 0)
            {
                if (!char.IsWhiteSpace(c))
                {
                    start = i;
                }

                continue;
            }

            if (c == '\n' || c == '\r')
            {
                Add(sentences, text, start, i);
                start = -1;
            }
            else if ((c == '.' || c == '!' || c == '?') && i + 2 < text.Length && text[i + 1] == ' ' && char.IsUpper(text[i + 2]))
            {
                Add(sentences, text, start, i + 1);
                start = -1;
            }
        }

        if (start >= 0)
        {
            Add(sentences, text, start, text.Length);
        }

        return sentences.ToArray();
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(start, end - start, text.Substring(start, end - start)));
        }
    }
}
