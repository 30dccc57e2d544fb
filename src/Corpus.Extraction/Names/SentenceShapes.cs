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
    public SentenceShapes(Token[] tokens, TokenSentences sentences)
    {
        var count = sentences.Count;
        var shouting = new bool[count];
        var titleCase = new bool[count];
        // About one token in five is shaped like a name word; the list grows when a text has more.
        var nameWordShaped = new int[(tokens.Length / 4) + 16];
        var shoutingTokens = new System.Collections.Generic.List<int>();

        // Each token adds its counts to one running sum and writes it under its sentence (the number of sentence
        // openings up to it, read off a bit per token): the last writes leave each sentence's end. The pass has no
        // branch on sentence ends, which come every ten tokens or so and could not be predicted.
        var runningAt = new ulong[sentences.Openings + 1];
        var openings = sentences.OpeningBits;
        var shaped = 0;
        var opened = 0;
        var running = 0UL;
        for (var k = 0; k < tokens.Length;)
        {
            // A piece of tokens no longer than the room left in the list, so the pass needs no test for room.
            if (nameWordShaped.Length - shaped < 64)
            {
                Array.Resize(ref nameWordShaped, nameWordShaped.Length * 2);
            }

            var to = Math.Min(tokens.Length, k + nameWordShaped.Length - shaped);
            shaped = CountTokens(tokens, openings, k, to, nameWordShaped, shaped, ref running, ref opened, runningAt);
            k = to;
        }

        // A sentence's counts are its running sum less the last one's. Four counts add up packed in one number,
        // twelve bits each: a sentence of fewer than 4096 tokens cannot overflow them (the difference of two sums is
        // exact whatever carried out of the top), a longer one is counted again in pieces.
        for (var o = 1; o <= sentences.Openings; o++)
        {
            var s = sentences.OpenedBy(o - 1);
            var first = sentences.First(s);
            var after = sentences.First(s + 1);
            var counts = runningAt[o] - runningAt[o - 1];
            int words, capitals, content, titled;
            if (after - first < 4096)
            {
                words = (int)(counts >> 12) & 0xFFF;
                capitals = (int)(counts >> 24) & 0xFFF;
                content = (int)(counts >> 36) & 0xFFF;
                titled = (int)(counts >> 48) & 0xFFF;
            }
            else
            {
                CountLong(tokens, first, after, out words, out capitals, out content, out titled);
            }

            var t = tokens[after - 1];
            var endsInWord = t.Kind == TokenKind.Word || t.Kind == TokenKind.Cjk;
            var shouts = words >= 3 && capitals * 10 >= words * 7;
            shouting[s] = shouts;
            if (shouts)
            {
                shoutingTokens.Add(first);
                shoutingTokens.Add(after);
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

    /// <summary>
    /// Lists the shaped tokens of [<paramref name="from"/>, <paramref name="to"/>) after the first <paramref name="shaped"/>,
    /// and writes under each sentence (numbered by its opening, counted in <paramref name="opened"/>) the running sum
    /// of the tokens' counts up to its last token; returns how many tokens are now listed.
    /// </summary>
    private static int CountTokens(Token[] tokens, ulong[] openings, int from, int to, int[] shapedTokens, int shaped, ref ulong runningSum, ref int opened, ulong[] runningAt)
    {
        var table = Counts;
        var running = runningSum;
        var opening = opened;
        for (var k = from; k < to; k++)
        {
            var t = tokens[k];
            var add = table[(((t.Length > 1 ? 1 : 0) + (t.Length > 3 ? 1 : 0)) * 4 + (int)t.Kind) * FlagValues + (int)((uint)(t.Flags & CaseFlags) / (uint)TokenFlags.Capitalized)];
            shapedTokens[shaped] = k;
            shaped += (int)add & 1;
            running += add;
            opening += (int)(openings[k >> 6] >> (k & 63)) & 1;
            runningAt[opening] = running;
        }

        runningSum = running;
        opened = opening;
        return shaped;
    }

    // The counts of a sentence of 4096 tokens or more, added up a piece at a time.
    private static void CountLong(Token[] tokens, int first, int after, out int words, out int capitals, out int content, out int titled)
    {
        var table = Counts;
        words = capitals = content = titled = 0;
        for (var from = first; from < after; from += 4095)
        {
            var counts = 0UL;
            for (var k = from; k < after && k < from + 4095; k++)
            {
                var t = tokens[k];
                counts += table[(((t.Length > 1 ? 1 : 0) + (t.Length > 3 ? 1 : 0)) * 4 + (int)t.Kind) * FlagValues + (int)((uint)(t.Flags & CaseFlags) / (uint)TokenFlags.Capitalized)];
            }

            words += (int)(counts >> 12) & 0xFFF;
            capitals += (int)(counts >> 24) & 0xFFF;
            content += (int)(counts >> 36) & 0xFFF;
            titled += (int)(counts >> 48) & 0xFFF;
        }
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
