using Corpus.Extraction.Text;

namespace Corpus.Extraction.Tests.Configuration;

public class EditDistanceTests
{
    [Theory]
    [InlineData("Robin Lee", "Robin Li", 2)]
    [InlineData("Robin Li", "Robin Li", 0)]
    [InlineData("Goldman Sachs", "Goldmna Sachs", 1)]
    [InlineData("Baidu", "Biadu", 1)]
    [InlineData("", "SMIC", 4)]
    [InlineData("kitten", "sitting", 3)]
    public void Counts_edits(string left, string right, int expected)
    {
        Assert.Equal(expected, EditDistance.Compute(left, right, 10));
        Assert.Equal(expected, EditDistance.Compute(right, left, 10));
    }

    [Theory]
    [InlineData("Robin Li", "Tencent", 2)]
    [InlineData("Alibaba", "Alibaba Group Holding", 3)]
    [InlineData("abcdef", "badcfe", 2)]
    public void Stops_past_the_bound(string left, string right, int bound)
    {
        Assert.Equal(bound + 1, EditDistance.Compute(left, right, bound));
    }

    [Fact]
    public void Similarity_of_an_edited_quotation_is_high_and_of_another_is_zero()
    {
        var before = "Large models improve with scale, but applications matter more.";
        var after = "Large models improve with scale, but applications matter most.";
        var other = "We will open three stores in Shenzhen next year.";

        Assert.True(EditDistance.Similarity(before, after, 0.7) > 0.9);
        Assert.Equal(0, EditDistance.Similarity(before, other, 0.7));
    }

    [Fact]
    public void Comparable_text_folds_marks_and_white_space()
    {
        Assert.Equal(
            ComparableText.Normalise("It's \"here\", she said"),
            ComparableText.Normalise("  It\u2019s \u201Chere\u201D,\n  she   said "));
    }
}
