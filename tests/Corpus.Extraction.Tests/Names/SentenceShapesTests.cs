using System.Collections.Generic;
using System.Linq;
using Corpus.Extraction.Names;
using Corpus.Extraction.Text;
using Xunit;

namespace Corpus.Extraction.Tests.Names;

/// <summary>
/// The shapes judged from the splitter's own ranges and survey (the engine's path) are the shapes judged sentence by
/// sentence from the sentences alone, sentences of 4096 tokens and more too, whose packed counts overflow.
/// </summary>
public sealed class SentenceShapesTests
{
    public static IEnumerable<object[]> Texts()
    {
        yield return new object[] { "MARKETS RALLY AS RATES FALL\nShares rose on Monday. Acme Corp said profits grew.\nThe Big Short Returns Home\nIt ended." };
        yield return new object[] { string.Join(" ", Enumerable.Repeat("ACME", 5000)) + "\nThe market rose. " + string.Join(" ", Enumerable.Repeat("Word", 4200)) + "\nDone here." };
        yield return new object[] { "Short one. " + string.Join(" ", Enumerable.Repeat("Big Ideas", 2100)) + ". " + string.Join(" ", Enumerable.Repeat("NEWS", 4096)) + "\n" };
        yield return new object[] { string.Empty };
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void TheSplittersShapesAreTheSentencesOwn(string text)
    {
        var sentences = SentenceSplitter.Split(text);
        var tokens = Tokenizer.TokenizeCached(text, out var count);
        var split = SentenceSplitter.Take(sentences, tokens);
        Assert.NotNull(split);

        var fromSplit = new SentenceShapes(tokens, split!);
        var fromSentences = new SentenceShapes(tokens, count, sentences);

        Assert.Equal(fromSentences.Shouting, fromSplit.Shouting);
        Assert.Equal(fromSentences.TitleCase, fromSplit.TitleCase);
        Assert.Equal(fromSentences.ShoutingTokens, fromSplit.ShoutingTokens);
    }
}
