using Corpus.Extraction.Text;

namespace Corpus.Extraction.Tests.Text;

/// <summary>
/// A splitter's sentence makes its text when first read; it must be indistinguishable from a sentence given its text:
/// equality, hash code, printing, copies and deconstruction are those of a record of the three values.
/// </summary>
public sealed class SentenceTextTests
{
    private const string Seed = "It rained.\nThe match went on\r\nall day\u2028and night. Fans stayed.";

    [Fact]
    public void Text_made_when_read_is_the_folded_slice()
    {
        var sentences = SentenceSplitter.Split(Seed);
        Assert.Equal(new[] { "It rained.", "The match went on  all day and night.", "Fans stayed." }, System.Array.ConvertAll(sentences, s => s.Text));
        Assert.Same(sentences[1].Text, sentences[1].Text);
    }

    [Fact]
    public void Equality_and_hash_are_those_of_the_three_values()
    {
        var lazy = SentenceSplitter.Split(Seed)[1];
        var given = new Sentence(lazy.Start, lazy.Length, "The match went on  all day and night.");
        Assert.Equal(given, lazy);
        Assert.Equal(lazy, given);
        Assert.True(lazy == given);
        Assert.Equal(given.GetHashCode(), lazy.GetHashCode());
        Assert.Equal(given.ToString(), lazy.ToString());

        Assert.NotEqual(given with { Text = "The match went on" }, lazy);
        Assert.NotEqual(lazy, new Sentence(lazy.Start + 1, lazy.Length, lazy.Text));

        // Two splits of the same seed, and of equal seeds, give equal sentences.
        var again = SentenceSplitter.Split(Seed)[1];
        var copy = new string(Seed.ToCharArray());
        var other = SentenceSplitter.Split(copy)[1];
        Assert.Equal(lazy, again);
        Assert.Equal(again, other);
        Assert.Equal(again.GetHashCode(), other.GetHashCode());
    }

    [Fact]
    public void A_copy_keeps_its_text_and_deconstructs_to_the_three_values()
    {
        var lazy = SentenceSplitter.Split(Seed)[2];
        var moved = lazy with { Start = 0 };
        Assert.Equal("Fans stayed.", moved.Text);
        Assert.Equal(0, moved.Start);

        var (start, length, text) = lazy;
        Assert.Equal(lazy.Start, start);
        Assert.Equal(12, length);
        Assert.Equal("Fans stayed.", text);
    }
}
