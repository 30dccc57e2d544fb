using System.Collections.Generic;
using Corpus.Extraction.Names;

namespace Corpus.Extraction.Tests.Names;

public sealed class GroupingHashTests
{
    // Names alike at both ends and in the middle, as a crafted seed would write them: a hash that samples a few
    // characters puts them all in one probe chain of the grouping tables, and grouping turns quadratic.
    [Fact]
    public void Names_that_differ_only_inside_get_different_hashes()
    {
        const string letters = "abcdefghijklmnopqrstuvwxyz";
        var hashes = new HashSet<int>();
        var names = 0;
        foreach (var a in letters)
        {
            foreach (var b in letters)
            {
                foreach (var c in letters)
                {
                    var name = "Ka" + a + b + "m" + c + "azz";
                    hashes.Add(GroupsByName.Hash(name));
                    names++;
                }
            }
        }

        Assert.True(hashes.Count >= names - 10, $"{names - hashes.Count} of {names} names share a hash");
    }

    [Fact]
    public void A_name_hashes_the_same_inside_a_longer_text()
    {
        const string text = "Talks between Robin Li and Li Qiang";
        Assert.Equal(GroupsByName.Hash("Robin Li"), WordSet.HashExact(text, 14, 8));
        Assert.Equal(GroupsByName.Hash("Li"), WordSet.HashExact(text, 20, 2));
        Assert.NotEqual(GroupsByName.Hash("Li"), GroupsByName.Hash("Il"));
        Assert.Equal(GroupsByName.Hash(""), WordSet.HashExact(text, 3, 0));
    }
}
