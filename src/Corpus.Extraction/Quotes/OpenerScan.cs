using Corpus.Extraction.Text;

namespace Corpus.Extraction.Quotes;

/// <summary>
/// Walks a text from one possible opening mark to the next: the one scan over a whole seed the quotation stage
/// makes. The tokenizer's masks of the text (<see cref="TokenMasks"/>), still kept for it on this thread, already
/// mark every character outside ASCII and every straight apostrophe as special: the other marks are among those,
/// so only the special characters are looked at, and the two ASCII marks the masks do not tell, " and the TeX
/// grave, are searched with String.IndexOfAny, whose search of ASCII characters alone is its fastest. Without the
/// masks, String.IndexOfAny searches all: it uses vector instructions for at most five characters (more goes
/// through a slower general path), so the marks are then searched in two parts, the common ones, the straight
/// apostrophe among them (a hit every few dozen characters of English: "don't"), in one search, the rare ones in
/// another. Each part keeps the position of its next hit, so a hit of one does not rescan the other.
/// </summary>
internal sealed class OpenerScan
{
    // Double marks typed and typeset, ‘ and the apostrophe; then „, the TeX grave, guillemets and corner brackets.
    private static readonly char[] Common = { '"', '\u201C', '\u2018', '\'' };
    private static readonly char[] Rare = { '\u201E', '`', '\u00AB', '\u300C', '\u300E' };

    // The marks that are not special characters in the masks.
    private static readonly char[] Plain = { '"', '`' };

    private readonly string _text;
    private readonly ulong[]? _masks;
    private int _nextCommon = -2;
    private int _nextRare = -2;

    /// <summary>A scan of <paramref name="text"/>, with its masks as <see cref="TokenMasks.Kept"/> gives them (or null).</summary>
    public OpenerScan(string text, ulong[]? masks)
    {
        _text = text;
        _masks = masks;
    }

    /// <summary>The first index at or after <paramref name="from"/> of a character in <see cref="QuoteMarks.Openers"/>, or -1.</summary>
    public int Next(int from)
    {
        if (from >= _text.Length)
        {
            return -1;
        }

        // With the masks, the common part is the plain marks and the rare one the special characters.
        if (_nextCommon != -1 && _nextCommon < from)
        {
            _nextCommon = _text.IndexOfAny(_masks is null ? Common : Plain, from);
        }

        if (_nextRare != -1 && _nextRare < from)
        {
            _nextRare = _masks is null ? _text.IndexOfAny(Rare, from) : NextSpecialMark(_masks, from);
        }

        var common = _nextCommon;
        var rare = _nextRare;
        return common < 0 ? rare : rare < 0 ? common : System.Math.Min(common, rare);
    }

    /// <summary>The first opening mark at or after <paramref name="from"/> among the special characters of the masks, or -1.</summary>
    private int NextSpecialMark(ulong[] masks, int from)
    {
        var text = _text;
        var blocks = (text.Length + 63) >> 6;
        var block = from >> 6;
        var bits = masks[(block * TokenMasks.Stride) + TokenMasks.Special] & (ulong.MaxValue << (from & 63));
        while (true)
        {
            // Mostly dots and apostrophes, a few to a line.
            for (; bits != 0; bits &= bits - 1)
            {
                var at = (block << 6) + Bits.TrailingZeroCount(bits);
                if (text[at] is '\'' or '\u201C' or '\u2018' or '\u201E' or '\u00AB' or '\u300C' or '\u300E')
                {
                    return at;
                }
            }

            if (++block >= blocks)
            {
                return -1;
            }

            bits = masks[(block * TokenMasks.Stride) + TokenMasks.Special];
        }
    }
}
