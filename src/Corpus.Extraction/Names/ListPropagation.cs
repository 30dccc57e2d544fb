using System.Collections.Generic;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// Names listed together are of one kind: in "Baichuan, Zhipu AI, Moonshot AI and MiniMax" the suffix "AI"
/// shows two are companies, so the two without evidence are companies too. A list needs a closing "and" or "or".
/// Where no name has strong evidence, a weak one (a small town a world list knows) is shared with names that have none.
/// </summary>
internal static class ListPropagation
{
    public static void Apply(TokenView view, List<NameCandidate> candidates, List<EntityGroup> groups)
    {
        if (view.ListSeparators is { } noted && noted.Describe(candidates))
        {
            ApplyNoted(candidates, noted);
            return;
        }

        var i = 0;
        while (i < candidates.Count)
        {
            var j = i;
            var closed = false;
            while (j + 1 < candidates.Count && !closed)
            {
                var separator = Separator(view, candidates[j], candidates[j + 1]);
                if (separator == 0)
                {
                    break;
                }

                closed = separator == 2;
                j++;
            }

            if (closed && j > i)
            {
                Propagate(candidates, i, j);
            }

            i = j + 1;
        }
    }

    // The walk above over the separators that are not 0, as AliasFinder noted them: a list starts at the left
    // candidate of a separator (all before it are 0) and goes on while the next separator is its right candidate's,
    // until an "and" closes it; the walk then goes on after the list's last candidate.
    private static void ApplyNoted(List<NameCandidate> candidates, ListSeparators noted)
    {
        var next = 0; // the first candidate a list may start at
        var p = 0;
        while (p < noted.Count)
        {
            var start = noted.Left(p);
            if (start < next)
            {
                p++; // the separator after a list's closing "and"
                continue;
            }

            var j = start;
            var closed = false;
            while (!closed && p < noted.Count && noted.Left(p) == j)
            {
                closed = noted.Closes(p);
                j++;
                p++;
            }

            if (closed)
            {
                Propagate(candidates, start, j);
            }

            next = j + 1;
        }
    }

    /// <summary>0: not listed together; 1: a comma; 2: "and"/"or" (with or without a comma).</summary>
    public static int Separator(TokenView view, NameCandidate left, NameCandidate right)
    {
        // A comma, "and" or ", and" between them: the right name starts two or three tokens after the left one
        // ends, which most neighbours' token numbers rule out before any token is read.
        var gap = right.FirstToken - left.LastToken;
        if (gap is < 2 or > 3 || left.Possessive || left.Sentence != right.Sentence)
        {
            return 0;
        }

        var k = left.LastToken + 1;
        var comma = view.IsPunct(k, ',');
        if (comma)
        {
            k++;
        }

        if (k < view.Count && view.IsLowerWord(k) && IsAndOr(view, k))
        {
            return k + 1 == right.FirstToken && !JoinsWhereabouts(view, left, right) ? 2 : 0;
        }

        // "In Hamilton, Northern Districts and Wellington drew": a place put first with its comma is where, not one of a list.
        return comma && k == right.FirstToken && !IsFrontedPlace(view, left) ? 1 : 0;
    }

    // "Reporting by Peter Wol in Juba and Meseret Alemu in Addis Ababa": "in" before the left name and "in" and a name
    // after the right one; the "and" joins two people and where each is, not the place and the person.
    private static bool JoinsWhereabouts(TokenView view, NameCandidate left, NameCandidate right)
    {
        var before = left.FirstToken - 1;
        var after = right.LastToken + 1;
        return before >= 0 && view.IsLowerWord(before) && view.TextIs(before, "in") && view.IsLowerWord(after) && view.TextIs(after, "in")
            && view.IsNameWord(after + 1) && view[after + 1].Has(TokenFlags.Capitalized) && !view.In(WordLists.Calendar, after + 1);
    }

    private static bool IsFrontedPlace(TokenView view, NameCandidate left)
    {
        var before = left.FirstToken - 1;
        return before >= 0 && view.IsWord(before) && view[before].Has(TokenFlags.Capitalized) && (view.TextIs(before, "In") || view.TextIs(before, "At"));
    }

    // "and" or "or", told by length and first letter before the text is compared ("of", "in" and "at" are as common).
    private static bool IsAndOr(TokenView view, int k)
    {
        var first = view.Text[view[k].Start];
        return (first == 'a' && view.TextIs(k, "and")) || (first == 'o' && view.TextIs(k, "or"));
    }

    private static void Propagate(List<NameCandidate> candidates, int from, int to)
    {
        // Strong evidence (a suffix, a title, a gazetteer of large places) decides first; only when no name has any, the
        // weak kind a world list gives ("in Jalal-Abad and Batken": a small town) is shared with names that have none.
        if (!Share(candidates, from, to, strong: true))
        {
            Share(candidates, from, to, strong: false);
        }
    }

    // A name of two words or more that its shape already makes a person's stays one ("... Gabriel Mourão in São Paulo and
    // Luisa Arteaga Pérez in Caracas": the list's "and" joins the reporters, not the cities).
    private static bool IsShapedPerson(EntityGroup g, EntityKind shared) =>
        shared != EntityKind.Person && g.Words >= 2 && g.Kind == EntityKind.Person && g.MaxVote > 0;

    private static bool Share(List<NameCandidate> candidates, int from, int to, bool strong)
    {
        EntityKind? shared = null;
        for (var k = from; k <= to; k++)
        {
            var g = candidates[k].Group!;
            if (strong ? g.MaxVote < 2 : g.MaxVote != 1)
            {
                continue;
            }

            if (shared is not null && shared != g.Kind)
            {
                return true; // a mixed list ("Apple, Paris and Tim Cook") says nothing
            }

            shared = g.Kind;
        }

        if (shared is null)
        {
            return false;
        }

        for (var k = from; k <= to; k++)
        {
            var g = candidates[k].Group!;
            if (strong ? g.MaxVote < 2 && !IsShapedPerson(g, shared.Value) : g.MaxVote == 0)
            {
                g.AddVote(shared.Value, strong ? 2 : 1);
                g.Decide();
            }
        }

        return true;
    }
}
