using System;
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
        // About one token in five is shaped like a name word; the list grows when a text has more.
        var nameWordShaped = new int[(tokens.Length / 4) + 16];
        var shoutingTokens = new System.Collections.Generic.List<int>();

        // Sentence indexes only grow along the tokens: count one sentence at a time and judge it when it ends.
        var table = Counts;
        var shaped = 0;
        var k = 0;
        while (k < tokens.Length)
        {
            var s = sentenceOf[k];
            var first = k;
            int words = 0, capitals = 0, content = 0, titled = 0;
            Token t;
            do
            {
                // The four counts add up packed in one number, twelve bits each; a run of at most 4095 tokens
                // cannot overflow them.
                var limit = Math.Min(tokens.Length, k + 4095);
                var counts = 0UL;
                do
                {
                    t = tokens[k];
                    var add = table[(((t.Length > 1 ? 1 : 0) + (t.Length > 3 ? 1 : 0)) * 4 + (int)t.Kind) * FlagValues + (int)((uint)(t.Flags & CaseFlags) / (uint)TokenFlags.Capitalized)];
                    if (shaped == nameWordShaped.Length)
                    {
                        Array.Resize(ref nameWordShaped, nameWordShaped.Length * 2);
                    }

                    nameWordShaped[shaped] = k;
                    shaped += (int)add & 1;
                    counts += add;
                    k++;
                }
                while (k < limit && sentenceOf[k] == s);

                words += (int)(counts >> 12) & 0xFFF;
                capitals += (int)(counts >> 24) & 0xFFF;
                content += (int)(counts >> 36) & 0xFFF;
                titled += (int)(counts >> 48) & 0xFFF;
            }
            while (k < tokens.Length && sentenceOf[k] == s);

            var endsInWord = t.Kind == TokenKind.Word || t.Kind == TokenKind.Cjk;
            var shouts = words >= 3 && capitals * 10 >= words * 7;
            shouting[s] = shouts;
            if (shouts)
            {
                shoutingTokens.Add(first);
                shoutingTokens.Add(k);
            }

            // A headline has no closing full stop; a sentence full of names ("Actress Zoë Kravitz met ...") does.
            titleCase[s] = !shouts && endsInWord && content >= 4 && titled * 10 >= content * 8;
        }

        Shouting = shouting;
        TitleCase = titleCase;
        NameWordShaped = nameWordShaped;
        ShoutingTokens = shoutingTokens;
        NameWordShapedCount = shaped;
    }

    // What one token adds to its sentence's counts, by length class (1, 2-3, 4+ characters), kind, and the flags
    // from Capitalized to HasLetter, packed in twelve-bit fields: from the lowest, shaped like a name word (taken
    // per token), a word with a letter, in capitals, a long word not in capitals, such a word capitalised.
    private static readonly ulong[] Counts = TokenCounts();

    // The flags the counts depend on, read as a number from 0 to FlagValues - 1 (Capitalized is the lowest of
    // them); the four token kinds are 0 to 3.
    private const TokenFlags CaseFlags = TokenFlags.Capitalized | TokenFlags.AllCaps | TokenFlags.MixedCase | TokenFlags.HasLetter;
    private const int FlagValues = (int)CaseFlags / (int)TokenFlags.Capitalized + 1;

    private static ulong[] TokenCounts()
    {
        var counts = new ulong[3 * 4 * FlagValues];
        for (var index = 0; index < counts.Length; index++)
        {
            var lengthClass = index / (4 * FlagValues);
            var kind = (TokenKind)(index / FlagValues % 4);
            var flags = (TokenFlags)(index % FlagValues * (int)TokenFlags.Capitalized) & CaseFlags;
            var word = kind == TokenKind.Word && (flags & TokenFlags.HasLetter) != 0;
            var capitalized = (flags & TokenFlags.Capitalized) != 0;
            var allCaps = (flags & TokenFlags.AllCaps) != 0;

            // Capitalised or mixed-case words with a letter, and CJK runs: TokenView.IsNameWord holds only for these.
            var shaped = (word && (capitalized || (flags & TokenFlags.MixedCase) != 0)) || kind == TokenKind.Cjk;

            // Long words only: short function words stay in lower case in most title styles ("of", "in", "the").
            var content = word && lengthClass == 2 && !allCaps;
            counts[index] = (shaped ? 1UL : 0) | (word ? 1UL << 12 : 0) | (word && (allCaps || (lengthClass == 0 && capitalized)) ? 1UL << 24 : 0)
                | (content ? 1UL << 36 : 0) | (content && capitalized ? 1UL << 48 : 0);
        }

        return counts;
    }

    /// <summary>
    /// Per sentence: a headline in capitals ("SOCCER - JAPAN GET LUCKY WIN"), seven in ten of its words (at
    /// least three) in capitals or single capital letters.
    /// </summary>
    public bool[] Shouting { get; }

    /// <summary>The tokens of the shouting sentences, as pairs: the first token, and the token after the last.</summary>
    public System.Collections.Generic.List<int> ShoutingTokens { get; }

    /// <summary>Per sentence: a title in title case ("Why Markets Fear Higher Rates") with no closing stop.</summary>
    public bool[] TitleCase { get; }

    /// <summary>The tokens shaped like name words, in order; the first <see cref="NameWordShapedCount"/> count.</summary>
    public int[] NameWordShaped { get; }

    public int NameWordShapedCount { get; }
}
