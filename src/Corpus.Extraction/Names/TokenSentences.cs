using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// Which sentence each token is in, and whether a token stands where any word is capitalised, answered from the
/// sentences' first tokens. A seed has a sentence every ten tokens or so, and the name rules ask these questions
/// only of the tokens that start a name (one in ten or fewer): no array with an entry per token is filled. The
/// sentences' first tokens come with their shapes (<see cref="SentenceShapes"/>), from the splitter's own pass.
/// </summary>
internal sealed partial class TokenSentences
{
    private readonly TokenView _view;

    // The first token of each sentence, then the number of tokens: sentence s holds the tokens from First(s) to
    // First(s + 1) - 1, none when the two are equal.
    private readonly int[] _first;

    public TokenSentences(TokenView view, Sentence[] sentences)
    {
        _view = view;
        var tokens = view.Tokens;
        // The splitter found each sentence's tokens as it made them; sentences from elsewhere are matched to the
        // tokens here.
        var split = SentenceSplitter.Take(sentences, tokens);
        Shapes = split is null ? new SentenceShapes(tokens, view.Count, sentences) : new SentenceShapes(tokens, split);
        _first = Shapes.Firsts;
        Count = sentences.Length;
    }

    /// <summary>The number of sentences, with those that hold no token.</summary>
    public int Count { get; }

    /// <summary>The first token of sentence <paramref name="s"/> (for <see cref="Count"/>, the number of tokens).</summary>
    public int First(int s) => _first[s];

    /// <summary>What the case of its words says of each sentence, and which tokens are shaped like name words.</summary>
    public SentenceShapes Shapes { get; }

    /// <summary>The sentence that holds token <paramref name="k"/>.</summary>
    public int Of(int k)
    {
        // The last sentence that starts at or before token k, found by halving: it holds k, as the next starts after
        // k (a sentence holding no token starts where the next does, and is passed over). The rules know the sentence
        // of nearly every token they ask about, and ask this of a few tokens a seed, so no table is built for it.
        var first = _first;
        int low = 0, high = Count - 1;
        while (low <= high)
        {
            var middle = (low + high) >> 1;
            if (first[middle] <= k)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return high;
    }

    /// <summary>
    /// Whether token <paramref name="k"/> stands where any word is capitalised: a sentence's first word, the first
    /// word inside an opening quotation mark or bracket, the first word after a colon ("... my suspicions: There’s a
    /// gap ..."), the first word of a numbered item ("(3) Hey!", <see cref="FollowsEnumerator"/>), the first word of a
    /// column (<see cref="StartsColumn"/>), or a word that opens a line starting afresh (<see cref="StartsUnit"/>).
    /// Punctuation never does.
    /// </summary>
    public bool IsInitial(int k) => IsInitial(k, Of(k));

    /// <summary><see cref="IsInitial(int)"/> of token <paramref name="k"/>, whose sentence (<see cref="Of"/>) is known.</summary>
    /// <remarks>A sentence's first token, which more than half the names of verse and quips are, is told inline.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool IsInitial(int k, int sentence) =>
        k == _first[sentence] ? _view.Tokens[k].Kind != TokenKind.Punct : IsInitialInside(k, sentence);

    /// <summary><see cref="IsInitial(int, int)"/> of token <paramref name="k"/>, which does not open its sentence.</summary>
    public bool IsInitialInside(int k, int sentence)
    {
        // Most names inside a sentence follow a word on their line after a space, with no "#" before that word: none of
        // the places IsInitialByMarks looks for (the word before is no unit's mark, only a "#" item's number is a word
        // right after its mark, and a column follows a tab), told by the two tokens before and two characters. A mark
        // before the word ("said, the Smiths") is no place either, so it does not send the name the long way.
        // Punctuation, which is never initial, may pass these tests too. A method of its own, holding few values and
        // making no call but the last, so that the tokens settled here cost no saving of registers.
        // Read unchecked (Unchecked): k is a token's index, below the count of tokens, and a token's start is in the text.
        var view = _view;
        var tokens = new Unchecked<Token>(view.Tokens);
        var text = new UncheckedText(view.Text);
        var token = tokens[k];
        if (k >= 2 && tokens[k - 1].IsWord && text[tokens[k - 2].Start] != '#'
            && (token.Bits & (SpaceOrLineBreak << Token.FlagsShift)) == ((ulong)TokenFlags.SpaceBefore << Token.FlagsShift)
            && text[token.Start - 1] == ' ')
        {
            return false;
        }

        return IsInitialByMarks(k, sentence);
    }

    // IsInitialInside of a token that does not follow a word after a space on its line.
    private bool IsInitialByMarks(int k, int sentence)
    {
        // Read unchecked (Unchecked): every token read is at or after the sentence's first and at or before k, and
        // sentence is one of the sentences, below the first tokens' count.
        var view = _view;
        var tokens = new Unchecked<Token>(view.Tokens);
        var token = tokens[k];
        if (token.Kind == TokenKind.Punct)
        {
            return false;
        }

        // A mark that is the sentence's first token leaves no word before (nine names in ten that come here follow
        // punctuation, one in eight of those the sentence's first), settled without the walk. k is past that token.
        var opening = new Unchecked<int>(_first)[sentence];
        if (k - 1 == opening && tokens[k - 1].Kind == TokenKind.Punct)
        {
            return true;
        }

        // Only punctuation stands between the word before in the sentence and this one: one that opens a unit
        // makes this word its first; with no word before, this is the sentence's first, whatever the marks. The word
        // is found first, so that the marks are only read when there is one (a quotation's or a dash's first word
        // mostly opens its sentence).
        var j = k - 1;
        while (j >= opening && tokens[j].Kind == TokenKind.Punct)
        {
            j--;
        }

        return j < opening || IsInitialAfterWord(k, j);
    }

    // IsInitialByMarks of a token after the word j in its sentence, with only marks between: a method of its own, so
    // that the walk back, which settles most tokens, saves no registers for the calls here.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private bool IsInitialAfterWord(int k, int j)
    {
        var view = _view;
        var tokens = new Unchecked<Token>(view.Tokens);
        for (var mark = k - 1; mark > j; mark--)
        {
            if (OpensUnit(mark))
            {
                return true;
            }
        }

        // Only a token that opens a line can start a unit, and only a short word at a line's start or after a mark can
        // number an item, with one mark between it and the word ("(3) Hey", "1) Send") or none after a "#" ("#15 Your"):
        // most tokens are settled without the calls.
        var item = tokens[j];
        return tokens[k].Has(TokenFlags.LineBreakBefore)
            ? StartsUnit(k)
            : (item.Length <= 4 && (j == 0 || item.Has(TokenFlags.LineBreakBefore) || tokens[j - 1].Kind == TokenKind.Punct)
                    && (k - j == 2 || (j > 0 && view.Text[tokens[j - 1].Start] == '#')) && FollowsEnumerator(j, k))
                || StartsColumn(k);
    }

    private const ulong SpaceOrLineBreak = (ulong)(TokenFlags.SpaceBefore | TokenFlags.LineBreakBefore);

    // Punctuation after which the next word is a first word: an opening quotation mark or bracket, a colon, a
    // straight quote touching the next token, or a dateline's "(AP) —" or "(Reuters) -" (the story's first word follows).
    private bool OpensUnit(int j)
    {
        var view = _view;
        var c = view.Text[view[j].Start];
        if (c < 128 && (((c < 64 ? UnitMarksLow : UnitMarksHigh) >> (c & 63)) & 1) == 0)
        {
            return false; // ",", ".", ";": most marks before a word are none of those below
        }

        return c is '\u201C' or '\u2018' or '(' or '[' or ':' or '\u00AB'
            || ((c is '"' or '\'') && j + 1 < view.Count && view.Touches(j + 1))
            || (c is '\u2014' or '\u2013' or '-' && j > 0 && (view.IsPunct(j - 1, ')') || IsSpacedDash(view, j)));
    }

    // The ASCII marks OpensUnit looks for, as bits of the first 64 code points ('"', '\'', '(', '-' and ':') and of the next 64 ('[').
    private const ulong UnitMarksLow = (1UL << '"') | (1UL << '\'') | (1UL << '(') | (1UL << '-') | (1UL << ':');
    private const ulong UnitMarksHigh = 1UL << ('[' - 64);

    // "New Zealand - Tries: Vuniwai 2", "Chelsea - Kevin Hitchcombe; ...": a dash with spaces on both sides opens a
    // label or a list, whose first word is capitalised by its place.
    private static bool IsSpacedDash(TokenView view, int j)
    {
        return view[j].Has(TokenFlags.SpaceBefore) && j + 1 < view.Count && view[j + 1].Has(TokenFlags.SpaceBefore);
    }

    /// <summary>
    /// A line that does not go on from the line before (which ended in a number, a colon or a full stop rather
    /// than a word or a comma) starts afresh, as a table row or a label does: "Tries: Vuniwai 2" under a score line.
    /// </summary>
    private bool StartsUnit(int k)
    {
        var view = _view;
        var token = view[k];
        if (k == 0 || !token.Has(TokenFlags.LineBreakBefore))
        {
            return false;
        }

        if (token.Has(TokenFlags.BlankLineBefore))
        {
            return true;
        }

        var previous = view[k - 1];
        return previous.Kind == TokenKind.Word ? !previous.Has(TokenFlags.HasLetter) : !view.IsPunct(k - 1, ',') && !view.IsPunct(k - 1, '-');
    }
}
