using Corpus.Extraction.Text;

namespace Corpus.Extraction.Tests.Text;

/// <summary>
/// Each column of the tokenizer's masks against its definition, for every UTF-16 code unit in every place of a window:
/// the quotation stage finds its opening marks from the Quote and Outside columns alone, so a character either column
/// missed would be a quotation lost without any other test failing.
/// </summary>
public sealed class TokenMaskColumnTests
{
    [Fact]
    public void Every_code_unit_is_in_the_columns_its_definition_gives()
    {
        // A window of 64 code units, the unit under test at every place among letters, so that a mark's neighbours
        // (and the line-end rule for \r, which looks at the next one) are ordinary.
        var chars = new char[130];
        for (var unit = 0; unit < 0x10000; unit++)
        {
            var c = (char)unit;
            var at = unit % 64;
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = 'x';
            }

            chars[at] = c;
            var text = new string(chars);
            var masks = TokenMasks.Of(text, out _);
            Assert.Equal(IsAsciiLetterOrDigit(c), Bit(masks, at, TokenMasks.Word));
            Assert.Equal(c is >= 'A' and <= 'Z', Bit(masks, at, TokenMasks.Upper));
            Assert.Equal(c is >= '0' and <= '9', Bit(masks, at, TokenMasks.Digit));
            Assert.Equal(c < 128 && (CharClass.Of(c) & CharClass.Space) != 0, Bit(masks, at, TokenMasks.Space));
            Assert.Equal(c is '\n' or '\r', Bit(masks, at, TokenMasks.LineEnd));
            Assert.Equal(c == '"' || c == '`', Bit(masks, at, TokenMasks.Quote));
            Assert.Equal(c >= 128, Bit(masks, at, TokenMasks.Outside));
            Assert.Equal(c is '.' or '\'' || c >= 128, Bit(masks, at, TokenMasks.Special));
            Assert.Equal(c == '{' ? at : -1, TokenMasks.FirstBrace(text));
        }
    }

    [Fact]
    public void The_first_opening_brace_is_told_in_every_block_and_the_last()
    {
        // TemplateResidue starts from it: a brace in a later block, or in the last, partial one, must be found too.
        foreach (var at in new[] { 0, 63, 64, 200, 250 })
        {
            var text = new string('a', at) + "{b} {c}" + new string('d', 260 - at);
            TokenMasks.Of(text, out _);
            Assert.Equal(at, TokenMasks.FirstBrace(text));
        }

        var tail = new string('a', 130) + "{";
        TokenMasks.Of(tail, out _);
        Assert.Equal(130, TokenMasks.FirstBrace(tail));
        Assert.Equal(-1, TokenMasks.FirstBrace(new string('}', 70)));
    }

    [Fact]
    public void Quotation_marks_are_found_in_every_place_of_a_long_text()
    {
        // Marks in the second and later blocks too, where a column is read across two blocks.
        var text = new string('a', 200) + "\"b`c\u201Cd'e.f" + new string('g', 100);
        var masks = TokenMasks.Of(text, out _);
        for (var i = 0; i < text.Length; i++)
        {
            Assert.Equal(text[i] is '"' or '`', Bit(masks, i, TokenMasks.Quote));
            Assert.Equal(text[i] >= 128, Bit(masks, i, TokenMasks.Outside));
        }
    }

    private static bool IsAsciiLetterOrDigit(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');

    private static bool Bit(ulong[] masks, int i, int column) => (TokenMasks.Load(masks, i, column) & 1) != 0;
}
