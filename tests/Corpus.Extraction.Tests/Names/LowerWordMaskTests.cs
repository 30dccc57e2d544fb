using System.Runtime.Intrinsics.X86;
using System.Text;
using Corpus.Extraction.Names;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Tests.Names;

/// <summary>
/// The lower-case echo scan tells the lower-case words of 64 tokens at once with vector instructions in the .NET build
/// (AVX2 where the processor has it, SSE2 otherwise); both widths must say what each token's own test says. On a
/// machine with AVX2 only this test reads the SSE2 width.
/// </summary>
public sealed class LowerWordMaskTests
{
    [Fact]
    public void Both_widths_tell_the_lower_case_words_of_every_block_as_the_tokens_do()
    {
        var pieces = new[] { "said", "a", "the", "iPhone", "eBay", "Robin", "NATO", "x", "3.5", "don't", ".", ",", "\n", "\n\n", "李强", "zoë", "A100", "U.S.", "e.g.", "--", "'s", "(", "MiniMax", "i" };
        var state = 0xD1B54A32D192ED03UL;
        var builder = new StringBuilder();
        while (builder.Length < 40_000)
        {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            builder.Append(pieces[(int)((state * 0x2545F4914F6CDD1DUL) >> 33) % pieces.Length]).Append((state & 7) == 0 ? "" : " ");
        }

        var tokens = Tokenizer.Tokenize(builder.ToString());
        Assert.True(tokens.Length > 64 * 100, $"{tokens.Length} tokens");
        for (var k = 0; k + 64 <= tokens.Length; k += 64)
        {
            var expected = 0UL;
            for (var j = 0; j < 64; j++)
            {
                expected |= (tokens[k + j].IsLowerWord ? 1UL : 0) << j;
            }

            if (Sse2.IsSupported)
            {
                Assert.Equal(expected, LowerCaseEchoes.LowerWordsOf(tokens, k, wide: false));
            }

            if (Avx2.IsSupported)
            {
                Assert.Equal(expected, LowerCaseEchoes.LowerWordsOf(tokens, k, wide: true));
            }
        }
    }
}
