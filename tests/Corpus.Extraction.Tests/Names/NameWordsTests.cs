using System;
using System.Linq;
using Corpus.Extraction.Names;

namespace Corpus.Extraction.Tests.Names;

public sealed class NameWordsTests
{
    // The spaces and prefix hashes of names of every length up to 40, with spaces anywhere (at either end, doubled, none),
    // against the string's own searches and WordSet.HashExact: the net8.0 build finds the spaces of a name of 8 to 32
    // characters by vector compares, and every other name by a walk.
    [Fact]
    public void Spaces_and_hashes_are_those_of_the_string()
    {
        var random = new Random(28);
        for (var length = 0; length <= 40; length++)
        {
            for (var trial = 0; trial < 200; trial++)
            {
                var spaceRate = trial % 5; // none, then more and more
                var name = new string(Enumerable.Range(0, length).Select(_ => random.Next(10) < spaceRate * 2 ? ' ' : (char)('a' + random.Next(26))).ToArray());
                Check(name);
            }
        }

        Check("Edwin van der Sar");
        Check("Gustavo Paredes Larrea");
        Check("Van der Quenen Dranken NV");
        Check("Li Qiang");
    }

    private static void Check(string name)
    {
        var words = new NameWords(name);
        var spaces = Enumerable.Range(0, name.Length).Where(i => name[i] == ' ').ToArray();
        int At(int k) => k < spaces.Length ? spaces[k] : -1;
        int FromEnd(int k) => k < spaces.Length ? spaces[spaces.Length - 1 - k] : -1;
        Assert.Equal(At(0), words.FirstSpace);
        Assert.Equal(At(1), words.SecondSpace);
        Assert.Equal(FromEnd(0), words.LastSpace);
        Assert.Equal(FromEnd(1), words.SecondLastSpace);
        Assert.Equal(FromEnd(2), words.ThirdLastSpace);
        Assert.Equal(spaces.Length, words.Spaces);
        Assert.Equal(WordSet.HashExact(name, 0, spaces.Length == 0 ? name.Length : spaces[0]), words.FirstWordHash);
        Assert.Equal(spaces.Length >= 2 ? WordSet.HashExact(name, 0, spaces[1]) : 0, words.FirstTwoHash);
        Assert.Equal(spaces.Length >= 1 ? WordSet.HashExact(name, 0, spaces[^1]) : 0, words.AllButLastHash);
        var last = spaces.Length == 0 ? 0 : spaces[^1] + 1;
        Assert.Equal(WordSet.HashExact(name, last, name.Length - last), words.LastWordHash(name));
        Assert.Equal(spaces.Length == 2 ? WordSet.HashExact(name, spaces[0] + 1, spaces[1] - spaces[0] - 1) : 0, words.MiddleHash(name));
    }
}
