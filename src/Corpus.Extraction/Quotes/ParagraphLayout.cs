using System;
using System.Collections.Generic;

namespace Corpus.Extraction.Quotes;

/// <summary>
/// Where the paragraphs of a text start. A text that separates paragraphs with blank lines is hard-wrapped, so a
/// single line break inside a quotation is only a wrap; a text without blank lines has one paragraph per line.
/// </summary>
internal sealed class ParagraphLayout
{
    private readonly int[] _starts;

    private ParagraphLayout(int[] starts, bool blankLineSeparated)
    {
        _starts = starts;
        BlankLineSeparated = blankLineSeparated;
    }

    /// <summary>True when paragraphs are separated by blank lines (single line breaks are wraps).</summary>
    public bool BlankLineSeparated { get; }

    /// <summary>Reads the layout of <paramref name="text"/> in one pass.</summary>
    public static ParagraphLayout Of(string text)
    {
        var lineStarts = new List<int> { 0 };
        var lineIsBlank = new List<bool>();
        var i = 0;
        while (true)
        {
            var lineBreak = text.IndexOfAny(QuoteMarks.LineBreaks, i);
            var lineEnd = lineBreak < 0 ? text.Length : lineBreak;
            var hasText = false;
            for (var j = i; j < lineEnd && !hasText; j++)
            {
                // A Markdown block quotation's empty line ">" separates its paragraphs like a blank line.
                hasText = !char.IsWhiteSpace(text[j]) && text[j] != '>';
            }

            lineIsBlank.Add(!hasText);
            if (lineBreak < 0)
            {
                break;
            }

            i = lineBreak + 1;
            if (text[lineBreak] == '\r' && i < text.Length && text[i] == '\n')
            {
                i++;
            }

            lineStarts.Add(i);
        }

        // A paragraph starts at the first line with text after one or more blank lines that follow text.
        var starts = new List<int> { 0 };
        var textSeen = false;
        for (var line = 0; line < lineStarts.Count; line++)
        {
            if (line > 0 && textSeen && lineIsBlank[line - 1] && !lineIsBlank[line])
            {
                starts.Add(lineStarts[line]);
            }

            textSeen |= !lineIsBlank[line];
        }

        return starts.Count > 1
            ? new ParagraphLayout(starts.ToArray(), blankLineSeparated: true)
            : new ParagraphLayout(lineStarts.ToArray(), blankLineSeparated: false);
    }

    /// <summary>The index of the paragraph holding <paramref name="offset"/>.</summary>
    public int IndexOf(int offset)
    {
        var index = Array.BinarySearch(_starts, offset);
        return index >= 0 ? index : Math.Max(0, ~index - 1);
    }

    /// <summary>The offset where paragraph <paramref name="index"/> starts.</summary>
    public int StartOf(int index) => _starts[Math.Max(0, Math.Min(index, _starts.Length - 1))];

    /// <summary>The offset where paragraph <paramref name="index"/> ends (the next one's start, or <paramref name="textLength"/>).</summary>
    public int EndOf(int index, int textLength) => index + 1 < _starts.Length ? _starts[index + 1] : textLength;
}
