using System.Collections.Generic;
using System.Linq;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Tests.Text;

/// <summary>
/// The list reader the name and group walks use: its reads, writes and block moves must be the list's own, whichever
/// way a moved block overlaps where it goes.
/// </summary>
public sealed class ListItemsTests
{
    [Fact]
    public void Reads_and_writes_are_the_lists()
    {
        var list = new List<string> { "a", "b", "c" };
        var items = new ListItems<string>(list);
        items[1] = "B";
        Assert.Equal(3, items.Count);
        Assert.Equal("a", items[0]);
        Assert.Equal(new[] { "a", "B", "c" }, list);
    }

    [Theory]
    [InlineData(3, 1, 4)] // down, overlapping
    [InlineData(1, 3, 4)] // up, overlapping
    [InlineData(0, 5, 3)] // up, apart
    [InlineData(6, 0, 2)] // down, apart
    [InlineData(2, 2, 5)] // in place
    [InlineData(4, 1, 0)] // nothing
    public void A_moved_block_is_copied_as_a_whole(int from, int to, int length)
    {
        var list = Enumerable.Range(0, 10).ToList();
        var expected = list.ToArray();
        System.Array.Copy(list.ToArray(), from, expected, to, length);

        new ListItems<int>(list).Move(from, to, length);

        Assert.Equal(expected, list);
    }

    [Fact]
    public void A_move_past_the_end_throws()
    {
        var list = new List<int> { 1, 2, 3 };
        Assert.ThrowsAny<System.ArgumentException>(() => new ListItems<int>(list).Move(1, 2, 2));
    }
}
