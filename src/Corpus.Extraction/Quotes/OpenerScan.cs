namespace Corpus.Extraction.Quotes;

/// <summary>
/// Walks a text from one possible opening mark to the next: the one scan over a whole seed the quotation stage
/// makes. String.IndexOfAny uses vector instructions for at most five characters (more goes through a slower
/// general path), so the marks are searched in two parts: the common ones, the straight apostrophe among them (a
/// hit every few dozen characters of English: "don't"), in one search; the rare ones in another. Each part keeps
/// the position of its next hit, so a hit of one does not rescan the other.
/// </summary>
internal sealed class OpenerScan
{
    // Double marks typed and typeset, ‘ and the apostrophe; then „, the TeX grave, guillemets and corner brackets.
    private static readonly char[] Common = { '"', '\u201C', '\u2018', '\'' };
    private static readonly char[] Rare = { '\u201E', '`', '\u00AB', '\u300C', '\u300E' };

    private readonly string _text;
    private int _nextCommon = -2;
    private int _nextRare = -2;

    public OpenerScan(string text) => _text = text;

    /// <summary>The first index at or after <paramref name="from"/> of a character in <see cref="QuoteMarks.Openers"/>, or -1.</summary>
    public int Next(int from)
    {
        if (from >= _text.Length)
        {
            return -1;
        }

        if (_nextCommon != -1 && _nextCommon < from)
        {
            _nextCommon = _text.IndexOfAny(Common, from);
        }

        if (_nextRare != -1 && _nextRare < from)
        {
            _nextRare = _text.IndexOfAny(Rare, from);
        }

        var common = _nextCommon;
        var rare = _nextRare;
        return common < 0 ? rare : rare < 0 ? common : System.Math.Min(common, rare);
    }
}
