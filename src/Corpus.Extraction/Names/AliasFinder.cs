using System.Collections.Generic;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// Finds other names for an entity within one seed: an acronym in brackets right after a name
/// ("the World Artificial Intelligence Conference (WAIC)") and a web domain whose first part is a name used
/// elsewhere ("Fortune.com" and "Fortune"). Returns alias → canonical name.
/// </summary>
internal static class AliasFinder
{
    /// <remarks>The table is the thread's, kept from its last seed: the caller gives it back by <see cref="Release"/> when done.</remarks>
    public static Dictionary<string, string> Find(TokenView view, List<NameCandidate> candidates)
    {
        var aliases = _aliases ?? new Dictionary<string, string>(System.StringComparer.Ordinal);
        _aliases = null;

        // One walk over the candidates finds the bracketed acronyms, the domains, the names followed by "known as",
        // and the separators that may list two names together (for ListPropagation, which has no use for them before
        // the groups are made): each candidate is read once, where three walks read them all. The last three are
        // asked of the candidates that stay, as if the definitions were taken out first.
        var separators = view.ListSeparators ??= _separators ??= new ListSeparators(); // the thread's, reset for each seed
        separators.Reset(candidates);
        // Every token read below is one of the view's (an index below its count) and every character a token's own, so
        // they are read unchecked (Unchecked): the checks were a fifth of the walk's steps a name.
        var tokens = new Unchecked<Token>(view.Tokens);
        var text = new UncheckedText(view.Text);
        List<int>? definitions = null; // the places of the definitions, in order
        List<(NameCandidate Name, int Alias)>? knownAs = null;
        List<NameCandidate>? domains = null;
        NameCandidate? previous = null; // the last candidate that stays
        // Where a name listed with it would start (see MayBeListedAfter), or -2 (before any name's first token, by two)
        // when no comma or lower-case word follows it: one value kept across the walk where two were.
        var listedFrom = -2;
        var count = view.Count;

        // The candidates are read by place: in the net8.0 build as a span, one range check a read where the list's
        // indexer made two. The walk takes none out of the list (the definitions go after it).
        var all = new ListItems<NameCandidate>(candidates);
        for (var i = 0; i < all.Count; i++)
        {
            var c = all[i];

            // The token right after the name and its first character, read once for the three tests that look there:
            // a bracket, a comma before "known as", and (for the next name) what lies between two names.
            var open = c.LastToken + 1;
            var after = tokens[open < count ? open : 0];
            var mark = text[after.Start];
            var punctAfter = after.Kind == TokenKind.Punct;

            // A name of two words or more right before an opening bracket, told with no branch: whether a name has two
            // words or one, and whether another name follows one token on ("Apple, Google", "Smith and Jones"), fall at
            // random, and a branch on either was mispredicted at many names; a bracket after a name is rare.
            var bracketAfter = (open < count) & (c.Words >= 2) & punctAfter & (mark == '(');
            if (bracketAfter && i + 1 < candidates.Count && all[i + 1].FirstToken == open + 1 && IsBracketedAcronymAfter(view, c, all[i + 1]))
            {
                var acronym = all[i + 1].Name;
                if (!aliases.ContainsKey(acronym) && acronym != c.Name)
                {
                    aliases[acronym] = c.Name;
                }

                // The bracketed acronym defines the name it follows: one mention, not two. It is passed over here, with
                // no flag kept for the next candidate: being one word long, it has no bracket of its own to look for, and
                // the walk does nothing else with it.
                (definitions ??= new List<int>()).Add(i + 1);
                i++;
            }

            if (IsDomain(tokens, c))
            {
                (domains ??= new List<NameCandidate>()).Add(c);
            }

            // The token after the name, or the one after that when a comma or a bracket comes first: worked out
            // without a branch on either token (what follows a name falls at random, and branches on it were
            // mispredicted at most names), so that one branch, nearly always taken, passes over most names.
            if (open + 1 < count)
            {
                // (One step past a comma or a bracket by masks: the compiler keeps a branch for a choice inside a loop.)
                var k = open - ((Same(mark, ',') | Same(mark, '(')) & Same((int)after.Kind, (int)TokenKind.Punct));
                if (MayStartKnownAs(tokens[k], text))
                {
                    var alias = KnownAsFrom(view, k);
                    if (alias >= 0)
                    {
                        (knownAs ??= new List<(NameCandidate, int)>()).Add((c, alias));
                    }
                }
            }

            // Two names two or three tokens apart with a comma or a lower-case word ("and", "or") right after the first,
            // the only ones ListPropagation's separator can find listed together, are rare: the test is made here, before
            // the call, and with no branch on the tokens (names two or three tokens apart are not rare, and fall at random).
            if ((uint)(c.FirstToken - listedFrom) <= 1u)
            {
                var separator = ListPropagation.Separator(view, previous!, c);
                if (separator != 0)
                {
                    // The candidates kept before this one, told here and not counted at every candidate (a count kept
                    // across the walk was read from the stack and written back at each): its place less the definitions
                    // passed over before it (one just passed over is after it, and i is then its place plus one).
                    separators.Add(i - (definitions?.Count ?? 0) - 1, separator);
                }
            }

            previous = c;
            // (-2 by a mask: a branch on what follows a name would be mispredicted.)
            var notListable = (MayBeListedAfter(after, mark) ? 1 : 0) - 1;
            listedFrom = ((open + 1) & ~notListable) | (-2 & notListable);
        }

        var kept = candidates.Count - (definitions?.Count ?? 0); // the candidates that stay

        // The domains' sites written as names in the seed; looked for before definitions are dropped.
        var sites = domains is null ? null : NamedSites(domains, candidates);
        if (definitions is not null)
        {
            RemoveAt(candidates, definitions);
        }

        separators.Done(kept);
        if (knownAs is not null)
        {
            KnownAs(view, candidates, knownAs, aliases);
        }

        if (sites is null)
        {
            return aliases;
        }

        foreach (var c in domains!)
        {
            var site = SiteOf(c.Name);
            if (sites.Contains(site) && !aliases.ContainsKey(c.Name))
            {
                aliases[c.Name] = aliases.TryGetValue(site, out var canonical) ? canonical : site;
            }
        }

        return aliases;
    }

    // Takes the candidates at `places` (ascending) out of the list, as RemoveAll would: the ones between move down a range
    // at a time, with no call of a predicate for each candidate (nor a delegate and a set made for the seed).
    private static void RemoveAt(List<NameCandidate> candidates, List<int> places)
    {
        var items = new ListItems<NameCandidate>(candidates);
        var kept = places[0];
        for (var p = 0; p < places.Count; p++)
        {
            var from = places[p] + 1;
            var to = p + 1 < places.Count ? places[p + 1] : items.Count;
            items.Move(from, kept, to - from);
            kept += to - from;
        }

        candidates.RemoveRange(kept, candidates.Count - kept);
    }

    // The table of aliases of the thread's last seed, emptied, for its next.
    [System.ThreadStatic]
    private static Dictionary<string, string>? _aliases;

    // The separators noted for the thread's last seed: Reset starts them over for the next.
    [System.ThreadStatic]
    private static ListSeparators? _separators;

    // A table that grew for a very large seed is let go.
    private const int MaxRetainedAliases = 1 << 10;

    /// <summary>Gives the table <see cref="Find"/> returned to the thread's next seed: it must not be used after.</summary>
    public static void Release(Dictionary<string, string> aliases)
    {
        if (aliases.Count <= MaxRetainedAliases)
        {
            aliases.Clear();
            _aliases = aliases;
        }
    }

    // What ListPropagation.Separator needs to find a separator between two names: the right one two or three tokens after
    // the left one, and a comma or a lower-case word right after the left one. That token is the one the walk read after
    // the left name (between, whose first character is mark) whenever the two are that far apart, and the answer is
    // no whatever it holds when they are not. The walk keeps this answer for the left name, and where the right one would
    // start two tokens after it, so that the next name is tested by its first token alone (no token or name kept from the last).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool MayBeListedAfter(Token between, char mark)
    {
        var comma = (between.Kind == TokenKind.Punct) & (mark == ',');
        var lower = (between.Kind == TokenKind.Word) & between.Has(TokenFlags.LowerInitial);
        return comma | lower;
    }

    // -1 when a and b (each below 2^31, as characters and kinds are) are the same, else 0.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Same(int a, int b) => ((a ^ b) - 1) >> 31;

    // "Fortune.com": a one-word name written as a web domain. The tokens are the view's (a name's first token is one).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsDomain(Unchecked<Token> tokens, NameCandidate c) => (c.Words == 1) & tokens[c.FirstToken].Has(TokenFlags.Domain);

    // "Fortune" of "Fortune.com".
    private static string SiteOf(string domain) => domain.Substring(0, domain.IndexOf('.'));

    // The sites of the domains that some candidate is named: the few sites are sought among the names, where a set of
    // every name hashed each of them; a name of a length no site has is passed over unread.
    private static HashSet<string> NamedSites(List<NameCandidate> domains, List<NameCandidate> candidates)
    {
        var sought = new HashSet<string>(System.StringComparer.Ordinal);
        var lengths = 0UL;
        foreach (var c in domains)
        {
            var site = SiteOf(c.Name);
            sought.Add(site);
            lengths |= 1UL << System.Math.Min(site.Length, 63);
        }

        var found = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            if (((lengths >> System.Math.Min(c.Name.Length, 63)) & 1) != 0 && sought.Contains(c.Name))
            {
                found.Add(c.Name);
            }
        }

        return found;
    }

    // The names followed by "known as" (each with the token its alias would start at), once the definitions are
    // out: the alias is the candidate that starts there.
    private static void KnownAs(TokenView view, List<NameCandidate> candidates, List<(NameCandidate Name, int Alias)> knownAs, Dictionary<string, string> aliases)
    {
        var startingAt = CandidateIndex.ByFirstToken(view, candidates);
        foreach (var (c, k) in knownAs)
        {
            if (startingAt.TryGetValue(k, out var alias) && alias.Name != c.Name && !aliases.ContainsKey(alias.Name))
            {
                aliases[alias.Name] = aliases.TryGetValue(c.Name, out var canonical) ? canonical : c.Name;
            }
        }
    }

    // "Northwind Analytics, known as NWA,", "the Islamic State group, also known as ISIS", "Pyotr Ilyich, dubbed Petya":
    // from token k after the name (which MayStartKnownAs let by), the token the alias would start at, or -1 when no
    // such words follow.
    private static int KnownAsFrom(TokenView view, int k)
    {
        if (IsWord(view, k, "also") || IsWord(view, k, "better") || IsWord(view, k, "widely"))
        {
            k++;
        }

        if (IsWord(view, k, "known") && IsWord(view, k + 1, "as"))
        {
            k += 2;
        }
        else if (IsWord(view, k, "dubbed") || IsWord(view, k, "nicknamed"))
        {
            k++;
        }
        else
        {
            return -1;
        }

        if (k < view.Count && view[k].Kind == TokenKind.Punct && view.Text[view[k].Start] is '"' or '\u201C' or '\'' or '\u2018')
        {
            k++;
        }

        return k;
    }

    // Lower-case, of the length of "also", "known", "better", "widely", "dubbed" or "nicknamed" (4, 5, 6 or 9), and
    // starting with one of their letters (a, b, d, k, n, w): every form KnownAs reads starts with such a word.
    private const int KnownAsLengths = (1 << 4) | (1 << 5) | (1 << 6) | (1 << 9);
    private const int KnownAsLetters = (1 << ('a' - 'a')) | (1 << ('b' - 'a')) | (1 << ('d' - 'a')) | (1 << ('k' - 'a')) | (1 << ('n' - 'a')) | (1 << ('w' - 'a'));

    // Bitwise rather than short-circuit operators throughout: the test takes the same steps for every token. Inlined,
    // as MayBeListed is: both are asked of every candidate, and the calls cost a fifth of the tests.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool MayStartKnownAs(Token t, UncheckedText text)
    {
        var letter = text[t.Start] - 'a';
        return t.IsLowerWord
            & ((KnownAsLengths >> (t.Length & 31)) & 1) != 0 & (uint)letter < 26 & ((KnownAsLetters >> (letter & 31)) & 1) != 0;
    }

    // The first letter is compared before the rest: most words after a name are none of these.
    private static bool IsWord(TokenView view, int k, string word) =>
        k < view.Count && view.IsLowerWord(k) && view[k].Length == word.Length && view.Text[view[k].Start] == word[0]
        && string.CompareOrdinal(view.Text, view[k].Start, word, 0, word.Length) == 0;

    // "Convention (WAIC)": the acronym starts with the name's first letter, as acronyms do, even when a
    // paraphrase or a translation changed the other words.
    private static bool IsBracketedAcronymAfter(TokenView view, NameCandidate name, NameCandidate next)
    {
        var open = name.LastToken + 1;
        if (next.FirstToken != open + 1 || next.Words != 1 || !view.IsPunct(open, '(') || !view.IsPunct(next.LastToken + 1, ')'))
        {
            return false;
        }

        var acronym = view[next.FirstToken];
        return acronym.Has(TokenFlags.AllCaps) && acronym.Length <= 10 && next.Name[0] == name.Name[0];
    }
}
