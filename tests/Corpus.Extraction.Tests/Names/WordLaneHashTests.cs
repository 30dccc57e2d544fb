#if NET
using Corpus.Extraction.Names;

namespace Corpus.Extraction.Tests.Names;

/// <summary>
/// A short word's two hashes taken side by side from one vector (<c>WordSet.HashLanesBoth</c>, the lexicon's lookup)
/// are the hashes the word's characters give one at a time, for every length it takes.
/// </summary>
public sealed class WordLaneHashTests
{
    [Fact]
    public void Both_hashes_of_a_short_word_from_its_lanes_are_its_exact_and_folded_hashes()
    {
        var random = new System.Random(29);
        const string letters = "AZaz09'-.";
        for (var length = 0; length <= WordSet.LaneWord; length++)
        {
            for (var round = 0; round < 200; round++)
            {
                var chars = new char[WordSet.LaneWord + 3];
                for (var i = 0; i < chars.Length; i++)
                {
                    chars[i] = round % 2 == 0 ? letters[random.Next(letters.Length)] : (char)random.Next(32, 127);
                }

                var text = new string(chars);
                var word = WordSet.LoadLanes(text, 1);
                var own = WordSet.OwnLanes(length);
                var both = WordSet.HashLanesBoth(WordSet.FoldAscii(word) & own, word & own, length);
                Assert.Equal(WordSet.HashExact(text, 1, length), (int)both);
                Assert.Equal(WordSet.HashFolded(text, 1, length), (int)(both >> 32));
            }
        }
    }

    [Fact]
    public void Both_hashes_of_a_word_of_nine_to_sixteen_characters_from_two_vectors_are_its_exact_and_folded_hashes()
    {
        if (!System.Runtime.Intrinsics.X86.Avx2.IsSupported)
        {
            return;
        }

        var random = new System.Random(2916);
        for (var length = WordSet.LaneWord + 1; length <= 2 * WordSet.LaneWord; length++)
        {
            for (var round = 0; round < 200; round++)
            {
                var chars = new char[(2 * WordSet.LaneWord) + 3];
                for (var i = 0; i < chars.Length; i++)
                {
                    chars[i] = (char)random.Next(32, 127);
                }

                var text = new string(chars);
                var word = WordSet.LoadLanes(text, 1);
                var rest = WordSet.LoadLanes(text, 1 + WordSet.LaneWord);
                var own = WordSet.OwnLanes(length - WordSet.LaneWord);
                var both = WordSet.HashLanesBoth(WordSet.FoldAscii(word), word, WordSet.FoldAscii(rest) & own, rest & own, length - WordSet.LaneWord);
                Assert.Equal(WordSet.HashExact(text, 1, length), (int)both);
                Assert.Equal(WordSet.HashFolded(text, 1, length), (int)(both >> 32));
            }
        }
    }
}
#endif
