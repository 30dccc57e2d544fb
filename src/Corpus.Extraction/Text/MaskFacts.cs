namespace Corpus.Extraction.Text;

/// <summary>
/// What the mask pass over a text (<see cref="TokenMasks.Of"/>) learns of it besides the masks, so that the
/// readability check, the line map, the word count and the template residue need no pass of their own.
/// </summary>
internal readonly struct MaskFacts
{
    public MaskFacts(int words, int lineEnds, bool otherLineEnds, int controls, int firstNul, int firstInvalid, int firstBrace)
    {
        Words = words;
        LineEnds = lineEnds;
        OtherLineEnds = otherLineEnds;
        Controls = controls;
        FirstNul = firstNul;
        FirstInvalid = firstInvalid;
        FirstBrace = firstBrace;
    }

    /// <summary>The number of words as <see cref="TextFacts.CountWords"/> counts them: runs of letters or digits.</summary>
    public int Words { get; }

    /// <summary>The number of line ends in the <see cref="TokenMasks.LineEnd"/> masks (\n, and \r unless a \n follows).</summary>
    public int LineEnds { get; }

    /// <summary>Whether the text has a line end outside ASCII (U+2028, U+2029, U+0085), which the masks do not hold.</summary>
    public bool OtherLineEnds { get; }

    /// <summary>The number of control characters other than NUL and the white space a text file holds (\t \n \f \r).</summary>
    public int Controls { get; }

    /// <summary>The index of the first NUL character, or -1.</summary>
    public int FirstNul { get; }

    /// <summary>The index of the first U+FFFD (what invalid UTF-8 decodes to), or -1.</summary>
    public int FirstInvalid { get; }

    /// <summary>The index of the first '{', or -1: where the template residue is looked for from (TemplateResidue).</summary>
    public int FirstBrace { get; }
}
