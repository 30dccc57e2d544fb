using System.Collections.Generic;
using System.Text;

namespace Corpus.Extraction.Tests.Wire;

/// <summary>
/// A story as public newswire data gives it, one token after another with spaces between (CoNLL-2003 style): brackets,
/// quotation marks, commas, colons and a sentence's last full stop stand apart, and so does a possessive "'s"
/// ("Germany 's"); abbreviations, tickers and numbers stay whole ("U.S.", "CLWY.O", "1,000"). The gold mentions are
/// moved with their characters.
/// </summary>
internal static class TokenisedText
{
    public static (string Text, List<WireMention> Gold) Of(string text, IReadOnlyList<WireMention> gold)
    {
        var output = new StringBuilder(text.Length + text.Length / 8);
        var at = new int[text.Length + 1]; // where each character of the story went
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var before = i > 0 ? text[i - 1] : ' ';
            var after = i + 1 < text.Length ? text[i + 1] : ' ';
            if (IsApostrophe(c) && after == 's' && char.IsLetterOrDigit(before) && (i + 2 >= text.Length || !char.IsLetterOrDigit(text[i + 2])))
            {
                output.Append(' '); // "Germany 's"
                at[i] = output.Length;
                output.Append(c);
                continue;
            }

            if (StandsApart(c, before, after))
            {
                if (output.Length > 0 && !IsSpace(output[output.Length - 1]))
                {
                    output.Append(' ');
                }

                at[i] = output.Length;
                output.Append(c);
                if (!IsSpace(after))
                {
                    output.Append(' ');
                }

                continue;
            }

            at[i] = output.Length;
            output.Append(c);
        }

        at[text.Length] = output.Length;
        var moved = new List<WireMention>(gold.Count);
        var result = output.ToString();
        foreach (var m in gold)
        {
            var start = at[m.Start];
            var end = at[m.End - 1] + 1;
            moved.Add(m with { Start = start, Length = end - start, Text = result.Substring(start, end - start) });
        }

        return (result, moved);
    }

    private static bool StandsApart(char c, char before, char after) => c switch
    {
        '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB' or '(' or ')' or '[' or ']' => true,
        ',' or ';' or ':' or '!' or '?' => !(char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after)), // not "1,000" or "10:30"
        '.' => IsSpace(after) && char.IsLower(before), // a sentence's full stop, not "U.S." or "Corp."
        _ => false,
    };

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static bool IsSpace(char c) => c is ' ' or '\n' or '\r' or '\t';
}
