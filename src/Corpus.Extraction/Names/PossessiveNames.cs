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
        // Only the names some occurrence writes with a possessive are counted: most seeds have few. A bit per shape
        // (length, first and last character) of those names turns away most other candidates before their names are
        // hashed for the dictionary, whose values are counted in place (one lookup per occurrence).
        // The table, the uses and the filter are the thread's, kept from its last seed (a seed names a few dozen
        // things with a possessive, and these were most of what the rule allocated); the table is emptied when done.
        var uses = _uses ??= new Dictionary<string, int>(System.StringComparer.Ordinal);
        var shapes = _shapes ??= new ulong[ShapeWords];
        System.Array.Clear(shapes, 0, shapes.Length);
        var counts = _counts ??= new Use[InitialUses];
        var used = 0;
        // The places of the names written with a possessive, which alone the renaming reads (few of a seed's names).
        var owners = _owners ??= new int[InitialUses];
        var owned = 0;
        // Indexed loops: the list's enumerator is a call per candidate where the shared generic code is not inlined.
        var count = candidates.Count;
        for (var i = 0; i < count; i++)
        {
            var c = candidates[i];
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
                if (!uses.TryGetValue(name, out var at))
                {
                    at = used++;
                    uses.Add(name, at);
                    if (at == counts.Length)
                    {
                        System.Array.Resize(ref counts, 2 * counts.Length);
                    }
                }

                counts[at] = Use.New;
                var shape = Shape(name);
                shapes[shape >> 6] |= 1UL << (shape & 63);
            }
        }

        _owners = owners.Length <= MaxRetainedUses ? owners : null;
        if (used == 0)
        {
            return;
        }

        _counts = counts.Length <= MaxRetainedUses ? counts : null;
        try
        {
            Count(view, candidates, uses, counts, shapes, owners, owned);
        }
        finally
        {
            // The table keeps no name of this seed, and is let go when it grew for a very large one.
            uses.Clear();
            _uses = used <= MaxRetainedUses ? uses : null;
        }
    }

    // The counting and the renaming, once some name is written with a possessive.
    // owners: the places of the first owned names written with a possessive, in order.
    private static void Count(TokenView view, List<NameCandidate> candidates, Dictionary<string, int> uses, Use[] counts, ulong[] shapes, int[] owners, int owned)
    {
        var count = candidates.Count;
        for (var i = 0; i < count; i++)
        {
            var c = candidates[i];
            var name = c.Name;
            var shape = Shape(name);
            if ((shapes[shape >> 6] & (1UL << (shape & 63))) != 0 && uses.TryGetValue(name, out var at))
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
            if (!c.Possessive || !uses.TryGetValue(c.Name, out var at) || !view[c.LastToken + 1].IsPossessive(view.Text))
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

    // 1024 bits: a seed names a few hundred things with a possessive at most.
    private const int ShapeWords = 16;

    // A name's bit in the filter, from its length and its first and last characters.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Shape(string name) =>
        (int)(((uint)((name[0] << 16) ^ name[name.Length - 1]) * 0x9E3779B1u + (uint)name.Length * 0x85EBCA6Bu) >> 22);

    // How a name some occurrence writes with a possessive is written in all of them.
    private struct Use
    {
        public static readonly Use New = new() { AllPossessive = true };

        public int Count;
        public bool AllPossessive;
        public bool Bare;
        public bool Reports;
        public bool GivenName;
    }

    // The thread's table of the names (to their place in the uses), uses and filter, for its next seed. A table or
    // array that grew for a very large seed is let go.
    private const int InitialUses = 64;
    private const int MaxRetainedUses = 1 << 12;

    [System.ThreadStatic]
    private static Dictionary<string, int>? _uses;

    [System.ThreadStatic]
    private static Use[]? _counts;

    [System.ThreadStatic]
    private static ulong[]? _shapes;

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
