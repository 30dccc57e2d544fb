using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// What the case of its words says of each sentence, and which tokens are shaped like name words, read in one
/// pass over the tokens before the name rules run.
/// </summary>
/// <remarks>
/// The pass has no branch per token: whether a token is a word, in capitals or long follows no pattern the
/// processor could predict, and mispredicted branches cost more than the sums. Flags are read as bits.
/// </remarks>
internal sealed class SentenceShapes
{
    public SentenceShapes(Token[] tokens, int[] sentenceOf)
    {
        var sentences = tokens.Length == 0 ? 0 : sentenceOf[tokens.Length - 1] + 1;
        Shouting = new bool[sentences];
        TitleCase = new bool[sentences];
        NameWordShaped = new int[tokens.Length + 1];

        // Sentence indexes only grow along the tokens: count one sentence at a time and judge it when it ends.
        int words = 0, capitals = 0, content = 0, titled = 0, shaped = 0;
        for (var k = 0; k < tokens.Length; k++)
        {
            var t = tokens[k];
            var flags = (int)t.Flags;
            var isWord = t.Kind == TokenKind.Word ? 1 : 0;
            var word = isWord & (flags >> 7) & 1; // HasLetter
            var capitalized = (flags >> 3) & 1;
            var allCaps = (flags >> 4) & 1;
            var mixedCase = (flags >> 5) & 1;

            // Capitalised or mixed-case words with a letter, and CJK runs: TokenView.IsNameWord holds only for these.
            NameWordShaped[shaped] = k;
            shaped += (word & (capitalized | mixedCase)) | (t.Kind == TokenKind.Cjk ? 1 : 0);

            words += word;
            capitals += word & (allCaps | ((t.Length == 1 ? 1 : 0) & capitalized));

            // Long words only: short function words stay in lower case in most title styles ("of", "in", "the").
            var longWord = word & (t.Length > 3 ? 1 : 0) & (allCaps ^ 1);
            content += longWord;
            titled += longWord & capitalized;

            var s = sentenceOf[k];
            if (k + 1 == tokens.Length || sentenceOf[k + 1] != s)
            {
                var endsInWord = t.Kind == TokenKind.Word || t.Kind == TokenKind.Cjk;
                var shouts = words >= 3 && capitals * 10 >= words * 7;
                Shouting[s] = shouts;

                // A headline has no closing full stop; a sentence full of names ("Actress Zoë Kravitz met ...") does.
                TitleCase[s] = !shouts && endsInWord && content >= 4 && titled * 10 >= content * 8;
                words = capitals = content = titled = 0;
            }
        }

        NameWordShapedCount = shaped;
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
