using System.Collections.Generic;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// "Thank God it is Friday.", "Use Linux if you want a stable server.", "Call Acme Corp before noon.": an ordinary word
/// that opens the sentence, capitalised by its place, runs into the name after it. No list tells these words from the
/// first words of names that open sentences as well ("General Motors", "Union Pacific", "Global Times"), but the seed
/// does: when it also writes the rest alone inside a sentence ("we pray that God hears us", "admins run Linux"), at
/// least as often as with the opening word, and never writes the whole inside one, the opening word is not the name's.
/// The occurrence becomes one of the rest, from its own first word. A name written whole inside a sentence, or known
/// whole to a list, keeps its first word.
/// </summary>
internal static class OpeningWords
{
    public static void Apply(TokenView view, List<NameCandidate> candidates, Dictionary<string, string> caseAliases)
    {
        // Filters, cheapest first, so that most seeds stop after one walk over the candidates: a name of several words
        // that opens a sentence with a plain capitalised word is noted, and every name inside a sentence sets a bit for
        // its first token's kept hash and its length (no string is made or hashed); the opening names whose rest may be
        // one of those are then asked of the word lists, and only when some pass are the names inside sentences walked
        // again and compared as strings.
        var count = candidates.Count;
        var written = NameFilter.ForNames(count); // the keys of the names inside sentences (grouping takes its scratch later)
        var keys = GroupingScratch.ByCandidate(count); // the key of each candidate inside a sentence (grouping takes the array later)

        // The places of the names inside sentences are noted from the front of one array (grouping takes it later), for
        // the second walk, which then reads those alone: a test of each name's place there was a branch mispredicted at
        // two names in five. The opening names are noted from its back, in text order from the last place down.
        var parts = GroupingScratch.ByGroup(count);
        var inside = NoteNames(view, candidates, written, keys, parts, out var next); // the opening names are parts[next + 1] to parts[count - 1]

        if (next == count - 1)
        {
            return;
        }

        Dictionary<string, Use>? uses = null;
        List<(int Index, string Name, bool Alone, bool Surname)>? suspects = null;
        var bySurname = false; // whether some suspect's rest is asked of the full names
        var sought = NameFilter.ForKeys(2 * (count - 1 - next)); // the keys of the suspects' rests and wholes
        for (var o = count - 1; o > next; o--)
        {
            var i = parts[o];
            var c = candidates[i];
            var restKey = Key(view, c.FirstToken + 1, c.LastToken);
            // "Late Okafor header gives Betis win" over "Substitute Chinedu Okafor headed in ...": a surname the seed writes
            // after another given name is that person's, and the opening word is none of his.
            var alone = written.MayHave(restKey) && !IsHeadOrSurname(view, c.FirstToken + 1, c.LastToken);
            var surname = c.LastToken == c.FirstToken + 1 && written.MayHave(SurnameKey(view, c.LastToken)) && IsSurnameOnly(view, c.LastToken);
            if (!(alone || surname) || !IsOrdinaryOpening(view, c.FirstToken) || AfterDash(view, c.FirstToken))
            {
                continue;
            }

            var rest = NameCandidateFinder.NameText(view.Text, view[c.FirstToken + 1].Start, c.End);
            uses ??= new Dictionary<string, Use>(System.StringComparer.Ordinal);
            Add(uses, rest);
            Add(uses, c.Name).Opening++;
            (suspects ??= new List<(int, string, bool, bool)>()).Add((i, rest, alone, surname));
            sought.Add(restKey);
            sought.Add(Key(view, c.FirstToken, c.LastToken));
            if (surname)
            {
                sought.Add(SurnameKey(view, c.FirstToken + 1));
                bySurname = true;
            }
        }

        if (uses is null || suspects is null)
        {
            return;
        }

        // Inside a sentence: not where any word is capitalised. The rest's evidence must also stand among ordinary words
        // (IsInside), so that a line of capitalised words (a title, a signature) tells nothing; the whole written so
        // anywhere is a name of its own.
        for (var n = 0; n < inside; n++)
        {
            var i = parts[n];
            var c = candidates[i];
            if (sought.MayHave(keys[i]) && uses.TryGetValue(c.Name, out var use))
            {
                use.Written++;
                use.Inside += IsInside(view, c.FirstToken) ? 1 : 0;
            }

            if (bySurname && c.LastToken > c.FirstToken && sought.MayHave(SurnameKey(view, c.LastToken)) && NameCandidateFinder.IsGivenName(view, c.FirstToken)
                && uses.TryGetValue(NameCandidateFinder.NameText(view.Text, view[c.LastToken].Start, c.End), out var full))
            {
                full.FullNames++;
            }
        }

        Dictionary<string, string>? renamed = null;
        foreach (var (i, rest, asAlone, asSurname) in suspects)
        {
            var c = candidates[i];
            var alone = uses[rest];
            var whole = uses[c.Name];
            var evidence = (asAlone && alone.Inside > 0 && alone.Inside >= whole.Opening) || (asSurname && alone.FullNames > 0);
            if (!evidence || whole.Written > 0 || IsListed(c.Name) || IsPlace(rest))
            {
                continue;
            }

            var first = c.FirstToken + 1;
            var named = view.NewCandidate(first, c.LastToken, view[first].Start, c.End, rest, c.Sentence);
            named.Words = c.Words - 1;
            named.Possessive = c.Possessive;
            candidates[i] = named;
            (renamed ??= new Dictionary<string, string>(System.StringComparer.Ordinal))[c.Name] = rest;
        }

        if (renamed is not null && caseAliases.Count > 0)
        {
            Realias(view, candidates, caseAliases, renamed);
        }
    }

    // "USE LINUX" in a line of capitals was made a case alias of "Use Linux": with that name gone, its capitals lose
    // the opening word too, and are an alias of the rest ("LINUX" of "Linux").
    private static void Realias(TokenView view, List<NameCandidate> candidates, Dictionary<string, string> caseAliases, Dictionary<string, string> renamed)
    {
        Dictionary<string, string>? moved = null; // the capitals, with the rest their name's has become
        foreach (var pair in caseAliases)
        {
            if (renamed.TryGetValue(pair.Value, out var rest))
            {
                (moved ??= new Dictionary<string, string>(System.StringComparer.Ordinal))[pair.Key] = rest;
            }
        }

        if (moved is null)
        {
            return;
        }

        foreach (var pair in moved)
        {
            caseAliases.Remove(pair.Key);
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.LastToken == c.FirstToken || !moved.TryGetValue(c.Name, out var target) || !view.SpacedFromPrevious(c.FirstToken + 1))
            {
                continue;
            }

            var first = c.FirstToken + 1;
            var rest = NameCandidateFinder.NameText(view.Text, view[first].Start, c.End);
            var named = view.NewCandidate(first, c.LastToken, view[first].Start, c.End, rest, c.Sentence);
            named.Words = c.Words - 1;
            named.Possessive = c.Possessive;
            candidates[i] = named;
            if (rest != target)
            {
                caseAliases[rest] = target;
            }
        }
    }

    // Apply's first walk, in a method of its own: in Apply's, which holds more than the registers do, the walk's
    // counters and arrays were kept on the stack and read again around each call. Returns how many names are inside
    // sentences (parts[0] on); next: the place before the first opening name (parts[next + 1] on). Most names are
    // noted by NoteTold, which makes no call; the few whose tokens' kept facts do not tell are noted here, and the
    // surnames after given names (whose lists need calls) by a second walk over the names inside sentences.
    private static int NoteNames(TokenView view, List<NameCandidate> candidates, NameFilter written, int[] keys, int[] parts, out int next)
    {
        var count = candidates.Count;
        var inside = 0;
        var opening = count - 1; // in a local: the out parameter is written through its address
        for (var i = NoteTold(view, candidates, written, keys, parts, 0, ref inside, ref opening); i < count;
             i = NoteTold(view, candidates, written, keys, parts, i + 1, ref inside, ref opening))
        {
            var c = candidates[i];
            var first = c.FirstToken;
            var last = c.LastToken;
            if (!c.Initial)
            {
                var key = Key(view, first, last);
                keys[i] = key;
                written.Add(key);
                parts[inside++] = i;
                continue;
            }

            if (last != first && c.TotalEvidence == 0 && IsPlainOpening(view, first))
            {
                parts[opening--] = i;
            }
        }

        // The names read by place (ListItems) and the places noted unchecked (Unchecked): parts holds the list's count at
        // least, and inside is at most that count.
        var names = new ListItems<NameCandidate>(candidates);
        var noted = new Unchecked<int>(parts);
        for (var n = 0; n < inside; n++)
        {
            var c = names[noted[n]];
            if (c.LastToken > c.FirstToken && NameCandidateFinder.IsGivenName(view, c.FirstToken))
            {
                written.Add(SurnameKey(view, c.LastToken));
            }
        }

        next = opening;
        return inside;
    }

    /// <summary>
    /// NoteNames' notes of the candidates from <paramref name="i"/> on (all but the surnames), up to the first whose
    /// tokens' kept facts do not tell what the notes need (a hash, a name word), whose place it returns (or the list's count).
    /// </summary>
    /// <remarks>
    /// A walk with no call inside: around the calls that the rare names need, NoteNames' walk kept a dozen values on the
    /// stack and read them back at every name. Its counters are read once and written back once.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int NoteTold(TokenView view, List<NameCandidate> candidates, NameFilter written, int[] keyArray, int[] partArray, int i, ref int inside, ref int opening)
    {
        var names = new ListItems<NameCandidate>(candidates); // read without a range check each: the list does not change here
        // Written unchecked (Unchecked): both arrays hold the list's count at least, a key is written at a name's own
        // place, and each name's place is written once, inside names' from the front and opening names' from the back.
        var keys = new Unchecked<int>(keyArray);
        var parts = new Unchecked<int>(partArray);
        var n = inside;
        var o = opening;
        for (; (uint)i < (uint)names.Count; i++)
        {
            var c = names[i];
            var first = c.FirstToken;
            var last = c.LastToken;
            if (!c.Initial)
            {
                if (!view.KeptTextHash(first, out var hash))
                {
                    break;
                }

                var key = Key(hash, first, last);
                keys[i] = key;
                written.Add(key);
                parts[n++] = i;
                continue;
            }

            if (last != first && c.TotalEvidence == 0)
            {
                // IsPlainOpening, with the name word's kept answer.
                if (IsPlainBeforeWord(view, first))
                {
                    if (!view.TellsNameWord(first + 1, out var nameWord))
                    {
                        break;
                    }

                    if (nameWord)
                    {
                        parts[o--] = i;
                    }
                }
            }
        }

        inside = n;
        opening = o;
        return i;
    }

    // A word in plain capitals, spaced from a name word after it: what the token's flags tell.
    private static bool IsPlainOpening(TokenView view, int k) => IsPlainBeforeWord(view, k) && view.IsNameWord(k + 1);

    // A word in plain capitals, spaced from the word after it: IsPlainOpening's test of the flags, with no call.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsPlainBeforeWord(TokenView view, int k)
    {
        var t = view[k];
        return t.IsWord && (t.Flags & (TokenFlags.Capitalized | TokenFlags.AllCaps | TokenFlags.MixedCase)) == TokenFlags.Capitalized
            && view.SpacedFromPrevious(k + 1);
    }

    // An ordinary word, as the candidate finder's opening-word rules read one. A person's title or a name's head is left
    // to the rules that know them ("President Quenard", "Lake Quenna"); an ordinal is a name's own ("Fourth Amendment",
    // "First Boston"), and a sport's before a country names the body that runs it there ("Hockey India").
    private static bool IsOrdinaryOpening(TokenView view, int k) =>
        NameCandidateFinder.IsOrdinaryOpeningWord(view, k)
        && !view.In(WordLists.Titles, k) && !view.In(WordLists.Roles, k) && !view.In(WordLists.Honorifics, k)
        && !view.In(WordLists.Demonyms, k) && !view.In(WordLists.Calendar, k) && !view.In(NameCandidateFinder.Ordinals, k)
        && !view.In(EntityClassifier.Sports, k);

    // A name at token k stands inside a sentence of ordinary words: after a comma, or a word in lower case that is not
    // a connector inside a title ("The Wheel of Life", where "Life" is capitalised as the title's).
    private static bool IsInside(TokenView view, int k) =>
        view.IsPunct(k - 1, ',') || (view.IsLowerWord(k - 1) && !(view.IsFunctionWord(k - 1) && k >= 2 && view.IsNameWord(k - 2)));

    // "-- Dizzy Dean", "-- Country Joe and the Fish": a line that credits someone holds a name, whatever its first word.
    private static bool AfterDash(TokenView view, int k)
    {
        if (k == 0 || view[k - 1].Kind != TokenKind.Punct)
        {
            return false;
        }

        var mark = view.Text[view[k - 1].Start];
        return mark is '-' or '\u2013' or '\u2014';
    }

    // "World War", "Commonwealth Bank", "Vitamin C", "Brand X": a rest of one word that heads a name, or one letter,
    // is a name only with the word before it, whatever the seed writes alone. A surname is the rest of a person's
    // name whose given name the lists lack ("Spike Lee" beside "Lee said"), which news writes in full once and then
    // alone.
    private static bool IsHeadOrSurname(TokenView view, int first, int last) =>
        first == last
        && (view[first].Length == 1 || view.In(WordLists.OrgSuffixes, first) || view.In(WordLists.PlaceSuffixes, first) || view.In(WordLists.EventWords, first)
            || view.In(WordLists.Surnames, first) || view.In(WordLists.SurnamesWorld, first));

    // A surname and nothing a name's head: "Okafor", not "World", "War" or a letter.
    private static bool IsSurnameOnly(TokenView view, int k) =>
        view[k].Length > 1 && !view.In(WordLists.OrgSuffixes, k) && !view.In(WordLists.PlaceSuffixes, k) && !view.In(WordLists.EventWords, k);

    // The key of a surname at token k after a given name, apart from the key of the word alone.
    private static int SurnameKey(TokenView view, int k) => Key(view, k, k) ^ 0x5BD1E995;

    // A name a list knows whole keeps its first word, wherever it is written.
    private static bool IsListed(string name) => WordLists.Organisations.Contains(name) || IsPlace(name);

    // A known place after an opening word is left to the candidate finder, which knows the words that describe one
    // ("Hosts China", "Neighbouring Romania") from those that name a club or a company with it ("Grasshopper Zurich",
    // "Virgin Atlantic").
    private static bool IsPlace(string name) => WordLists.Places.Contains(name) || WordLists.PlacesWorld.Contains(name);

    private static Use Add(Dictionary<string, Use> uses, string name)
    {
        if (!uses.TryGetValue(name, out var use))
        {
            use = new Use();
            uses.Add(name, use);
        }

        return use;
    }

    // How a name is written: whole after an opening word (Opening), anywhere but where any word is capitalised
    // (Written), and of those after a word in lower case or a comma (Inside).
    private sealed class Use
    {
        public int Opening;
        public int Written;
        public int Inside;

        // For a surname: how often a given name other than the opening word comes before it, inside a sentence.
        public int FullNames;
    }

    // The key of the tokens first..last for the filters: the first's kept hash, and how many tokens follow it.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Key(TokenView view, int first, int last) => Key(view.TextHash(first), first, last);

    // The key of the tokens first..last whose first's kept hash is hash.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Key(int hash, int first, int last) =>
        (int)(((uint)hash * 0x9E3779B1u) + ((uint)(last - first) * 0x85EBCA6Bu));
}
