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

    /// <summary>The candidates some rule before a name may apply to (RoleFinder), in order.</summary>
    public int[] Before => _before;

    public int BeforeCount { get; private set; }

    /// <summary>The candidates some rule after a name may apply to (RoleFinder), in order.</summary>
    public int[] After => _after;

    public int AfterCount { get; private set; }

    /// <summary>The candidates some context rule may apply to (ContextKinds), in order.</summary>
    public int[] Context => _context;

    public int ContextCount { get; private set; }

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

    private void Fill(TokenView view, List<NameCandidate> candidates)
    {
        var count = candidates.Count;
        var before = _before = Room(_before, count);
        var after = _after = Room(_after, count);
        var context = _context = Room(_context, count);
        var market = _market = Room(_market, count);

        // The passes' word shapes, read once here: in code compiled before a class's static constructor has run, each
        // read of its static fields in the loop would go through the runtime.
        var shapes = Shapes;

        var tokens = view.Tokens;
        var text = view.Text;
        var last = view.Count - 1;
        int nBefore = 0, nAfter = 0, nContext = 0, nMarket = 0;
        for (var i = 0; i < count; i++)
        {
            var c = candidates[i];
            var reads = Reads(tokens, text, shapes, last, c.FirstToken, c.LastToken, c.Possessive, c.Words == 1);
            before[nBefore] = i;
            nBefore += reads & ReadBefore;
            after[nAfter] = i;
            nAfter += (reads >> 1) & 1;
            context[nContext] = i;
            nContext += (reads >> 2) & 1;
            market[nMarket] = i;
            nMarket += reads >> 3;
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

    // Which passes read the name from token firstToken to lastToken (ReadBefore and the others). A call of its own: in
    // the loop over the names, the four tests' values were more than the registers, and a third of its steps moved them
    // to and from the stack.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int Reads(Token[] tokens, string text, byte[] shapes, int last, int firstToken, int lastToken, bool possessive, bool oneWord)
    {
        // The tests take the same steps for every name, with no branch on what the tokens are (a branch per name on it
        // was mispredicted at many), and read the token before the name first, then the tokens after it: each token's
        // values are dead once its tests are taken, which keeps them in registers.
        var b = firstToken - 1;
        var a = lastToken + 1;
        var first = tokens[firstToken];
        var hasBefore = b >= 0;

        // The rules before a name (RoleFinder.Before): spaced from the token before on the same line, and that token
        // a word of the shape of one the rules read (a role phrase, a descriptor or a head noun ends in a lower-case
        // word or one in capitals, "CEO", and the rules read only lists' words), a comma before an apposition, or what
        // follows an owner's name ("Kuaishou’s Kling", "the Reuters’ report": a name is marked possessive only by a
        // clitic or an apostrophe after it). No rule reads other punctuation before a name.
        // The context rules (ContextKinds) before a name, each a necessary condition of one rule or more: a capital T
        // opening one word of four or five letters after a lower-case word or a number ("the first Test"); a lower-case
        // word before the name of a shape the rules read; a quotation mark before the name (an attribution, when a
        // lower-case word follows it, or a title), or before the capitalised word before it ("“The Road to Gardanne”": a
        // title).
        var tb = tokens[hasBefore ? b : 0];
        var shapeBefore = ShapeOf(shapes, tb, text);
        var markBefore = text[tb.Start];
        var wordBefore = tb.IsWord;
        var punctBefore = tb.Kind == TokenKind.Punct;
        var lowerBefore = tb.IsLowerWord;
        var spacing = first.Flags & (TokenFlags.SpaceBefore | TokenFlags.LineBreakBefore);
        var readBefore = hasBefore & (spacing == TokenFlags.SpaceBefore)
            & ((wordBefore & (shapeBefore & RoleBefore) != 0)
                | (!wordBefore & (!punctBefore | markBefore == ',' | markBefore == '\'' | markBefore == '\u2019')));
        var rulesBefore = hasBefore
            & ((oneWord & (first.Length == 4 | first.Length == 5) & text[first.Start] == 'T' & (lowerBefore | tb.Has(TokenFlags.HasDigit)))
                | (lowerBefore & (shapeBefore & ContextBefore) != 0)
                | (punctBefore & MayBeQuoteMark(markBefore))
                | (tb.Has(TokenFlags.Capitalized) && b >= 1 && MayBeQuoteMark(text[tokens[b - 1].Start])));

        // The rules after a name (RoleFinder.After): a possessive; or a comma or a hyphen after the name ("Tim Cook.",
        // "(Nvidia)": no rule reads on past other punctuation), or a word of the shape of one the rules read.
        // The context rules after it: a possessive; a lower-case word after the name of a shape the rules read; a number
        // after one word ("Article 8"); a comma and a number after the name (an age); a quotation mark (a title).
        // The market rule (MarketMoves): a lower-case word and a number after the name, and two tokens more.
        var hasAfter = a <= last;
        var ta = tokens[hasAfter ? a : last];
        var next = tokens[a + 1 <= last ? a + 1 : last];
        var shapeAfter = ShapeOf(shapes, ta, text);
        var markAfter = text[ta.Start];
        var punctAfter = ta.Kind == TokenKind.Punct;
        var lowerAfter = ta.IsLowerWord;
        var numberNext = next.Has(TokenFlags.HasDigit);
        var readAfter = possessive
            | (hasAfter & ((punctAfter & (markAfter == ',' | markAfter == '-' | markAfter == '\u2010')) | (!punctAfter & (shapeAfter & RoleAfter) != 0)));
        var rulesAfter = (lowerAfter & (shapeAfter & ContextAfter) != 0) | (oneWord & ta.Has(TokenFlags.HasDigit))
            | (punctAfter & markAfter == ',' & numberNext & (a + 2 <= last))
            | (punctAfter & MayBeQuoteMark(markAfter));
        var readContext = possessive | (hasAfter & (rulesAfter | rulesBefore));
        var readMarket = !possessive & (a + 3 <= last) & lowerAfter & numberNext;

        return (readBefore ? ReadBefore : 0) | (readAfter ? ReadAfter : 0) | (readContext ? ReadContext : 0) | (readMarket ? ReadMarket : 0);
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

    // The passes whose words token t may be (WordShapes.MayBe of each): a word that starts or ends outside ASCII may be any.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int ShapeOf(byte[] shapes, Token t, string text) => WordShapes.InTable(shapes, t, text, AnyShape);

    // Every quotation mark (QuoteMarks.IsMark) is one of these: a straight mark, or a character from « on.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool MayBeQuoteMark(char c) => (c == '"') | (c == '\'') | (c >= '\u00AB');
}
