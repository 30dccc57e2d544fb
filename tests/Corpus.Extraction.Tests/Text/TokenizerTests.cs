using System.Linq;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Tests.Text;

public sealed class TokenizerTests
{
    private static string[] Words(string text) => Tokenizer.Tokenize(text).Select(t => text.Substring(t.Start, t.Length)).ToArray();

    [Fact]
    public void Possessives_and_contractions_are_split_off()
    {
        Assert.Equal(new[] { "China", "’s", "exports" }, Words("China’s exports"));
        Assert.Equal(new[] { "O’Brien", "'s", "view" }, Words("O’Brien's view"));
        Assert.Equal(new[] { "I", "’d", "hoped" }, Words("I’d hoped"));
        Assert.Equal(new[] { "didn’t" }, Words("didn’t"));
    }

    [Fact]
    public void Initialisms_domains_and_numbers_are_one_token()
    {
        Assert.Equal(new[] { "the", "U.S.", "and", "e.g.", "J.R.R.", "Tolkien" }, Words("the U.S. and e.g. J.R.R. Tolkien"));
        Assert.Equal(new[] { "Reuters.com", "and", "1,500", "and", "$", "3.5" }, Words("Reuters.com and 1,500 and $3.5"));
        Assert.Equal(new[] { "AT&T", "and", "R&D" }, Words("AT&T and R&D"));
    }

    [Fact]
    public void A_web_domain_is_marked()
    {
        const string text = "Read Fortune.com today.";
        var tokens = Tokenizer.Tokenize(text);
        Assert.True(tokens[1].Has(TokenFlags.Domain));
        Assert.Equal(".", text.Substring(tokens[3].Start, tokens[3].Length));
    }

    [Fact]
    public void Listed_abbreviations_keep_their_stop_but_a_sentence_stop_is_separate()
    {
        Assert.Equal(new[] { "Mr.", "Li", "of", "Acme", "Inc.", "left", "." }, Words("Mr. Li of Acme Inc. left."));
    }

    [Fact]
    public void Cjk_runs_are_tokens_of_their_own()
    {
        Assert.Equal(new[] { "Premier", "李强", "spoke" }, Words("Premier 李强 spoke"));
    }

    [Fact]
    public void Hyphens_are_separate_tokens()
    {
        Assert.Equal(new[] { "Sora", "-", "like" }, Words("Sora-like"));
    }

    [Fact]
    public void The_thread_buffer_holds_the_last_text_s_tokens_first_and_tokenize_copies_them_exactly()
    {
        var longText = string.Concat(Enumerable.Repeat("Kestrel Resources said on Monday it would buy Northwind. ", 200));
        var shortText = "Li said Baidu would grow.";
        var fromLong = Tokenizer.TokenizeCached(longText, out var longCount);
        Assert.Equal(2000, longCount); // ten tokens a sentence
        Assert.True(fromLong.Length >= longCount);

        var fromShort = Tokenizer.TokenizeCached(shortText, out var shortCount);
        var exact = Tokenizer.Tokenize(shortText);
        Assert.Equal(exact.Length, shortCount);
        Assert.Equal(exact, fromShort.Take(shortCount));

        // Tokenize reads into the same buffer: the cache of the last text must not answer from it afterwards.
        Tokenizer.Tokenize(longText);
        var again = Tokenizer.TokenizeCached(shortText, out var againCount);
        Assert.Equal(exact, again.Take(againCount));
    }
}
