using System;
using System.Text;
using Corpus.Extraction.Quotes;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Tests.Quotes;

/// <summary>
/// A quotation's words with white space folded: read a stretch at a time from the tokenizer's masks (copied sixteen
/// characters a step in the .NET build, where the scratch has room) against the same read a character at a time.
/// </summary>
public sealed class QuoteTextFoldingTests
{
    [Fact]
    public void Masks_fold_white_space_as_the_character_loop_does()
    {
        var random = new Random(24);
        var pieces = new[] { "word", "a", "Longer", "x1", ",", "-", "é", " ", " ", " ", "  ", "\t", "\n", "\r\n", "\n   ", "\u00A0", "\u2003", ">", "\u201C" };
        for (var round = 0; round < 3000; round++)
        {
            var body = new StringBuilder();
            var length = random.Next(1, 90);
            while (body.Length < length)
            {
                body.Append(pieces[random.Next(pieces.Length)]);
            }

            var before = new string(' ', random.Next(0, 70));
            var after = new string('z', random.Next(0, 3));
            var text = before + "\"" + body + "\"" + after;
            var quote = new FoundQuote(before.Length, before.Length + 1 + body.Length, QuoteFamily.StraightDouble, null);
            var masks = TokenMasks.Of(text, out _);

            // A scratch as long as the quotation (the character-by-character copy in both builds) and one with room.
            var tight = QuoteFinder.TextOf(text, quote, new char[body.Length + 1], masks);
            var roomy = QuoteFinder.TextOf(text, quote, new char[body.Length + 65], masks);
            var expected = QuoteFinder.TextOf(text, quote, new char[body.Length + 1], null);
            Assert.Equal(expected, tight);
            Assert.Equal(expected, roomy);
        }
    }
}
