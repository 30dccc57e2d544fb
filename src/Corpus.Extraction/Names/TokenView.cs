using System.Runtime.CompilerServices;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>The tokens of one text with the word-list tests the name rules ask of them.</summary>
internal sealed partial class TokenView
{
    // What the word lists say of each token (WordLexicon bits), looked up on the first question about it and
    // kept: the rules ask one capitalised token about a dozen lists. Known marks a token already looked up
    // (a fresh array is all zeros). NameWordKnown and NameWord keep IsNameWord's answer, asked of a token up to four
    // times.
    private const ulong Known = WordLexicon.LookedUp;
    private const ulong NameWordKnown = 1UL << 29;
    private const ulong NameWord = 1UL << 28;
    private ulong[] _facts;
    private readonly WordLexicon _lexicon = WordLexicon.Lists;

    // The facts array of a view that was released, kept for the thread's next view: a fresh array of a few bytes
    // per token cost more to allocate (fresh memory, page faults) than clearing a used one. A view takes it (the
    // slot is empty while a view holds it, so two views on one thread never share it); one that grew for a very
    // large seed is let go.
    private const int MaxRetainedFacts = 1 << 18;

    [System.ThreadStatic]
    private static ulong[]? _spareFacts;

    // Sets outside the lexicon (the world lists, sets built for one seed) are probed directly. A rule asks one
    // token about several of them in a row ("Tiago": world places, given names, surnames), so the hashes of the
    // tokens asked last are kept, a few slots by token index, each with its token (+1; 0 is an empty slot): an
    // array with a slot for every token would mostly stay empty, since few tokens are ever asked.
    private const int HashSlots = 64;
    private readonly int[] _hashedToken = new int[HashSlots * 2];
    private readonly int[] _hash = new int[HashSlots * 2];

    public TokenView(string text, Token[] tokens)
        : this(text, tokens, tokens.Length)
    {
    }

    /// <summary>A view of the first <paramref name="count"/> of <paramref name="tokens"/> (the tokenizer's buffer may be longer).</summary>
    public TokenView(string text, Token[] tokens, int count)
    {
        Text = text;
        Tokens = tokens;
        Count = (uint)count <= (uint)tokens.Length ? count : tokens.Length; // TokenBelowCount reads no further
        _facts = TakeFacts(Count);
        _hashes = TakeHashes(Count);
    }

    private static ulong[] TakeFacts(int length)
    {
        var spare = _spareFacts;
        if (spare is null || spare.Length < length)
        {
            return new ulong[length];
        }

        _spareFacts = null;
        System.Array.Clear(spare, 0, length);
        return spare;
    }

    /// <summary>
    /// Gives the view's per-token facts to the thread's next view: the caller is done with this one, which must
    /// not be asked anything after.
    /// </summary>
    public void Release()
    {
        if (_facts.Length <= MaxRetainedFacts && (_spareFacts is null || _spareFacts.Length < _facts.Length))
        {
            _spareFacts = _facts;
        }

        _facts = System.Array.Empty<ulong>();
        ReleaseHashes();
    }

    public string Text { get; }

    /// <summary>The tokens: the first <see cref="Count"/> of the array.</summary>
    public Token[] Tokens { get; }

    public int Count { get; }

    // The one-line tests below are asked of most tokens, several times each, and the JIT left them calls of their own
    // in the rules' large methods, where its inlining stops early: marked, they are inlined wherever they are asked.
    public Token this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Tokens[index];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool In(WordSet set, int k)
    {
        // The rules ask this some fifteen times per name: a token whose facts tell the set answers with one bit test, a
        // list of the lexicon once the token is looked up, as the English words and the world lists once their answer
        // is kept (a third of the questions put to them), which were a call each. The call reads and tests them
        // no more.
        if ((uint)k >= (uint)Count) // the array may be longer than the tokens
        {
            return false;
        }

        var facts = FactOf(k);
        return (facts & set.DecidedBit) != 0 ? (facts & set.AnswerBit) != 0 : Undecided(set, k);
    }

    /// <summary>
    /// <see cref="In"/> for a small set outside the lexicon that the rule asks of words it mostly turns away ("northern",
    /// "neighbouring" of the word before a name): the set's cheap test is made here, inline, where the call to the
    /// general test, for a word that test rejects, cost twice the test. So for a lexicon list asked of lower-case words
    /// seldom looked up (roles, descriptors): their bits are not there to answer, and the cheap test turns most away.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool InFew(WordSet set, int k)
    {
        if ((uint)k >= (uint)Count)
        {
            return false;
        }

        var t = TokenBelowCount(k);
        return set.MayMatchToken(Text, t.Start, t.Length) && InLetThrough(set, k, t);
    }

    /// <summary>Whether token <paramref name="k"/> is in any of the lists whose <see cref="Lists"/> bits are <paramref name="lists"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool InAny(uint lists, int k) => (uint)k < (uint)Count && (FactsBelowCount(k) & lists) != 0;

    /// <summary>The bits that stand for <paramref name="sets"/> in <see cref="InAny"/> (each must be one of <see cref="WordLists"/>).</summary>
    public static uint Lists(params WordSet[] sets)
    {
        _ = WordLexicon.Lists; // the lexicon gives the lists their bits
        var lists = 0u;
        foreach (var set in sets)
        {
            lists |= set.LexiconBit is not 0 and <= uint.MaxValue ? (uint)set.LexiconBit : throw new System.ArgumentException("Not a lexicon list of the first 28", nameof(sets));
        }

        return lists;
    }

    // A token whose facts do not tell the set (not yet looked up, or a set outside the lexicon), below Count: the set's
    // cheap test settles most, and never needs the lookup or a hash. What the few it lets through need is a call of its
    // own, which keeps this one small.
    private bool Undecided(WordSet set, int k)
    {
        var t = TokenBelowCount(k);
        return set.MayMatchToken(Text, t.Start, t.Length) && InSet(set, k, t);
    }

    // A token below Count that the set's cheap test let through (InFew). A list of the lexicon is answered by a
    // looked-up token's bits, and a large list outside it (the English words) when the lexicon holds the word for other
    // lists, as it does most words asked of it. Any other set's DecidedBit is 0, which no token's facts have: one test,
    // where two were a branch more the processor mispredicted.
    private bool InLetThrough(WordSet set, int k, Token t)
    {
        var facts = FactOf(k);
        return (facts & set.DecidedBit) != 0 ? (facts & set.AnswerBit) != 0 : InSet(set, k, t);
    }

    private bool InSet(WordSet set, int k, Token t)
    {
        var bit = set.LexiconBit;
        if (bit != 0)
        {
            return (FactsBelowCount(k) & bit) != 0;
        }

        // A decided list the lexicon does not answer for this word: the answer is kept in the token's facts, as the
        // lexicon would have given it, for the next rule that asks (a world list's with the other world lists').
        var decided = set.DecidedBit;
        if (decided == WordLexicon.WorldKnown)
        {
            return (((ulong)WorldBits(k) << WordLexicon.WorldShift) & set.AnswerBit) != 0;
        }

        var found = set.ContainsHashed(Text, t.Start, t.Length, HashBelowCount(k, set.IgnoreCase));
        if (decided != 0)
        {
            FactOf(k) |= decided | (found ? set.AnswerBit : 0);
        }

        return found;
    }

    /// <summary>The lexicon bits of token <paramref name="k"/>, looked up once.</summary>
    /// <remarks>Inlined: about a third of the calls find the token looked up already, and the call cost more than that test.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong Facts(int k)
    {
        var facts = _facts[k];
        return (facts & Known) != 0 ? facts : LookUp(k);
    }

    /// <summary><see cref="Facts"/> of a token below <see cref="Count"/>, read with no bounds check.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong FactsBelowCount(int k)
    {
        var facts = FactOf(k);
        return (facts & Known) != 0 ? facts : LookUpBelowCount(k);
    }

    // The facts of token k, which must be below Count: the facts array is at least Count long (TakeFacts), so its
    // bounds check, a compare and a branch in every list test the rules inline, is left out in the net8.0 build.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref ulong FactOf(int k)
    {
#if NET
        return ref System.Runtime.CompilerServices.Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(_facts), (nint)(uint)k);
#else
        return ref _facts[k];
#endif
    }

    // The character at i of the text, which must be one of a token below Count's (the tokenizer made them of this
    // text), read with no range check in the net8.0 build: the rules inline TextIs and IsPunct in hundreds of places.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private char CharAt(int i)
    {
#if NET
        return Unsafe.Add(ref Unsafe.AsRef(in Text.GetPinnableReference()), (nint)(uint)i);
#else
        return Text[i];
#endif
    }

    // Token k, which must be below Count: the tokens array is at least Count long (the constructor sees to it), so its
    // bounds check, after the test against Count that every question about a token makes first, is left out in the
    // net8.0 build, where the rules inline IsWord, IsLowerWord and the like in hundreds of places.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Token TokenBelowCount(int k)
    {
#if NET
        return System.Runtime.CompilerServices.Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(Tokens), (nint)(uint)k);
#else
        return Tokens[k];
#endif
    }

    private int ExactHash(int k) => CachedHash(k, folded: false);

    private int FoldedHash(int k) => CachedHash(k, folded: true);

    // Inlined, with folded a constant at each call: nearly every token asked for a hash was looked up, and its kept
    // hash is two loads, where the call cost more than that.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int CachedHash(int k, bool folded)
    {
        if ((_facts[k] & Known) != 0)
        {
            var both = _hashes[k];
            return folded ? (int)(both >> 32) : (int)both;
        }

        return HashOfUnknown(k, Tokens[k], folded);
    }

    // CachedHash of a token below Count, with folded not known until the call: its facts and kept hashes are read with no
    // bounds check (both arrays are at least Count long), and the one kept pair of hashes is read whichever is wanted.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int HashBelowCount(int k, bool folded)
    {
        if ((FactOf(k) & Known) == 0)
        {
            return HashOfUnknown(k, TokenBelowCount(k), folded);
        }

        var both = HashesOf(k);
        return folded ? (int)(both >> 32) : (int)both;
    }

    // A token not looked up (token t): its hash is kept a while, by token index, for the next sets asked of it.
    private int HashOfUnknown(int k, Token t, bool folded)
    {
        var slot = ((k & (HashSlots - 1)) << 1) | (folded ? 1 : 0);
        ref var hashedToken = ref KeptSlot(_hashedToken, slot);
        if (hashedToken == k + 1)
        {
            return KeptSlot(_hash, slot);
        }

        var hash = folded ? WordSet.HashFolded(Text, t.Start, t.Length) : WordSet.HashExact(Text, t.Start, t.Length);
        hashedToken = k + 1;
        KeptSlot(_hash, slot) = hash;
        return hash;
    }

    // The place of a slot of _hashedToken or _hash, both HashSlots * 2 long, at a masked index (so in range), with no
    // bounds check in the net8.0 build.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ref int KeptSlot(int[] kept, int slot) => ref new Unchecked<int>(kept)[slot];

    public string TextOf(int k) => Text.Substring(Tokens[k].Start, Tokens[k].Length);

    /// <summary>
    /// Token <paramref name="k"/> is written exactly as <paramref name="word"/> (ordinal), whatever its kind:
    /// <c>TextOf(k) == word</c> without allocating the token's text. False for a place outside the text, which rules
    /// reading the words around a name reach at its edges (the token array is the thread's buffer, longer than the text's
    /// tokens: past <see cref="Count"/> it holds another seed's).
    /// </summary>
    /// <remarks>
    /// The rules ask it of every candidate's neighbours, most of which differ from the word in their first letter
    /// ("the" is not "The"): that letter is tested inline, and the rest in a plain loop, where CompareOrdinal's checks
    /// cost more than a rule's short word.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TextIs(int k, string word)
    {
        if ((uint)k >= (uint)Count)
        {
            return false;
        }

        var t = TokenBelowCount(k);
        return t.Length == word.Length && CharAt(t.Start) == word[0] && RestIs(t.Start, word);
    }

    // The text from start is word after its first letter (its length and first letter matched: the characters are a
    // token's).
    private bool RestIs(int start, string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (CharAt(start + i) != word[i])
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsPunct(int k, char c) => (uint)k < (uint)Count && TokenBelowCount(k).Kind == TokenKind.Punct && CharAt(TokenBelowCount(k).Start) == c;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsWord(int k) => (uint)k < (uint)Count && TokenBelowCount(k).IsWord;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsLowerWord(int k) => (uint)k < (uint)Count && TokenBelowCount(k).IsLowerWord;

    /// <summary>
    /// Token <paramref name="k"/> follows token k-1 on the same line, separated by white space; or on the next line of a
    /// hard-wrapped paragraph, when the line end between them only wraps it (the tokenizer then leaves out
    /// <see cref="TokenFlags.LineBreakBefore"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool SpacedFromPrevious(int k) => Tokens[k].SpacedOnItsLine;

    /// <summary>Token <paramref name="k"/> touches token k-1 (no white space between).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Touches(int k) => !Tokens[k].Has(TokenFlags.SpaceBefore);

    /// <summary>Token <paramref name="k"/> is a word written exactly as <paramref name="word"/> (ordinal).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsText(int k, string word) => IsWord(k) && TextIs(k, word);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsFunctionWord(int k) => In(WordLists.FunctionWords, k);

    /// <summary>"AI", "GPUs", "CEO": an acronym that is a common noun (a plural "s" allowed).</summary>
    public bool IsNonEntityAcronym(int k)
    {
        var t = Tokens[k];
        if (!t.IsWord)
        {
            return false;
        }

        var acronyms = WordLists.NonEntityAcronyms;
        var facts = _facts[k];
        if ((facts & Known) == 0)
        {
            // Not looked up yet: the list's cheap test settles most words ("Reuters", "The") without the lookup.
            if (!acronyms.MayMatch(Text, t.Start, t.Length) && !(t.Length > 2 && Text[t.End - 1] == 's' && acronyms.MayMatch(Text, t.Start, t.Length - 1)))
            {
                return false;
            }

            facts = Facts(k);
        }

        return (facts & (WordLexicon.NonEntityAcronymsBit | WordLexicon.AcronymPluralsBit)) != 0;
    }

    /// <summary>A token that can be part of a name: capitalised, an acronym, mixed case ("iPhone") or CJK.</summary>
    /// <remarks>
    /// Inlined: a token asked again answers from its kept bits, and only the first question is a call. A place outside
    /// the text is no name word (past <see cref="Count"/> the token array holds another seed's tokens).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsNameWord(int k)
    {
        if ((uint)k >= (uint)Count)
        {
            return false;
        }

        var facts = FactOf(k);
        return (facts & NameWordKnown) != 0 ? (facts & NameWord) != 0 : FirstIsNameWord(k);
    }

    // IsNameWord of a token below Count not asked before: its token and facts are read with no bounds check.
    private bool FirstIsNameWord(int k)
    {
        // A word with a letter, capitalised or in mixed case, told by two tests of its bits and one branch (a branch each
        // was three, two of them mispredicted a few times in a hundred); of the other tokens only CJK is a name word.
        var t = TokenBelowCount(k);
        if (!t.IsWordWithOnly(TokenFlags.HasLetter, TokenFlags.HasLetter) | ((t.Flags & (TokenFlags.Capitalized | TokenFlags.MixedCase)) == 0))
        {
            return t.Kind == TokenKind.Cjk;
        }

        if (IsNegatedAuxiliaryBelowCount(t))
        {
            FactOf(k) |= NameWordKnown;
            return false; // "Don't worry", "Isn't it", "WON'T": no name ends in "n't"
        }

        if (!t.Has(TokenFlags.Capitalized))
        {
            var isMixed = !IsNonEntityAcronym(k) && t.Has(TokenFlags.LowerInitial) && t.Has(TokenFlags.MixedCase) && !t.Has(TokenFlags.HasDigit);
            FactOf(k) |= NameWordKnown | (isMixed ? NameWord : 0);
            return isMixed;
        }

        // "I", "A": a capital alone (never AllCaps, which takes two) that is a function word is no name word, whatever else
        // the lexicon says of it. One sentence start in twelve is one of them, and the lookup, its hash and probe, cost
        // several times this test; a rule that asks more of the token looks it up then.
        if (t.Length == 1 && _lexicon.IsOneLetterNoName(CharAt(t.Start)))
        {
            FactOf(k) |= NameWordKnown;
            return false;
        }

        // A capitalised word that is a name word is looked up anyway (the rules ask a name's words about titles,
        // places and given names): looking it up now answers both questions from its bits, where the lists' cheap
        // tests would each read the word again first. Its facts are written once, with the answer.
        ref var slot = ref FactOf(k);
        var facts = slot;
        if ((facts & Known) == 0)
        {
            facts = LookedUp(t, facts, ref HashSlotOf(k));
        }

        // "The", "However", "In" are never names; "US" in capitals is (the function word "us" is not).
        var isName = (facts & (WordLexicon.NonEntityAcronymsBit | WordLexicon.AcronymPluralsBit)) == 0
            && (t.Has(TokenFlags.AllCaps) || (facts & WordLexicon.FunctionWordsBit) == 0);
        slot = facts | NameWordKnown | (isName ? NameWord : 0);
        return isName;
    }

    // "Don't", "Can’t", "ISN'T": the tokenizer splits off only the clitics that follow a stem ("China’s", "I’d") and keeps
    // "n't" on its word, as it keeps "O’Brien" whole. Asked of a word (a token holds a character at least: its last is
    // read before its length is tested).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsNegatedAuxiliary(Token t)
    {
        // The last letter first: one capitalised word in thirteen ends in "t", where one in three is shorter than four
        // letters, which the processor could not guess.
        var end = t.Start + t.Length;
        return (Text[end - 1] | 0x20) == 't' && t.Length >= 4 && Tokenizer.IsApostrophe(Text[end - 2]) && (Text[end - 3] | 0x20) == 'n';
    }

    // IsNegatedAuxiliary of a word below Count, whose characters are read with no range check in the net8.0 build
    // (CharAt): FirstIsNameWord asks it of every capitalised word.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsNegatedAuxiliaryBelowCount(Token t)
    {
#if NET
        // The characters by one reference past the word's end, where each CharAt tested the text for null again.
        ref var end = ref Unsafe.Add(ref Unsafe.AsRef(in Text.GetPinnableReference()), (nint)(uint)(t.Start + t.Length));
        return (Unsafe.Subtract(ref end, 1) | 0x20) == 't' && t.Length >= 4
            && Tokenizer.IsApostrophe(Unsafe.Subtract(ref end, 2)) && (Unsafe.Subtract(ref end, 3) | 0x20) == 'n';
#else
        var end = t.Start + t.Length;
        return (CharAt(end - 1) | 0x20) == 't' && t.Length >= 4 && Tokenizer.IsApostrophe(CharAt(end - 2)) && (CharAt(end - 3) | 0x20) == 'n';
#endif
    }

    /// <summary>"910B", "A100", "4o": letters and digits together, a model number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsModelNumber(int k) => (uint)k < (uint)Count && TokenBelowCount(k).IsWordWithOnly(TokenFlags.HasDigit | TokenFlags.HasLetter, TokenFlags.HasDigit | TokenFlags.HasLetter);

    /// <summary>A lower-case word that carries meaning (not a function word nor a reporting verb).</summary>
    public bool IsLowerContentWord(int k) => IsLowerWord(k) && !IsFunctionWord(k) && !In(WordLists.ReportingVerbs, k);

    /// <summary>The role or title at <paramref name="k"/> written with a capital ("President", "CEO", "Sen.").</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsCapitalTitle(int k) => IsWord(k) && !Tokens[k].IsLowerWord && In(WordLists.Titles, k);
}
