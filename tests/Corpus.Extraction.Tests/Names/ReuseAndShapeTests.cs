using System.Linq;
using Corpus.Extraction.Names;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Tests.Names;

public sealed class ReuseAndShapeTests
{
    // The rules pass over a word whose shape no list has: the test must never pass over a word a list holds, in
    // the case it is written or in capitals.
    [Fact]
    public void Word_shapes_never_reject_a_listed_word()
    {
        var sets = new[] { WordLists.Roles, WordLists.DescriptorHeads, WordLists.OrgDescriptors, WordLists.PlaceDescriptors, WordLists.ProductDescriptors };
        var shapes = new WordShapes(sets, new[] { "from" }, new[] { WordLists.ProductDescriptors });
        foreach (var word in sets.SelectMany(set => set.Entries()).Concat(new[] { "from", "From", "chips", "Chips" }))
        {
            foreach (var written in new[] { word, word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word.Substring(1) })
            {
                var token = Tokenizer.Tokenize(written)[0];
                if (token.Length == written.Length)
                {
                    Assert.True(shapes.MayBe(token, written), written);
                }
            }
        }

        var text = "said";
        Assert.False(shapes.MayBe(Tokenizer.Tokenize(text)[0], text));
    }

    // A view's per-token facts go to the thread's next view once it is released: the next one must start clean,
    // and the released one must refuse to answer rather than answer from another text's facts.
    [Fact]
    public void A_released_view_gives_a_clean_array_to_the_next()
    {
        const string first = "Robin Li founded Baidu in Beijing with Eric Xu.";
        const string second = "said the chief executive of Alibaba on Tuesday.";
        var a = new TokenView(first, Tokenizer.Tokenize(first));
        Assert.True(a.IsNameWord(0));
        a.Release();
        Assert.ThrowsAny<System.Exception>(() => a.In(WordLists.Roles, 0));

        var b = new TokenView(second, Tokenizer.Tokenize(second));
        var fresh = new TokenView(second, Tokenizer.Tokenize(second));
        for (var k = 0; k < b.Count; k++)
        {
            Assert.Equal(fresh.IsNameWord(k), b.IsNameWord(k));
            Assert.Equal(fresh.In(WordLists.Roles, k), b.In(WordLists.Roles, k));
            Assert.Equal(fresh.IsFunctionWord(k), b.IsFunctionWord(k));
        }
    }

    // Seeds extracted one after another on a thread (reusing its scratch arrays) come out as each does alone.
    [Fact]
    public void Seeds_extracted_in_turn_match_each_extracted_first()
    {
        const string one = "Baidu founder Robin Li spoke in Beijing. Li said Baidu would grow. Shares of SK Hynix rose.";
        const string two = "Tim Cook, chief executive of Apple, met Robin Li. Cook said Apple and Baidu, known as BD, agreed.";
        var oneFirst = Describe(one);
        var twoAfter = Describe(two);
        var oneAfter = Describe(one);
        Assert.Equal(oneFirst, oneAfter);
        Assert.NotEqual(oneFirst, twoAfter);
    }

    private static string Describe(string text)
    {
        var map = new LineMap(text);
        var entities = EntityExtractor.Extract(text, SentenceSplitter.Split(text), map);
        return string.Join("; ", entities.Select(e => e.Name + ":" + e.Kind + ":" + string.Join(",", e.Aliases) + ":" + e.Mentions.Count));
    }
}
