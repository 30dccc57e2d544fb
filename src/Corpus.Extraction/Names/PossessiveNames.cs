using System.Collections.Generic;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// "Christie's said", "a sale at Sotheby's.", "Standard &amp; Poor's cut the rating": a business named with a possessive,
/// written so in every occurrence, and at least once where no noun follows the "'s" (a verb, a function word or
/// punctuation), so the "'s" cannot be a possessive there. The name then includes it. Places, nationalities and
/// people's names are left alone ("Britain's and France's leaders"). A name the organisation list knows with its "'s"
/// ("Moody's") includes it wherever it is written so.
/// </summary>
internal static class PossessiveNames
{
    public static void Apply(TokenView view, List<NameCandidate> candidates)
    {
        // Only the names some occurrence writes with a possessive are counted: most seeds have few. They are filed by
        // their shape (length, first and last character, Shape), which turns away most other candidates by one read
        // and finds the others' uses with a comparison or two, counted in place (one lookup per occurrence): a
        // dictionary by the name's string hashed each name again, at some 150 steps a lookup.
        // The table and the uses are the thread's, kept from its last seed (a seed names a few dozen things with a
        // possessive, and these were most of what the rule allocated); the table is emptied when done.
        var heads = _heads ??= new int[Shapes];
        var counts = _counts ??= new Use[InitialUses];
        var used = 0;
        // The places of the names written with a possessive, which alone the renaming reads (few of a seed's names).
        var owners = _owners ??= new int[InitialUses];
        var owned = 0;
        // The table is emptied however the rule ends: a name of this seed left in it would be matched by the next seed's.
        try
        {
            // Indexed loops: the list's enumerator is a call per candidate where the shared generic code is not inlined. The
            // candidates are read by place, as a span in the net8.0 build: one range check a read where the list's indexer
            // made two (the rule changes no candidate's place).
            var all = new ListItems<NameCandidate>(candidates);
            for (var i = 0; i < all.Count; i++)
            {
                var c = all[i];
                if (!c.Possessive)
                {
                    continue;
                }

                if (owned == owners.Length)
                {
                    System.Array.Resize(ref owners, 2 * owners.Length);
                }

                owners[owned++] = i;
                if (MayBeNamedSo(view, c))
                {
                    var name = c.Name;
                    var shape = Shape(name);
                    if (Find(heads, counts, name, shape) < 0)
                    {
                        var at = used++;
                        if (at == counts.Length)
                        {
                            System.Array.Resize(ref counts, 2 * counts.Length);
                        }

                        counts[at] = new Use { AllPossessive = true, Name = name, Next = heads[shape] };
                        heads[shape] = at + 1;
                    }
                }
            }

            _owners = owners.Length <= MaxRetainedUses ? owners : null;
            if (used == 0)
            {
                return;
            }

            _counts = counts.Length <= MaxRetainedUses ? counts : null;
            Count(view, candidates, heads, counts, owners, owned);
        }
        finally
        {
            // The table and the uses keep no name of this seed.
            for (var at = 0; at < used; at++)
            {
                heads[Shape(counts[at].Name!)] = 0;
                counts[at].Name = null;
            }
        }
    }

    // The counting and the renaming, once some name is written with a possessive.
    // owners: the places of the first owned names written with a possessive, in order.
    private static void Count(TokenView view, List<NameCandidate> candidates, int[] heads, Use[] counts, int[] owners, int owned)
    {
        var count = candidates.Count;
        for (var i = NextOfShape(candidates, heads, 0); i < count; i = NextOfShape(candidates, heads, i + 1))
        {
            var c = candidates[i];
            var name = c.Name;
            int at;
            if ((at = Find(heads, counts, name, Shape(name))) >= 0)
            {
                ref var use = ref counts[at];
                use.Count++;
                use.AllPossessive &= c.Possessive;
                use.Bare |= c.Possessive && NoNounAfter(view, c.LastToken + 2);
                use.Reports |= c.Possessive && view.IsLowerWord(c.LastToken + 2) && view.In(SaidVerbs, c.LastToken + 2);
                use.GivenName = view.In(WordLists.GivenNames, c.FirstToken) || view.In(WordLists.GivenNamesWorld, c.FirstToken);
            }
        }

        // The name's lists were asked when it was counted; an occurrence needs only its own "'s" (not a plural's "s'").
        for (var o = 0; o < owned; o++)
        {
            var i = owners[o];
            var c = candidates[i];
            // Written so once, the name needs a verb right after its "'s" ("Moody's said": a person is "Moody said"); a
            // given name needs two such occurrences ("at Christie's on Tuesday", "Christie's has set the tone"). A
            // name the organisation list knows with its "'s" needs nothing more ("Moody's and S&P have negative outlooks").
            int at;
            if (!c.Possessive || (at = Find(heads, counts, c.Name, Shape(c.Name))) < 0 || !view[c.LastToken + 1].IsPossessive(view.Text))
            {
                continue;
            }

            ref readonly var use = ref counts[at];
            var namedSo = use.AllPossessive && ((use.Bare && (use.Count >= 2 || c.Name.IndexOf('&') >= 0)) || use.Reports)
                && !(use.GivenName && use.Count < 2);
            if (!namedSo && !IsListedWithClitic(view, c))
            {
                continue;
            }

            var clitic = c.LastToken + 1;
            var end = view[clitic].End;
            var named = view.NewCandidate(c.FirstToken, clitic, c.Start, end, NameCandidateFinder.NameText(view.Text, c.Start, end), c.Sentence);
            named.Words = c.Words;
            named.Initial = c.Initial;
            named.Vote(EntityKind.Organization, 3); // a business: people and places are not named with their "'s"
            candidates[i] = named;
        }
    }

    // The verbs of a statement or a rating, which only a name can be the subject of right after an "'s" ("Moody's said",
    // "Standard & Poor's affirmed", "Moody's placed it on review"); not "plans" or "shares", which are also nouns.
    private static readonly WordSet SaidVerbs = new(new[]
    {
        "said", "says", "told", "announced", "affirmed", "downgraded", "upgraded", "placed", "lowered", "assigned", "revised",
    }, false);

    // 1024 shapes: a seed names a few hundred things with a possessive at most.
    private const int Shapes = 1024;

    // A name's place in the table (below Shapes), from its length and its first and last characters.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Shape(string name) =>
        (int)(((uint)((name[0] << 16) ^ name[name.Length - 1]) * 0x9E3779B1u + (uint)name.Length * 0x85EBCA6Bu) >> 22);

    /// <summary>
    /// The first name from <paramref name="i"/> on whose shape some name written with a possessive has, or the list's
    /// count.
    /// </summary>
    /// <remarks>
    /// A walk of its own with no call inside: in Count's loop, around the calls made for the few names of such a shape,
    /// the walk's list, table and place were kept on the stack and read back at every name.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int NextOfShape(List<NameCandidate> candidates, int[] heads, int i)
    {
        // Read without a range check each (the list does not change while Count reads it); so is the table, which holds
        // one for each shape (Shapes).
        var names = new ListItems<NameCandidate>(candidates);
        var shapes = new Unchecked<int>(heads);
        for (; (uint)i < (uint)names.Count; i++)
        {
            if (shapes[Shape(names[i].Name)] != 0)
            {
                break;
            }
        }

        return i;
    }

    // The use of name in the uses (its index), or -1: the uses of a shape are chained from the table's entry for it
    // (each link one more than the index, 0 at the end).
    private static int Find(int[] heads, Use[] counts, string name, int shape)
    {
        for (var link = heads[shape]; link != 0; link = counts[link - 1].Next)
        {
            if (string.Equals(counts[link - 1].Name, name))
            {
                return link - 1;
            }
        }

        return -1;
    }

    // How a name some occurrence writes with a possessive is written in all of them, and the name, filed in the table
    // by its shape (Next: the link to the shape's use before it).
    private struct Use
    {
        public string? Name;
        public int Next;
        public int Count;
        public bool AllPossessive;
        public bool Bare;
        public bool Reports;
        public bool GivenName;
    }

    // The thread's table of the names' shapes (to the links of their uses) and uses, for its next seed. An array that
    // grew for a very large seed is let go.
    private const int InitialUses = 64;
    private const int MaxRetainedUses = 1 << 12;

    [System.ThreadStatic]
    private static int[]? _heads;

    [System.ThreadStatic]
    private static Use[]? _counts;

    [System.ThreadStatic]
    private static int[]? _owners;

    // Not a place, a nationality or a common word: those are possessives whatever follows. A person's given name needs
    // more (above).
    private static bool MayBeNamedSo(TokenView view, NameCandidate c) =>
        c.LastToken + 1 < view.Count && view[c.LastToken + 1].IsPossessive(view.Text)
        && !view.In(WordLists.Places, c.FirstToken) && !view.In(WordLists.PlacesWorld, c.FirstToken) && !view.In(WordLists.Demonyms, c.FirstToken)
        && !(c.Words == 1 && view.In(WordLists.CommonWords, c.FirstToken)) // "Men's double sculls": a heading
        && !WordLists.Places.Contains(c.Name);

    // The name with its "'s" is one the organisation list knows ("Moody's", "McDonald's"), written with the list's apostrophe.
    private static bool IsListedWithClitic(TokenView view, NameCandidate c)
    {
        var end = view[c.LastToken + 1].End;
        return WordLists.Organisations.Contains(view.Text, c.Start, end - c.Start);
    }

    // What follows the "'s": the end, punctuation, a function word or a reporting verb ("Sotheby's said", "at Christie's
    // in New York"); a noun, an adjective or a name would be what the possessive owns.
    private static bool NoNounAfter(TokenView view, int k)
    {
        if (k >= view.Count)
        {
            return true;
        }

        var t = view[k];
        if (t.Kind == TokenKind.Punct)
        {
            return !view.IsPunct(k, '-') && !view.IsPunct(k, '\u2010');
        }

        return view.IsLowerWord(k) && (view.IsFunctionWord(k) || view.In(WordLists.ReportingVerbs, k));
    }
}
