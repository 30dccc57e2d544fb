using System.Text;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Tests.Text;

/// <summary>
/// The tokenizer's character facts read 64 at a time with vector instructions (the .NET build; AVX2 where the
/// processor has it, and SSSE3 read on its own as well) against the table
/// the netstandard2.0 build reads them from one by one: the same facts for every UTF-16 code unit in every place.
/// </summary>
public sealed class VectorLanesTests
{
    [Fact]
    public void Every_code_unit_in_every_place_has_the_lanes_of_the_table()
    {
        if (!VectorLanes.IsSupported)
        {
            return; // a processor without SSSE3 (not x64): the build reads the table, which every other test covers
        }

        var chars = new char[64];
        for (var start = 0; start < 0x10000; start += 64)
        {
            for (var shift = 0; shift < 64; shift++)
            {
                for (var j = 0; j < 64; j++)
                {
                    chars[j] = (char)(start + ((j + shift) & 63));
                }

                AssertSameFacts(new string(chars), 0);
            }
        }
    }

    [Fact]
    public void Mixed_text_at_every_offset_has_the_lanes_of_the_table()
    {
        if (!VectorLanes.IsSupported)
        {
            return;
        }

        // ASCII words and marks with the characters the masks single out: line ends, controls, NUL, a replacement
        // character, surrogates, letters outside ASCII and the separators of lines and paragraphs.
        var pieces = new[] { "Robin", " ", "Li", "'s", ".", "\r\n", "\n", "\t", "\v", "\u001C", "\0", "\uFFFD", "\uD83D\uDE00", "Zoë", "李强", "\u2028", "\u0085", "A100", "U.S.", "--", "\"", "(WAIC)", "\f", "\r", "~" };
        var state = 0x2545F4914F6CDD1DUL;
        var builder = new StringBuilder();
        while (builder.Length < 4096)
        {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            builder.Append(pieces[(int)((state * 0x2545F4914F6CDD1DUL) >> 33) % pieces.Length]);
        }

        var text = builder.ToString();
        for (var at = 0; at + 64 <= text.Length; at++)
        {
            AssertSameFacts(text, at);
        }
    }

    private static void AssertSameFacts(string text, int at)
    {
        TokenMasks.Facts(text, at, out var a, out var b, out var c, out var d);
        VectorLanes.Facts(text, at, out var va, out var vb, out var vc, out var vd);
        Assert.Equal((a, b, c, d), (va, vb, vc, vd));

        // The SSSE3 width as well: on a processor with AVX2, Facts never reads it.
        VectorLanes.NarrowFacts(text, at, out var na, out var nb, out var nc, out var nd);
        Assert.Equal((a, b, c, d), (na, nb, nc, nd));
    }
}
