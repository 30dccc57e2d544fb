using System;
using Corpus.Extraction;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generators.Diagnostics;

/// <summary>Turns a <see cref="SourceSpan"/> in a seed, corpus.json or seeds.lock.json into a Roslyn location, only when reporting.</summary>
internal static class ProblemLocation
{
    /// <summary>
    /// A location in <paramref name="path"/>. With the file's <paramref name="text"/>, line and column come from
    /// Roslyn's own line table (so they match what the IDE shows); without it, from the span's line and column.
    /// </summary>
    public static Location Create(string path, SourceText? text, SourceSpan span)
    {
        if (text is not null)
        {
            var start = Math.Max(0, Math.Min(span.Start, text.Length));
            var end = Math.Max(start, Math.Min(span.End, text.Length));
            var textSpan = TextSpan.FromBounds(start, end);
            return Location.Create(path, textSpan, text.Lines.GetLinePositionSpan(textSpan));
        }

        var position = new LinePosition(Math.Max(0, span.Line - 1), Math.Max(0, span.Column - 1));
        var length = Math.Max(0, span.Length);
        return Location.Create(path, new TextSpan(Math.Max(0, span.Start), length), new LinePositionSpan(position, new LinePosition(position.Line, position.Character + length)));
    }
}
