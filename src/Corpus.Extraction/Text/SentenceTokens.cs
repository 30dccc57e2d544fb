namespace Corpus.Extraction.Text;

/// <summary>
/// The tokens of each sentence the splitter made, with what its words' shapes add up to, found in the splitter's
/// own pass over the tokens: the name rules need both (<see cref="Names.SentenceShapes"/>), and without them would
/// walk every token again to find which sentence it is in. The arrays are the splitter's scratch, kept per thread and
/// overwritten when the thread splits another text: they serve the work on this text and are never kept past it.
/// </summary>
internal sealed class SentenceTokens
{
    public SentenceTokens(Sentence[] sentences, Token[] tokens, int tokenCount, int[] firsts, int longest, ulong[] blocks, int[] shaped, int shapedCount)
    {
        Sentences = sentences;
        Tokens = tokens;
        TokenCount = tokenCount;
        Firsts = firsts;
        Longest = longest;
        Blocks = blocks;
        Shaped = shaped;
        ShapedCount = shapedCount;
    }

    /// <summary>The sentences, as the splitter returned them.</summary>
    public Sentence[] Sentences { get; }

    /// <summary>The tokens they were split from: the first <see cref="TokenCount"/> of the array.</summary>
    public Token[] Tokens { get; }

    public int TokenCount { get; }

    /// <summary>The first token of each sentence, then the number of tokens (the array may be longer).</summary>
    public int[] Firsts { get; }

    /// <summary>
    /// 4096 or more when some sentence has 4096 tokens or more (the counts of its tokens, bitwise or'ed), whose packed
    /// sums (<see cref="Blocks"/>) overflow.
    /// </summary>
    public int Longest { get; }

    /// <summary>
    /// The splitter's survey of the tokens' shapes, in blocks of 64 tokens: the sum of the tokens'
    /// <see cref="Names.SentenceShapes.CountOf(Token)"/> before any token (but for the lowest field, which is 0) is
    /// <see cref="SentenceSplitter.SumBefore"/>, and a sentence's is the difference of two (its twelve-bit fields only
    /// right for a sentence of fewer than 4096 tokens).
    /// </summary>
    public ulong[] Blocks { get; }

    /// <summary>The tokens shaped like name words, in order; the first <see cref="ShapedCount"/> count.</summary>
    public int[] Shaped { get; }

    public int ShapedCount { get; }
}
