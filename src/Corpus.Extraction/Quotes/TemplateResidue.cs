#if NET
using System;
#endif
using System.Collections.Generic;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Quotes;

/// <summary>
/// Spin and template residue ("{hardware}", "{that a}"): reported as CORPUS012, and read as the braces'
/// content by turning each brace into a space, which keeps every offset valid.
/// </summary>
internal static class TemplateResidue
{
    // What ends the search for a brace's partner: a line break or another opening brace.
    private static readonly char[] Interruptions = { '\n', '\r', '{' };

    public static string Neutralise(string text, LineMap map, List<Problem> problems)
    {
        // Most seeds have no brace at all, and many have only stray ones: the text is copied only when a pair is found,
        // once, with the braces noted on the way blanked in the copy. The mask pass has told where the first brace is.
        List<int>? braces = null;
        for (var i = TokenMasks.FirstBrace(text); i >= 0; i = i + 1 < text.Length ? text.IndexOf('{', i + 1) : -1)
        {
            // The partner is searched for only up to the interruption: searched to the end of the text, every brace
            // of a seed of braces that never close on their line ("{{{…{ }") would read the rest of it again.
            var lineBreak = text.IndexOfAny(Interruptions, i + 1);
            var searchEnd = lineBreak < 0 ? text.Length : lineBreak;
            var close = text.IndexOf('}', i + 1, searchEnd - i - 1);
            if (close < 0)
            {
                continue;
            }

            var content = text.Substring(i + 1, close - i - 1);
            problems.Add(new Problem(
                DiagnosticIds.TemplateResidue,
                ProblemSeverity.Warning,
                $"Template or spin syntax '{{{content}}}' is left in the seed; it is read as '{content}'. Replace it with the intended words.",
                map.Span(i, close - i + 1)));
            braces ??= new List<int>();
            braces.Add(i);
            braces.Add(close);
            i = close;
        }

        return braces is null ? text : Blanked(text, braces);
    }

    /// <summary>A copy of <paramref name="text"/> with a space at each offset in <paramref name="braces"/>.</summary>
    private static string Blanked(string text, List<int> braces)
    {
#if NET
        // Written straight into the new string: a char array and a string made of it would copy the text twice.
        return string.Create(text.Length, (text, braces), static (chars, state) =>
        {
            state.text.AsSpan().CopyTo(chars);
            foreach (var at in state.braces)
            {
                chars[at] = ' ';
            }
        });
#else
        var chars = text.ToCharArray();
        foreach (var at in braces)
        {
            chars[at] = ' ';
        }

        return new string(chars);
#endif
    }
}
