namespace Corpus.Extraction.Quotes;

/// <summary>
/// Walks a text from one possible opening mark to the next: the one scan over a whole seed the quotation stage
/// makes. The marks are split in two sets of at most five characters, because String.IndexOfAny searches that
/// many with vector instructions (more goes through a slower general path). Each set keeps the position of its
/// next hit, so a hit of one set (an apostrophe every few dozen characters in English) does not rescan the other.
/// </summary>
internal sealed class OpenerScan
{
    // The marks of typed text, and ‘ (an apostrophe in most texts); then the marks of edited and non-English text.
    private static readonly char[] Plain = { '"', '\'', '`', '\u2018' };
    private static readonly char[] Typeset = { '\u201C', '\u201E', '\u00AB', '\u300C', '\u300E' };

    private readonly string _text;
    private int _nextPlain = -2;
    private int _nextTypeset = -2;

    public OpenerScan(string text) => _text = text;

    /// <summary>The first index at or after <paramref name="from"/> of a character in <see cref="QuoteMarks.Openers"/>, or -1.</summary>
    public int Next(int from)
    {
        if (from >= _text.Length)
        {
            return -1;
        }

        if (_nextPlain != -1 && _nextPlain < from)
        {
            _nextPlain = _text.IndexOfAny(Plain, from);
        }

        if (_nextTypeset != -1 && _nextTypeset < from)
        {
            _nextTypeset = _text.IndexOfAny(Typeset, from);
        }

        return _nextPlain < 0 ? _nextTypeset : _nextTypeset < 0 ? _nextPlain : System.Math.Min(_nextPlain, _nextTypeset);
    }
}
