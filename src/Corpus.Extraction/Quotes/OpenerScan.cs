using Corpus.Extraction.Text;

namespace Corpus.Extraction.Quotes;

/// <summary>
/// Walks a text from one possible opening mark to the next: the one scan over a whole seed the quotation stage
/// makes. The tokenizer's masks of the text (<see cref="TokenMasks"/>), still kept for it on this thread, mark the
/// ASCII marks " and the TeX grave (<see cref="TokenMasks.Quote"/>) and, as special, every character outside ASCII
/// and every straight apostrophe, among which the other marks are: so only those characters are looked at (and of
/// those in ASCII only the ones that can open, not after a letter or digit), and the text is not searched again.
/// Without the masks, String.IndexOfAny searches the text: it uses vector instructions for at most five characters
/// (more goes through a slower general path), so the marks are then searched in two parts, the common ones, the
/// straight apostrophe among them (a hit every few dozen characters of English: "don't"), in one search, the rare
/// ones in another. Each part keeps the position of its next hit, so a hit of one does not rescan the other.
/// </summary>
internal sealed class OpenerScan
{
    // Double marks typed and typeset, ‘ and the apostrophe; then „, the TeX grave, guillemets and corner brackets.
    private static readonly char[] Common = { '"', '\u201C', '\u2018', '\'' };
    private static readonly char[] Rare = { '\u201E', '`', '\u00AB', '\u300C', '\u300E' };

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

        // The caller asks from past the last hit, so the masks' scan needs no memory of hits.
        if (_masks is not null)
        {
            return NextMarked(_masks, from);
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

    /// <summary>The first opening mark at or after <paramref name="from"/> by the masks, or -1.</summary>
    private int NextMarked(ulong[] masks, int from)
    {
        // Read unchecked (Unchecked, UncheckedText): the masks are the text's, with a block for each of its 64
        // characters, and a marked character is one of the text's. The walk counts by the block's first column, a
        // native index, so each column is one address with its offset (a block number made every column's index
        // again, a widening and an add each, at every block).
        var columns = new Unchecked<ulong>(masks);
        var text = _text;
        var chars = new UncheckedText(text);
        var end = (nint)((text.Length + 63) >> 6) * TokenMasks.Stride;
        var at = (nint)(from >> 6) * TokenMasks.Stride;
        var valid = ulong.MaxValue << (from & 63);
        var wordBefore = at == 0 ? 0 : columns[at - TokenMasks.Stride + TokenMasks.Word] >> 63;
        while (true)
        {
            // A straight mark or an apostrophe after an ASCII letter or digit opens nothing ("don't",
            // QuoteMarks.OpensBefore), and a dot never does: so of the characters in ASCII only those not after a
            // letter or digit are looked at, and every one outside ASCII.
            var word = columns[at + TokenMasks.Word];
            var afterWord = (word << 1) | wordBefore;
            var quote = columns[at + TokenMasks.Quote] & valid & ~afterWord;

            // Only the characters before the block's first " or ` are looked at, a few to a paragraph.
            var marks = columns[at + TokenMasks.Special] & (columns[at + TokenMasks.Outside] | ~afterWord) & valid & ((quote & (0UL - quote)) - 1);
            for (; marks != 0; marks &= marks - 1)
            {
                var i = CharOf(at) + Bits.TrailingZeroCount(marks);
                if (chars[i] is '\'' or '\u201C' or '\u2018' or '\u201E' or '\u00AB' or '\u300C' or '\u300E')
                {
                    return i;
                }
            }

            if (quote != 0)
            {
                return CharOf(at) + Bits.TrailingZeroCount(quote);
            }

            at += TokenMasks.Stride;
            if (at >= end)
            {
                return -1;
            }

            valid = ulong.MaxValue;
            wordBefore = word >> 63;
        }
    }

    /// <summary>The first character of the block whose first column is <paramref name="at"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int CharOf(nint at) => (int)((nuint)at / TokenMasks.Stride) << 6;
}
