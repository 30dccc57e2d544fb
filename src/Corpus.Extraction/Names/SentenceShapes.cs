using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// What the case of its words says of each sentence, and which tokens are shaped like name words, read in one
/// pass over the tokens before the name rules run.
/// </summary>
/// <remarks>
/// The pass has no branch per token: whether a token is a word, in capitals or long follows no pattern the
/// processor could predict, and mispredicted branches cost more than the sums. A table made once says what
/// each shape of token adds.
/// </remarks>
internal sealed class SentenceShapes
{
    public SentenceShapes(Token[] tokens, int[] sentenceOf)
    {
        var sentences = tokens.Length == 0 ? 0 : sentenceOf[tokens.Length - 1] + 1;
        var shouting = new bool[sentences];
        var titleCase = new bool[sentences];
        var nameWordShaped = new int[tokens.Length + 1];

        // Sentence indexes only grow along the tokens: count one sentence at a time and judge it when it ends.
        var table = Facts;
        var shaped = 0;
        var k = 0;
        while (k < tokens.Length)
        {
            var s = sentenceOf[k];
            int words = 0, capitals = 0, content = 0, titled = 0;
            Token t;
            do
            {
                t = tokens[k];
                var lengthClass = (t.Length > 1 ? 1 : 0) + (t.Length > 3 ? 1 : 0);
                int facts = table[(lengthClass << 10) | ((int)t.Kind << 8) | ((int)t.Flags & 0xFF)];
                nameWordShaped[shaped] = k;
                shaped += facts & 1;
                words += (facts >> 1) & 1;
                capitals += (facts >> 2) & 1;
                content += (facts >> 3) & 1;
                titled += facts >> 4;
                k++;
            }
            while (k < tokens.Length && sentenceOf[k] == s);

            var endsInWord = t.Kind == TokenKind.Word || t.Kind == TokenKind.Cjk;
            var shouts = words >= 3 && capitals * 10 >= words * 7;
            shouting[s] = shouts;

            // A headline has no closing full stop; a sentence full of names ("Actress Zoë Kravitz met ...") does.
            titleCase[s] = !shouts && endsInWord && content >= 4 && titled * 10 >= content * 8;
        }

        Shouting = shouting;
        TitleCase = titleCase;
        NameWordShaped = nameWordShaped;
        NameWordShapedCount = shaped;
    }

    // What one token adds to its sentence's counts, by length class (1, 2-3, 4+ characters), kind and the low
    // eight flags: bit 0 shaped like a name word, 1 a word with a letter, 2 in capitals, 3 a long word not in
    // capitals, 4 such a word capitalised.
    private static readonly byte[] Facts = TokenFacts();

    private static byte[] TokenFacts()
    {
        var facts = new byte[3 << 10];
        for (var index = 0; index < facts.Length; index++)
        {
            var lengthClass = index >> 10;
            var kind = (TokenKind)((index >> 8) & 3);
            var flags = (TokenFlags)(index & 0xFF);
            var word = kind == TokenKind.Word && (flags & TokenFlags.HasLetter) != 0;
            var capitalized = (flags & TokenFlags.Capitalized) != 0;
            var allCaps = (flags & TokenFlags.AllCaps) != 0;

            // Capitalised or mixed-case words with a letter, and CJK runs: TokenView.IsNameWord holds only for these.
            var shaped = (word && (capitalized || (flags & TokenFlags.MixedCase) != 0)) || kind == TokenKind.Cjk;

            // Long words only: short function words stay in lower case in most title styles ("of", "in", "the").
            var content = word && lengthClass == 2 && !allCaps;
            facts[index] = (byte)((shaped ? 1 : 0) | (word ? 2 : 0) | (word && (allCaps || (lengthClass == 0 && capitalized)) ? 4 : 0)
                | (content ? 8 : 0) | (content && capitalized ? 16 : 0));
        }

        return facts;
    }

    /// <summary>
    /// Per sentence: a headline in capitals ("SOCCER - JAPAN GET LUCKY WIN"), seven in ten of its words (at
    /// least three) in capitals or single capital letters.
    /// </summary>
    public bool[] Shouting { get; }

    /// <summary>Per sentence: a title in title case ("Why Markets Fear Higher Rates") with no closing stop.</summary>
    public bool[] TitleCase { get; }

    /// <summary>The tokens shaped like name words, in order; the first <see cref="NameWordShapedCount"/> count.</summary>
    public int[] NameWordShaped { get; }

    public int NameWordShapedCount { get; }
}
