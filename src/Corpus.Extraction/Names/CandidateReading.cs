using System.Collections.Generic;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// The indices of the candidates each rule pass reads. The role finder (the rules before a name and those after it),
/// the context rules and the market rule each apply to few names, and which ones is told first, for all names, by
/// tests with no branch on what the tokens are (a branch per name on it was mispredicted at many). The four tests read
/// the same few tokens around each name (the one before, the one after and the next), so one walk over the candidates
/// takes those once and asks all four, where a walk for each took and decoded them again. The lists are made once,
/// before the passes, and all three read them: none of the passes moves a name or changes whether it is possessive.
/// </summary>
internal sealed class CandidateReading
{
    private const int MaxRetained = 1 << 16;

    // The lists are scratch of one seed's passes; the thread keeps their arrays (and nothing of the seed) for the next.
    [System.ThreadStatic]
    private static CandidateReading? _thread;

    private int[] _before = System.Array.Empty<int>();
    private int[] _after = System.Array.Empty<int>();
    private int[] _context = System.Array.Empty<int>();
    private int[] _market = System.Array.Empty<int>();
    private byte[] _reads = System.Array.Empty<byte>();

    /// <summary>The candidates some rule before a name may apply to (RoleFinder), in order.</summary>
    public int[] Before => _before;

    public int BeforeCount { get; private set; }

    /// <summary>The candidates some rule after a name may apply to (RoleFinder), in order.</summary>
    public int[] After => _after;

    public int AfterCount { get; private set; }

    /// <summary>The candidates some context rule may apply to (ContextKinds), in order.</summary>
    public int[] Context => _context;

    public int ContextCount { get; private set; }

    /// <summary>
    /// Whether the candidates are in text order: each one's first and last tokens among the view's, the first not after
    /// the last, and neither before the one before's. The role finder then finds a name next to another among the
    /// names beside it in the list (see RoleFinder.Neighbours), with no index of them.
    /// </summary>
    public bool InOrder { get; private set; }

    /// <summary>The candidates followed by a lower-case word and a number (MarketMoves), in order.</summary>
    public int[] Market => _market;

    public int MarketCount { get; private set; }

    /// <summary>
    /// The lists for <paramref name="candidates"/>, good until the thread's next call: read them before any pass moves a
    /// name or changes whether it is possessive (none of the rule passes does).
    /// </summary>
    public static CandidateReading Of(TokenView view, List<NameCandidate> candidates)
    {
        // Arrays grown for a very large seed are not kept by the thread.
        var reading = candidates.Count > MaxRetained ? new CandidateReading() : (_thread ??= new CandidateReading());
        reading.Fill(view, candidates);
        return reading;
    }

    // An array of at least count items: the one kept, or a new one.
    private static int[] Room(int[] kept, int count) => kept.Length >= count ? kept : new int[count];

    private static byte[] Room(byte[] kept, int count) => kept.Length >= count ? kept : new byte[count];

    private void Fill(TokenView view, List<NameCandidate> candidates)
    {
        var count = candidates.Count;
        _before = Room(_before, count);
        _after = Room(_after, count);
        _context = Room(_context, count);
        _market = Room(_market, count);
        _reads = Room(_reads, count);

        // Written unchecked: the answers hold count items at least, and each is written at i, below count.
        var reads = new Unchecked<byte>(_reads);

        // The tests' tables, read once here: in code compiled before a class's static constructor has run, each read of
        // its static fields in the loop would go through the runtime. The tokens, the text and the table are taken
        // unchecked here, once, not in Reads: taken at each name, each was tested for null and stored to the stack again.
        // Every index Reads reads is in range by construction (see there).
        // They go to Reads as one argument, a reference to them here: as four, the loop kept them on the stack around
        // the call and read them back, and moved each to its register, at every name.
        var views = new Views(new Unchecked<Token>(view.Tokens), new UncheckedText(view.Text), new Unchecked<byte>(Table), view.Count - 1);
        var last = views.Last;
        // The order is told by the sign of the differences, or'd: one that is negative puts some name out of order (the
        // tokens are below 2^24, so no difference overflows).
        int previousFirst = 0, previousLast = 0, order = 0;
        // Read without a range check each (the list does not change here).
        var names = new ListItems<NameCandidate>(candidates);
        for (var i = 0; i < count; i++)
        {
            var c = names[i];
            var firstToken = c.FirstToken;
            var lastToken = c.LastToken;
            order |= firstToken | (firstToken - previousFirst) | (lastToken - firstToken) | (lastToken - previousLast) | (last - lastToken);
            previousFirst = firstToken;
            previousLast = lastToken;
            reads[i] = (byte)Reads(in views, c);
        }

        InOrder = order >= 0;
        List(reads, count);
    }

    // The lists from each name's answers, in a loop of its own: in the loop that calls Reads, the lists and their
    // counts were kept on the stack around the call and loaded and stored again for every name.
    private void List(Unchecked<byte> reads, int count)
    {
        // Written unchecked: each list holds count items at least, and each is written at most at i, below count.
        var before = new Unchecked<int>(_before);
        var after = new Unchecked<int>(_after);
        var context = new Unchecked<int>(_context);
        var market = new Unchecked<int>(_market);
        int nBefore = 0, nAfter = 0, nContext = 0, nMarket = 0;
        for (var i = 0; i < count; i++)
        {
            int answers = reads[i];
            before[nBefore] = i;
            nBefore += answers & ReadBefore;
            after[nAfter] = i;
            nAfter += (answers >> 1) & 1;
            context[nContext] = i;
            nContext += (answers >> 2) & 1;
            market[nMarket] = i;
            nMarket += answers >> 3;
        }

        BeforeCount = nBefore;
        AfterCount = nAfter;
        ContextCount = nContext;
        MarketCount = nMarket;
    }

    private const int ReadBefore = 1;
    private const int ReadAfter = 2;
    private const int ReadContext = 4;
    private const int ReadMarket = 8;

    // Which passes read name c (ReadBefore and the others). A call of its own, not inlined in Fill's loop: there, with
    // the loop's own values beside them, the tests' values were more than the registers, and a third of its steps were
    // loads and stores of the stack (Fill 5.06 M steps a run inlined, 4.53 M with the call).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int Reads(in Views views, NameCandidate c)
    {
        // The tokens are read through views at each use: copied to a local, they were kept on the stack (zeroed, stored
        // and loaded back at each use) for want of a register (Reads 3.93 -> 3.85 M steps a run).
        var text = views.Text;
        var table = views.Table;
        var last = views.Last;
        var firstToken = c.FirstToken;
        var lastToken = c.LastToken;

        // Every index below is in range by construction (Unchecked): the name's tokens are the view's, the tokens before
        // and after it are taken within 0 and last, a token's first and last characters are the text's, and the table's
        // indexes are masked to its parts' sizes.
        // The tests take the same steps for every name, with no branch on what the tokens are (a branch per name on it
        // was mispredicted at many). What each test reads of a token (its kind and case, a digit, the shape of the
        // word, the mark it opens with) is packed into an index of a table made once (Answers), which holds the
        // answers of every test of that token: a dozen comparisons, each a flag made and masked, were three in four
        // of the steps.
        // Each answer is folded into the result as soon as it is made, and the name's own flags (possessive, one word)
        // are read from the name where they are used, at the end: read first, they were kept on the stack for want of a
        // register, each stored and loaded again.
        var b = firstToken - 1;
        var a = lastToken + 1;
        var first = views.Tokens[firstToken];
        var hasBefore = b >= 0 ? 1 : 0;

        // The rules before a name (RoleFinder.Before): spaced from the token before on the same line, and that token
        // a word of the shape of one the rules read (a role phrase, a descriptor or a head noun ends in a lower-case
        // word or one in capitals, "CEO", and the rules read only lists' words), a comma before an apposition, or what
        // follows an owner's name ("Kuaishou’s Kling", "the Reuters’ report": a name is marked possessive only by a
        // clitic or an apostrophe after it). No rule reads other punctuation before a name.
        // The context rules (ContextKinds) before a name, each a necessary condition of one rule or more: a capital T
        // opening one word of four or five letters after a lower-case word or a number ("the first Test"; the one word
        // asked at the end); a lower-case word before the name of a shape the rules read; a quotation mark before the
        // name (an attribution, when a lower-case word follows it, or a title), or before the capitalised word before
        // it ("“The Road to Gardanne”": a title).
        var tb = views.Tokens[b >= 0 ? b : 0];
        var before = table[(nint)AnswersAt + IndexOf(tb, text, table, 0)] & -hasBefore;
        var spaced = (first.Flags & (TokenFlags.SpaceBefore | TokenFlags.LineBreakBefore)) == TokenFlags.SpaceBefore ? 1 : 0;
        var readBefore = before & spaced & ReadBefore;
        var capitalT = ((uint)(first.Length - 4) <= 1) & text[first.Start] == 'T' ? before >> TokenShift : 0; // four or five letters
        var quotedBefore = tb.Has(TokenFlags.Capitalized) && b >= 1 && MayBeQuoteMark(text[views.Tokens[b - 1].Start]) ? hasBefore : 0;
        var rulesBefore = (before >> RulesShift) | quotedBefore;

        // The rules after a name (RoleFinder.After): a possessive; or a comma or a hyphen after the name ("Tim Cook.",
        // "(Nvidia)": no rule reads on past other punctuation), or a word of the shape of one the rules read.
        // The context rules after it: a possessive; a lower-case word after the name of a shape the rules read; a number
        // after one word ("Article 8"); a comma and a number after the name (an age); a quotation mark (a title).
        // The market rule (MarketMoves): a lower-case word and a number after the name, and two tokens more.
        var hasAfter = a <= last ? 1 : 0;
        var ta = views.Tokens[a <= last ? a : last];
        var next = views.Tokens[a + 1 <= last ? a + 1 : last];
        var after = table[(nint)AnswersAt + IndexOf(ta, text, table, 2)];
        var numberNext = next.Has(TokenFlags.HasDigit) ? 1 : 0;
        var rulesAfter = (after >> RulesShift) | ((after >> CommaShift) & numberNext & (a + 2 <= last ? 1 : 0));
        var market = (a + 3 <= last ? 1 : 0) & (after >> LowerShift) & numberNext;
        var oneWordRules = capitalT | (after >> DigitShift);
        var owned = c.Possessive ? 1 : 0;
        var oneWord = c.Words == 1 ? 1 : 0;
        var readAfter = (owned | (hasAfter & (after >> AfterShift))) & 1;
        var readContext = (owned | (hasAfter & (rulesAfter | rulesBefore | (oneWord & oneWordRules)))) & 1;
        var readMarket = (owned ^ 1) & market;
        return readBefore | (readAfter << 1) | (readContext << 2) | (readMarket << 3);
    }

    // What Reads reads besides the name: the view's tokens and text, the tests' table, and the last token's index.
    private readonly ref struct Views
    {
        public readonly Unchecked<Token> Tokens;
        public readonly UncheckedText Text;
        public readonly Unchecked<byte> Table;
        public readonly int Last;

        public Views(Unchecked<Token> tokens, UncheckedText text, Unchecked<byte> table, int last)
        {
            Tokens = tokens;
            Text = text;
            Table = table;
            Last = last;
        }
    }

    // The index of token t's answers (Answers): its kind, mixed case, a digit and a lower-case initial (five bits, from
    // the token's own), two of its shape bits from shift (a word the passes before a name read, or after it), and the
    // classes of the mark it opens with (four bits).
    // A native index (as is the mark's, below), which the caller's offset of the answers adds to in the address itself:
    // an int's sum was an add and a widening move before each read.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static nint IndexOf(Token t, UncheckedText text, Unchecked<byte> table, int shift)
    {
        var start = t.Start;
        var length = t.Length;
        var c = text[start];
        // The last character, or the first of an empty token: the sign bit of length - 1 steps back, with no compare.
        var end = text[start + length - 1 + (int)((uint)(length - 1) >> 31)];
        int shape;
        int mark;
        if ((c | end) < 128)
        {
            shape = table[((length & 15) << 10) | ((c & 31) << 5) | (end & 31)];
            mark = table[(nint)MarksAt + c];
        }
        else
        {
            shape = AnyShape; // a word that starts or ends outside ASCII may be any (WordShapes)
            mark = MarkOf(c);
        }

        // The five flags to the index's low bits by one multiply (FactsGather), where a shift and a mask for each group
        // were eight steps.
        var facts = ((int)(t.Bits >> Token.KindShift) & FactsKept) * FactsGather;
        return (nint)(uint)(((facts >> FactsAt) & 0x1F) | ((shape << (5 - shift)) & 0x60) | (mark << 7));
    }

    // Where the flags IndexOf keeps stand in a token's bits shifted by its kind's place.
    private const int FactsMixed = 2 + 5; // TokenFlags.MixedCase, with TokenFlags.HasDigit next to it
    private const int FactsLower = 2 + 11; // TokenFlags.LowerInitial
    private const int FactsKept = 3 | (3 << FactsMixed) | (1 << FactsLower);

    // The kind's two bits, the two flags at FactsMixed and the one at FactsLower, each group shifted to FactsAt and the
    // four bits above it, in order, by one product: the three copies of the kept bits the product adds fall at places
    // no two of them share (no sum carries), and only these land within FactsAt and FactsAt + 4.
    private const int FactsAt = FactsLower - 4;
    private const int FactsGather = (1 << FactsAt) | (1 << (FactsAt + 2 - FactsMixed)) | (1 << (FactsAt + 4 - FactsLower));

    // The classes of a mark a token opens with.
    private const int MarkComma = 1;
    private const int MarkApostrophe = 2; // ' and ’, after an owner's name
    private const int MarkHyphen = 4; // - and ‐
    private const int MarkQuote = 8; // MayBeQuoteMark

    // Inlined, in IndexOf's path for a token outside ASCII too: a call in Reads, however rarely made, took every register
    // a call may change from the values Reads keeps, which were then read from the stack at every name (Reads 4.22 M
    // steps a run with the call, 3.88 M without).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int MarkOf(char c) =>
        (c == ',' ? MarkComma : 0) | (c == '\'' || c == '\u2019' ? MarkApostrophe : 0) | (c == '-' || c == '\u2010' ? MarkHyphen : 0)
        | (MayBeQuoteMark(c) ? MarkQuote : 0);

    // The answers of a token's tests, by IndexOf, a bit each. The one before a name, its shape bits those of the passes
    // before a name: spaced, the rules before it may read it (AnswerBefore); the one after, its shape bits those of the
    // passes after: the rules after it may (AnswerAfter). Either: a context rule reads it (AnswerRules: a lower-case
    // word of the rules' shape, or a quotation mark); a lower-case word or a number (AnswerToken: before a capital T);
    // a comma (AnswerComma: before an age); a lower-case word (AnswerLower); a number (AnswerDigit).
    private const int AnswerBefore = ReadBefore;
    private const int AfterShift = 1;
    private const int RulesShift = 2;
    private const int TokenShift = 3;
    private const int CommaShift = 4;
    private const int LowerShift = 5;
    private const int DigitShift = 6;

    private const int ShapesSize = 16 * 32 * 32;
    private const int AnswersAt = ShapesSize;
    private const int MarksAt = AnswersAt + (1 << 11);

    // The three tables Reads reads, in one array (passed to it, so that its loads wait on no static field): the word
    // shapes (Shapes), a token's answers by IndexOf from AnswersAt, and the classes of the ASCII marks from MarksAt.
    private static byte[] BuildTable()
    {
        var table = new byte[MarksAt + 128];
        System.Array.Copy(Shapes, table, ShapesSize);
        for (var c = 0; c < 128; c++)
        {
            table[MarksAt + c] = (byte)MarkOf((char)c);
        }

        for (var index = 0; index < 1 << 11; index++)
        {
            var kind = (TokenKind)(index & 3);
            var mixed = (index & 4) != 0;
            var digit = (index & 8) != 0;
            var lowerInitial = (index & 0x10) != 0;
            var shapeFirst = (index & 0x20) != 0; // RoleBefore or RoleAfter
            var shapeSecond = (index & 0x40) != 0; // ContextBefore or ContextAfter
            var mark = index >> 7;
            var word = kind == TokenKind.Word;
            var punct = kind == TokenKind.Punct;
            var lower = word && lowerInitial && !mixed;
            var beforeAnswer = word ? shapeFirst : !punct || (mark & (MarkComma | MarkApostrophe)) != 0;
            var afterAnswer = punct ? (mark & (MarkComma | MarkHyphen)) != 0 : shapeFirst;
            var rules = (lower && shapeSecond) || (punct && (mark & MarkQuote) != 0);
            table[AnswersAt + index] = (byte)((beforeAnswer ? AnswerBefore : 0) | (afterAnswer ? 1 << AfterShift : 0) | (rules ? 1 << RulesShift : 0)
                | (lower || digit ? 1 << TokenShift : 0) | (punct && (mark & MarkComma) != 0 ? 1 << CommaShift : 0)
                | (lower ? 1 << LowerShift : 0) | (digit ? 1 << DigitShift : 0));
        }

        return table;
    }

    // The shapes of the words the passes read (RoleFinder's before a name and after it, ContextKinds' before and after),
    // in one table by the low bits of a word's length, first and last letter, as WordShapes reads them: a bit for each
    // pass, so the token before a name and the one after are each told against two passes' words by one load.
    private const int RoleBefore = 1;
    private const int ContextBefore = 2;
    private const int RoleAfter = 4;
    private const int ContextAfter = 8;
    private const int AnyShape = RoleBefore | ContextBefore | RoleAfter | ContextAfter;

    private static readonly byte[] Shapes =
        WordShapes.Table(RoleFinder.WordsBefore, ContextKinds.WordsBefore, RoleFinder.WordsAfter, ContextKinds.WordsAfter);

    private static readonly byte[] Table = BuildTable(); // after Shapes, which it copies

    // Every quotation mark (QuoteMarks.IsMark) is one of these: a straight mark, or a character from « on.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool MayBeQuoteMark(char c) => (c == '"') | (c == '\'') | (c >= '\u00AB');
}
