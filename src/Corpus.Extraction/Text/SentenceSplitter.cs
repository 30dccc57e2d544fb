using System.Runtime.CompilerServices;
#if NET
using System.Runtime.InteropServices;
#endif
using Corpus.Extraction.Names;

namespace Corpus.Extraction.Text;

/// <summary>
/// Splits a text into sentences with exact offsets, over the tokens of <see cref="Tokenizer"/>.
/// A sentence ends at . ! ? or an ellipsis (with any closing quotes or brackets after it) when the next word
/// starts a sentence: a capital, a digit, an opening quote or bracket. Abbreviations do not end one
/// ("Mr. Li", "the U.S. Senate", "Apple Inc. said"), except an abbreviation followed by a word that only starts
/// sentences ("... two years behind the U.S. Which means ..."). A line break ends a sentence unless the next
/// line goes on in lower case (wrapped prose); a blank line always does. A line end that only wraps a hard-wrapped
/// paragraph is no line break: the tokenizer reads it as a space (Tokenizer.Wraps.cs), so a sentence goes on across
/// it before a capital too ("in the United" at the end of a line, "States" opening the next).
/// </summary>
internal static partial class SentenceSplitter
{
    // Buffers that grew for a very large seed are let go after use rather than kept for the thread's lifetime.
    private const int MaxRetained = 1 << 14;

    // What a token must have for the splitter to look at it closely: a stop, an abbreviation, a line break before it.
    private const TokenFlags MayBreak = TokenFlags.Stop | TokenFlags.Abbreviation | TokenFlags.LineBreakBefore;

    // Whether a token may break, by its kind and flags (the bits from Token.KindShift on): 1 when it has any of
    // MayBreak, but not for a word that only carries a sentence on to its line (a line break before it, no blank line,
    // a lower-case initial, no capital inside, no stop of its own). Such a word neither ends the sentence before it nor
    // one of its own; all it can do is open a sentence when none is open, which the next token that may break (or the
    // end) does at the same place. About one in six of the tokens after a line break, in wrapped prose. Bit 1 (EndsLine)
    // when the token opens a line that does not go on with the sentence before it.
    private const int Breaks = 1 << (64 - Token.KindShift);

    private static readonly byte[] BreakTable = BuildBreakTable();

    private static byte[] BuildBreakTable()
    {
        var table = new byte[Breaks];
        for (var v = 0; v < Breaks; v++)
        {
            var token = new Token((ulong)v << Token.KindShift);
            var wraps = token.Has(TokenFlags.LineBreakBefore) && !token.Has(TokenFlags.BlankLineBefore) && token.IsLowerWord
                && !token.Has(TokenFlags.Stop | TokenFlags.Abbreviation);
            table[v] = (byte)(((token.Flags & MayBreak) != 0 && !wraps ? 1 : 0) | (EndsLine(token) ? 2 : 0));
        }

        return table;
    }

    // The indexes of the tokens that may break a sentence (MayBreakAt), in one buffer per thread; one that grew for
    // a very large seed is let go after use.
    private const int MaxRetainedMarks = 1 << 16;

    [System.ThreadStatic]
    private static int[]? _marks;

    [System.ThreadStatic]
    private static int[]? _shaped;

    // The first token of each sentence, in a buffer kept per thread, and what the last split on this thread found of
    // its sentences' tokens, until the name rules take it (Take).
    [System.ThreadStatic]
    private static int[]? _firsts;

    [System.ThreadStatic]
    private static SentenceTokens? _last;

    // The start of each sentence the last split on this thread made (_startsOf), read by the quotation stage
    // (StartsOf) in a buffer kept per thread.
    [System.ThreadStatic]
    private static int[]? _starts;

    [System.ThreadStatic]
    private static Sentence[]? _startsOf;

    // The start and length of each sentence the last split made, before they are made (Make), in a buffer kept per thread.
    [System.ThreadStatic]
    private static ulong[]? _spans;

    /// <summary>
    /// The start of each of <paramref name="sentences"/> (the first <c>sentences.Length</c> of the array), when they
    /// are what <see cref="Split(string)"/> returned last on this thread; else null. The array is the
    /// splitter's scratch: read before the thread splits another text, and never kept.
    /// </summary>
    public static int[]? StartsOf(Sentence[] sentences) =>
        ReferenceEquals(sentences, _startsOf) && sentences.Length > 0 ? _starts : null;

    /// <summary>
    /// The sentences of <paramref name="text"/>. A wrapped sentence's text has its line ends made spaces: every \r, \n,
    /// U+2028, U+2029 and U+0085 in it is a line end it wraps at (or the \r of a \r\n), so no line map is needed.
    /// </summary>
    public static Sentence[] Split(string text)
    {
        var tokens = Tokenizer.TokenizeCached(text, out var count);
        return Split(text, tokens, count);
    }

    /// <summary>The sentences of <paramref name="text"/>, from its <paramref name="count"/> <paramref name="tokens"/>.</summary>
    private static Sentence[] Split(string text, Token[] tokens, int count)
    {
        // The sentences' token ranges are found first, then the sentences made in a loop of their own: a loop that
        // allocates keeps its variables in memory around the calls, and the search for the ends, which looks at a
        // token's neighbours and flags, runs faster without them. A sentence's text is made when first read (most
        // are never read while the seed is extracted); a wrapped sentence's line ends are made spaces then.
        var marks = MayBreakAt(tokens, count);
        // A mark may end two sentences, the one before its line break and its own ("x", a line end, ". Y"), and the
        // text's last sentence may follow the last mark: the ranges have room for those, and for the count of tokens
        // after the last first token.
        var most = (2 * marks.Count) + 2;
        var firsts = _firsts is { } kept && kept.Length >= most ? kept : new int[most];
        var n = FindRanges(text, tokens, count, marks, firsts);

        var starts = _starts is { } keptStarts && keptStarts.Length >= n ? keptStarts : new int[n];
        var spans = _spans is { } keptSpans && keptSpans.Length >= n ? keptSpans : new ulong[n];

        var made = Spans(tokens, firsts, n, starts, spans, out var widest);

        // A sentence without a character is not made; the ranges then no longer match the sentences.
        var result = made == 0 ? System.Array.Empty<Sentence>() : Make(text, spans, made);

        _last = made == n ? new SentenceTokens(result, tokens, count, firsts, widest, marks.Blocks, marks.Shaped, marks.ShapedCount) : null;
        _starts = starts.Length <= MaxRetained ? starts : null;
        _startsOf = result;
        _firsts = firsts.Length <= MaxRetained ? firsts : null;
        _spans = spans.Length <= MaxRetained ? spans : null;
        return result;
    }

    /// <summary>
    /// Writes the start of each of the <paramref name="n"/> ranges of <paramref name="firsts"/> that holds a character
    /// in <paramref name="starts"/>, and its start and length in <paramref name="spans"/> (the start in the low half);
    /// returns how many, with the counts of tokens of all ranges bitwise or'ed (<paramref name="widest"/>).
    /// </summary>
    /// <remarks>
    /// A loop of its own, holding few values: in Split's, which holds many, the spans, the starts and the widest were
    /// kept on the stack and read back for each range. The ranges, their tokens, the starts and the spans are read and
    /// written unchecked (Unchecked): the ranges' array holds n + 1 entries or more, each a token's index (the last the
    /// count of tokens, after the last range), and the starts and spans n. A range ends before the next begins.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Spans(Token[] tokens, int[] firsts, int n, int[] starts, ulong[] spans, out int widest)
    {
        var all = new Unchecked<Token>(tokens);
        var rangeFirsts = new Unchecked<int>(firsts);
        var sentenceStarts = new Unchecked<int>(starts);
        var sentenceSpans = new Unchecked<ulong>(spans);
        // Native counters: no widening of them at each read and write. A range's last token is read once, as a value,
        // for its start and length.
        nint made = 0;
        var width = 0;
        var next = rangeFirsts[0];
        for (nint r = 0; r < n; r++)
        {
            var first = next;
            next = rangeFirsts[r + 1];
            width |= next - first; // 4096 or more when some range's count is: no branch
            var start = all[first].Start;
            var last = all[next - 1];
            var end = last.End;
            if (end > start)
            {
                sentenceStarts[made] = start;
                sentenceSpans[made] = (uint)start | ((ulong)(uint)(end - start) << 32);
                made++;
            }
        }

        widest = width;
        return (int)made;
    }

    /// <summary>
    /// The <paramref name="made"/> sentences of <paramref name="text"/> whose starts and lengths
    /// <paramref name="spans"/> holds (the start in the low half of each).
    /// </summary>
    /// <remarks>
    /// A loop of its own, holding few values: with the search for the starts in the same loop, every value was kept
    /// on the stack around the allocation and read back for each sentence. The spans are read unchecked (Unchecked):
    /// they hold made entries or more.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Sentence[] Make(string text, ulong[] spans, int made)
    {
        var result = new Sentence[made];
        var seed = new Sentence.Seed(text);
        var items = new Unchecked<ulong>(spans);
        for (var i = 0; i < result.Length; i++)
        {
            var span = items[i];
            result[i] = new Sentence(seed, (int)(uint)span, (int)(span >> 32));
        }

        return result;
    }

    /// <summary>
    /// Finds the sentences' token ranges in <paramref name="tokens"/>, looking only at the tokens that may break
    /// (<paramref name="marks"/>), and puts the first token of each in <paramref name="firsts"/>, then the count of
    /// tokens; returns how many. The ranges follow each other from the first token to the last, so a range ends
    /// before the next one's first token.
    /// </summary>
    private static int FindRanges(string text, Token[] tokens, int count, Marks marks, int[] firsts)
    {
        // Most tokens neither follow a line break nor may end a sentence: they only open one when none is open.
        // The few that may break were listed first, from masks of 64 tokens (Survey), and only they are looked at
        // closely (Walk). A sentence opens at the first token or right after one that ended a sentence; its shapes are
        // added up later, from the survey's blocks, only for the sentences the name rules read (SentenceShapes).
        // The walk makes no call, so that its values stay in registers: it stops at a mark whose end only the runtime
        // can tell (a word list, a character's category; a few a text), which is told here.
        firsts[0] = 0;
        var state = new WalkState { Count = 1 };
        while (Walk(text, tokens, count, marks.Items, marks.Count, firsts, ref state))
        {
            var all = new Unchecked<Token>(tokens);
            var k = marks.Items[state.Mark] & MarkIndex;
            var end = EndsSentenceAt(text, new UncheckedText(text), all, count, k, all[k], new Unchecked<uint>(EndTable), runtime: true);
            if (end >= 0)
            {
                state.Next = end + 1;
                firsts[state.Count++] = state.Next;
            }

            state.Mark++;
        }

        // The last first token written may be the count of tokens (the text ended with a sentence): it opens no range.
        var n = state.Count;
        n -= firsts[n - 1] >= count ? 1 : 0;
        firsts[n] = count;
        return n;
    }

    // Where FindRanges' walk stands: the next mark, the count of first tokens written (the last is the open sentence's,
    // or where the next opens when the last ended at a stop), and the token after the last sentence's end.
    private struct WalkState
    {
        public int Mark;
        public int Count;
        public int Next;
    }

    /// <summary>
    /// Walks the marks from <paramref name="state"/>'s, writing the sentences' first tokens; returns false when all
    /// are walked, true when it stopped at a mark (the state's) whose end the runtime must tell: its line break is
    /// taken, the rest is the caller's.
    /// </summary>
    /// <remarks>
    /// The marks and the tokens are read unchecked (Unchecked): a mark's index is below the count of marks, which the
    /// array holds, and each mark is a token's index, below the count of tokens. The firsts are written unchecked too:
    /// they have room for every sentence and one more (Split), and for the line break's entry written at every mark
    /// and kept or not (AddWhen): each mark keeps two at most, so the one written is below twice the marks before it
    /// and one.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool Walk(string text, Token[] tokens, int count, int[] items, int markCount, int[] firsts, ref WalkState state)
    {
        var rangeFirsts = new Appender(firsts, state.Count);
        var all = new Unchecked<Token>(tokens);
        var chars = new UncheckedText(text);
        var table = new Unchecked<uint>(EndTable);
        var m = state.Mark;
        var next = state.Next;
#if NET
        // A cursor over the marks and the end: two values held for the marks, not three (the array, the index, the
        // count); the walk holds so many that the third was read back from the stack at every mark.
        ref var mark = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(items), m);
        ref var marksEnd = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(items), markCount);
        for (; Unsafe.IsAddressLessThan(ref mark, ref marksEnd); mark = ref Unsafe.Add(ref mark, 1))
        {
            var item = mark;
#else
        var indexes = new Unchecked<int>(items);
        for (; m < markCount; m++)
        {
            var item = indexes[m];
#endif
            var k = item & MarkIndex;
            if (k < next)
            {
                // Inside a sentence that already ended past this token (its closing marks).
                continue;
            }

            var token = all[k];
            // A line that goes on in lower case wraps the sentence (its line end is folded); any other ends it, and
            // the sentence after opens here: when the survey marked the token so (EndsLine, the sign bit) and no
            // sentence opens at it already. The open sentence's first token is the last written, read back rather
            // than held: the walk holds many values. Without a branch: a mark opens such a line or not at random.
            rangeFirsts.AddWhen(k, ((uint)(rangeFirsts.Last - k) & (uint)item) >> 31);

            // Only a stop or an abbreviation may end a sentence; a token marked only for its line break cannot.
            next = k + 1;
            if ((token.Bits & MayEndBits) == 0)
            {
                continue;
            }

            var end = EndsSentenceAt(text, chars, all, count, k, token, table, runtime: false);
            if (end >= 0)
            {
                next = end + 1;
                rangeFirsts.Add(next);
            }
            else if (end == AskRuntime)
            {
                break;
            }
        }

        // The walk stopped at a mark (for the runtime) when it did not reach the end: no flag held through the loop.
#if NET
        var stopped = Unsafe.IsAddressLessThan(ref mark, ref marksEnd);
        m = (int)(Unsafe.ByteOffset(ref MemoryMarshal.GetArrayDataReference(items), ref mark) / sizeof(int));
#else
        var stopped = m < markCount;
#endif
        state.Mark = m;
        state.Count = rangeFirsts.CountIn(firsts);
        state.Next = next;
        return stopped;
    }

    /// <summary>
    /// Writes at the end of an array's first entries, unchecked (Unchecked): the caller knows the array has room.
    /// On .NET it holds only where the next entry goes (one value where an array and a count were two, in a walk that
    /// holds many).
    /// </summary>
    private ref struct Appender
    {
#if NET
        private ref int _next;

        public Appender(int[] array, int count)
        {
            _next = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(array), count);
        }

        /// <summary>The entry written last (there is one at least).</summary>
        public readonly int Last => Unsafe.Add(ref _next, -1);

        public void Add(int value)
        {
            _next = value;
            _next = ref Unsafe.Add(ref _next, 1);
        }

        /// <summary>
        /// Writes <paramref name="value"/> after the entries and keeps it when <paramref name="keep"/> is 1, not when
        /// it is 0 (the next entry written overwrites it): no branch. The array has room for it either way.
        /// </summary>
        public void AddWhen(int value, uint keep)
        {
            _next = value;
            _next = ref Unsafe.Add(ref _next, (nint)keep);
        }

        /// <summary>The count of entries, of the <paramref name="array"/> it was made for.</summary>
        public readonly int CountIn(int[] array) =>
            (int)(Unsafe.ByteOffset(ref MemoryMarshal.GetArrayDataReference(array), ref _next) / sizeof(int));
#else
        private readonly int[] _array;
        private int _count;

        public Appender(int[] array, int count)
        {
            _array = array;
            _count = count;
        }

        /// <summary>The entry written last (there is one at least).</summary>
        public readonly int Last => _array[_count - 1];

        public void Add(int value) => _array[_count++] = value;

        /// <summary>
        /// Writes <paramref name="value"/> after the entries and keeps it when <paramref name="keep"/> is 1, not when
        /// it is 0 (the next entry written overwrites it): no branch. The array has room for it either way.
        /// </summary>
        public void AddWhen(int value, uint keep)
        {
            _array[_count] = value;
            _count += (int)keep;
        }

        /// <summary>The count of entries, of the <paramref name="array"/> it was made for.</summary>
        public readonly int CountIn(int[] array) => _count;
#endif
    }

    // Whether the token opens a line that does not go on with the sentence before it.
    private static bool EndsLine(Token token) =>
        token.Has(TokenFlags.LineBreakBefore) && (token.Has(TokenFlags.BlankLineBefore) || !token.IsLowerWord);

    // A mark (Marks.Items) is a token's index, with its top bit set when the token opens a line that does not go on
    // with the sentence before it (EndsLine).
    private const int MarkIndex = int.MaxValue;

    /// <summary>
    /// The token ranges and shapes of <paramref name="sentences"/>, when they are what <see cref="Split(string)"/>
    /// returned last on this thread, from <paramref name="tokens"/>; else null. They are handed over once (a second
    /// question about the same sentences is answered null), in the splitter's scratch: the caller reads them before
    /// the thread splits another text, and keeps nothing of them past its work on this one.
    /// </summary>
    public static SentenceTokens? Take(Sentence[] sentences, Token[] tokens)
    {
        var last = _last;
        if (last is null || !ReferenceEquals(last.Sentences, sentences) || !ReferenceEquals(last.Tokens, tokens))
        {
            return null;
        }

        _last = null;
        return last;
    }

    /// <summary>
    /// The indexes of the tokens that may break (<see cref="BreakTable"/>), in order (with <see cref="EndsLine"/> in
    /// their top bit), the tokens shaped like name
    /// words, and the survey's blocks (<see cref="SumBefore"/>), in buffers kept per thread.
    /// </summary>
    private static Marks MayBreakAt(Token[] tokens, int tokenCount)
    {
        var items = _marks;
        var shaped = _shaped;
        var blocks = _blocks;
        if (items is null || shaped is null || blocks is null || items.Length < tokenCount)
        {
            items = new int[tokenCount];
            shaped = new int[tokenCount];
            blocks = new ulong[((tokenCount >> 6) + 1) * BlockStride];
        }

        Survey(tokens, tokenCount, items, shaped, blocks, out var count, out var listed);
        var keep = items.Length <= MaxRetainedMarks;
        _marks = keep ? items : null;
        _shaped = keep ? shaped : null;
        _blocks = keep ? blocks : null;
        return new Marks(items, count, shaped, listed, blocks);
    }

    // What EndsSentenceAt returns, without the runtime, for a token whose end only the runtime can tell.
    private const int AskRuntime = -2;

    // The tokens that may end a sentence (a stop or an abbreviation), and those EndsSentenceAt reads as a stop and as
    // an abbreviation that may end one, by their kind and flags as they stand in a token's bits: each told by one
    // test of the bits, not by the kind and the flags apart.
    private const ulong MayEndBits = (ulong)(TokenFlags.Stop | TokenFlags.Abbreviation) << Token.FlagsShift;
    private const ulong KindBits = 3UL << Token.KindShift;
    private const ulong StopMask = KindBits | ((ulong)TokenFlags.Stop << Token.FlagsShift);
    private const ulong StopBits = ((ulong)TokenKind.Punct << Token.KindShift) | ((ulong)TokenFlags.Stop << Token.FlagsShift);
    private const ulong AbbreviationMask = KindBits | ((ulong)(TokenFlags.Abbreviation | TokenFlags.TitleAbbreviation) << Token.FlagsShift);
    private const ulong AbbreviationBits = ((ulong)TokenKind.Word << Token.KindShift) | ((ulong)TokenFlags.Abbreviation << Token.FlagsShift);

    /// <summary>
    /// The index of the last token of the sentence that ends at token <paramref name="k"/> (<paramref name="token"/>),
    /// or -1; without the <paramref name="runtime"/> (a constant where it is inlined), <see cref="AskRuntime"/> where
    /// only a call could tell.
    /// </summary>
    /// <remarks>The tokens are read unchecked (Unchecked): each one read is below <paramref name="count"/>.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int EndsSentenceAt(string text, UncheckedText chars, Unchecked<Token> tokens, int count, int k, Token token, Unchecked<uint> table, bool runtime)
    {
        // The tokenizer marks punctuation that is . ! ? or an ellipsis with Stop.
        if ((token.Bits & StopMask) == StopBits)
        {
            // The closing marks joined to the stop are the sentence's; each token after it is read once, and what it
            // is (a closing mark, or the opening of a sentence) told without a branch (EndClasses): a stop is followed
            // by a word or a mark at random.
            var last = k;
            uint classes;
            while (true)
            {
                if (last + 1 >= count)
                {
                    return last;
                }

                classes = EndClasses(chars, tokens[last + 1], table, runtime);
                if ((classes & Closes) == 0)
                {
                    break;
                }

                last++;
            }

            // Without the runtime, classes may be AsksRuntime alone: -2, AskRuntime.
            return (classes & OpensAny) != 0 ? last : -1 - (int)(classes >> AsksRuntimeShift);
        }

        if ((token.Bits & AbbreviationMask) == AbbreviationBits && k + 1 < count)
        {
            // "... behind the U.S. Which means ..." but not "the U.S. Senate" or "Apple Inc. said".
            var next = tokens[k + 1];
            if (!runtime)
            {
                return next.IsWord && next.TitleCased ? AskRuntime : -1;
            }

            return next.IsWord && next.TitleCased
                && WordLists.FunctionWords.Contains(text, next.Start, next.Length) ? k : -1;
        }

        return -1;
    }

    // What a token after a stop is, as bits (EndClasses): a closing mark joined to the stop (Closes), or the opening of
    // a sentence, by its shape alone (Opens: a CJK run, a word with a capital or in mixed case) or by its first
    // character (OpensByDigit: a word; OpensByMark: a mark). All but Closes need a space or a line break before the token.
    private const uint Closes = 1;
    private const uint Opens = 2;
    private const uint OpensByDigit = 4;
    private const uint OpensByMark = 8;
    private const uint OpensAny = Opens | OpensByDigit | OpensByMark;

    // What EndClasses returns, without the runtime, for a token whose classes only the runtime can tell (alone).
    private const int AsksRuntimeShift = 4;
    private const uint AsksRuntime = 1 << AsksRuntimeShift;

    // The bits of a token's kind and flags that EndClasses reads (the kind; space and line break before, capitalised,
    // mixed case), as they stand from Token.KindShift: an index into ShapeClasses.
    private const int EndShapeBits = 3 | (((int)(TokenFlags.SpaceBefore | TokenFlags.LineBreakBefore | TokenFlags.Capitalized | TokenFlags.MixedCase)) << 2);

    // What a token's shape allows (EndClasses), by its kind and flags (EndShapeBits).
    private static readonly uint[] ShapeClasses = BuildShapeClasses();

    private static uint[] BuildShapeClasses()
    {
        var table = new uint[EndShapeBits + 1];
        for (var v = 0; v <= EndShapeBits; v++)
        {
            var token = new Token((ulong)(v & EndShapeBits) << Token.KindShift);
            var spaced = token.Has(TokenFlags.SpaceBefore | TokenFlags.LineBreakBefore);
            var classes = token.Kind == TokenKind.Punct && !token.Has(TokenFlags.SpaceBefore) ? Closes : 0;
            if (spaced && (token.Kind == TokenKind.Cjk || (token.IsWord && token.Has(TokenFlags.Capitalized | TokenFlags.MixedCase))))
            {
                classes |= Opens;
            }

            classes |= spaced && token.IsWord ? OpensByDigit : 0;
            classes |= spaced && token.Kind == TokenKind.Punct ? OpensByMark : 0;
            table[v] = classes;
        }

        return table;
    }

    // The characters EndClasses reads, each with its classes above it (bits 16 and up) at its key (MarkKey): ” ’ " ' )
    // ] » ! ? close (Closes), “ ‘ " ' ( [ « — - * • open (OpensByMark), the digits open (OpensByDigit). The keys of the
    // characters are distinct; a key none has holds a character whose key is another (its own key plus one), which
    // no character matches.
    private static readonly uint[] MarkChars = BuildMarkChars();

    // MarkChars, then ShapeClasses from ShapeClassesAt: one table, so that the walk over the marks (Walk), which holds
    // many values, keeps one register for both. Made after both (the fields are set in the order they are written).
    private const int ShapeClassesAt = 256;
    private static readonly uint[] EndTable = BuildEndTable();

    private static uint[] BuildEndTable()
    {
        var table = new uint[ShapeClassesAt + ShapeClasses.Length];
        MarkChars.CopyTo(table, 0);
        ShapeClasses.CopyTo(table, ShapeClassesAt);
        return table;
    }

    private static uint[] BuildMarkChars()
    {
        var table = new uint[256];
        for (var key = 0; key < table.Length; key++)
        {
            table[key] = (uint)((key + 1) & 0xFF);
        }

        Add("\u201D\u2019\"')]\u00BB!?", Closes);
        Add("\u201C\u2018\"'([\u00AB\u2014-*\u2022", OpensByMark);
        Add("0123456789", OpensByDigit);
        return table;

        void Add(string set, uint classes)
        {
            foreach (var c in set)
            {
                var entry = table[MarkKey(c)];
                System.Diagnostics.Debug.Assert((entry & 0xFFFF) == c || (entry >> 16) == 0, "two characters of the sets share a key");
                table[MarkKey(c)] = c | ((entry & 0xFFFF) == c ? entry & 0xFFFF0000 : 0) | (classes << 16);
            }
        }
    }

    // A character's key in MarkChars: its low byte plus three times its high byte, which sets the characters apart
    // (U+2019 from 9, U+2022 from ").
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int MarkKey(int c) => (c + (3 * (c >> 8))) & 0xFF;

    /// <summary>
    /// What <paramref name="token"/>, after a stop, is (<see cref="Closes"/>, <see cref="OpensAny"/>): its shape's
    /// classes (ShapeClasses) that its first character has (MarkChars), or that need none. No branch but for a word
    /// whose first character is past U+00FF, which the runtime asks whether it is a digit (without the
    /// <paramref name="runtime"/>, <see cref="AsksRuntime"/> for such a word).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint EndClasses(UncheckedText text, Token token, Unchecked<uint> table, bool runtime)
    {
        // Read unchecked (Unchecked): the shape's index keeps only bits that ShapeClasses has an entry for, the key
        // only its low byte (MarkChars has 256 entries), and a token has a character at least: its start is in the text.
        var shape = table[ShapeClassesAt + ((int)(token.Bits >> Token.KindShift) & EndShapeBits)];
        var c = text[token.Start];
        var entry = table[MarkKey(c)];
        var same = ((uint)((entry ^ c) & 0xFFFF) - 1) >> 31; // 1 when the entry is c's, else 0
        var classes = (entry >> 16) & (0u - same);
        if (c > 0xFF && (shape & OpensByDigit) != 0)
        {
            if (!runtime)
            {
                return AsksRuntime;
            }

            classes |= char.IsDigit(c) ? OpensByDigit : 0;
        }

        return shape & (classes | Opens);
    }

    /// <summary>
    /// A count of indexes at the start of a buffer, the tokens shaped like name words, and the survey's blocks of
    /// 64 tokens (<see cref="SumBefore"/>).
    /// </summary>
    private readonly struct Marks
    {
        public Marks(int[] items, int count, int[] shaped, int shapedCount, ulong[] blocks)
        {
            Items = items;
            Count = count;
            Shaped = shaped;
            ShapedCount = shapedCount;
            Blocks = blocks;
        }

        public int[] Items { get; }

        public int Count { get; }

        public int[] Shaped { get; }

        public int ShapedCount { get; }

        public ulong[] Blocks { get; }
    }
}
