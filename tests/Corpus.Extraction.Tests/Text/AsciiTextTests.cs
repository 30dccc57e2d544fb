using Corpus.Extraction.Text;

namespace Corpus.Extraction.Tests.Text;

/// <summary>AsciiText.IsAscii reads a string in pieces that depend on its length: every length and place is tried.</summary>
public sealed class AsciiTextTests
{
    [Fact]
    public void A_character_outside_ascii_is_found_at_every_place_of_every_length()
    {
        for (var length = 0; length <= 40; length++)
        {
            var plain = new string('a', length);
            Assert.True(AsciiText.IsAscii(plain), $"length {length}");
            for (var place = 0; place < length; place++)
            {
                foreach (var other in new[] { '\u0080', 'ñ', '李', '\uD83D' })
                {
                    var text = plain.Substring(0, place) + other + plain.Substring(place + 1);
                    Assert.False(AsciiText.IsAscii(text), $"length {length}, place {place}, U+{(int)other:X4}");
                }
            }
        }

        Assert.True(AsciiText.IsAscii("\u007F~ Zoe"));
    }
}
