using System;
using System.Collections.Generic;
using System.Text;
#if NET
using System.Runtime.Intrinsics;
#endif
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// Finds runs of name words in each sentence and cuts them into name candidates, in one pass over the tokens.
/// A run grows over capitalised words, acronyms, mixed-case words ("MiniMax", "iPhone") and CJK runs, and over
/// the connectors names use: "of" after a head word ("Bank of America"), particles ("Ursula von der Leyen"),
/// "&amp;" ("Johnson &amp; Johnson"), an inner hyphen ("Coca-Cola", "GPT-4") and a model number ("Ascend 910B").
/// A title inside a run splits it ("Alibaba Chairman Joe Tsai"), and a leading nationality is cut off
/// ("Chinese Premier Li Qiang").
/// </summary>
internal static partial class NameCandidateFinder
{
    public static List<NameCandidate> Find(TokenView view, TokenSentences sentences, out Dictionary<string, string> caseAliases)
    {
        var shapes = sentences.Shapes;

        // About one name-shaped token in two starts a name ("The", "I", "It" open sentences and start none).
        var found = view.NewCandidateList((shapes.NameWordShapedCount / 2) + 4);
        var startCount = shapes.NameWordShapedCount;
        var k = 0;
        var sentence = 0;

        // The per-start reads go unchecked (Unchecked): the starts are read below their count, which the array holds,
        // and a sentence only up to the one that holds the start, whose successor's first token (at most the number of
        // tokens, the last entry) lies past it.
        var starts = new Unchecked<int>(shapes.NameWordShaped);
        var shouting = new Unchecked<bool>(shapes.Shouting);
        var titleCase = new Unchecked<bool>(shapes.TitleCase);

        // The first token of the start's sentence and of the next, kept as the starts move on. Whether a start is in
        // the next sentence follows no pattern (about six starts in ten are, and most of those in the one right after
        // the start before): that step is taken without a branch, and only the rarer start a sentence or more further
        // on loops.
        var firsts = new Unchecked<int>(shapes.Firsts);

        // So go the reads of the start's token and its neighbours, each asked only in the view (the tokens beyond its
        // count are the array's spare room), and of their first characters (a token holds a character at least).
        var tokens = new Unchecked<Token>(view.Tokens);
        var text = new UncheckedText(view.Text);
        var sentenceFirst = shapes.Firsts[0];
        var nextFirst = shapes.Firsts[1];

        // Whether some run ends before "(X)", letters in capitals in brackets: only a name there can define an acronym
        // (AddDefinedAcronyms), and no piece of a run but its last stands before a bracket, which no run holds.
        var mayDefine = false;

        // The static sets the loop asks at every start, read once: each read of a static field checks that its class is made.
        var calendarWords = WordLists.Calendar;
        var ordinalOrParticleShapes = OrdinalOrParticleShapes;
        var titleStarts = TitleStarts;
        for (var i = 0; i < startCount; i++)
        {
            if (starts[i] < k)
            {
                continue; // inside the run just taken
            }

            k = starts[i];
            sentence += k >= nextFirst ? 1 : 0; // the starts come in text order: the sentence moves on with them
            sentence += k >= firsts[sentence + 1] ? 1 : 0; // (a start two sentences on is common enough to step to without a branch too)
            while (k >= firsts[sentence + 1])
            {
                sentence++;
            }

            sentenceFirst = firsts[sentence];
            nextFirst = firsts[sentence + 1];

            // (Whether the start is a calendar word is kept for AddRunWord: every start that gets past the tests asks it.)
            bool calendar;
            if (shouting[sentence] || (k == sentenceFirst && IsCapitalisedFunctionWord(tokens[k], view.Text)) || !view.IsNameWord(k)
                || ((calendar = view.In(calendarWords, k)) && !IsCalendarWordOfName(view, k)))
            {
                if (!shouting[sentence] && k + 1 < view.Count && tokens[k + 1].Has(TokenFlags.Capitalized) && OpensWorldPlaceBeforeCapital(view, k))
                {
                    var placeEnd = ExtendRun(view, k + 1, false); // "An Giang", "Can Tho"
                    Cut(view, k, placeEnd, sentence, sentences, found);
                    mayDefine = mayDefine || BracketedCapitalsAfter(tokens, text, view.Count, placeEnd);
                    k = placeEnd + 1;
                    continue;
                }

                k++;
                continue;
            }

            if (k + 1 < view.Count && IsMark(tokens[k + 1], text, TouchingMarkMask, '-') && IsPrefixedRoleNoun(view, k))
            {
                k += 2; // "Co-author Stefan Brückner", "Ex-minister ...": a role noun, not a name
                continue;
            }

            var end = ExtendRun(view, k, !titleCase[sentence]);
            var from = k;

            // An ordinal or a particle before the run stands one space before it, in a shape of theirs: one table test of
            // the word before settles most runs, which have neither, without the rules' own tests.
            if (k > 0 && tokens[k].SpacedOnItsLine && (ordinalOrParticleShapes.MayBeByHead(tokens[k - 1], view.Text) || tokens[k - 1].Has(TokenFlags.HasDigit)))
            {
                from = OrdinalBefore(view, k, end) ? k - 1 : k;
                from = ParticlesBefore(view, from, end); // "del Toro", "van der Sar": a surname's particles, in lower case, are its own
            }

            // "the daily al-Ahram", "said al-Nour": the Arabic article joined by a hyphen to a name no name word precedes is
            // the name's (after a name word the run extender has joined it: "Marwan al-Tal").
            if (k > 1 && !tokens[k].Has(TokenFlags.SpaceBefore) && IsMark(tokens[k - 1], text, TouchingMarkMask, '-') && IsArabicArticle(view, k - 2)
                && (k == 2 || !view.IsNameWord(k - 3)))
            {
                from = k - 2;
            }

            // A place the gazetteer knows whole is a name in a title too ("Kelly Ann Dunleavy (United States) 1:42.30").
            if (!(titleCase[sentence] && AllOrdinaryWords(view, k, end) && !IsNamed(WordLists.Places, view, k, end)))
            {
                // Most runs are one word, which opens no title: Cut would find none in it, and add it as it is (the word
                // is the start, k).
                if (from == end && !view.InAny(titleStarts, end))
                {
                    AddRunWord(view, end, sentence, end == sentenceFirst, calendar, sentences, found);
                }
                else
                {
                    Cut(view, from, end, sentence, sentences, found);
                }

                mayDefine = mayDefine || BracketedCapitalsAfter(tokens, text, view.Count, end);
            }

            k = end + 1;
        }

        if (mayDefine)
        {
            AddDefinedAcronyms(view, sentences, found);
        }

        // (The shapes are read again from the sentences, not kept across the loop, where they held a register.)
        caseAliases = new Dictionary<string, string>(StringComparer.Ordinal);
        var shoutingTokens = sentences.Shapes.ShoutingTokens;
        if (shoutingTokens.Count > 0)
        {
            var capitals = new List<NameCandidate>();
            HeadlineNames.Find(view, sentences, shoutingTokens, found, capitals, caseAliases);
            if (capitals.Count > 0)
            {
                MergeInto(view, found, capitals);
            }
        }

        return NameJoiner.Join(view, found, sentences);
    }

#if !NET
    // "The", "If", "When": a function word capitalised by its place, which IsNameWord turns away once the lexicon has
    // looked it up. Most stand first in their sentence, where about one start in two is one, and the lexicon is asked
    // nothing else of most of them: a table of the words as written, probed by their first and last letters and length,
    // settles them for a tenth of the lookup's cost (a name mostly finds an empty slot, or a word of another length).
    // Only a sentence's first word is asked: inside a sentence few capitals are function words, and the probe would
    // cost the names more than it saves.
    private static bool IsCapitalisedFunctionWord(Token t, string text)
    {
        if ((t.Bits & CapitalisedWordMask) != CapitalisedWordBits)
        {
            return false; // no word, or not capitalised alone
        }

        // The word's characters and the table are read unchecked (Unchecked): the characters are the token's, a slot is
        // masked below the slots' count, and a word's letters, read only for a word of their length, are in the table.
        var chars = new UncheckedText(text);
        var table = new Unchecked<uint>(CapitalisedFunctionWords);
        var start = t.Start;
        var length = t.Length;
        var first = chars[start];
        var key = ((uint)first << 16) | (uint)length;
        for (var slot = FunctionWordSlot(first, chars[start + length - 1], length); ; slot = (slot + 1) & (FunctionWordSlots - 1))
        {
            var entry = table[slot];
            if (entry == 0)
            {
                return false;
            }

            // The slot holds the word's first letter and length: only a word that has both is read further.
            if ((entry & FirstAndLength) == key && SameRest(table, FunctionWordSlots + (int)((entry >> FunctionWordLengthBits) & FunctionWordOffsetMask), chars, start, length))
            {
                return true;
            }
        }
    }

    // Whether the letters of the text from start + 1 are those of the table from at + 1 (the first was matched).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool SameRest(Unchecked<uint> table, int at, UncheckedText text, int start, int length)
    {
        for (var i = 1; i < length; i++)
        {
            if (text[start + i] != table[at + i])
            {
                return false;
            }
        }

        return true;
    }
#endif

    // A word (its kind is 0) capitalised, not in capitals nor in mixed case, as Token.Bits holds it: one test of the bits.
    private const ulong CapitalisedWordMask = (3UL << Token.KindShift) | ((ulong)(TokenFlags.Capitalized | TokenFlags.AllCaps | TokenFlags.MixedCase) << Token.FlagsShift);
    private const ulong CapitalisedWordBits = ((ulong)TokenKind.Word << Token.KindShift) | ((ulong)TokenFlags.Capitalized << Token.FlagsShift);

#if !NET
    private const int FunctionWordSlots = 1024;

    // A slot holds a word's first letter in its high half, where its letters start after the slots in the twelve bits
    // below, and its length in the low four (0: empty).
    private const int FunctionWordLengthBits = 4;
    private const int FunctionWordLengthMask = (1 << FunctionWordLengthBits) - 1;
    private const uint FunctionWordOffsetMask = 0xFFF;
    private const uint FirstAndLength = 0xFFFF0000u | FunctionWordLengthMask;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int FunctionWordSlot(char first, char last, int length) =>
        (int)((uint)(first | ((last << 16) ^ (length << 8))) * 0x9E3779B1u >> 22);

    // The function words with a capital, as a sentence opens with them, in open addressing by FunctionWordSlot (each is
    // in WordLists.FunctionWords, which ignores case, so IsNameWord is false for it; a word of one letter is in
    // capitals, which IsNameWord reads otherwise, and is left out). The slots and the words' letters are one array: the
    // probe runs at each sentence's first word, after the other stages have pushed the table out of cache, and a table
    // of strings spread its reads over the slots and the strings' objects (about 260 cache lines; now some 150, and a
    // name mostly reads one: its slot). A word too long for a slot's bits is left out, for IsNameWord to turn away.
    private static readonly uint[] CapitalisedFunctionWords = FunctionWordTable();

    private static uint[] FunctionWordTable()
    {
        var slots = new uint[FunctionWordSlots];
        var letters = new List<uint>();
        foreach (var word in WordLists.FunctionWords.Entries())
        {
            if (word.Length < 2 || word.Length > FunctionWordLengthMask || word[0] < 'a' || word[0] > 'z' || letters.Count > FunctionWordOffsetMask)
            {
                continue;
            }

            var capitalised = (char)(word[0] - 32) + word.Substring(1);
            var slot = FunctionWordSlot(capitalised[0], capitalised[capitalised.Length - 1], capitalised.Length);
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & (FunctionWordSlots - 1);
            }

            slots[slot] = ((uint)capitalised[0] << 16) | ((uint)letters.Count << FunctionWordLengthBits) | (uint)capitalised.Length;
            foreach (var c in capitalised)
            {
                letters.Add(c);
            }
        }

        var table = new uint[FunctionWordSlots + letters.Count];
        Array.Copy(slots, table, FunctionWordSlots);
        letters.CopyTo(table, FunctionWordSlots);
        return table;
    }
#endif

    // A capitalised common word ("An", "Can", "My") that opens a two-word place the world list knows: the word is the
    // place's, not English. Inlined: most words asked are followed by no capital, which the first test tells (Find, which
    // asks it of every word that starts no run, makes that test itself on the token it reads unchecked).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool OpensWorldPlace(TokenView view, int k) =>
        k + 1 < view.Count && view[k + 1].Has(TokenFlags.Capitalized) && OpensWorldPlaceBeforeCapital(view, k);

    // OpensWorldPlace past its first test.
    private static bool OpensWorldPlaceBeforeCapital(TokenView view, int k) =>
        view[k].TitleCased && view.IsWord(k + 1)
        && view.SpacedFromPrevious(k + 1) && !view.In(WordLists.Calendar, k)
        && IsNamed(WordLists.PlacesWorld, view, k, k + 1);

    // "First Abu Dhabi Bank PJSC", "Second Thomas Shoal": a capitalised ordinal before a name that ends in a body's or a
    // place's head is part of the name (the ordinal alone is a function word, which no run starts with).
    // So does a number ("Seven West Media", "Three Gorges Dam"), and an ordinal in figures before a body or a military unit
    // ("6th Infantry Division", "201st Motor Rifle Division").
    // A number so capitalised inside a sentence ("of Three Arrows Capital"): opening one, it counts what follows ("Two Royal
    // Australian Air Force planes").
    private static bool OrdinalBefore(TokenView view, int k, int end) =>
        k > 0 && end > k - 1 && view.SpacedFromPrevious(k)
        && ((view[k - 1].TitleCased
                && (view.In(Ordinals, k - 1) || (view.In(Cardinals, k - 1) && k > 1 && view.IsLowerWord(k - 2)))
                && (view.In(WordLists.OrgSuffixes, end) || view.In(WordLists.PlaceSuffixes, end)))
            || (IsOrdinalFigure(view, k - 1) && (view.In(WordLists.OrgSuffixes, end) || view.In(MilitaryUnits, end))));

    // "6th", "21st", "201st", "82nd": figures and an ordinal's ending.
    private static bool IsOrdinalFigure(TokenView view, int k)
    {
        var t = view[k];
        var text = view.Text;
        if (!t.IsWord || t.Length < 3 || t.Length > 5 || !char.IsDigit(text[t.Start]))
        {
            return false;
        }

        for (var i = t.Start; i < t.End - 2; i++)
        {
            if (!char.IsDigit(text[i]))
            {
                return false;
            }
        }

        var a = text[t.End - 2];
        var b = text[t.End - 1];
        return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h');
    }

    // The units an army is numbered in (a closed class of military nouns).
    private static readonly WordSet MilitaryUnits = new(new[]
    {
        "Division", "Brigade", "Regiment", "Battalion", "Corps", "Fleet", "Army", "Squadron", "Wing", "Infantry", "Cavalry", "Battery",
    }, false);

    // The first of the surname particles in lower case right before a run of one or two name words that no name word
    // precedes ("said del Toro", "(de Villiers 4-61)", "van der Sar"), or k: a run that a name word precedes is a whole
    // name already ("Guillermo del Toro"), which the run extender joins through its particles.
    private static int ParticlesBefore(TokenView view, int k, int end)
    {
        if (end - k > 1 || !view[k].Has(TokenFlags.Capitalized) || view[k].Has(TokenFlags.AllCaps))
        {
            return k;
        }

        var first = k;
        while (first > 0 && k - first < 2 && view.SpacedFromPrevious(first) && view.IsLowerWord(first - 1) && view.In(SurnameParticles, first - 1))
        {
            first--;
        }

        return first == k || (first > 0 && view.IsNameWord(first - 1)) ? k : first;
    }

    private static bool IsArabicArticle(TokenView view, int k) =>
        view.IsLowerWord(k) && view[k].Length == 2 && (view.TextIs(k, "al") || view.TextIs(k, "el"));

    // Whether token k is one of the particles ParticlesBefore puts before the name that ends at end.
    private static bool IsLeadingParticle(TokenView view, int k, int end)
    {
        if (k + 2 <= end && view.IsPunct(k + 1, '-') && IsArabicArticle(view, k))
        {
            return true; // "al-Ahram": the article is joined to its name (Find puts it before the run)
        }

        var name = k + 1;
        while (name <= end && name - k <= 2 && view.IsLowerWord(name) && view.In(SurnameParticles, name))
        {
            name++;
        }

        return name <= end && view.IsLowerWord(k) && view.In(SurnameParticles, k) && ParticlesBefore(view, name, end) <= k;
    }

    // The particles of surnames as news writes them alone ("de Klerk", "van Gaal", "di Canio", "dos Santos"), and the
    // Arabic article before the name of a body ("al Qaeda", "al Shabaab"); articles of place names ("la", "el") and
    // patronymics ("bin") are left out.
    private static readonly WordSet SurnameParticles = new(new[] { "de", "del", "della", "di", "da", "van", "von", "der", "den", "du", "dos", "das", "ter", "ten", "al" }, false);

    internal static readonly WordSet Ordinals = new(new[] { "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth" }, false);

    private static readonly WordSet Cardinals = new(new[] { "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Twelve" }, false);

    // The shapes of the ordinals and the particles (declared after them: static fields are made in order).
    private static readonly WordShapes OrdinalOrParticleShapes = new(new[] { Ordinals, Cardinals, SurnameParticles }, Array.Empty<string>(), Array.Empty<WordSet>());

    private static bool IsPrefixedRoleNoun(TokenView view, int k)
    {
        var t = view[k];
        return t.Length <= 4 && !t.Has(TokenFlags.AllCaps) && k + 2 < view.Count && view.Touches(k + 1) && view.IsPunct(k + 1, '-')
            && view.Touches(k + 2) && view.IsLowerWord(k + 2) && view.In(WordLists.Roles, k + 2);
    }

    // "(AD)" right after token k: the shape AddDefinedAcronyms looks for after a name, and Find notes before it runs.
    // Inlined: it is asked after every run (most are followed by a word, which the first test turns away). The tokens and
    // their characters are read unchecked (Unchecked): the three after k are below count, the view's.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool BracketedCapitalsAfter(Unchecked<Token> tokens, UncheckedText text, int count, int k) =>
        k + 3 < count && IsMark(tokens[k + 1], text, MarkMask, '(') && IsMark(tokens[k + 3], text, MarkMask, ')') && tokens[k + 2].Has(TokenFlags.AllCaps);

    /// <summary>
    /// Token <paramref name="t"/> is the mark <paramref name="c"/>, and touches the token before it where
    /// <paramref name="mask"/> is <see cref="TouchingMarkMask"/>: its kind and space by one test of its bits, and its
    /// character read whatever they are (a token holds a character at least), so that one branch settles it. After a run
    /// the token is a mark or a word in no pattern, and each test of its own was a mispredicted branch in three.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsMark(Token t, UncheckedText text, ulong mask, char c) =>
        ((t.Bits & mask) == ((ulong)TokenKind.Punct << Token.KindShift)) & (text[t.Start] == c);

    // The bits IsMark tests: the kind, and with it the space before.
    private const ulong MarkMask = 3UL << Token.KindShift;
    private const ulong TouchingMarkMask = MarkMask | ((ulong)TokenFlags.SpaceBefore << Token.FlagsShift);

    /// <summary>
    /// "Democratic Alliance (AD)", "the Socialist Party (PS)": letters the common-word list holds ("AD", "PS", "PC") are a
    /// name once a name defines them in brackets, there and wherever the seed uses them ("the AD had 31.4%").
    /// </summary>
    private static void AddDefinedAcronyms(TokenView view, TokenSentences sentences, List<NameCandidate> found)
    {
        List<string>? defined = null;
        foreach (var c in found)
        {
            var open = c.LastToken + 1;
            if (c.Words >= 2 && BracketedCapitalsAfter(new Unchecked<Token>(view.Tokens), new UncheckedText(view.Text), view.Count, c.LastToken) && view.IsWord(open + 1)
                && view.IsNonEntityAcronym(open + 1) && LettersAreInitials(view, c, open + 1))
            {
                var acronym = view.TextOf(open + 1);
                if (!(defined ??= new List<string>()).Contains(acronym))
                {
                    defined.Add(acronym);
                }
            }
        }

        if (defined is null)
        {
            return;
        }

        // Few seeds define such letters, and few letters each: the tokens are walked once for them all.
        var uses = new List<NameCandidate>();
        for (var k = 0; k < view.Count; k++)
        {
            var t = view[k];
            if (!t.IsWord || !t.Has(TokenFlags.AllCaps) || t.Length > 3 || !defined.Contains(view.TextOf(k)))
            {
                continue;
            }

            var sentence = sentences.Of(k);
            if (sentences.Shapes.Shouting[sentence])
            {
                continue; // a headline in capitals: HeadlineNames reads it
            }

            var use = view.NewCandidate(k, k, t.Start, t.End, view.TextOf(k), sentence);
            use.Initial = sentences.IsInitial(k, sentence);
            use.Words = 1;
            use.Possessive = IsPossessive(view, k);
            uses.Add(use);
        }

        if (uses.Count > 0)
        {
            MergeInto(view, found, uses);
        }
    }

    // Every letter of the acronym starts a word of the name, in any order: a translated name keeps its words' initials
    // but not their order ("Democratic Alliance (AD)" for "Aliança Democrática").
    private static bool LettersAreInitials(TokenView view, NameCandidate c, int acronym)
    {
        var a = view[acronym];
        for (var i = a.Start; i < a.End; i++)
        {
            var found = false;
            for (var k = c.FirstToken; k <= c.LastToken && !found; k++)
            {
                found = view.IsWord(k) && view.Text[view[k].Start] == view.Text[i];
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Merges <paramref name="b"/> into <paramref name="a"/>, both in text order, from the back: the list of a
    /// seed's candidates is not copied into a new one.
    /// </summary>
    private static void MergeInto(TokenView view, List<NameCandidate> a, List<NameCandidate> b)
    {
        var i = a.Count - 1;
        var j = b.Count - 1;
        if (a.Capacity < a.Count + b.Count)
        {
            a.Capacity = a.Count + b.Count; // mostly there is room already: about one name-shaped word in two was allowed for
        }

        for (var n = 0; n < b.Count; n++)
        {
            a.Add(b[n]); // only grows the list: every slot is written below
            NameJoiner.Note(view, b[n].FirstToken, b[n]);
        }

        // The candidates of a that go after each of b's move up as one block: b's are a few headline names or acronyms,
        // and a slot written alone cost a call of the collector's write barrier for each of a's thousands.
        var all = new ListItems<NameCandidate>(a);
        for (var to = all.Count; j >= 0; j--)
        {
            // On equal starts a's candidate is placed after b's, as the merge from the front always placed them.
            var start = b[j].Start;
            var from = i;
            while (from >= 0 && all[from].Start >= start)
            {
                from--;
            }

            var moved = i - from;
            to -= moved;
            all.Move(from + 1, to, moved);
            all[--to] = b[j];
            i = from;
        }
    }

    // "Why Markets Fear Higher Rates": in a title every word is capitalised, so ordinary words are no names.
    private static bool AllOrdinaryWords(TokenView view, int start, int end)
    {
        for (var k = start; k <= end; k++)
        {
            if (view.IsWord(k) && !view.In(WordLists.CommonWords, k) && !view.IsFunctionWord(k))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The last token of the run that starts at <paramref name="start"/>; <paramref name="inProse"/> where the sentence is
    /// not written in title case, whose function words inside a run are a name's.
    /// </summary>
    private static int ExtendRun(TokenView view, int start, bool inProse)
    {
        // The run's tokens are read unchecked (Unchecked): each below the view's count, which the array holds; so are their
        // characters (a token holds a character at least).
        var tokens = new Unchecked<Token>(view.Tokens);
        var text = new UncheckedText(view.Text);
        var end = start;
        while (end + 1 < view.Count)
        {
            var next = end + 1;
            var token = tokens[next];
            if (tokens[end].Kind == TokenKind.Cjk || token.Kind == TokenKind.Cjk)
            {
                break;
            }

            // Most runs end at a lower-case word ("said", "is"): one that is no model number and is shaped like no
            // connector, particle, calendar word or acronym can go on with none of the rules below. Its kind, case,
            // digits and space before are one test of its bits, where each was a branch of its own in no pattern.
            if ((token.Bits & SpacedLowerWordMask) == SpacedLowerWordBits && !RunGoesOnShapes.MayBe(token, view.Text))
            {
                break;
            }

            if (token.IsWord && token.SpacedOnItsLine)
            {

                if (token.Length == 1 && text[token.Start] == 'A' && next + 2 < view.Count && view.IsPunct(next + 1, '/') && view.Touches(next + 1)
                    && view.Touches(next + 2) && view.TextIs(next + 2, "S"))
                {
                    end = next + 2; // "Skovlund Bryggerier A/S": the Danish and Norwegian legal form ends the name
                    break;
                }

                // "Visa Inc. Mobile money grew": a legal form written with its stop ends the company's name; a capital after
                // it opens the next sentence, unless it is another legal form ("Co. Ltd") or a title ("Corp. President ...").
                // (The capital is asked first: a third of the words that get here are a connector in lower case, "of" or "and".)
                var capitalised = token.Has(TokenFlags.Capitalized);
                if (capitalised && text[tokens[end].End - 1] == '.' && IsLegalFormWithStop(view, end) && !Coreference.IsLegalForm(view, next) && !view.InAny(TitleStarts, next))
                {
                    break;
                }

                // A calendar word goes on a run already two words long, and a given name's run when it is a given name
                // too ("Pieter Jan de Groot"). A word in lower case, not in mixed case, is no name word, nor one of the
                // capitals of a name's function word below: it is not asked.
                var lower = token.IsLowerWord;
                if (!lower && view.IsNameWord(next) && !view.In(WordLists.Calendar, next)
                    || (view.In(WordLists.Calendar, next) && (end > start || IsCalendarWordOfName(view, next))))
                {
                    end = next;
                    continue;
                }

                if (view.IsNumber(next) && view.TextIs(end, "No.") && end > start)
                {
                    end = next; // "Federal Oral Court No. 4": the number is the name's
                    break;
                }

                // (Its words are five letters or more: the length is tested here, before the call.)
                if (inProse && !lower && token.Length >= 5 && CapitalFunctionWordInName(view, end, next) is var named && named > 0)
                {
                    end = named; // "Reporters Without Borders", "Channel Four", "Samsung Next", "Adjara Today"
                    continue;
                }

                if (view.IsModelNumber(next))
                {
                    // "Ascend 910B", "Airbus A320": a model number after a name is part of the product name.
                    end = next;
                    continue;
                }

                if (view.InFew(LowerHeads, next))
                {
                    end = next; // "Komerční banka", "Česká spořitelna": the head Slavic languages write in lower case ends the name
                    break;
                }

                if (IsOrgSuffixAcronym(view, next))
                {
                    // "Zhipu AI said", "Moonshot AI and MiniMax", but not "Ascend AI processors".
                    end = next;
                    break;
                }

                var connector = MayGoOnAfterConnector(view, next) ? Connector(view, start, end, next) : -1;
                if (connector > 0)
                {
                    end = connector;
                    continue;
                }

                if (capitalised && IsNamed(WordLists.PlacesWorld, view, start, next))
                {
                    end = next; // "Long An": a place the world list knows, whose last word is a common one
                }

                break;
            }

            // Most runs end at a mark that joins nothing (",", ".", ")") or at a word on the next line: only a hyphen, "&",
            // an apostrophe or a clitic may go on.
            if (token.Kind != TokenKind.Clitic && !(token.Kind == TokenKind.Punct && IsJoiningMark(text[token.Start])))
            {
                // (The comma and the "C" of "Co" are tested here: the call was the cost at every other run's end. The "C" is
                // asked first: few runs end in a word that starts with one, where about one run in three ends at a comma.)
                if (token.Kind == TokenKind.Punct && text[tokens[end].Start] == 'C' && text[token.Start] == ',' && IsLimitedAfterCo(view, end, next))
                {
                    end = next + 1; // "Hanbit Quenergy Materials Co., Ltd.": the legal form of East Asian companies, after a comma
                }
                else if (token.Kind == TokenKind.Punct && text[token.Start] == '(' && LegalFormAfterBracket(view, next) is var form && form > 0)
                {
                    end = form; // "Meridian Port Holdings (Pty) Ltd", "Quenzaki Robotics (Thailand) Co"
                }

                break;
            }

            if (token.Kind == TokenKind.Punct && !token.Has(TokenFlags.SpaceBefore) && next + 1 < view.Count && !tokens[next + 1].Has(TokenFlags.SpaceBefore))
            {
                var c = text[token.Start];
                if ((c == '-' || c == '\u2010') && JoinsHyphen(view, start, end, next + 1))
                {
                    end = next + 1;
                    continue;
                }
            }

            if (((token.Kind == TokenKind.Clitic && token.IsPossessive(view.Text)) || IsPluralApostrophe(view, end, next))
                && PossessiveInName(view, start, end, next, out var nameEnd))
            {
                end = nameEnd;
                continue;
            }

            if (token.Kind == TokenKind.Punct && text[token.Start] == '&' && token.SpacedOnItsLine && next + 1 < view.Count
                && tokens[next + 1].SpacedOnItsLine && view.IsNameWord(next + 1))
            {
                end = next + 1;
                continue;
            }

            break;
        }

        return end;
    }

    // Two words capitalised inside a sentence written in lower case are a name's, not the prose's: "Without" or "Against"
    // between name words ("Reporters Without Borders", "Mothers Against Drunk Driving" from "Mothers Against Drunk"), and a
    // day said relative to now, which prose writes in lower case ("Adjara Today", "Physics Today"); the last token it
    // takes, or -1. Other function words so written mostly name a work in title case ("Law Of Thermodynamics", "Garbage
    // In"), not a body; a weekday or a month is capitalised anywhere ("Sheffield Wednesday" and "Paris Monday" are not
    // told apart); after an abbreviation's stop a capital may open a sentence the splitter did not see ("Q. Did").
    private static int CapitalFunctionWordInName(TokenView view, int end, int k)
    {
        var t = view[k];
        if (t.Length < 5 || (t.Flags & (TokenFlags.Capitalized | TokenFlags.AllCaps | TokenFlags.MixedCase | TokenFlags.LineBreakBefore)) != TokenFlags.Capitalized
            || view.Text[view[end].End - 1] == '.')
        {
            return -1;
        }

        if (view.In(DayWords, k))
        {
            return k;
        }

        var after = k + 1;
        return view.In(CausePrepositions, k) && after < view.Count && view.SpacedFromPrevious(after) && view.IsWord(after)
            && !view[after].Has(TokenFlags.LineBreakBefore) && view.IsNameWord(after) && view[after].Has(TokenFlags.Capitalized)
            && !view.In(WordLists.Calendar, after) ? after : -1;
    }

    // A word in lower case, not in mixed case, with no digit, after a space on the same line (ExtendRun).
    private const ulong SpacedLowerWordMask = (3UL << Token.KindShift)
        | ((ulong)(TokenFlags.LowerInitial | TokenFlags.MixedCase | TokenFlags.HasDigit | TokenFlags.SpaceBefore | TokenFlags.LineBreakBefore) << Token.FlagsShift);

    private const ulong SpacedLowerWordBits = ((ulong)TokenKind.Word << Token.KindShift) | ((ulong)(TokenFlags.LowerInitial | TokenFlags.SpaceBefore) << Token.FlagsShift);

    // The days said relative to now.
    private static readonly WordSet DayWords = new(new[] { "Today", "Tonight" }, false);

    // The prepositions of a cause that bodies are named for.
    private static readonly WordSet CausePrepositions = new(new[] { "Without", "Against" }, false);

    // The marks a run goes on over (ExtendRun): hyphens, "&" and apostrophes. Inlined: asked at most runs' end.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsJoiningMark(char c) => c is '-' or '\u2010' or '&' || Tokenizer.IsApostrophe(c);

    // The heads of banks and insurers that Czech, Slovak and the South Slavic languages write in lower case after the
    // name (declared before the shapes below: static fields are made in order).
    private static readonly WordSet LowerHeads = new(new[] { "banka", "spořitelna", "sporiteľňa", "pojišťovna", "poisťovňa", "štedionica" }, false);

    // The lower-case words a run may go on over (ExtendRun): calendar words, acronyms that are common nouns (which
    // "km" and "kWh" are; a plural "s" allowed), name particles, the lower-case heads and the words Connector joins through.
    private static readonly WordShapes RunGoesOnShapes = new(
        new[] { WordLists.Calendar, WordLists.NonEntityAcronyms, WordLists.NameParticles, LowerHeads },
        new[] { "and", "of", "for", "on", "against", "in" },
        new[] { WordLists.NonEntityAcronyms });

    private static bool IsOrgSuffixAcronym(TokenView view, int k)
    {
        // (The suffixes are asked first: a looked-up word's facts answer them with one test, and few words are one.)
        if (!view.In(WordLists.OrgSuffixes, k) || !view.IsNonEntityAcronym(k))
        {
            return false;
        }

        var after = k + 1;
        return after >= view.Count || !view[after].IsWord || !view.SpacedFromPrevious(after) || !view.IsLowerContentWord(after);
    }

    /// <summary>The last token of a connector plus the name word after it, or -1.</summary>
    private static int Connector(TokenView view, int start, int end, int k)
    {
        if (!view.IsLowerWord(k))
        {
            return -1;
        }

        var t = view[k];
        var isAnd = view.TextIs(k, "and");
        if (isAnd && k + 1 < view.Count && view.SpacedFromPrevious(k + 1) && IsCompanyCo(view, k + 1))
        {
            return k + 1; // "Eli Lilly and Co.", "Johnson and Co": the company's own name, not two names
        }

        if (isAnd && PlaceWithAnd(view, start, k) is var place && place > 0)
        {
            return place;
        }

        if (isAnd && IsPairedRemit(view, start, end, k))
        {
            return k + 1; // "Competition and Consumer Authority", "Trade and Industry Ministry"
        }

        if (isAnd && CompanyHeadAfterAnd(view, start, end, k) is var head && head > 0)
        {
            return head; // "Tata Iron and Steel Co", "China Road and Bridge Corporation"
        }

        var isOf = t.Length == 2 && view.Text[t.Start] == 'o' && view.Text[t.Start + 1] == 'f';
        // "Directorate General of Civil Aviation", "Secretariat General of the Government": the head before "General".
        if (isOf && (view.In(WordLists.OfHeads, end) || view.IsCapitalTitle(end) || HasRemit(view, start, end)
            || (end > start && view.TextIs(end, "General") && view.In(WordLists.OfHeads, end - 1))))
        {
            // "Bank of America", "Gulf of the Mexico"-style "of the" too: "Bank of the West".
            var after = k + 1;
            if (after < view.Count && view.IsLowerWord(after) && view.TextIs(after, "the"))
            {
                after++;
            }

            return after < view.Count && view.SpacedFromPrevious(after) && view.IsNameWord(after) ? after : -1;
        }

        if (isOf && k + 1 < view.Count && view.SpacedFromPrevious(k + 1) && view[k + 1].Has(TokenFlags.Capitalized) && view.In(Cardinals, k + 1)
            && (view.In(WordLists.OfHeads, end) || view.In(WordLists.OrgSuffixes, end))
            && !(k + 2 < view.Count && view.SpacedFromPrevious(k + 2) && view.IsWord(k + 2) && !view.IsLowerWord(k + 2)))
        {
            return k + 1; // "Group of Seven", "Council of Ten": a body named for its number of members
        }

        if (isOf && HeadsARemit(view, start, end) && PlaceAfterOf(view, k) is var where && where > 0)
        {
            return where; // "Court of Appeal of Lithuania", "Association of Workers of Slovakia": the body's country after its remit
        }

        var isFor = view.TextIs(k, "for");
        var isOn = view.TextIs(k, "on");
        if (!isFor && (isOn || view.TextIs(k, "against")) && view.In(WordLists.OfHeads, end) && view.In(WordLists.OrgSuffixes, end)
            && k + 1 < view.Count && view.SpacedFromPrevious(k + 1) && view.IsNameWord(k + 1) && !view.In(WordLists.Calendar, k + 1))
        {
            // "Commission on Human Rights", "Committee against Torture", "Conference on Disarmament".
            return k + 1;
        }

        if (isFor && ForCauseBeforeHead(view, start, end, k) is var cause && cause > 0)
        {
            return cause; // "Ideas for Peace Foundation", "Doctors for Clean Air Trust"
        }

        if (isFor && view.In(WordLists.OfHeads, end) && view.In(WordLists.OrgSuffixes, end))
        {
            // "Kiel Institute for the World Economy", "Centre for European Reform", "Movement for a Democratic Slovakia": an
            // institution's remit is in its name.
            var after = k + 1;
            if (after < view.Count && view.IsLowerWord(after)
                && (view.TextIs(after, "the") || view.TextIs(after, "a")))
            {
                after++;
            }

            return after < view.Count && view.SpacedFromPrevious(after) && view.IsNameWord(after) && !view.In(WordLists.Calendar, after) ? after : -1;
        }

        // (The connector is told before the run is read for its remit: most are none of the three.)
        var isIn = view.TextIs(k, "in");
        if ((isAnd || isIn || isOn) && HasRemit(view, start, end) && k + 1 < view.Count && view.SpacedFromPrevious(k + 1) && view.IsNameWord(k + 1)
            && view[k + 1].Has(TokenFlags.Capitalized)
            && ((isAnd && (IsRemitWord(view, k + 1) || IsRemitRun(view, k + 1))) || (isIn && IsRemitLand(view, k + 1))
                || (isOn && IsRemitRun(view, k + 1) && !view.In(WordLists.Calendar, k + 1))))
        {
            // "Organisation for Security and Cooperation in Europe": the remit after "for" goes on; "National Institute for
            // Research on Glaciers and Mountain Ecosystems": also through "on" and "and" in ordinary words.
            return k + 1;
        }

        if (isOn && end > start && HeadsARemit(view, start, end) && k + 1 < view.Count && view.SpacedFromPrevious(k + 1)
            && view.IsNameWord(k + 1) && view[k + 1].Has(TokenFlags.Capitalized) && !view.In(WordLists.Calendar, k + 1) && IsRemitRun(view, k + 1))
        {
            // "Center of Reform on Economics", "Institute of Studies on Migration": a remit after "of" goes on through "on".
            return k + 1;
        }

        if (isAnd && HeadsARemit(view, start, end) && k + 1 < view.Count && view.SpacedFromPrevious(k + 1) && view.IsNameWord(k + 1)
            && view[k + 1].Has(TokenFlags.Capitalized) && (IsRemitWord(view, k + 1) || IsRemitRun(view, k + 1)))
        {
            // "Ministry of Disaster Management and Relief": the remit after "of" goes on after "and", also in a few words
            // ("Ministry of Culture and National Heritage", "Federation of Red Cross and Red Crescent Societies").
            return k + 1;
        }

        var particle = view.In(WordLists.NameParticles, k);
        if (particle && end >= start && k + 2 < view.Count && view.Touches(k + 1) && view.IsPunct(k + 1, '-')
            && view.Touches(k + 2) && view.IsNameWord(k + 2) && view[k + 2].Has(TokenFlags.Capitalized) && view.SpacedFromPrevious(k))
        {
            return k + 2; // "Marwan al-Tal", "Abdel Aziz el-Rantissi"
        }

        if (!isOf && particle && end >= start && k + 1 < view.Count && view.SpacedFromPrevious(k + 1))
        {
            // "Ludwig van Beethoven", "Ursula von der Leyen", "Luiz Inácio Lula da Silva".
            var after = k + 1;
            if (view.In(WordLists.NameParticles, after) && after + 1 < view.Count)
            {
                after++;
            }

            return view.IsNameWord(after) && view[after].TitleCased ? after : -1;
        }

        return -1;
    }

    // Whether the word after the connector at k lets one of Connector's rules go on: each wants a name word or a capital
    // after it, or "the" or "a" before one, a hyphen after a particle, or a second particle ("von der Leyen"). Most
    // connectors Connector is asked about are followed by a lower-case word of the prose ("and his", "in their"), which
    // this settles before any of its rules' list probes.
    private static bool MayGoOnAfterConnector(TokenView view, int k)
    {
        var after = k + 1;
        return after < view.Count
            && (!view[after].IsLowerWord || view.TextIs(after, "the") || view.TextIs(after, "a") || view.In(WordLists.NameParticles, k));
    }

    // The most words before "and" in a name joined through it ("Saint Vincent and the Grenadines", "Science and Technology
    // Ministry" have one or two).
    private const int MaxWordsBeforeAnd = 3;

    // "Trinidad and Tobago", "Bosnia and Herzegovina", "Saint Vincent and the Grenadines": a country the list writes
    // with "and" is one name, not two.
    private static int PlaceWithAnd(TokenView view, int start, int and)
    {
        // No country the list writes with "and" has more than three words before it: only the last three of a longer
        // run are tried ("Court of Bosnia and Herzegovina"), so a run joined through many connectors is hashed at most
        // three times at each "and".
        var last = and + 1;
        if (last < view.Count && view.TextIs(last, "the"))
        {
            last++;
        }

        if (last >= view.Count || !view.SpacedFromPrevious(last) || !view.IsNameWord(last) || !view[last].Has(TokenFlags.Capitalized))
        {
            return -1;
        }

        for (var first = and - 1; first >= start && and - first <= MaxWordsBeforeAnd; first--)
        {
            if (view.IsNameWord(first))
            {
                var from = view[first].Start;
                if (WordLists.Places.Contains(view.Text, from, view[last].End - from))
                {
                    return last;
                }
            }
        }

        return -1;
    }

    // The last token of a place the list knows, of up to three words, right after "of" (and "the") at token of, that
    // ends the run; else -1. A body, not a place, after the second "of" is a name of its own ("the Committee of
    // Ministers of the Council of Europe").
    private static int PlaceAfterOf(TokenView view, int of)
    {
        var first = of + 1;
        if (first < view.Count && view.IsLowerWord(first) && view.TextIs(first, "the"))
        {
            first++;
        }

        var last = first;
        while (last < view.Count && last - first < MaxWordsBeforeAnd && view.SpacedFromPrevious(last) && view.IsNameWord(last)
            && view[last].Has(TokenFlags.Capitalized))
        {
            last++;
        }

        // The run of name words [first, last) must end there, and be the place whole.
        return last > first && (last >= view.Count || !view.IsNameWord(last) || !view.SpacedFromPrevious(last))
            && IsNamed(WordLists.Places, view, first, last - 1) ? last - 1 : -1;
    }

    // "(Pty) Ltd", "(Thailand) Co": one or two capitalised words in brackets at open, then a legal form; the form, or -1.
    private static int LegalFormAfterBracket(TokenView view, int open)
    {
        var close = open + 1;
        while (close < view.Count && close - open <= 2 && view.IsWord(close) && view[close].Has(TokenFlags.Capitalized))
        {
            close++;
        }

        var form = close + 1;
        return close > open + 1 && form < view.Count && view.IsPunct(close, ')') && view.SpacedFromPrevious(form) && Coreference.IsLegalForm(view, form)
            && view.IsWord(form) ? form : -1;
    }

    // "Co., Ltd." at end (the "Co"), comma: "Ltd", "Ltd." or "Limited" right after the comma.
    private static bool IsLimitedAfterCo(TokenView view, int end, int comma)
    {
        var k = comma + 1;
        if (k >= view.Count || !view.IsPunct(comma, ',') || !IsCompanyCo(view, end) || !view.SpacedFromPrevious(k))
        {
            return false;
        }

        return view.TextIs(k, "Ltd") || view.TextIs(k, "Ltd.") || view.TextIs(k, "Limited");
    }

    // "Corp.", "Inc.", "Co.", "Ltd.": a legal form of one word written with its stop (not "S.A.", whose stops are its own).
    // Its callers test the stop first, on the token they hold: most names end in no stop, and ExtendRun asks this of every
    // word it takes.
    private static bool IsLegalFormWithStop(TokenView view, int k)
    {
        var t = view[k];
        return t.IsWord && t.Length >= 3 && view.Text.IndexOf('.', t.Start, t.Length - 1) < 0 && Coreference.IsLegalForm(view, k);
    }

    // "... bought Lotus Development Corp. The deal ...", "... Co." at the end of a paragraph: the stop of a legal form that
    // ends its sentence is the sentence's as well, and news annotation leaves it out of the name (inside a sentence,
    // "Lotus Development Corp. said", the stop is the abbreviation's and stays). A capital after the name opens the next
    // sentence, unless it is another legal form or a title (ExtendRun keeps those in the run).
    private static bool LegalFormStopEndsSentence(TokenView view, int end)
    {
        var next = end + 1;
        if (next >= view.Count)
        {
            return true;
        }

        var t = view[next];
        return t.Has(TokenFlags.LineBreakBefore)
            || (t.IsWord && t.Has(TokenFlags.Capitalized) && view.SpacedFromPrevious(next) && !Coreference.IsLegalForm(view, next)
                && !view.InAny(TitleStarts, next));
    }

    private static bool IsCompanyCo(TokenView view, int k)
    {
        var t = view[k];
        return t.IsWord && (t.Length == 2 || (t.Length == 3 && view.Text[t.End - 1] == '.')) && view.Text[t.Start] == 'C' && view.Text[t.Start + 1] == 'o';
    }

    private static bool JoinsHyphen(TokenView view, int start, int end, int k)
    {
        var token = view[k];
        if (!token.IsWord)
        {
            return false;
        }

        if (view.IsLowerWord(k) && view.In(PlaceParticles, k) && k + 2 < view.Count && view.Touches(k + 1) && view.IsPunct(k + 1, '-')
            && view.Touches(k + 2) && view.IsNameWord(k + 2) && view[k + 2].Has(TokenFlags.Capitalized))
        {
            return true; // "Crans-sur-Sierre", "Frankfurt-am-Main", "Stratford-upon-Avon"
        }

        if (char.IsDigit(view.Text[token.Start]))
        {
            return true; // "GPT-4", "COVID-19", "F-16"
        }

        if (view.IsNameWord(k) && token.Has(TokenFlags.Capitalized))
        {
            if (end == start && (view.In(WordLists.SportWords, start) || view.In(HeadlineTopics, start)))
            {
                return false; // "Cycling-Lindqvist wins ...", "Exclusive-Apple plans ...": a headline's topic, then its story
            }

            // "Coca-Cola", "Rolls-Royce", "Indo-Pacific", but "U.S.-China" and "Sino-Japanese" name two things;
            // "Guinea-Bissau" is one place, "Toronto-Dominion Bank" one bank, "Ramon Santiago-Cruz" one person.
            // "Port of Antwerp-Bruges", "Communist Party of Nepal-Unified ...": after a body's "of", the hyphen joins its place.
            return !IsPlaceOrNationality(view, end) || IsNamed(WordLists.Places, view, start, k)
                || (end - 1 > start && view.IsLowerWord(end - 1) && view.TextIs(end - 1, "of"))
                || (end > start && IsGivenName(view, end - 1) && !view.In(WordLists.Places, k) && !view.In(WordLists.Demonyms, k))
                || (!IsPlaceOrNationality(view, k) && k + 1 < view.Count && view.SpacedFromPrevious(k + 1) && view.In(WordLists.OrgSuffixes, k + 1));
        }

        // "Kim Jong-un", "Lee Jae-myung", "Han Ki-jeong": a lower-case syllable of a Korean given name (not "Silicon
        // Valley-based", "Sora-like" or "Oscar-winning": a syllable of five or six letters is no English word). Right
        // after a family name put first and one syllable, it may be any word ("Kim Nam-soon", "Park Min-young").
        if (view.IsLowerWord(k) && token.Length <= 6 && end == start + 1 && view.In(WordLists.SurnamesFirst, start) && view[end].Length <= 4)
        {
            return true;
        }

        return view.IsLowerWord(k) && token.Length <= 6 && end > start && !view.IsFunctionWord(k) && !view.In(WordLists.CommonWords, k)
            && !view.In(WordLists.ReportingVerbs, k) && !(token.Length > 2 && view.Text[token.End - 2] == 'e' && view.Text[token.End - 1] == 'd')
            && (token.Length <= 4 || !view.In(WordLists.EnglishWords, k));
    }

    // The labels present-day agency headlines put before a hyphen ("Exclusive-", "Factbox-").
    private static readonly WordSet HeadlineTopics = new(new[]
    {
        "Exclusive", "Analysis", "Factbox", "Explainer", "Column", "Breakingviews", "Insight", "Markets", "Update", "Refile", "Corrected", "Wrapup",
    }, false);

    /// <summary>
    /// "People's Democratic Party", "United Nations Children's Fund", "Moody's Investors Service": a possessive inside an
    /// organisation's name, when the words after it end in an organisation's head noun and the words before it are
    /// no place or person ("Britain's Labour Party", "Li's Baidu Inc" are two names).
    /// </summary>
    private static bool PossessiveInName(TokenView view, int start, int end, int clitic, out int nameEnd)
    {
        nameEnd = -1;
        var after = clitic + 1;
        if (after >= view.Count || !view.SpacedFromPrevious(after) || !view.IsNameWord(after) || !view[after].Has(TokenFlags.Capitalized))
        {
            return false;
        }

        // "Cox's Bazar", "St John's Wood": a place whose name holds the possessive.
        if (IsNamed(WordLists.PlacesWorld, view, start, after) || IsNamed(WordLists.Places, view, start, after))
        {
            nameEnd = after;
            return true;
        }

        // "Mongolian People's Revolutionary Party", "Sudan People's Liberation Army": a people's body, whatever precedes it.
        // "the International Astronomical Union's Minor Planet Center": a body's head before the possessive ends a name
        // of its own, the owner of the second.
        var people = view.TextIs(end, "People");

        // The two rules below want a body's head right after the possessive, which most possessives lack: asked once, first.
        var headAfter = view.In(WordLists.OrgSuffixes, after);

        // "Polish Brewers' Association", "Norwegian Fishermen's Association", "Pensioners' League": the members of a body,
        // a plural noun before its head, are its name's, whatever nationality opens it.
        if (!people && headAfter && MembersBeforeHead(view, start, end, clitic, after))
        {
            nameEnd = after;
            return true;
        }

        // "Ombudsman's Office", "European Public Prosecutor's Office": an office named for its holder, a title before the
        // possessive with no one's name in it.
        if (headAfter && (view.InAny(TitleStarts, end) || view.In(OfficesOfState, end)) && view.In(WordLists.OfHeads, after)
            && !(after + 1 < view.Count && view.SpacedFromPrevious(after + 1) && view.IsNameWord(after + 1)) && OnlyOrdinaryWordsBefore(view, start, end))
        {
            nameEnd = after;
            return true;
        }

        // "SoftBank's SVF Investments", "Alibaba's Ant Group": a company's name before the possessive and a name of no English
        // word after it are the owner and its unit, two names ("Moody's Investors Service" is one).
        if (end == start && !view.In(WordLists.EnglishWords, start) && !view.In(WordLists.EnglishWords, after) && !view.In(WordLists.CommonWords, after))
        {
            return false;
        }

        if (!people && (view.In(WordLists.GivenNames, start) || view.In(WordLists.GivenNamesWorld, start) || view.In(WordLists.Demonyms, start)
            || IsNamed(WordLists.Places, view, start, end) || view.In(WordLists.Places, end) || (end > start && view.In(WordLists.OrgSuffixes, end))))
        {
            return false;
        }

        if (TitleBeforeName(view, start, end))
        {
            return false; // "President Marcel Quenkie's National Progress Party": the president's party, two names
        }

        var last = after;
        while (last + 1 < view.Count && view.SpacedFromPrevious(last + 1) && view.IsNameWord(last + 1) && last - after < 4)
        {
            last++;
        }

        if (!(view.In(WordLists.OrgSuffixes, last) || (view.In(WordLists.PlaceSuffixes, last) && !people)) || (after == last && end == start))
        {
            return false; // "St James' Park": a place's head ends it as an organisation's does
        }

        nameEnd = last;
        return true;
    }

    /// <summary>Token <paramref name="k"/> is in either list of given names (the main one or the world's).</summary>
    internal static bool IsGivenName(TokenView view, int k) => view.In(WordLists.GivenNames, k) || view.In(WordLists.GivenNamesWorld, k);

    // The possessive at clitic after a plural English noun ending the run [start..end] ("Brewers'", "Fishermen's"), with a
    // body's head right after it (the caller asks that first) that ends the name (at after): the body's members. The words
    // before the noun are a nationality or English words ("Spanish Ceramic Tile Manufacturers'"), no proper name of a place
    // or person.
    private static bool MembersBeforeHead(TokenView view, int start, int end, int clitic, int after)
    {
        var t = view[end];
        var text = view.Text;
        // The word list holds some plurals whose singular it lacks ("brewers"): either form will do.
        var plural = view[clitic].Kind == TokenKind.Punct
            ? t.Length > 4 && text[t.End - 1] == 's' && text[t.End - 2] != 's'
                && (view.In(WordLists.EnglishWords, end) || WordLists.EnglishWords.Contains(text, t.Start, t.Length - 1))
            : t.Length > 4 && text[t.End - 3] == 'm' && text[t.End - 2] == 'e' && text[t.End - 1] == 'n' && view.In(WordLists.EnglishWords, end);
        return plural && !view.In(WordLists.OrgSuffixes, end) && !view.In(WordLists.Places, end)
            && !(after + 1 < view.Count && view.SpacedFromPrevious(after + 1) && view.IsNameWord(after + 1)) && OnlyOrdinaryWordsBefore(view, start, end);
    }

    // Tokens start..end-1 are capitalised English words, no place's, after a nationality perhaps ("Spanish Ceramic Tile").
    private static bool OnlyOrdinaryWordsBefore(TokenView view, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!view[k].Has(TokenFlags.Capitalized) || view[k].Has(TokenFlags.AllCaps)
                || !((k == start && view.In(WordLists.Demonyms, k)) || (view.In(WordLists.EnglishWords, k) && !view.In(WordLists.Places, k))))
            {
                return false;
            }
        }

        return true;
    }

    // A title in [start, end) with a word after it that is no title's ("Prime Minister Kemal Quenoglu"): a person, named
    // after the office; a title alone owns a body named for it ("President's Malaria Initiative", "Comptroller General's
    // Office"). The run before a possessive is a few words.
    private static bool TitleBeforeName(TokenView view, int start, int end)
    {
        if (end == start || view.InAny(TitleStarts, end) || view.IsCapitalTitle(end))
        {
            return false;
        }

        for (var k = start; k < end; k++)
        {
            if (IsTitleAt(view, k))
            {
                return true;
            }
        }

        return false;
    }

    // "'s", or a bare apostrophe that touches the word before it: a possessive inside a run.
    private static bool IsPossessiveMark(TokenView view, int k) =>
        (view[k].Kind == TokenKind.Clitic && view[k].IsPossessive(view.Text))
        || (view[k].Kind == TokenKind.Punct && Tokenizer.IsApostrophe(view.Text[view[k].Start]) && view.Touches(k));

    // "Farmers' Union": a bare apostrophe right after a word ending in s.
    private static bool IsPluralApostrophe(TokenView view, int end, int k) =>
        view[k].Kind == TokenKind.Punct && Tokenizer.IsApostrophe(view.Text[view[k].Start]) && view.Touches(k) && view.Text[view[end].End - 1] == 's';

    // Words that join the parts of a place's name with hyphens.
    private static readonly WordSet PlaceParticles = new(new[] { "sur", "en", "upon", "on", "am", "an", "der", "de", "la", "le", "les", "du", "des", "sous", "di", "del", "im" }, false);

    // "for Security and Cooperation in Europe", "for Human Rights in Iran": a country or a continent goes on an institution's
    // remit after "in"; a city is where the body sits ("... for Global Health in Sydney", "... in Europe in Vienna").
    private static bool IsRemitLand(TokenView view, int k) =>
        view.In(WordLists.Countries, k) || view.In(Continents, k);

    // The continents as one word (a closed class).
    private static readonly WordSet Continents = new(new[] { "Africa", "Asia", "Europe", "America", "Americas", "Oceania", "Antarctica", "Eurasia" }, false);

    // The name so far holds "for": an institution's remit ("National Council for the Defence"), which goes on
    // across "of", "and" and "in" ("... of Democracy", "for Security and Cooperation in Europe").
    private static bool HasRemit(TokenView view, int start, int end)
    {
        for (var k = start + 1; k < end; k++)
        {
            if (view.IsLowerWord(k) && view.TextIs(k, "for"))
            {
                return true;
            }
        }

        return false;
    }

    // "Ministry of Disaster Management", "Communist Party of Nepal", "Catholic Commission for Justice and Peace": an
    // institution's head noun right before the "of" or "for" of its remit. The head stands near the start of the
    // name, so only a few words are read (the connectors through "and" ask again at each "and").
    private static bool HeadsARemit(TokenView view, int start, int end)
    {
        for (var k = start + 1; k < end && k <= start + 6; k++)
        {
            if (view.IsLowerWord(k) && (view.TextIs(k, "of") || view.TextIs(k, "for") || view.TextIs(k, "on")))
            {
                return view.In(WordLists.OrgSuffixes, k - 1) || view.In(WordLists.OfHeads, k - 1);
            }
        }

        return false;
    }

    // "Competition and Consumer Authority", "Science and Technology Ministry": English words joined by "and" before the
    // institution's head noun, within three words ("Apple and Google" are two names).
    private static bool IsPairedRemit(TokenView view, int start, int end, int and)
    {
        if (view.IsPunct(start - 1, ',') || end - start >= MaxWordsBeforeAnd)
        {
            return false; // "House Energy, Water and Mines Committee": a list, which NameJoiner reads whole
        }

        if (end > start && view.In(WordLists.OrgSuffixes, end) && view.IsWord(and + 1) && !view.In(WordLists.EnglishWords, and + 1)
            && !view.In(WordLists.CommonWords, and + 1))
        {
            return false; // "Arrows Capital and Terraform Labs": a body's name whole before "and", and a name of its own after it
        }

        for (var k = start; k <= end; k++)
        {
            // The common words are English words too ("Peace and Security Council").
            if (!view[k].Has(TokenFlags.Capitalized) || view[k].Has(TokenFlags.AllCaps) || !(view.In(WordLists.EnglishWords, k) || view.In(WordLists.CommonWords, k)))
            {
                return false;
            }
        }

        for (var k = and + 1; k < view.Count && k <= and + 3 && view.IsNameWord(k) && view.SpacedFromPrevious(k); k++)
        {
            if (view.In(WordLists.OrgSuffixes, k))
            {
                return true;
            }
        }

        return false;
    }

    // "Tata Iron and Steel Co", "Textile Import and Export Corp", "Teaching and Referral Hospital": a company named for
    // two trades, an English word before "and" after the name's first words, and one to three English words after it
    // that end in a body's head and the name; the head of the last, or -1. "Siemens and Bosch", "Britain and France",
    // "Deutsche Bank and Commerz Bank", "Ford Motor and General Motors Co" (a company the list knows) are two names.
    private static int CompanyHeadAfterAnd(TokenView view, int start, int end, int and)
    {
        // A name word after "and" is asked first: the trade word's list probes are the cost at most "and"s.
        if (end == start || !NameWordsAfter(view, and, 1) || !IsTradeWord(view, end) || view.In(WordLists.OrgSuffixes, end) || view.IsPunct(start - 1, ','))
        {
            return -1;
        }

        var last = and;
        while (last + 1 < view.Count && last - and < 3 && view.SpacedFromPrevious(last + 1) && view.IsNameWord(last + 1) && IsTradeWord(view, last + 1))
        {
            last++;
        }

        return last > and && view.In(WordLists.OrgSuffixes, last)
            && !(last + 1 < view.Count && view.SpacedFromPrevious(last + 1) && view.IsNameWord(last + 1))
            && !IsNamed(WordLists.Organisations, view, and + 1, last) && (last == and + 1 || !IsNamed(WordLists.Organisations, view, and + 1, last - 1))
            ? last : -1;
    }

    // "Ideas for Peace Foundation": one to three English words, "for" and a cause in one or two English words before a
    // body's head that ends the name; the head, or -1 ("Britain for European Union", "Apple for Google Cloud" are two).
    private static int ForCauseBeforeHead(TokenView view, int start, int end, int and)
    {
        // The cause and the head are two name words at least after "for", which most words after it are not ("for the").
        if (!NameWordsAfter(view, and, 2) || end - start >= MaxWordsBeforeAnd || view.In(WordLists.OrgSuffixes, end))
        {
            return -1;
        }

        for (var k = start; k <= end; k++)
        {
            if (!IsTradeWord(view, k) || Coreference.IsLegalForm(view, k))
            {
                return -1;
            }
        }

        var last = and;
        while (last + 1 < view.Count && last - and < 3 && view.SpacedFromPrevious(last + 1) && view.IsNameWord(last + 1) && IsTradeWord(view, last + 1))
        {
            last++;
        }

        return last > and + 1 && view.In(WordLists.OrgSuffixes, last) && !view.In(WordLists.OrgSuffixes, and + 1)
            && !(last + 1 < view.Count && view.SpacedFromPrevious(last + 1) && view.IsNameWord(last + 1)) ? last : -1;
    }

    // The count tokens after token k are name words, each spaced from the one before: the least the loops of
    // ForCauseBeforeHead and CompanyHeadAfterAnd take after their connector.
    private static bool NameWordsAfter(TokenView view, int k, int count)
    {
        for (var j = k + 1; j <= k + count; j++)
        {
            if (j >= view.Count || !view.SpacedFromPrevious(j) || !view.IsNameWord(j))
            {
                return false;
            }
        }

        return true;
    }

    // A capitalised English word, no place's, nationality's or given name's, or a legal form ("Co", "Corp").
    private static bool IsTradeWord(TokenView view, int k) =>
        Coreference.IsLegalForm(view, k)
        || (view[k].TitleCased && (view.In(WordLists.EnglishWords, k) || view.In(WordLists.CommonWords, k))
            && !view.In(WordLists.Places, k) && !view.In(WordLists.Demonyms, k) && !IsGivenName(view, k));

    // "... and Cooperation in", "... Trade and Industry": an English word that no other name word follows ("Research
    // and Oxford University" names two bodies).
    private static bool IsRemitWord(TokenView view, int k) =>
        (view.In(WordLists.EnglishWords, k) || view.In(WordLists.CommonWords, k) || IsIsation(view, k))
        && !(k + 1 < view.Count && view.IsNameWord(k + 1) && view.SpacedFromPrevious(k + 1));

    // "Digitalisation", "Decentralization": a noun of making in "-isation" or "-ization" is an English word whether the
    // word list holds it or not (no name ends so).
    private static bool IsIsation(TokenView view, int k)
    {
        var t = view[k];
        var text = view.Text;
        var end = t.End;
        return t.Length >= 9 && text[end - 1] == 'n' && text[end - 2] == 'o' && text[end - 3] == 'i' && text[end - 4] == 't' && text[end - 5] == 'a'
            && text[end - 6] is 's' or 'z' && text[end - 7] == 'i';
    }

    // "National Heritage", "Red Crescent Societies": up to three English words that end the name, none a body's head
    // but the plural of one (a federation's members); "Finance and Central Bank" names a second body.
    private static bool IsRemitRun(TokenView view, int k)
    {
        var last = k;
        while (last + 1 < view.Count && last - k < 3 && view.IsNameWord(last + 1) && view.SpacedFromPrevious(last + 1))
        {
            last++;
        }

        if (last - k >= 3)
        {
            return false;
        }

        // A run that ends in the plural of a body's head ("Marine and Antarctic Studies") may hold any capitalised word.
        var pluralHead = last > k && view.Text[view[last].End - 1] == 's' && view.In(WordLists.OrgSuffixes, last);
        for (var j = k; j <= last; j++)
        {
            if (!view[j].Has(TokenFlags.Capitalized) || view[j].Has(TokenFlags.AllCaps)
                || !(pluralHead || view.In(WordLists.EnglishWords, j) || view.In(WordLists.CommonWords, j))
                || (view.In(WordLists.OrgSuffixes, j) && !(pluralHead && j == last) && !EntityClassifier.IsPluralWord(view, j)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPlaceOrNationality(TokenView view, int k) =>
        view.In(WordLists.Places, k) || view.In(WordLists.Demonyms, k) || view.IsNonEntityAcronym(k);

    /// <summary>Cuts the run [start..end] at titles and a leading nationality, and adds the pieces.</summary>
    private static void Cut(TokenView view, int start, int end, int sentence, TokenSentences sentences, List<NameCandidate> found)
    {
        var roleStart = -1;
        var roleEnd = -1;
        for (var r = start; r <= end; r++)
        {
            // IsTitleAt's first test, inline: few words of a run start a title, and the call cost more than the test.
            if (view.InAny(TitleStarts, r) && IsTitleAt(view, r))
            {
                roleStart = r;
                roleEnd = r;

                // "EU Farm Commissioner Franz Fischler", "Spanish Foreign Minister ...": the portfolio is part of the title,
                // also where it opens the run ("by Deputy Finance Minister G.L. Weerasekera").
                // "Attorney-General Singgih", "Director-General Ngozi ...", "Vice-Governor Ludmila ...": a title joined to the
                // one before it, or to its modifier, by a hyphen.
                if (roleStart - 2 >= start && view.IsPunct(roleStart - 1, '-') && view.Touches(roleStart - 1) && view.Touches(roleStart)
                    && view.IsWord(roleStart - 2)
                    && (view.In(WordLists.Roles, roleStart - 2) || view.IsCapitalTitle(roleStart - 2) || view.In(WordLists.RoleModifiers, roleStart - 2)))
                {
                    roleStart -= 2;
                }

                // A portfolio may also be a plural noun no list holds ("Mines Minister", "Emergencies Minister"); a role
                // before a title's word makes one title with it ("Director General", "Secretary General").
                while (roleStart - 1 >= start && view[roleStart - 1].TitleCased
                    && (view.In(WordLists.RoleModifiers, roleStart - 1) || IsPluralPortfolio(view, roleStart - 1) || view.In(WordLists.Roles, roleStart - 1)
                        || IsPortfolio(view, roleStart - 1, roleStart))
                    && !view.In(WordLists.Demonyms, roleStart - 1))
                {
                    roleStart--;
                }

                // "Secretary of State Marco Rubio", "Minister of Foreign Affairs Ana Silva", "Chancellor of the Exchequer
                // Kenneth Clarke", "Minister of State for Culture Katrin Albers": the office is part of the title.
                while (true)
                {
                    while (roleEnd + 1 <= end && (view.IsCapitalTitle(roleEnd + 1) || view.In(WordLists.RoleModifiers, roleEnd + 1) || view.In(WordLists.Roles, roleEnd + 1)))
                    {
                        roleEnd++;
                    }

                    if (roleEnd + 2 <= end && view.IsPunct(roleEnd + 1, '-') && view.Touches(roleEnd + 1) && view.Touches(roleEnd + 2)
                        && (view.IsCapitalTitle(roleEnd + 2) || view.In(WordLists.Roles, roleEnd + 2) || view.In(WordLists.RoleModifiers, roleEnd + 2)))
                    {
                        roleEnd += 2; // "Attorney-General Singgih", "Secretary-General Ban"
                        continue;
                    }

                    var office = OfficeAfter(view, roleEnd, end);
                    if (office < 0)
                    {
                        break;
                    }

                    roleEnd = office;
                }

                break;
            }
        }

        // "Premier League", "Premier Division", "Chancellor Bank": a title before one word that heads bodies or events, or
        // an ordinary word, names no person: the words are one name.
        // "Supreme Council of Military Justice", "Court of Justice": a title after a connector is the remit's word.
        // "Cardinal Valve Corp", "Prince Hotels Group": a title that opens a run ending in a body's head is the body's word;
        // so is one opening a run that ends in a place's head ("King Baudouin Stadium", "Queen Elizabeth Park").
        // "Federal Public Defender's Office", "European Public Prosecutor's Office": a title before its possessive owns the
        // body the run ends in (ExtendRun joined the possessive for it).
        if (roleStart < 0 || (roleStart == start && roleEnd + 1 == end && IsHeadOrOrdinaryWord(view, end)) || OfficeOfTheTitle(view, start, roleStart, roleEnd, end)
            || (roleEnd + 2 <= end && IsPossessiveMark(view, roleEnd + 1) && view.In(WordLists.OrgSuffixes, roleEnd + 2))
            || (roleStart > start && view.IsLowerWord(roleStart - 1))
            || (roleStart == start && roleEnd < end - 1 && (view.In(WordLists.OrgSuffixes, end) || view.In(WordLists.PlaceSuffixes, end))
                && !view.In(WordLists.Honorifics, start)))
        {
            AddPiece(view, start, end, sentence, sentences, found);
            return;
        }

        // "Alibaba Chairman Joe Tsai": affiliation, title, person. "the Alibaba Chairman said": no person.
        var left = roleStart > start ? AddPiece(view, start, roleStart - 1, sentence, sentences, found) : null;
        if (roleEnd >= end)
        {
            return;
        }

        // A title right after a person's name in the same run ("Joe Tsai Chairman") is unusual; the title
        // before the name is the normal order, so the rest of the run is the person.
        var person = AddPiece(view, roleEnd + 1, end, sentence, sentences, found);
        if (person is null)
        {
            return;
        }

        var honorific = roleStart == roleEnd && view.In(WordLists.Honorifics, roleStart);
        person.Vote(EntityKind.Person, 4);
        if (!honorific)
        {
            person.Role = view.Text.Substring(view[roleStart].Start, view[roleEnd].End - view[roleStart].Start);
        }

        if (left is not null && !view.In(WordLists.Demonyms, left.FirstToken) || (left is not null && left.Words > 1))
        {
            person.Affiliation = left;
            if (view.In(PlaceTitles, roleEnd) && roleEnd + 1 < view.Count && view.SpacedFromPrevious(roleEnd + 1))
            {
                left.Vote(EntityKind.Place, 2); // "Guayas Gov. Roberto Icaza", "Ontario Premier Mike Harris": the office is a place's
            }
        }
    }

    // "Office of the Data Protection Commissioner", "Office of the High Commissioner for Human Rights": a title that ends the
    // run after a body's "of the" and English words names the office the body serves, not a person after it ("Bank of
    // England Governor" is a body and a title).
    private static bool OfficeOfTheTitle(TokenView view, int start, int roleStart, int roleEnd, int end)
    {
        if (roleStart - start < 3 || (roleEnd != end && !RemitAfterTitle(view, roleStart, end)))
        {
            return false;
        }

        for (var k = roleStart - 1; k > start; k--)
        {
            if (view.IsLowerWord(k))
            {
                return view.TextIs(k, "the") && view.IsLowerWord(k - 1) && (view.TextIs(k - 1, "of") || view.TextIs(k - 1, "for"));
            }

            if (!view[k].Has(TokenFlags.Capitalized) || view[k].Has(TokenFlags.AllCaps) || !view.In(WordLists.EnglishWords, k))
            {
                return false;
            }
        }

        return false;
    }

    // "High Commissioner for Human Rights": the title's own "for" or "of" and English words to the run's end.
    private static bool RemitAfterTitle(TokenView view, int roleStart, int end)
    {
        var connector = false;
        for (var k = roleStart + 1; k <= end; k++)
        {
            if (view.IsLowerWord(k))
            {
                if (!(view.TextIs(k, "for") || view.TextIs(k, "of") || view.TextIs(k, "and") || view.TextIs(k, "the")))
                {
                    return false;
                }

                connector = true;
            }
            else if (!view[k].Has(TokenFlags.Capitalized) || view[k].Has(TokenFlags.AllCaps) || !view.In(WordLists.EnglishWords, k))
            {
                return false;
            }
        }

        return connector;
    }

    // "Privacy Commissioner", "Competition Commissioner", "Housing Minister": an English word right before the title of
    // an office of state is the office's portfolio; a name a list knows as a place or a person's is not.
    private static bool IsPortfolio(TokenView view, int k, int title) =>
        view.In(OfficesOfState, title) && view.In(WordLists.EnglishWords, k)
        && !view.In(WordLists.Places, k) && !IsGivenName(view, k) && !view.In(WordLists.Surnames, k);

    private static readonly WordSet OfficesOfState = new(new[] { "Commissioner", "Minister", "Secretary", "Ombudsman" }, false);

    // "Mines", "Emergencies", "Lands": an English plural right before a minister's title is the ministry's portfolio;
    // a name a list knows as a place or a person's is not ("Philippines Minister").
    private static bool IsPluralPortfolio(TokenView view, int k) =>
        view[k].Length > 3 && view.Text[view[k].End - 1] == 's' && view.Text[view[k].End - 2] != 's'
        && view.In(WordLists.EnglishWords, k)
        && !view.In(WordLists.Places, k) && !view.In(WordLists.PlaceSuffixes, k) && !IsGivenName(view, k) && !view.In(WordLists.Surnames, k);

    // The word an office's "of" or "for" (and "the") leads to after a title ending at roleEnd, when a name still follows
    // it; else -1. After the first connector only an English word goes on ("of Ghana John Mahama" stops at Ghana).
    private static int OfficeAfter(TokenView view, int roleEnd, int end)
    {
        var k = roleEnd + 1;
        if (!view.IsLowerWord(k) || !(view.TextIs(k, "of") || view.TextIs(k, "for")))
        {
            return -1;
        }

        var word = k + 1;
        if (view.IsLowerWord(word) && view.TextIs(word, "the"))
        {
            word++;
        }

        if (word > end || view.IsLowerWord(word))
        {
            return -1;
        }

        if (word == end)
        {
            // "the Minister of State said": an office that ends the run names no one after it; a place stays a name
            // ("the President of Ghana said").
            return view.In(WordLists.EnglishWords, word) && !view.In(WordLists.Places, word) ? word : -1;
        }

        // "of Foreign Affairs Ana Silva": the office goes on through English words, up to a given name or the last word.
        while (word + 1 < end && view.SpacedFromPrevious(word + 1) && view[word + 1].TitleCased
            && view.In(WordLists.EnglishWords, word + 1) && !IsGivenName(view, word + 1))
        {
            word++;
        }

        return word;
    }

    private static bool IsHeadOrOrdinaryWord(TokenView view, int k) =>
        (view.In(WordLists.OrgSuffixes, k) || view.In(WordLists.EventWords, k) || view.In(WordLists.EnglishWords, k))
        && !IsGivenName(view, k) && !view.In(WordLists.Surnames, k) && !view.In(WordLists.SurnamesWorld, k);

    // Offices held for a place, not for a body: the name before them is the place.
    private static readonly WordSet PlaceTitles = new(new[]
    {
        "Gov.", "Governor", "Mayor", "Sen.", "Senator", "Rep.", "Representative", "Congressman", "Congresswoman", "Assemblyman",
        "Assemblywoman", "Premier", "Sheriff", "Councillor", "Councilman", "Councilwoman", "Alderman",
    }, false);

    // A title starts with an honorific, a title, a role noun or a role modifier: one bit test rules most words out.
    private static readonly uint TitleStarts = TokenView.Lists(WordLists.Honorifics, WordLists.Titles, WordLists.Roles, WordLists.RoleModifiers);

    private static bool IsTitleAt(TokenView view, int r)
    {
        if (!view.InAny(TitleStarts, r))
        {
            return false;
        }

        if (r + 2 < view.Count && view.Touches(r + 1) && view.IsPunct(r + 1, '-') && view.Touches(r + 2) && !view.InAny(TitleStarts, r + 2))
        {
            return false; // "Michel Mayor-Aubert", "Ana King-Lowe": the first part of a double surname ("Attorney-General" is a title)
        }

        if (r > 1 && view.Touches(r) && view.IsPunct(r - 1, '-') && view.Touches(r - 1) && view.IsNameWord(r - 2) && view[r - 2].Has(TokenFlags.Capitalized)
            && !view.InAny(TitleStarts, r - 2) && !view.In(WordLists.Honorifics, r))
        {
            return false; // "Israel-Premier Tech": the second part of a compound name ("Vice-President" is a title)
        }

        if (view.In(WordLists.Honorifics, r) || view.IsCapitalTitle(r))
        {
            return true;
        }

        // "Captain Alexandre Lacombe", "Majority Leader Chuck Schumer": a lower-case-only role noun is a title
        // when a given name follows it ("Captain Marvel" and "Leader Price" stay names).
        if (view[r].TitleCased && view.In(WordLists.Roles, r)
            && (view.In(WordLists.GivenNames, r + 1) || view.In(WordLists.GivenNamesWorld, r + 1) || IsForeignName(view, r + 1)))
        {
            return true;
        }

        // "Prime Minister", "Chief Executive", "Vice President": a modifier before a role noun.
        return view[r].Has(TokenFlags.Capitalized) && view.In(WordLists.RoleModifiers, r) && r + 1 < view.Count
            && view.IsWord(r + 1) && view.In(WordLists.Roles, r + 1) && view[r + 1].Has(TokenFlags.Capitalized);
    }

    /// <summary>
    /// "General Singgih", "General Feisal Tanjung": a capitalised word that is no English word and no organisation's
    /// or place's head, followed by no such head ("General Motors", "General Assembly", "Captain Marvel" are names).
    /// </summary>
    private static bool IsForeignName(TokenView view, int k)
    {
        if (k >= view.Count || !view.IsNameWord(k) || !view[k].Has(TokenFlags.Capitalized) || view[k].Has(TokenFlags.AllCaps)
            || view.In(WordLists.EnglishWords, k) || view.In(WordLists.OrgSuffixes, k)
            || view.In(WordLists.PlaceSuffixes, k) || view.In(WordLists.Places, k) || view.In(WordLists.CommonWords, k))
        {
            return false;
        }

        var last = k;
        while (last + 1 < view.Count && view.SpacedFromPrevious(last + 1) && view.IsNameWord(last + 1))
        {
            last++;
        }

        return !view.In(WordLists.OrgSuffixes, last) && !view.In(WordLists.PlaceSuffixes, last) && !view.In(WordLists.EventWords, last);
    }

    // A company's descriptor that opens the sentence before a name weighs as one in lower case before it does (RoleFinder).
    private const int DescribedWeight = 3;

    // A word before a model's or a statute's number outweighs the evidence a lone capitalised word gets from its shape.
    private const int ModelWeight = 4;

    /// <summary>
    /// Adds the piece [start..end] as a candidate, unless a rule drops or splits it; <paramref name="sentence"/> is
    /// the sentence of a token at or before <paramref name="start"/> (the run's), moved on here when the piece
    /// starts in a later one, so no piece looks its sentence up from scratch.
    /// </summary>
    private static NameCandidate? AddPiece(TokenView view, int start, int end, int sentence, TokenSentences sentences, List<NameCandidate> found)
    {
        // Whether the first word is a calendar word, kept for the paper's title below (most pieces keep their first word).
        bool calendar;
        while (true)
        {
            if (start > end)
            {
                return null;
            }

            calendar = view.In(WordLists.Calendar, start);
            if (!(((calendar && !IsCalendarWordOfName(view, start)) || !view.IsNameWord(start))
                && !(start < end && (OrdinalBefore(view, start + 1, end) || IsLeadingParticle(view, start, end) || OpensWorldPlace(view, start)))))
            {
                break;
            }

            start++;
        }

        // The two rules of an article before the piece are asked of the few pieces "The" precedes.
        if (start > 0 && view.TextIs(start - 1, "The") && view.SpacedFromPrevious(start))
        {
            if (IsNamed(WordLists.Places, view, start - 1, end))
            {
                start--; // "The Hague", "The Gambia": the article is part of the place's name
                calendar = view.In(WordLists.Calendar, start);
            }

            sentence = SentenceOf(sentences, start, sentence);
            if (start > 1 && view.TextIs(start - 1, "The") && view.SpacedFromPrevious(start) && !sentences.IsInitial(start - 1, sentence)
                && view.IsLowerWord(start - 2) && !(IsNamed(WordLists.Organisations, view, start, end) && !IsNamed(WordLists.Organisations, view, start - 1, end)))
            {
                start--; // "the medical journal The Lancet": "The" inside a sentence with its capital is a title's (not "told The Associated Press", known without it)
                calendar = view.In(WordLists.Calendar, start);
            }
        }
        else
        {
            sentence = SentenceOf(sentences, start, sentence);
        }

        // Whether the piece's first word stands where any word is capitalised: asked before the list probes of the
        // rules below, which only such a word needs (most names stand inside their sentence).
        var initial = sentences.IsInitial(start, sentence);
        var initialAt = start; // the token initial was asked of (the remit rule moves start past it without asking again)

        // The piece's tokens are read unchecked (Unchecked): start to end are tokens of the view, below its count.
        var tokens = new Unchecked<Token>(view.Tokens);
        var describedAsBody = (tokens[start].Length >= 6) & calendar; // a paper's title keeps its day (IsCalendarWordOfName)

        // Seven pieces in ten are one token, which none of the rules below but the tests of a piece that is no name
        // reads (each wants two words or more): one test passes them all.
        if (start == end)
        {
            return AddWord(view, start, sentence, initial, describedAsBody, found);
        }

        // "Only France backed it", "Hosts China stayed unbeaten": an ordinary word capitalised by its place before a
        // known place name ("(South Africa)" is one place, though "South" is an ordinary word too); "Substitute Claudio
        // Nunez scored": before a person's given name and more ("Bank Julius Baer", "Port Elizabeth" keep their heads). A
        // sport's name before a country names the body that runs the sport there ("Cricket Australia said").
        // (The opening word is asked first: its lists settle most such words, before the probes of the words after it.)
        if (start < end && initial && IsOrdinaryOpeningWord(view, start) && OpensBeforePlaceOrPerson(view, start, end)
            && !view.In(EntityClassifier.Sports, start))
        {
            start++;
            sentence = SentenceOf(sentences, start, sentence);
            initial = sentences.IsInitial(start, sentence);
            initialAt = start;
        }

        // "The U.S. State Department", "the U.K. Home Office": a dotted country abbreviation before an
        // institution's name is the country, not part of the name ("U.S. Steel" keeps it: one word follows).
        if (end - start >= 2 && view[start].Has(TokenFlags.Abbreviation) && view.In(WordLists.Places, start) && view.In(WordLists.OrgSuffixes, end)
            && view.IsNameWord(start + 1) && !view.In(WordLists.OrgSuffixes, start + 1))
        {
            AddPiece(view, start, start, sentence, sentences, found);
            return AddPiece(view, start + 1, end, sentence, sentences, found);
        }

        // "Minister of State for Culture Katrin Albers", "Commissioner for Trade Anna Quenby": an office's remit in one
        // ordinary word, after "for" or "of" and the office's capitalised word, is the title's, not the person's name.
        if (!initial && end - start >= 2 && start >= 2 && view.IsLowerWord(start - 1) && IsRemitBeforePerson(view, start, end))
        {
            start++;
            sentence = SentenceOf(sentences, start, sentence);
        }

        // "Vulcanologist Otoniel Matías said": a word for someone's field of work opening the sentence before a name of no
        // English words is the person's job, whatever the name's first word ("Economist Intelligence Unit" keeps its own).
        if (end - start >= 2 && initial && IsOccupationWord(view, start) && !view[start].Has(TokenFlags.AllCaps) && view.IsNameWord(start + 1)
            && !view.In(WordLists.EnglishWords, start + 1) && !view.In(WordLists.OrgSuffixes, end) && !view.In(WordLists.PlaceSuffixes, end))
        {
            start++;
            sentence = SentenceOf(sentences, start, sentence);
            initial = sentences.IsInitial(start, sentence);
            initialAt = start;
        }

        // "Leaders Jokerit extended their lead", "Holders Toulouse never looked in danger": a plural ordinary word opening
        // the sentence before one name word says what the name is; it is not part of it. So it does before a club's
        // first word and its town ("Leaders Club Brugge", "Holders Real Madrid").
        if (initial && (end == start + 1 || (end == start + 2 && view.In(ClubFirstWords, start + 1) && view.IsNameWord(end)))
            && !tokens[start].Has(TokenFlags.AllCaps) && IsPluralOpening(view, start)
            && IsOrdinaryOpeningWord(view, start) && view.IsNameWord(end) && !IsGivenName(view, end) && !view.In(WordLists.OrgSuffixes, end)
            && !view.In(WordLists.PlaceSuffixes, end) && !view.In(WordLists.Places, end) && !EntityClassifier.IsSectorWord(view, start))
        {
            start++;
            sentence = SentenceOf(sentences, start, sentence);
            initial = sentences.IsInitial(start, sentence);
            initialAt = start;
        }

        // "Ousted PDI leader ...", "Rival SSAB Svenskt Stal ...", "Champions Ajax kept pace": an ordinary word capitalised
        // by its place before an acronym or a known organisation describes the name, it is not part of it.
        if (start < end && initial && !tokens[start].Has(TokenFlags.AllCaps) && view.In(WordLists.EnglishWords, start)
            && (tokens[start + 1].Has(TokenFlags.AllCaps) && tokens[start + 1].Length > 1 || IsNamed(WordLists.Organisations, view, start + 1, end)))
        {
            start++;
            sentence = SentenceOf(sentences, start, sentence);
            initial = sentences.IsInitial(start, sentence);
            initialAt = start;
        }

        // "Conglomerate John Keells Holdings", "Insurer Harlow Mutual", "Brewer Browary Kaszubskie": a noun that describes
        // companies, capitalised by its place, says what the name after it is; it is not part of it (a body's own head,
        // "Bank", "Party", stays).
        // So does a company's relation to the story's, before a name in a company's form ("Rival Yaskawa Electric Corp"), and
        // a competitor's word before any name of two words or more ("Rival Jade Pacific Life"; a band, "Rival Sons", is one).
        // Whether the word opens its sentence is asked first, and answered by initial where it was asked of this word: most
        // names of two words stand inside their sentence, and the relations' list is no lexicon's (a slow probe).
        if (start < end && (initialAt == start ? initial : sentences.IsInitial(start, sentence)) && !tokens[start].Has(TokenFlags.AllCaps)
            && ((view.In(WordLists.OrgDescriptorsBefore, start) && !view.In(WordLists.OrgSuffixes, start) && !view.In(WordLists.EventWords, start)
                    && !view.In(WordLists.PlaceSuffixes, start))
                || (InSmallSet(WordLists.CompanyRelations, view, start) && (view.In(WordLists.OrgSuffixes, end) || (end - start >= 2 && view.In(WordLists.Competitors, start)))))
            && view.IsNameWord(start + 1) && view.SpacedFromPrevious(start + 1))
        {
            start++;
            sentence = SentenceOf(sentences, start, sentence);
            describedAsBody = true;
        }

        // "Anthony Greville QC", "Jane Roe MP": the letters after a person's name are not part of it.
        if (end - start >= 2 && InSmallSet(WordLists.PostNominals, view, end) && view.IsNameWord(end - 1) && !view.In(WordLists.PostNominals, end - 1))
        {
            end--;
        }

        // "Unseeded Czech Jiří Horák knocked out ...", "Veteran Chilean Marcela Ríos": a word opening the sentence before a
        // nationality and a given name describes the person, as the nationality does; neither is part of the name. A word
        // of a name's own (a given name, a place, a title the role rules read) is left alone.
        if (initial && end - start >= 3 && DescribesNationalBefore(view, start))
        {
            start++;
        }

        // "the pro-European Party of Action", "sub-Saharan Africa": a nationality, or an adjective of a place in -an, joined by
        // a hyphen to a prefix in lower case is part of that adjective, not of the name after it (a name known whole keeps
        // it; "ex-Manchester United" is a name, which no adjective opens). Whether the word touches the mark is asked first:
        // most names stand apart from what precedes them.
        if (start < end && !tokens[start].Has(TokenFlags.SpaceBefore) && start >= 2 && view.IsPunct(start - 1, '-') && IsPrefixedAdjective(view, start, end))
        {
            if (view.In(WordLists.Demonyms, start))
            {
                AddPiece(view, start, start, sentence, sentences, found);
            }

            return AddPiece(view, start + 1, end, sentence, sentences, found);
        }

        // "South African Chantal Boshoff", "Bosnian Serb Radovan ...": a two-word nationality, then the name.
        if (end - start >= 2 && view.IsNameWord(start + 1) && view.SpacedFromPrevious(start + 1)
            && (InSmallSet(DemonymFirstWords, view, start) || EndsInHyphen(view, start)) && IsNamed(WordLists.Demonyms, view, start, start + 1)
            && !KeepsLeadingDemonym(view, start, end))
        {
            AddPiece(view, start, start + 1, sentence, sentences, found);
            return AddPiece(view, start + 2, end, sentence, sentences, found);
        }

        // "Chinese Premier ..." is cut above; "Chinese Li" or "American Tim Cook" are a nationality and a name.
        if (start < end && view.In(WordLists.Demonyms, start) && !KeepsLeadingDemonym(view, start, end))
        {
            AddPiece(view, start, start, sentence, sentences, found);
            return AddPiece(view, start + 1, end, sentence, sentences, found);
        }

        if (MayBeNoName(view, start, end)
            && (IsPartyStateTag(view, start, end) || IsCreditWord(view, start, end) || IsCurrencyPrefix(view, start, end) || IsTickerPart(view, start, end)
                || IsWordPrefix(view, start, end) || (start == end && (IsLabel(view, start) || IsMarkupLine(view, start)))))
        {
            return null;
        }

        // "Badminton: Lee ends home drought", "four Super 1000 events": a word before a colon, a dash or a number (OneWordBefore).
        var beforeNumber = false;
        if (start == end && start + 1 < view.Count && IsMarkOrFigure(view.Text[view[start + 1].Start]))
        {
            var verdict = OneWordBefore(view, start, initial);
            if (verdict < 0)
            {
                return null;
            }

            beforeNumber = verdict > 0;
        }

        var first = tokens[start];
        var last = tokens[end];
        var name = SpanText(view, start, end, out var words);
        var candidate = end > start && new UncheckedText(view.Text)[last.End - 1] == '.' && IsLegalFormWithStop(view, end) && LegalFormStopEndsSentence(view, end)
            ? view.NewCandidate(start, end, first.Start, last.End - 1, name, sentence) // named as the mid-sentence mentions are
            : view.NewCandidate(start, end, first.Start, last.End, name, sentence);
        candidate.Initial = initial;
        candidate.Words = start == end ? 1 : words; // (a piece of one token is one word, whatever its kind)
        candidate.Possessive = IsPossessive(view, end);
        if (describedAsBody)
        {
            candidate.Vote(EntityKind.Organization, DescribedWeight);
        }
        else if (beforeNumber)
        {
            // The word is capitalised by the name it opens, as a sentence's first word is by its place: dropped as one
            // where the text writes it in lower case ("Theorem 3" beside "the theorem"), else a name of no kind the
            // shape of a lone capitalised word gives (a body's).
            candidate.Initial = true;
            candidate.Vote(EntityKind.Other, ModelWeight, contextual: false);
        }

        found.Add(candidate);
        NameJoiner.Note(view, start, candidate);
        return candidate;
    }

    /// <summary>
    /// <see cref="AddPiece"/> of a run of one word, <paramref name="k"/>, as Find has it: a name word that the calendar
    /// rule keeps, in <paramref name="sentence"/> (Find asked all three), so AddPiece's walk past leading words that are
    /// none, and its search for the piece's sentence, would find nothing to do. Six runs in ten are such a word.
    /// Find knows too whether the word opens its sentence (<paramref name="first"/>), where a word is initial, and whether
    /// it is a calendar word (<paramref name="calendar"/>).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static NameCandidate? AddRunWord(TokenView view, int k, int sentence, bool first, bool calendar, TokenSentences sentences, List<NameCandidate> found)
    {
        if (k > 0 && view.TextIs(k - 1, "The") && view.SpacedFromPrevious(k))
        {
            return AddPiece(view, k, k, sentence, sentences, found); // the article's rules, as AddPiece has them
        }

        // (Both tests are made, without a branch: a run's word is six letters or more about one time in two, in no pattern.)
        var describedAsBody = (view[k].Length >= 6) & calendar; // as AddPiece has it
        return AddWord(view, k, sentence, first || sentences.IsInitialInside(k, sentence), describedAsBody, found);
    }

    /// <summary>
    /// <see cref="AddPiece"/> of a piece of one token, <paramref name="k"/>, once its start is settled: the rules of a
    /// piece that is no name and the candidate, as AddPiece has them for one word.
    /// </summary>
    private static NameCandidate? AddWord(TokenView view, int k, int sentence, bool initial, bool describedAsBody, List<NameCandidate> found)
    {
        // The word and its neighbours are read once, here, for the pre-filter, the mark or figure after it and the
        // possessive: read again past the calls below, each was the view's fields and the token once more. Unchecked: k is
        // a token of the view, k - 1 and k + 1 are read in it (a default token stands for one outside: its start is 0, a
        // character of any text with a token).
        var text = new UncheckedText(view.Text);
        var tokens = new Unchecked<Token>(view.Tokens);
        var t = tokens[k];
        var hasAfter = k + 1 < view.Count;
        var after = hasAfter ? tokens[k + 1] : default;
        var next = text[after.Start];

        // (The party tag is three tokens: no word alone is one.)
        if (MayBeNoWord(text, t, k > 0 ? tokens[k - 1] : default, after, next)
            && (IsCreditWord(view, k, k) || IsCurrencyPrefix(view, k, k) || IsTickerPart(view, k, k) || IsWordPrefix(view, k, k) || IsLabel(view, k)
                || IsMarkupLine(view, k)))
        {
            return null;
        }

        var beforeNumber = false;
        if (hasAfter && IsMarkOrFigure(next))
        {
            var verdict = OneWordBefore(view, k, initial);
            if (verdict < 0)
            {
                return null;
            }

            beforeNumber = verdict > 0;
        }

        // A token holds no white space: its text is the name's as written. (A new candidate is one word, as this one is.)
        var candidate = view.NewCandidate(k, k, t.Start, t.End, view.Text.Substring(t.Start, t.Length), sentence);
        candidate.Initial = initial;
        candidate.Possessive = hasAfter && IsPossessiveToken(view, k, after, next);
        if (describedAsBody)
        {
            candidate.Vote(EntityKind.Organization, DescribedWeight);
        }
        else if (beforeNumber)
        {
            candidate.Initial = true; // as AddPiece has it
            candidate.Vote(EntityKind.Other, ModelWeight, contextual: false);
        }

        found.Add(candidate);
        NameJoiner.Note(view, k, candidate);
        return candidate;
    }

    /// <summary>
    /// <c>view.In(set, k)</c> of a set outside the lexicon and a token of the text, with the set's cheap test inline: most
    /// words fail it, and the call cost more than the test.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool InSmallSet(WordSet set, TokenView view, int k)
    {
        var t = view[k];
        return set.MayMatch(view.Text, t.Start, t.Length) && view.In(set, k);
    }

    // The first words of the nationalities of two words or more ("South" of "South African", "Bosnian" of "Bosnian Serb"):
    // the two-word rule of AddPiece asks the first word of a run of three or more, most of which open none, before it
    // hashes both words.
    private static readonly WordSet DemonymFirstWords = FirstWordsOf(WordLists.Demonyms);

    // The first words of a list's entries of two words or more, as the list keeps them.
    private static WordSet FirstWordsOf(WordSet set) => new(FirstWords(set), set.IgnoreCase);

    private static IEnumerable<string> FirstWords(WordSet set)
    {
        foreach (var entry in set.Entries())
        {
            var space = entry.IndexOf(' ');
            if (space > 0)
            {
                yield return entry.Substring(0, space); // (the set keeps each word once)
            }
        }
    }

    // Token k ends in a hyphen ("Guinea-" of a wrapped "Guinea-Bissau"): NameText joins it to the next line's word with
    // no space, so no list's first word need match it.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool EndsInHyphen(TokenView view, int k)
    {
        var t = view[k];
        return t.Length > 1 && view.Text[t.End - 1] is '-' or '\u2010';
    }

    // The token tests of the opening-word rule, cheapest first: the words after the first are a known place (and the first
    // a common or plural word), or a given name (or, after a common word, a surname's particle) and more that end in no
    // head noun.
    private static bool OpensBeforePlaceOrPerson(TokenView view, int start, int end) =>
        (end - start >= 2 && (IsGivenName(view, start + 1) || (view.IsLowerWord(start + 1) && view.In(SurnameParticles, start + 1) && view.In(WordLists.CommonWords, start)))
            && !view.In(WordLists.OrgSuffixes, end) && !view.In(WordLists.PlaceSuffixes, end))
        // "Substitute Sho Takaoka scored", "Resident Sayed Fathi, 45,": two words of no English and no list's head, with
        // the sentence going on after them, are a name of its own whose given name the lists lack (a result line's
        // "Purity Jepkosgei Rotich (Kenya)" keeps its given name).
        || (end - start == 2 && end + 1 < view.Count && (view.IsLowerWord(end + 1) || view.IsPunct(end + 1, ','))
            && IsForeignName(view, start + 1) && !view.In(WordLists.EnglishWords, end) && !view.In(WordLists.Places, end))
        // "Hosts", "Visitors", "Holders": a plural ordinary word describes the side or country after it, where a
        // singular one may be a club's name ("Inter Milan", "Real Madrid").
        || ((view.In(WordLists.CommonWords, start) || IsPluralOpening(view, start) || IsParticipleWord(view, start))
            && (IsNamed(WordLists.Places, view, start + 1, end) || (IsParticipleWord(view, start) && IsNamed(WordLists.PlacesWorld, view, start + 1, end)))
            && !IsNamed(WordLists.Places, view, start, end) && !view.In(ClubFirstWords, start) && !EntityClassifier.IsSectorWord(view, start))
        // "Forgotten Polish modernist gets ...": a headline's opening word before a nationality.
        || (end == start + 1 && view.In(WordLists.Demonyms, end) && !view.In(WordLists.Places, start));

    // ':', '-' or a figure: one range test and one bit, both made (a shift wraps at 32), so that one branch settles it: a
    // stop after a name passes the range test and fails the bit, in no pattern with the commas and letters that fail the first.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsMarkOrFigure(char c) => ((uint)(c - '-') <= ':' - '-') & ((MarksAndFigures >> (c - '-')) & 1) != 0;

    // The bits of IsMarkOrFigure from '-': '-' itself, '0' to '9' and ':' (not '.' or '/').
    private const int MarksAndFigures = 1 | (0x3FF << ('0' - '-')) | (1 << (':' - '-'));

    // A word alone before a mark or a number: -1 for the sport a line is filed under, before a colon or a spaced dash
    // ("Badminton: Lee ends home drought", "Hockey - India stun ..."), which labels what follows; 1 for a word before a
    // model's number (BeforeModelNumber); else 0.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int OneWordBefore(TokenView view, int k, bool initial)
    {
        if (view.IsPunct(k + 1, ':') || (view.IsPunct(k + 1, '-') && !view.Touches(k + 1)))
        {
            return (k == 0 || view[k].Has(TokenFlags.LineBreakBefore)) && view.In(EntityClassifier.Sports, k) ? -1 : 0;
        }

        return !initial && view.IsNumber(k + 1) && BeforeModelNumber(view, k) ? 1 : 0;
    }

    // The tests of the remit rule past its token shapes: "for" or "of" after a name's word, an ordinary word, a given name.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static bool IsRemitBeforePerson(TokenView view, int start, int end) =>
        view[start - 1].Length <= 3 && (view.TextIs(start - 1, "for") || view.TextIs(start - 1, "of")) && view.IsNameWord(start - 2)
        && IsGivenName(view, start + 1) && IsOrdinaryOpeningWord(view, start) && !view.In(WordLists.Calendar, start)
        && !view.In(WordLists.OrgSuffixes, end) && !view.In(WordLists.PlaceSuffixes, end);

    // "on Falcon 9 rockets", "Meta's Llama 3.1 and", "four Super 1000 events", "passed Law 146": an English word inside prose
    // before a plain number is the first word of a product's, a series' or a statute's name, which news writes with the
    // number; alone it is no body, person or place. A line of results ("Bath 41 Wasps 20") opens with the side; a score
    // ("beat Bath 2-1") or a table's figures follow the number; a club's first word ("a goal for Rapid 12 minutes from
    // time"), a month and a place's or a body's head are left alone.
    private static bool BeforeModelNumber(TokenView view, int k)
    {
        if (k + 1 >= view.Count || k == 0 || !view.IsNumber(k + 1) || !view.SpacedFromPrevious(k + 1) || !view.IsLowerWord(k - 1)
            || view[k].Has(TokenFlags.AllCaps) || !view.In(WordLists.EnglishWords, k))
        {
            return false;
        }

        var number = view[k + 1];
        for (var i = number.Start; i < number.End; i++)
        {
            if (view.Text[i] is not ((>= '0' and <= '9') or '.'))
            {
                return false;
            }
        }

        return !(k + 2 < view.Count && (view.IsNumber(k + 2) || (view.Touches(k + 2) && view[k + 2].Kind == TokenKind.Punct && view.Text[view[k + 2].Start] is '-' or ':')))
            && !view.In(ClubFirstWords, k) && !view.In(WordLists.Calendar, k) && !view.In(WordLists.OrgSuffixes, k) && !view.In(WordLists.PlaceSuffixes, k);
    }

    // The tests of the nationality rule past its shapes: a describing word, a nationality, a given name.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static bool DescribesNationalBefore(TokenView view, int start) =>
        view.In(WordLists.Demonyms, start + 1) && IsDescribingOpening(view, start) && view.SpacedFromPrevious(start + 2) && IsGivenName(view, start + 2)
        && !view.In(WordLists.Demonyms, start + 2);

    // The tests of the hyphened-adjective rule past the hyphen before token start.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static bool IsPrefixedAdjective(TokenView view, int start, int end) =>
        view.Touches(start) && view.Touches(start - 1) && view.IsLowerWord(start - 2)
        && (view.In(WordLists.Demonyms, start) || (view[start].Length > 4 && view.Text[view[start].End - 2] == 'a' && view.Text[view[start].End - 1] == 'n'
            && !view.In(WordLists.Places, start) && !IsGivenName(view, start)))
        && view.SpacedFromPrevious(start + 1)
        && !IsNamed(WordLists.Organisations, view, start, end) && !IsNamed(WordLists.Places, view, start, end);

    // A capitalised word at a sentence's start that no list gives to a name or a title: "Unseeded", "Veteran", "Top".
    private static bool IsDescribingOpening(TokenView view, int k) =>
        view[k].TitleCased && view.SpacedFromPrevious(k + 1)
        && !IsGivenName(view, k) && !view.In(WordLists.Surnames, k) && !view.In(WordLists.Demonyms, k) && !view.In(WordLists.Places, k)
        && !view.In(WordLists.OrgSuffixes, k) && !view.In(WordLists.Titles, k) && !view.In(WordLists.Roles, k) && !view.In(WordLists.Honorifics, k)
        && !EntityClassifier.IsCompassWord(view, k) && !EntityClassifier.IsPlacePrefix(view, k);

    // "Holders", "Leaders": a plural whose singular the English words hold, or an agent noun's plural they hold. The
    // dictionary leaves out the words it also gives capitalised, so "holder" (a surname) is not there, though "holders"
    // is; other plurals stay asked by their singular, as clubs are named by a beast's ("Grizzlies Augsburg"). Inlined: its
    // two callers ask it of most opening words before a name, and the call cost as much as its own tests.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsPluralOpening(TokenView view, int k)
    {
        if (EntityClassifier.IsPluralWord(view, k))
        {
            return true;
        }

        var t = view[k];
        var text = view.Text;
        return t.Length > 5 && text[t.End - 1] == 's' && text[t.End - 2] == 'r' && text[t.End - 3] is 'e' or 'o' && view.In(WordLists.EnglishWords, k);
    }

    // "Neighbouring", "Bordering": an English participle describes the place after it. Other English words do not all
    // ("Standard Liege", "Grasshopper Zurich" are clubs), so only the common ones and these stand apart.
    private static bool IsParticipleWord(TokenView view, int k)
    {
        var t = view[k];
        var end = t.End;
        return t.Length > 4 && ((view.Text[end - 3] == 'i' && view.Text[end - 2] == 'n' && view.Text[end - 1] == 'g')
            || (view.Text[end - 2] == 'e' && view.Text[end - 1] == 'd')) && view.In(WordLists.EnglishWords, k);
    }

    // A word written with a capital only because it opens the sentence: an ordinary word, no name's part or head.
    // The lexicon's lists are told from the word's looked-up facts, by their constant bits (WordLexicon checks each
    // against its list's): the five it must be in none of by one test, where each was a read of its list, of the
    // count and of the facts.
    internal static bool IsOrdinaryOpeningWord(TokenView view, int k)
    {
        if (view[k].Has(TokenFlags.AllCaps))
        {
            return false;
        }

        var facts = view.FactsOf(k);
        return ((facts & WordLexicon.CommonWordsBit) != 0 || view.In(WordLists.EnglishWords, k) || IsOccupationWord(view, k))
            && (facts & NameListBits) == 0 && !view.In(WordLists.GivenNamesWorld, k)
            && !EntityClassifier.IsPlacePrefix(view, k) && !EntityClassifier.IsCompassWord(view, k);
    }

    // The lexicon's lists of names and their parts that an ordinary opening word is in none of.
    private const ulong NameListBits = WordLexicon.GivenNamesBit | WordLexicon.SurnamesBit | WordLexicon.OrgSuffixesBit
        | WordLexicon.PlaceSuffixesBit | WordLexicon.PlacesBit;

    // "Epidemiologist", "Volcanologist": a word for one's field of work, by its ending, which no list holds them all by
    // ("-qvist" and "-vist" end Nordic surnames).
    private static bool IsOccupationWord(TokenView view, int k)
    {
        var t = view[k];
        var text = view.Text;
        return t.Length >= 7 && text[t.End - 1] == 't' && text[t.End - 2] == 's' && text[t.End - 3] == 'i'
            && text[t.End - 4] is not ('v' or 'q' or 'w');
    }

    // The sentence of token k, from the sentence of a token at or before it: a piece mostly starts in its run's.
    private static int SentenceOf(TokenSentences sentences, int k, int sentence)
    {
        while (k >= sentences.First(sentence + 1))
        {
            sentence++;
        }

        return sentence;
    }

    /// <summary>
    /// Whether the tokens around the piece have a shape one of the seven tests of a piece that is no name needs (the
    /// party tag, the credit, the currency, the ticker, the word prefix, the label and the markup line): false settles
    /// that none of them holds. The shapes are put together without a branch: each test's first questions (a word's
    /// length, the mark after it) fall at random from piece to piece, and their mispredicted branches cost more than
    /// all the tests' work.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool MayBeNoName(TokenView view, int start, int end) => start == end ? MayBeNoWord(view, start) : MayBeNoRun(view, start, end);

    // MayBeNoName of a piece of one token, where the party tag (three tokens) is none. Each shape is let through by a
    // test of a few operations on the tokens' bits and letters, which a few words no test holds also pass (a lower-case
    // word of the credits' lengths and first letters, "$" after any word, a word joined to any token that starts with a
    // hyphen): those cost only the tests' calls, where the exact shapes cost every piece many comparisons.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool MayBeNoWord(TokenView view, int k)
    {
        // Unchecked: k and its neighbours read are below the view's count, and every token's start is a character of the
        // text (a default token's is 0, and a text with a token has one), as are the two before a start that is past them.
        var text = new UncheckedText(view.Text);
        var tokens = new Unchecked<Token>(view.Tokens);
        var after = k + 1 < view.Count ? tokens[k + 1] : default;
        return MayBeNoWord(text, tokens[k], k > 0 ? tokens[k - 1] : default, after, text[after.Start]);
    }

    // MayBeNoWord of word t, from the tokens before and after it (a default token, a word of no length with no flags,
    // where there is none) and the first character of the one after (next).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool MayBeNoWord(UncheckedText text, Token t, Token before, Token after, char next)
    {
        var length = t.Length;

        // The characters right before the piece, which the ticker test reads first.
        var c1 = t.Start > 0 ? text[t.Start - 1] : ' ';
        var c2 = t.Start > 1 ? text[t.Start - 2] : ' ';

        // "Written by", "Editing by", "Additional reporting by": a long word, then "by" or the credit's own word (their
        // lengths and first letters, each as a bit: a shift of 32 or more wraps, and lets a word through); "C$", "Pre-": a
        // word before a mark that touches it; "(CLWY.O)", "(NASDAQ: AMD)": a bracket or a colon before it, or a ticker's
        // letters; the "G" of "super-G", "Group A", "Pool B", "No. 3", "degrees Celsius", "-DOCSTART-".
        var credit = after.IsLowerWord & (length > 4) & ((CreditLengths >> after.Length) & (CreditFirsts >> (next & 31)) & 1) != 0;
        var currencyOrPrefix = ((after.Bits & KindAndSpace) == Mark) & ((next == '-') | (next == '$'));
        var ticker = TickerBefore(c1, c2);
        var afterDash = !t.Has(TokenFlags.SpaceBefore) & (text[before.Start] == '-');
        var labelShape = ((length - 3) * LabelLetters) + (text[t.Start] - 'G');
        var label = ((uint)labelShape < 3 * LabelLetters) & ((LabelShapes >> (labelShape & 31)) & 1) != 0;
        var afterDegrees = (before.Bits & (LowerWordMask | LengthField)) == (LowerWordBits | (7UL << Token.StartBits));
        return credit | currencyOrPrefix | ticker | afterDash | label | afterDegrees;
    }

    // The lengths and first letters (as the low five bits of their code) of the credits' words: "by", "reporting",
    // "editing", "writing".
    private const int CreditLengths = (1 << 2) | (1 << 9) | (1 << 7);
    private const int CreditFirsts = (1 << ('b' & 31)) | (1 << ('r' & 31)) | (1 << ('e' & 31)) | (1 << ('w' & 31));

    // The shapes of the label words "Group", "Pool" and "No." as bits: a bit for each length from three letters to five
    // and first letter from 'G' to 'P'.
    private const int LabelLetters = 'P' - 'G' + 1;
    private const int LabelShapes = (1 << ((2 * LabelLetters) + 'G' - 'G')) | (1 << ((1 * LabelLetters) + 'P' - 'G')) | (1 << ((0 * LabelLetters) + 'N' - 'G'));

    // The characters right before a piece that the ticker test wants: a bracket, a colon, or a ticker's letters, digits
    // and dots (c1, the last); or a space after a bracket or a colon.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool TickerBefore(char c1, char c2) =>
        (((uint)(c1 - '(') <= 'Z' - '(') & ((TickerOrOpeningFrom >> ((c1 - '(') & 63)) & 1) != 0)
        | ((c1 == ' ') & ((uint)(c2 - '(') <= '<' - '(') & ((OpeningFrom >> ((c2 - '(') & 63)) & 1) != 0);

    // TickerOrOpening and TickerLetters, and Opening, as bits from '(' (every one of them is from '(' to 'Z'): one range
    // test and one bit each, where InMarks takes two and a choice of mask.
    private const ulong TickerOrOpeningFrom = ((TickerOrOpening >> '(') | (TickerLetters << (64 - '('))) & ((1UL << ('Z' - '(' + 1)) - 1);
    private const ulong OpeningFrom = Opening >> '(';

    // A word in lower case, and a token's length, as Token.Bits holds them.
    private const ulong LowerWordMask = KindBits | ((ulong)(TokenFlags.LowerInitial | TokenFlags.MixedCase) << Token.FlagsShift);
    private const ulong LowerWordBits = ((ulong)TokenKind.Word << Token.KindShift) | ((ulong)TokenFlags.LowerInitial << Token.FlagsShift);
    private const ulong LengthField = ((1UL << (Token.KindShift - Token.StartBits)) - 1) << Token.StartBits;

    // MayBeNoName of a piece of two tokens or more, which only the party tag and the ticker can be (the other tests are
    // of one word). Inlined: AddPiece asks it of every such piece.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool MayBeNoRun(TokenView view, int start, int end)
    {
        // Unchecked: start is a token of the view, and the two characters before a start past them are the text's.
        var text = new UncheckedText(view.Text);
        var t = new Unchecked<Token>(view.Tokens)[start];
        var c1 = t.Start > 0 ? text[t.Start - 1] : ' ';
        var c2 = t.Start > 1 ? text[t.Start - 2] : ' ';
        var partyTag = ((end - start - 2) | (t.Length - 1)) == 0;
        return partyTag | TickerBefore(c1, c2);
    }

    // A token's kind and the flag of a space before it, as Token.Bits holds them; a mark that touches the token before
    // has these values.
    private const ulong KindAndSpace = KindBits | ((ulong)TokenFlags.SpaceBefore << Token.FlagsShift);
    private const ulong Mark = (ulong)TokenKind.Punct << Token.KindShift;
    private const ulong KindBits = 3UL << Token.KindShift;

    // The characters IsTickerPart reads before a ticker, as bits of the first 64 code points and the next 64: a
    // bracket or the colon after an exchange, and (right before the token) the letters, digits and dots of a ticker.
    private const ulong Opening = (1UL << '(') | (1UL << '<') | (1UL << ':');
    private const ulong TickerOrOpening = Opening | (1UL << '.') | (0x3FFUL << '0');
    private const ulong TickerLetters = 0x3FFFFFFUL << ('A' - 64);

    // "C$1.2 billion", "HK$", "A$": the letters before a dollar sign name a currency.
    // "Pre-race favourite", "X-ray systems", "Anti-government protests": a prefix or a letter capitalised before a hyphen
    // and a lower-case word is part of a common word.
    private static bool IsWordPrefix(TokenView view, int start, int end)
    {
        if (start != end || start + 2 >= view.Count || !view.IsPunct(start + 1, '-') || !view.Touches(start + 1) || !view.Touches(start + 2)
            || !view.IsLowerWord(start + 2))
        {
            return false;
        }

        var t = view[start];
        return (t.Length == 1 && view.Text[t.Start] is >= 'A' and <= 'Z') || view.In(WordPrefixes, start);
    }

    private static readonly WordSet WordPrefixes = new(new[]
    {
        "Pre", "Post", "Anti", "Ex", "Non", "Pro", "Mid", "Semi", "Co", "Re", "Sub", "Neo", "Multi", "Inter", "Trans", "Counter",
        "Self", "Half", "Vice", "Cross", "Over", "Under", "Well", "Long", "Short", "Full", "Part", "High", "Low", "Far",
    }, false);

    // "the Sunday Courier", "the Sunday Times": a day's name after "the" that opens a name is a paper's title; a calendar
    // word that is also a given name, before a name that is no English word, is the given name, where the month comes
    // before a number ("Editing by Jan Harvey", "August Strindberg"; not "April Fools"), and before a surname's particle.
    private static bool IsCalendarWordOfName(TokenView view, int k)
    {
        var t = view[k];
        if (IsGivenName(view, k) && k + 1 < view.Count && view.SpacedFromPrevious(k + 1) && view.IsNameWord(k + 1)
            && !view.In(WordLists.Calendar, k + 1) && !view.In(WordLists.EnglishWords, k + 1))
        {
            return true;
        }

        // "Pieter Jan de Groot", "Jan van Dijk": before a surname's particle and a capital, the given name too.
        if (IsGivenName(view, k) && k + 2 < view.Count && view.IsLowerWord(k + 1) && view.In(SurnameParticles, k + 1)
            && view.SpacedFromPrevious(k + 2) && view.IsNameWord(k + 2) && view[k + 2].Has(TokenFlags.Capitalized))
        {
            return true;
        }

        return t.Length >= 6 && view.Text[t.End - 1] == 'y' && view.Text[t.End - 2] == 'a' && k > 0 && (view.TextIs(k - 1, "the") || view.TextIs(k - 1, "The"))
            && k + 1 < view.Count && view.SpacedFromPrevious(k + 1) && view.IsNameWord(k + 1) && !view.In(WordLists.Calendar, k + 1);
    }

    private static bool IsCurrencyPrefix(TokenView view, int start, int end) =>
        start == end && view[start].Length <= 2 && view.IsPunct(end + 1, '$') && view.Touches(end + 1);

    // "(CLWY.O)", "<KSR.AX>", "<7203.T>": a ticker and its exchange code in brackets, no name.
    private static bool IsTickerPart(TokenView view, int start, int end)
    {
        var text = view.Text;
        var left = view[start].Start;
        while (left > 0 && IsTickerChar(text[left - 1]))
        {
            left--;
        }

        // Most names have a space before them: the bracket is looked for before the rest is read. Text tokenised
        // word by word sets the brackets apart ("( CLWY.O )").
        var open = left > 1 && text[left - 1] == ' ' ? left - 2 : left - 1;
        if (open >= 0 && text[open] == ':')
        {
            return IsTickerAfterExchange(view, start, end);
        }

        if (open < 0 || (text[open] != '(' && text[open] != '<'))
        {
            return false;
        }

        var right = view[end].End;
        while (right < text.Length && IsTickerChar(text[right]))
        {
            right++;
        }

        var close = right + 1 < text.Length && text[right] == ' ' ? right + 1 : right;
        return right < text.Length && right - left <= 12 && close < text.Length
            && (text[close] == ')' || text[close] == '>') && text.IndexOf('.', left, right - left) > left
            && text[right - 1] != '.'; // "(U.S.)", "(U.K.)": a country's initials, where a ticker ends in its exchange's code
    }

    // Capitals that label rather than name: "No. 3", "Group A" of a tournament, the "G" of "super-G", "degrees Celsius".
    private static bool IsLabel(TokenView view, int start)
    {
        // Most one-word names are longer than any label's word and follow no "degrees": two lengths settle them.
        var t = view[start];
        if (start == 0 || (t.Length > 5 && view[start - 1].Length != 7))
        {
            return false;
        }

        return (t.Length is 4 or 5 && (view.TextIs(start, "Group") || view.TextIs(start, "Pool")) && view.IsWord(start + 1) && view[start + 1].Length == 1
                && char.IsUpper(view.Text[view[start + 1].Start]))
            || (t.Length == 3 && view.TextIs(start, "No.") && view.IsNumber(start + 1))
            || (t.Length == 1 && start >= 2 && view.IsPunct(start - 1, '-') && view.Touches(start) && view.IsLowerWord(start - 2))
            || (view.IsLowerWord(start - 1) && view.TextIs(start - 1, "degrees"));
    }

    // "(NASDAQ: AMD)", "(LuSE: KAFM)": a ticker after its exchange and a colon, no name (the exchange itself is a body).
    private static bool IsTickerAfterExchange(TokenView view, int start, int end) =>
        start == end && start >= 3 && view[start].Has(TokenFlags.AllCaps) && view.IsPunct(start - 1, ':') && view.IsPunct(start - 3, '(')
        && (view.In(Exchanges, start - 2) || (view.IsPunct(start + 1, ')') && IsExchangeCode(view, start - 2)));

    // "-DOCSTART-" alone on its line: a word in capitals wrapped in hyphens is a file's markup, as corpora split their
    // documents with it, not a name.
    private static bool IsMarkupLine(TokenView view, int k) =>
        k > 0 && view.IsPunct(k - 1, '-') && view.Touches(k) && view.IsPunct(k + 1, '-') && view.Touches(k + 1) && view[k].Has(TokenFlags.AllCaps)
        && (k == 1 || view[k - 1].Has(TokenFlags.LineBreakBefore)) && (k + 2 >= view.Count || view[k + 2].Has(TokenFlags.LineBreakBefore));

    // "(LuSE: KAFM)": a short word of two capitals or more before the colon is an exchange's code, whatever the list holds.
    private static bool IsExchangeCode(TokenView view, int k)
    {
        var t = view[k];
        if (!view.IsWord(k) || t.Length > 6 || !char.IsUpper(view.Text[t.Start]))
        {
            return false;
        }

        var capitals = 0;
        for (var i = t.Start; i < t.End; i++)
        {
            capitals += char.IsUpper(view.Text[i]) ? 1 : 0;
        }

        return capitals >= 2;
    }

    // Stock exchanges whose letters come before a ticker and a colon (public facts).
    private static readonly WordSet Exchanges = new(new[]
    {
        "NYSE", "NASDAQ", "Nasdaq", "AMEX", "LSE", "TSX", "TSXV", "ASX", "HKEX", "SGX", "NSE", "BSE", "TSE", "JSE", "OTC", "OTCQX", "Euronext", "SIX", "KRX", "B3",
        "PSE", "IDX", "KLSE", "BMV", "BVL", "EGX", "NZX", "TASE", "WSE", "BIST",
    }, false);

    private static bool IsTickerChar(char c) => (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.';

    // "Sen. Margaret Hollis (D-Mass.)", "(R-Okla.)": a party initial and a state abbreviation, no name.
    private static bool IsPartyStateTag(TokenView view, int start, int end)
    {
        var t = view[start];
        return t.Length == 1 && view.IsPunct(start - 1, '(') && end == start + 2 && view.IsPunct(start + 1, '-')
            && (view.Text[t.Start] == 'D' || view.Text[t.Start] == 'R' || view.Text[t.Start] == 'I');
    }

    // "(Reporting by Jane Roe; Editing by John Doe)", "Written by ...": a verb form, then "by" and the person;
    // "Additional reporting by ...": a word before the credit's own.
    private static bool IsCreditWord(TokenView view, int start, int end)
    {
        var t = view[start];
        if (start != end || t.Length <= 4 || !view.IsLowerWord(end + 1))
        {
            return false;
        }

        if (view.TextIs(end + 1, "by"))
        {
            return view.Text[t.End - 1] is 'g' or 'd' or 'n' && WordForms.IsOrdinary(view.TextOf(start));
        }

        return (view.TextIs(end + 1, "reporting") || view.TextIs(end + 1, "editing") || view.TextIs(end + 1, "writing"))
            && view.IsLowerWord(end + 2) && view.TextIs(end + 2, "by");
    }

    private static bool KeepsLeadingDemonym(TokenView view, int start, int end)
    {
        // "Russian Foreign Ministry", "French Defence Ministry": a nationality before a government department
        // says whose it is; the department's name is the rest.
        if (end - start >= 2 && (view.TextIs(end, "Ministry") || view.TextIs(end, "Department"))
            && view.In(WordLists.EnglishWords, start + 1))
        {
            return false;
        }

        // "the governing Georgian Unity party": a party's name, told by the noun after it (ContextKinds.PartyNouns), keeps
        // its nationality.
        if (end + 1 < view.Count && view.IsLowerWord(end + 1) && view.In(ContextKinds.PartyNouns, end + 1) && !view.In(WordLists.Demonyms, end))
        {
            return true;
        }

        // "Northern Transvaal", "Western Province", "Eastern Cape": a compass adjective before a name is part of it (not
        // "South" of "South African Chantal Boshoff", which is a nationality's word, not one of its own).
        // "Saudi Aramco" is known whole; "Kyrgyz Red Crescent", "Chinese Communist Party": a nation's own branch or body
        // of a name the organisation list knows in more than one word.
        return (EntityClassifier.IsCompassWord(view, start) && view.In(WordLists.Demonyms, start)) || IsNamed(WordLists.Places, view, start, end)
            || IsNamed(WordLists.PlacesWorld, view, start, end) // "French Guiana", "Thai Nguyen"
            || IsNamed(WordLists.Organisations, view, start, end) || (end > start + 1 && IsNamed(WordLists.Organisations, view, start + 1, end))
            || view.In(WordLists.GivenNames, start) || view.In(WordLists.OrgSuffixes, end) || (end > start + 1 && view.In(WordLists.OfHeads, end))
            || view.In(WordLists.EventWords, end)
            || view.In(WordLists.PlaceSuffixes, end) || HeadsARemit(view, start, end)
            || (end == start + 1 && view.In(WordLists.SurnamesFirst, start) && !view.In(WordLists.Demonyms, end)) // "Han Meiling", not "Han Chinese"
            || (view.In(WordLists.SurnamesFirst, start) && IsHyphenatedWord(view, start + 1, end)); // "Han Ki-jeong"
    }

    // Ordinary words that clubs put before their city ("Real Madrid", "Inter Milan", "Sporting Lisbon", "Racing Santander",
    // "Standard Liege", "Club Brugge").
    internal static readonly WordSet ClubFirstWords = new(new[]
    {
        "Real", "Inter", "Sporting", "Racing", "Rapid", "Athletic", "Union", "Olympique", "Dynamo", "Dinamo", "Standard", "Club", "Atletico",
        "Atlético", "Deportivo",
    }, false);

    // Tokens from..to are one word joined by hyphens ("Ki-jeong").
    internal static bool IsHyphenatedWord(TokenView view, int from, int to)
    {
        if (to <= from)
        {
            return false;
        }

        for (var k = from + 1; k <= to; k++)
        {
            if (!view.Touches(k))
            {
                return false;
            }
        }

        return true;
    }

    // Inlined: it is asked of every candidate, and most are followed by a word, which is neither mark of a possessive,
    // or by a mark that is no apostrophe (a comma, a stop), which the call's own tests would turn away.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsPossessive(TokenView view, int end)
    {
        var next = end + 1;
        if (next >= view.Count)
        {
            return false;
        }

        // A clitic or a mark that is an apostrophe (a clitic starts with one; both kinds have the kind's high bit, a word
        // and a CJK run neither). The character is asked first: one token in fifteen after a name starts with an
        // apostrophe, where its kind (a word, a stop, a comma) falls in no pattern.
        var t = new Unchecked<Token>(view.Tokens)[next]; // (next is in the view)
        return IsPossessiveToken(view, end, t, new UncheckedText(view.Text)[t.Start]);
    }

    // IsPossessive past its first test, of the token after end (after, which is in the view) and its first character.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsPossessiveToken(TokenView view, int end, Token after, char first) =>
        Tokenizer.IsApostrophe(first) && (after.Bits & (2UL << Token.KindShift)) != 0 && IsPossessiveMarkAfter(view, end, end + 1);

    // IsPossessive past its first test: "'s", or a bare apostrophe after a name ending in s.
    private static bool IsPossessiveMarkAfter(TokenView view, int end, int next)
    {
        if (view[next].IsPossessive(view.Text))
        {
            return true;
        }

        // "the Reuters’ report": a bare apostrophe right after a name ending in s.
        var text = view.Text;
        return view[next].Kind == TokenKind.Punct && Tokenizer.IsApostrophe(text[view[next].Start]) && view.Touches(next)
            && text[view[end].End - 1] == 's' && (next + 1 >= view.Count || view.SpacedFromPrevious(next + 1));
    }

    /// <summary><c>set.Contains(SpanText(view, first, last))</c>, without the string when the span is plain.</summary>
    private static bool IsNamed(WordSet set, TokenView view, int first, int last)
    {
        if (first == last)
        {
            return view.In(set, first); // one token: its lexicon bits or its kept hash answer, with no hashing
        }

        // (Unchecked: first and last are tokens of the view.)
        var tokens = new Unchecked<Token>(view.Tokens);
        var start = tokens[first].Start;
        var end = tokens[last].End;
        return IsPlainSpan(view, first, last) ? set.Contains(view.Text, start, end - start) : set.Contains(NameText(view.Text, start, end));
    }

    /// <summary>
    /// The text of tokens <paramref name="first"/> to <paramref name="last"/> (<see cref="NameText"/> of their span), and
    /// how many of them are words (CountWords): one walk over the tokens reads the gaps between them and their kinds.
    /// </summary>
    private static string SpanText(TokenView view, int first, int last, out int words)
    {
        // Each token is read once, unchecked (the piece's tokens are the view's, first to last, last not before first;
        // a gap's first character lies before the next token's start), the gap read from the end of the token before.
        var tokens = new Unchecked<Token>(view.Tokens);
        var text = view.Text;
        var chars = new UncheckedText(text);
        var plain = true;
        var t = tokens[first];
        var start = t.Start;
        var count = t.Kind != TokenKind.Punct ? 1 : 0;
        var gapStart = t.End;
        for (var k = first + 1; k <= last; k++)
        {
            t = tokens[k];
            count += t.Kind != TokenKind.Punct ? 1 : 0;

            // IsPlainSpan's test of the gap, until one is not plain.
            var gap = t.Start - gapStart;
            plain = plain && (gap <= 0 || (gap == 1 && chars[gapStart] == ' ') || IsPlainName(text, gapStart, t.Start + 1));
            gapStart = t.End;
        }

        // (gapStart is now the last token's end.)
        words = count;
        return plain ? text.Substring(start, gapStart - start) : NameText(text, start, gapStart);
    }

    /// <summary>
    /// <see cref="IsPlainName"/> of the span of tokens <paramref name="first"/> to <paramref name="last"/>. A token holds
    /// no white space, so only the gaps between tokens are read: most names are one token, or words one space apart.
    /// </summary>
    /// <remarks>
    /// Inlined into IsNamed, its one caller, with each token read once and unchecked (the tokens are the view's, and a
    /// gap's first character lies before the next token's start): the call and the checked reads were most of its cost
    /// on a span of two or three words.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsPlainSpan(TokenView view, int first, int last)
    {
        var tokens = new Unchecked<Token>(view.Tokens);
        var text = new UncheckedText(view.Text);
        var gapStart = tokens[first].End;
        for (var k = first + 1; k <= last; k++)
        {
            var t = tokens[k];
            var gap = t.Start - gapStart;
            if (gap > 0 && !(gap == 1 && text[gapStart] == ' ') && !IsPlainName(view.Text, gapStart, t.Start + 1))
            {
                return false;
            }

            gapStart = t.End;
        }

        return true;
    }

    // Whether the text so far ends in a hyphen after a letter or digit ("Hewlett-"), not a dash ("--").
    private static bool EndsInHyphen(StringBuilder builder) =>
        builder.Length >= 2 && builder[builder.Length - 1] is '-' or '\u2010' && char.IsLetterOrDigit(builder[builder.Length - 2]);

    /// <summary>Whether <see cref="NameText"/> of the span is the span itself: no white space but single spaces.</summary>
    public static bool IsPlainName(string text, int start, int end)
    {
        var i = start;
#if NET
        // Eight characters at a time: a character that may be white space (as below) other than a space, or a space before
        // one, sends the rest of the span to the walk below, which decides; most names have neither, and the walk spent
        // seven instructions a character on them. The character after each is read too (the last, past the block, only
        // where the span goes on), so the reads stop nine characters before the text's end, where the walk takes over. A
        // span of a few characters (the gap between two tokens, mostly a space and the next token's first character) is
        // walked: the walk costs it less than the block's setting up.
        if (Vector128.IsHardwareAccelerated && end - start >= 4)
        {
            ref var chars = ref System.Runtime.CompilerServices.Unsafe.As<char, ushort>(
                ref System.Runtime.InteropServices.MemoryMarshal.GetReference(text.AsSpan()));
            var lanes = Vector128.Create((short)0, 1, 2, 3, 4, 5, 6, 7);
            var nonWhite = Vector128.Create((ushort)('\u0084' - '!'));
            for (; i < end && i <= text.Length - 9; i += 8)
            {
                var here = Vector128.LoadUnsafe(ref chars, (nuint)(uint)i);
                var offset = here - Vector128.Create((ushort)'!');
                var after = Vector128.LoadUnsafe(ref chars, (nuint)(uint)i + 1) - Vector128.Create((ushort)'!');

                // A lane is plain where its character is none of the candidates (from '!' to U+0084, by one unsigned
                // minimum), past the span's end, or a space whose next character is plain or past the span's end.
                var plainHere = Vector128.Equals(Vector128.Min(offset, nonWhite), offset)
                    | Vector128.GreaterThanOrEqual(lanes, Vector128.Create((short)Math.Min(end - i, 8))).AsUInt16();
                var plainAfter = Vector128.Equals(Vector128.Min(after, nonWhite), after)
                    | Vector128.GreaterThanOrEqual(lanes, Vector128.Create((short)Math.Min(end - i - 1, 8))).AsUInt16();
                var plain = plainHere | (Vector128.Equals(here, Vector128.Create((ushort)' ')) & plainAfter);
                if (plain != Vector128<ushort>.AllBitsSet)
                {
                    break; // the walk reads this block again, and decides
                }
            }
        }
#endif
        for (; i < end; i++)
        {
            // Every white-space character is a control character, a space, or at or past U+0085.
            var c = text[i];
            if ((c <= ' ' || c >= '\u0085') && char.IsWhiteSpace(c) && (c != ' ' || (i + 1 < end && char.IsWhiteSpace(text[i + 1]))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The text of a name with any run of white space folded to one space, but for a line end after a hyphen that ends
    /// a word, which is dropped: a name that a wrap broke at its hyphen reads as written on one line ("Hewlett-Packard").
    /// </summary>
    public static string NameText(string text, int start, int end)
    {
        if (IsPlainName(text, start, end))
        {
            return text.Substring(start, end - start);
        }

        var builder = new StringBuilder(end - start);
        var space = false;
        var lineEnd = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                lineEnd |= c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';
                continue;
            }

            if (space && !(lineEnd && EndsInHyphen(builder)))
            {
                builder.Append(' ');
            }

            space = false;
            lineEnd = false;
            builder.Append(c);
        }

        return builder.ToString();
    }
}
