using System.Collections.Generic;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Quotes;

/// <summary>
/// Spin and template residue ("{hardware}", "{that a}"): reported as CORPUS012, and read as the braces'
/// content by turning each brace into a space, which keeps every offset valid.
/// </summary>
internal static class TemplateResidue
{
    public static string Neutralise(string text, LineMap map, List<Problem> problems)
    {
        if (text.IndexOf('{') < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] != '{')
            {
                continue;
            }

            var close = text.IndexOf('}', i + 1);
            var lineBreak = text.IndexOfAny(new[] { '\n', '\r', '{' }, i + 1);
            if (close < 0 || (lineBreak >= 0 && lineBreak < close))
            {
                continue;
            }

            var content = text.Substring(i + 1, close - i - 1);
            problems.Add(new Problem(
                DiagnosticIds.TemplateResidue,
                ProblemSeverity.Warning,
                $"Template or spin syntax '{{{content}}}' is left in the seed; it is read as '{content}'. Replace it with the intended words.",
                map.Span(i, close - i + 1)));
            chars[i] = ' ';
            chars[close] = ' ';
            i = close;
        }

        return new string(chars);
    }
}
