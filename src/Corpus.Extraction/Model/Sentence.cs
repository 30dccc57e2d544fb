using System;
using System.Collections.Generic;
using Corpus.Extraction.Text;

namespace Corpus.Extraction;

/// <summary>A sentence of a seed, with its exact text.</summary>
/// <remarks>
/// The splitter's sentences make their text when it is first read: the engine itself reads only their offsets, and a
/// string per sentence copied the whole seed once more. The record behaves as if it held the text: equality and hash
/// code are those of a record of the three values (<see cref="Start"/>, <see cref="Length"/>, the text's content).
/// </remarks>
public sealed record Sentence
{
    // The text, or until it is first read the seed it is cut from (a Seed, one for all the sentences of a split): one
    // field, so a thread reads either, never half of a change. A text made twice by two threads at once is the same
    // string, and either is kept.
    private object? _text;

    /// <summary>A sentence with its text given.</summary>
    /// <param name="Start">UTF-16 offset of the sentence's first character.</param>
    /// <param name="Length">Length in UTF-16 code units.</param>
    /// <param name="Text">The sentence as written, trimmed, line breaks folded to spaces.</param>
    public Sentence(int Start, int Length, string Text)
    {
        this.Start = Start;
        this.Length = Length;
        _text = Text;
    }

    /// <summary>The sentence of <paramref name="seed"/> at <paramref name="start"/>, its text made when first read.</summary>
    internal Sentence(Seed seed, int start, int length)
    {
        Start = start;
        Length = length;
        _text = seed;
    }

    // A copy ("with") holds its text made: a copy given another start keeps the text, as a record of three values does.
    private Sentence(Sentence original)
    {
        Start = original.Start;
        Length = original.Length;
        _text = original.Text;
    }

    /// <summary>UTF-16 offset of the sentence's first character.</summary>
    public int Start { get; init; }

    /// <summary>Length in UTF-16 code units.</summary>
    public int Length { get; init; }

    /// <summary>The sentence as written, trimmed, line breaks folded to spaces.</summary>
    public string Text
    {
        get
        {
            var held = _text;
            if (held is Seed seed)
            {
                var text = LineMap.Folded(seed.Text, Start, Length);
                _text = text;
                return text;
            }

            return (string)held!;
        }

        init => _text = value;
    }

    /// <summary>The three values, as a positional record gives them.</summary>
    public void Deconstruct(out int Start, out int Length, out string Text)
    {
        Start = this.Start;
        Length = this.Length;
        Text = this.Text;
    }

    /// <summary>Whether <paramref name="other"/> has the same start, length and text (ordinal).</summary>
    public bool Equals(Sentence? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Start == other.Start && Length == other.Length
            && ((_text is Seed && ReferenceEquals(_text, other._text)) || string.Equals(Text, other.Text, StringComparison.Ordinal)));

    /// <summary>The hash a record of the three values has.</summary>
    public override int GetHashCode() =>
        unchecked((((((EqualityComparer<Type>.Default.GetHashCode(EqualityContract) * -1521134295)
            + EqualityComparer<int>.Default.GetHashCode(Start)) * -1521134295)
            + EqualityComparer<int>.Default.GetHashCode(Length)) * -1521134295)
            + EqualityComparer<string>.Default.GetHashCode(Text));

    /// <summary>The text that a split's sentences are cut from, shared by them until each makes its own.</summary>
    internal sealed class Seed
    {
        public Seed(string text)
        {
            Text = text;
        }

        public string Text { get; }
    }
}
