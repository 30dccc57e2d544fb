using System.Text;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Tests.Text;

/// <summary>
/// The sentence splitter's survey reads the flags of 64 tokens at once with vector instructions in the .NET build
/// (AVX2 where the processor has it, SSE2 otherwise); both widths must give the masks the token-at-a-time loop gives,
/// which is all the netstandard2.0 build has. On a machine with AVX2 only this test reads the SSE2 width.
/// </summary>
public sealed class SurveyMasksTests
{
    [Fact]
    public void Both_widths_give_the_masks_of_the_token_loop_for_every_block()
    {
        // Words of every case and length class, marks that end sentences, abbreviations, line and paragraph breaks,
        // digits, CJK, letters outside ASCII, and now and then a token too long for a byte (read one at a time).
        var pieces = new[]
        {
            "Robin", "Li", "said", "a", "I", "an", "the", "NATO", "SMIC", "iPhone", "MiniMax", "A100", "U.S.", "Mr.", "Inc.", ".", "?", "!",
            ",", "\n", "\n\n", "\r\n", "\"", "(", ")", "'s", "3.5", "1,200", "Zoë", "Nuñez", "李强", "Don't", "e.g.", "--", "-", "x",
            new string('w', 300), "However", "WAIC", "Ascend", "910B",
        };
        var state = 0x9E3779B97F4A7C15UL;
        var builder = new StringBuilder();
        while (builder.Length < 80_000)
        {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            var piece = pieces[(int)((state * 0x2545F4914F6CDD1DUL) >> 33) % pieces.Length];
            builder.Append(piece).Append((state & 7) == 0 ? "" : " ");
        }

        var tokens = Tokenizer.Tokenize(builder.ToString());
        Assert.True(tokens.Length > 64 * 60, $"{tokens.Length} tokens");
        for (var first = 0; first + 64 <= tokens.Length; first += 64)
        {
            SentenceSplitter.TokenMasksOf(tokens, first, 64, out var breaks, out var ends, out var shapes, out var words, out var capitals, out var content, out var titled);
            var expected = (breaks, ends, shapes, words, capitals, content, titled);
            if (System.Runtime.Intrinsics.X86.Sse2.IsSupported)
            {
                SentenceSplitter.BlockMasks(tokens, first, out breaks, out ends, out shapes, out words, out capitals, out content, out titled);
                Assert.Equal(expected, (breaks, ends, shapes, words, capitals, content, titled));
                SentenceSplitter.NarrowBlockMasks(tokens, first, out breaks, out ends, out shapes, out words, out capitals, out content, out titled);
                Assert.Equal(expected, (breaks, ends, shapes, words, capitals, content, titled));
            }
        }
    }
}
