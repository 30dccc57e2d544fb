using System.Text;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Tests.Text;

public sealed class WordCountTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("   \r\n\t ", 0)]
    [InlineData("one", 1)]
    [InlineData("Robin Li, Baidu's founder, said 1,500 A100s.", 9)]
    [InlineData("Zoë Kravitz met Nuñez in Łódź", 6)]
    [InlineData("李强 spoke", 2)]
    [InlineData("U.S.-based e-mail", 5)]
    public void Counts_runs_of_letters_and_digits(string text, int words)
    {
        Assert.Equal(words, TextFacts.CountWords(new string(text.ToCharArray())));
    }

    // The count comes from the tokenizer's pass for the text it read last, and from a pass of its own for any
    // other: both must agree, on texts longer than one 64-character block and with letters outside ASCII at the
    // blocks' edges.
    [Fact]
    public void The_tokenizer_count_and_the_count_of_its_own_agree()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 400; i++)
        {
            builder.Append(i % 7 == 0 ? "Zoë" : i % 5 == 0 ? "naïve-ish" : "word").Append(i % 3 == 0 ? "\r\n" : " ").Append(i % 11 == 0 ? "… " : "");
        }

        var text = builder.ToString();
        var fresh = new string(text.ToCharArray());
        var own = TextFacts.CountWords(fresh);
        Tokenizer.TokenizeCached(text, out _);
        Assert.Equal(own, TextFacts.CountWords(text));
        Assert.True(own > 400);
    }
}
