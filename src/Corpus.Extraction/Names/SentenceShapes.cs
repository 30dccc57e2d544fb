using System;
#if NET
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
#endif
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// Where each sentence starts in the tokens, what the case of its words says of it, and which tokens are shaped
/// like name words. For the splitter's own sentences, the splitter's pass over the tokens found all of it but the
/// verdicts (<see cref="SentenceTokens"/>), and only the sentences are walked; other sentences are matched to the
/// tokens in one pass of their own.
/// </summary>
/// <remarks>
/// The passes have no branch per token but the one that ends a sentence: whether a token is a word, in capitals or
/// long follows no pattern the processor could predict, and mispredicted branches cost more than the sums. A table
/// made once says what each shape of token adds (<see cref="CountOf(Token)"/>).
/// </remarks>
internal sealed class SentenceShapes
{
    public SentenceShapes(Token[] tokens, int tokenCount, Sentence[] sentences)
    {
        var count = sentences.Length;
        var shouting = new bool[count];
        var titleCase = new bool[count];
        // About one token in five is shaped like a name word; the list grows when a text has more.
        var nameWordShaped = new int[(tokenCount / 4) + 16];
        var shoutingTokens = new System.Collections.Generic.List<int>();

        // The sentences' starts are read first, in a loop of their own: each sentence is an object of its own, far
        // from the last one (its text lies between), and loads that wait on nothing else overlap.
        var firsts = new int[count + 1];
        for (var s = 1; s < count; s++)
        {
            firsts[s] = sentences[s].Start;
        }

        // A token belongs to the last sentence that starts at or before it (the first sentence takes any before).
        var shaped = 0;
        var k = 0;
        for (var s = 0; s < count; s++)
        {
            var first = k;
            var nextStart = s + 1 < count ? firsts[s + 1] : int.MaxValue;
            firsts[s] = first;

            // Room for every token the sentence can hold (each holds a character at least), so the pass needs no
            // test for room.
            var most = first < tokenCount ? Math.Min(tokenCount - first, nextStart - tokens[first].Start) : 0;
            if (nameWordShaped.Length - shaped < most)
            {
                Array.Resize(ref nameWordShaped, Math.Max(nameWordShaped.Length * 2, shaped + most));
            }

            var counts = CountTokens(tokens, tokenCount, nextStart, ref k, nameWordShaped, ref shaped);
            var after = k;
            if (after <= first)
            {
                continue; // no token falls in this sentence
            }

            Judge(tokens, s, first, after, counts, shouting, titleCase, shoutingTokens);
        }

        firsts[count] = tokenCount;
        Firsts = firsts;
        Shouting = shouting;
        TitleCase = titleCase;
        NameWordShaped = nameWordShaped;
        ShoutingTokens = shoutingTokens;
        NameWordShapedCount = shaped;
    }

    /// <summary>
    /// The shapes of the sentences whose token ranges and sums the splitter found as it made them
    /// (<see cref="SentenceTokens"/>): only the sentences are walked, not their tokens.
    /// </summary>
    public SentenceShapes(Token[] tokens, SentenceTokens split)
    {
        var firsts = split.Firsts;
        var count = split.Sentences.Length;
        var shouting = new bool[count];
        var titleCase = new bool[count];
        var shoutingTokens = new System.Collections.Generic.List<int>();

        // The splitter's arrays are read unchecked (Unchecked): the firsts hold an entry per sentence and the first
        // token after the last, the blocks one for each 64 tokens and one more.
        var starts = new Unchecked<int>(firsts);
        var blocks = new Unchecked<ulong>(split.Blocks);

        // The shouting sentences' first and after tokens, as pairs, in scratch the thread keeps (an array of this
        // seed's size when it is too large to keep).
        var pairs = 2 * count > MaxRetained ? new int[2 * count] : Room(2 * count);
#if NET
        var listed = Avx2.IsSupported
            ? JudgeAllWide(tokens, starts, split.Blocks, count, shouting, titleCase, pairs)
            : JudgeAll(tokens, starts, blocks, count, shouting, titleCase, pairs);
#else
        var listed = JudgeAll(tokens, starts, blocks, count, shouting, titleCase, pairs);
#endif
        if (split.Longest >= 4096)
        {
            // The packed counts of a sentence of 4096 tokens or more overflowed: it is judged again, a piece at a time,
            // and the list made again from the verdicts.
            ListShouting(tokens, starts, count, shouting, titleCase, shoutingTokens);
        }
        else
        {
            for (var j = 0; j < listed; j += 2)
            {
                shoutingTokens.Add(pairs[j]);
                shoutingTokens.Add(pairs[j + 1]);
            }
        }

        Firsts = firsts;
        Shouting = shouting;
        TitleCase = titleCase;
        NameWordShaped = split.Shaped;
        ShoutingTokens = shoutingTokens;
        NameWordShapedCount = split.ShapedCount;
    }

    private const int MaxRetained = 1 << 16;

    [System.ThreadStatic]
    private static int[]? _pairs;

    // The thread's scratch for JudgeAll's pairs, of count items at least.
    private static int[] Room(int count)
    {
        var pairs = _pairs;
        return pairs is not null && pairs.Length >= count ? pairs : _pairs = new int[System.Math.Max(count, 256)];
    }

    /// <summary>
    /// Judges each of the splitter's sentences from its packed counts (the difference of the survey's sums before its
    /// first token and after its last, SentenceSplitter.SumBefore), as Judge does, and writes the first and after
    /// tokens of those that shout to <paramref name="pairArray"/> (two items a sentence, room for all): returns how many
    /// items it wrote. The verdicts of a sentence of 4096 tokens or more, from overflowed counts, are to be made again
    /// (SentenceTokens.Longest).
    /// </summary>
    /// <remarks>
    /// A walk of its own that makes no call: in the constructor, with the list's Add (and the long sentences' count)
    /// inside the loop, the loop's values were kept on the stack around the calls and read back at every sentence.
    /// </remarks>
    private static int JudgeAll(Token[] tokenArray, Unchecked<int> starts, Unchecked<ulong> blocks, int count, bool[] shoutingArray, bool[] titleCaseArray, int[] pairArray)
    {
        // Unchecked: the verdicts hold an item per sentence, the pairs two, and a sentence's last token is the text's.
        var tokens = new Unchecked<Token>(tokenArray);
        var shouting = new Unchecked<bool>(shoutingArray);
        var titleCase = new Unchecked<bool>(titleCaseArray);
        var pairs = new Unchecked<int>(pairArray);
        var listed = 0;
        var after = starts[0];
        var sumAfter = SentenceSplitter.SumBefore(blocks, after);
        for (var s = 0; s < count; s++)
        {
            var first = after;
            var sumFirst = sumAfter;
            after = starts[s + 1];
            sumAfter = SentenceSplitter.SumBefore(blocks, after);

            // Judge's verdicts, from the packed counts. Every sentence has a token: the splitter hands its ranges
            // over only when each made a sentence with a character (SentenceSplitter.Split), and a range with none
            // would end, at the token before its first, no later than it starts (the tokens follow each other).
            var sum = sumAfter - sumFirst;
            var shouts = ShoutSign((int)(sum >> 12) & 0xFFF, (int)(sum >> 24) & 0xFFF);
            shouting[s] = shouts < 0;
            titleCase[s] = TitleCaseSign(shouts, tokens[after - 1].Kind, (int)(sum >> 36) & 0xFFF, (int)(sum >> 48) & 0xFFF) < 0;
            if (shouts < 0)
            {
                pairs[listed] = first;
                pairs[listed + 1] = after;
                listed += 2;
            }
        }

        return listed;
    }

#if NET
    /// <summary>
    /// <see cref="JudgeAll"/> with AVX2: a sentence's four counts are the difference of two vectors of the survey's
    /// counts (SentenceSplitter.CountsBefore), and both tests of each verdict are made in the vector's lanes at once, so
    /// the loop holds its values in vector registers, not on the stack. The verdicts are the same: the counts differ
    /// only for a sentence of 4096 tokens or more, whose packed counts overflow, and which is judged again.
    /// </summary>
    private static int JudgeAllWide(Token[] tokenArray, Unchecked<int> starts, ulong[] blockArray, int count, bool[] shoutingArray, bool[] titleCaseArray, int[] pairArray)
    {
        // Unchecked: the verdicts hold an item per sentence, the pairs two, and a sentence's last token is the text's.
        var tokens = new Unchecked<Token>(tokenArray);
        var shouting = new Unchecked<bool>(shoutingArray);
        var titleCase = new Unchecked<bool>(titleCaseArray);
        var pairs = new Unchecked<int>(pairArray);
        ref var blocks = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(blockArray);
        var listed = 0;
        var after = starts[0];
        var countsAfter = SentenceSplitter.CountsBefore(ref blocks, after);
        for (nint s = 0; s < count; s++)
        {
            after = starts[s + 1];
            var countsFirst = countsAfter;
            countsAfter = SentenceSplitter.CountsBefore(ref blocks, after);

            // The lanes hold words, capitals, content and titled: ShoutSign's two tests in the first lane and
            // TitleCaseSign's last two in the third, complemented, as (the count less 3, or 4) or (the products'
            // difference, swapped), for 2 - words is ~(words - 3) and 7 * words - 10 * capitals - 1 is
            // ~(10 * capitals - 7 * words): one lane's sign is clear where ShoutSign's is set.
            var counts = countsAfter - countsFirst;
            var products = Avx2.Multiply(counts.AsUInt32(), Vector256.Create(7UL, 10, 8, 10).AsUInt32());
            var signs = (counts - Vector256.Create(3UL, 0, 4, 0)) | (Avx2.Shuffle(products.AsUInt32(), 0b01_00_11_10).AsUInt64() - products);
            var notShouts = (int)signs.ToScalar();
            shouting[s] = notShouts >= 0;
            titleCase[s] = (notShouts & ((int)tokens[after - 1].Kind - 2) & ~(int)signs.GetElement(2)) < 0;
            if (notShouts >= 0)
            {
                pairs[listed] = starts[s];
                pairs[listed + 1] = after;
                listed += 2;
            }
        }

        return listed;
    }
#endif

    // After JudgeAll, when some sentence has 4096 tokens or more: those judged again, a piece at a time, then the
    // shouting sentences' tokens listed, in order.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void ListShouting(Token[] tokens, Unchecked<int> starts, int count, bool[] shouting, bool[] titleCase, System.Collections.Generic.List<int> shoutingTokens)
    {
        for (var s = 0; s < count; s++)
        {
            var first = starts[s];
            var after = starts[s + 1];
            if (after - first >= 4096)
            {
                CountLong(tokens, first, after, out var words, out var capitals, out var content, out var titled);
                Verdicts(tokens, s, after, words, capitals, content, titled, shouting, titleCase);
            }

            if (after > first && shouting[s])
            {
                shoutingTokens.Add(first);
                shoutingTokens.Add(after);
            }
        }
    }

    /// <summary>
    /// Whether sentence <paramref name="s"/>, of the tokens from <paramref name="first"/> to before
    /// <paramref name="after"/>, shouts or is in title case, from the sum of its tokens' <see cref="CountOf(Token)"/>.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void Judge(Token[] tokens, int s, int first, int after, ulong counts, bool[] shouting, bool[] titleCase, System.Collections.Generic.List<int> shoutingTokens)
    {
        // Four counts add up packed in one number, twelve bits each: a sentence of fewer than 4096 tokens cannot
        // overflow them, a longer one is counted again in pieces (in a method of its own, so that the counts of the
        // others stay in registers).
        if (after - first >= 4096)
        {
            JudgeLong(tokens, s, first, after, shouting, titleCase, shoutingTokens);
            return;
        }

        Judge(tokens, s, first, after, (int)(counts >> 12) & 0xFFF, (int)(counts >> 24) & 0xFFF, (int)(counts >> 36) & 0xFFF, (int)(counts >> 48) & 0xFFF, shouting, titleCase, shoutingTokens);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void JudgeLong(Token[] tokens, int s, int first, int after, bool[] shouting, bool[] titleCase, System.Collections.Generic.List<int> shoutingTokens)
    {
        CountLong(tokens, first, after, out var words, out var capitals, out var content, out var titled);
        Judge(tokens, s, first, after, words, capitals, content, titled, shouting, titleCase, shoutingTokens);
    }

    /// <summary>
    /// <see cref="Judge(Token[], int, int, int, ulong, bool[], bool[], System.Collections.Generic.List{int})"/> from the
    /// sentence's counts of words, words in capitals, long words and long words capitalised.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void Judge(Token[] tokens, int s, int first, int after, int words, int capitals, int content, int titled, bool[] shouting, bool[] titleCase, System.Collections.Generic.List<int> shoutingTokens)
    {
        if (Verdicts(tokens, s, after, words, capitals, content, titled, shouting, titleCase))
        {
            shoutingTokens.Add(first);
            shoutingTokens.Add(after);
        }
    }

    // Writes whether sentence s, whose tokens end before after, shouts and whether it is in title case, from its counts;
    // returns whether it shouts.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool Verdicts(Token[] tokens, int s, int after, int words, int capitals, int content, int titled, bool[] shouting, bool[] titleCase)
    {
        var shouts = ShoutSign(words, capitals);
        shouting[s] = shouts < 0;
        titleCase[s] = TitleCaseSign(shouts, tokens[after - 1].Kind, content, titled) < 0;
        return shouts < 0;
    }

    // The tests are made without a branch: whether a sentence is a headline or in title case follows no pattern the
    // processor could predict. Each test is a difference that is negative when it holds, and the tests are joined by
    // the sign of their bitwise and (ShoutSign, TitleCaseSign).
    // Negative when a sentence shouts: words >= 3, and capitals * 10 >= words * 7. The counts are below 4096: no
    // product overflows.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int ShoutSign(int words, int capitals) => (2 - words) & ((words * 7) - (capitals * 10) - 1);

    // Negative when a sentence that does not shout (shoutSign, ShoutSign's, not negative) is in title case: content >= 4,
    // titled * 10 >= content * 8, and its last token's kind is below 2. A headline has no closing full stop; a sentence
    // full of names ("Actress Zoë Kravitz met ...") does: its last token is no word or CJK run (the first two kinds).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int TitleCaseSign(int shoutSign, TokenKind lastKind, int content, int titled) =>
        ~shoutSign & ((int)lastKind - 2) & (3 - content) & ((content * 8) - (titled * 10) - 1);

    /// <summary>
    /// What token <paramref name="t"/> adds to its sentence's counts (<see cref="Counts"/>); bit 0 says whether it is
    /// shaped like a name word.
    /// </summary>
    public static ulong CountOf(Token t) => CountOf(t, Counts);

    /// <summary>
    /// <see cref="CountOf(Token)"/> from <paramref name="table"/>, the <see cref="Table"/>, which a loop over the
    /// tokens reads into a local first: a static field read in the loop would come with a test that the class is
    /// initialised, and the call that test may make, with every variable of the loop kept in memory around it.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static ulong CountOf(Token t, ulong[] table) =>
        table[t.ShapeKey];

    /// <summary>The table behind <see cref="CountOf(Token)"/>.</summary>
    public static ulong[] Table => Counts;

    /// <summary>
    /// Counts the tokens from <paramref name="k"/> (which it moves on) that start before <paramref name="nextStart"/>,
    /// lists the shaped ones after the first <paramref name="shaped"/>, and returns the sum of the tokens' counts.
    /// </summary>
    private static ulong CountTokens(Token[] tokens, int tokenCount, int nextStart, ref int k, int[] shapedTokens, ref int shaped)
    {
        var table = Counts;
        var listed = shaped;
        var sum = 0UL;
        var i = k;
        for (; i < tokenCount; i++)
        {
            var t = tokens[i];
            if (t.Start >= nextStart)
            {
                break;
            }

            var add = CountOf(t, table);
            shapedTokens[listed] = i;
            listed += (int)add & 1;
            sum += add;
        }

        k = i;
        shaped = listed;
        return sum;
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
                counts += CountOf(t, table);
            }

            words += (int)(counts >> 12) & 0xFFF;
            capitals += (int)(counts >> 24) & 0xFFF;
            content += (int)(counts >> 36) & 0xFFF;
            titled += (int)(counts >> 48) & 0xFFF;
        }
    }

    // What one token adds to its sentence's counts, by its Token.ShapeKey (of which only the length class, 1, 2-3
    // or 4+ characters, the kind and the flags from Capitalized to HasLetter matter), packed in twelve-bit fields:
    // from the lowest, shaped like a name word (taken per token), a word with a letter, in capitals, a long word not
    // in capitals, such a word capitalised.
    private static readonly ulong[] Counts = TokenCounts();

    // The flags the counts depend on.
    private const TokenFlags CaseFlags = TokenFlags.Capitalized | TokenFlags.AllCaps | TokenFlags.MixedCase | TokenFlags.HasLetter;

    private static ulong[] TokenCounts()
    {
        var counts = new ulong[Token.ShapeKeys];
        for (var index = 0; index < counts.Length; index++)
        {
            // The key's fields (Token.ShapeKey): kind, the first eight flags, length less one up to 3.
            var length = (index >> 10) + 1;
            var lengthClass = (length > 1 ? 1 : 0) + (length > 3 ? 1 : 0);
            var kind = (TokenKind)(index & 3);
            var flags = (TokenFlags)((index >> 2) & 0xFF) & CaseFlags;
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

    /// <summary>
    /// The first token of each sentence, then the number of tokens: sentence s holds the tokens from Firsts[s] to
    /// Firsts[s + 1] - 1. The array may be longer (the splitter's scratch, <see cref="SentenceTokens"/>).
    /// </summary>
    public int[] Firsts { get; }

    /// <summary>The tokens shaped like name words, in order; the first <see cref="NameWordShapedCount"/> count.</summary>
    public int[] NameWordShaped { get; }

    public int NameWordShapedCount { get; }
}
