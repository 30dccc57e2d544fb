using System.Collections.Generic;

namespace Corpus.Extraction.Quotes;

/// <summary>
/// Gives a block of quoted paragraphs the speaker named only at its end. News prose quotes one person over several
/// paragraphs that each stand as a quotation of their own and attributes only the last:
/// “The plan has no money behind it.” / “It has no timetable either.” / “And it has no support,” Hollis said.
/// </summary>
internal static class BlockAttribution
{
    /// <summary>
    /// Walks back from each attributed quotation that opens its paragraph over the unattributed quotations that fill
    /// the paragraphs right before it, and gives them its speaker. One backward pass: linear in the quotations.
    /// </summary>
    public static void FillBackwards(string text, ParagraphLayout layout, List<FoundQuote> found, QuoteInfo[] quotes)
    {
        QuoteInfo? carrier = null;
        var carrierParagraph = -1;
        for (var i = quotes.Length - 1; i >= 0; i--)
        {
            var quote = quotes[i];

            // Only a quotation with a speaker, or one without after such a carrier, asks where its paragraph starts:
            // a term, or a quotation no carrier follows, is passed over at once.
            if (quote.Kind != QuoteKind.Quotation || (quote.SpeakerText is null && carrier is null))
            {
                carrier = null;
                continue;
            }

            var paragraph = layout.IndexOf(found[i].Open);
            var opensParagraph = OnlySpaceBetween(text, layout.StartOf(paragraph), found[i].Open);
            if (quote.SpeakerText is null)
            {
                var fillsParagraph = opensParagraph && OnlySpaceBetween(text, found[i].End, layout.EndOf(layout.IndexOf(found[i].Close), text.Length));
                if (carrier is not null && fillsParagraph && layout.IndexOf(found[i].Close) + 1 == carrierParagraph)
                {
                    quotes[i] = quote with { Speaker = carrier.Speaker, SpeakerText = carrier.SpeakerText, SpeakerSpan = carrier.SpeakerSpan };
                    carrierParagraph = paragraph;
                    continue;
                }

                carrier = null;
                continue;
            }

            carrier = opensParagraph ? quote : null;
            carrierParagraph = paragraph;
        }
    }

    private static bool OnlySpaceBetween(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!char.IsWhiteSpace(text[k]) && text[k] != '>')
            {
                return false;
            }
        }

        return true;
    }
}
