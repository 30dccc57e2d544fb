using System.Collections.Generic;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// "Apple today announced its first ...", "Minera Quenbra cut its forecast": the possessive the clause after a name
/// gives it. In the wire sets' gold the first possessive within six lower-case words of a mention is "its" for 95
/// organisations, 54 places and 7 people, "his" or "her" for 98 people and 10 organisations: a name that only its shape
/// or a list of given names makes a person (two plain words, "Apple") and that a clause calls "it" is a body.
/// </summary>
internal static class OwnPronouns
{
    // By how much the possessive outweighs what the mentions' names vote for a person.
    private const int ItsWeight = 1;

    // How many lower-case words after a name the possessive is looked for.
    private const int Reach = 6;

    public static void Apply(TokenView view, List<EntityGroup> groups)
    {
        for (var i = 0; i < groups.Count; i++)
        {
            var g = groups[i];
            if (g.Kind != EntityKind.Person || !OnlyWeaklyAPerson(g))
            {
                continue;
            }

            foreach (var c in g.Occurrences)
            {
                // The name is the clause's subject: nothing in lower case before it ("named sculptor Kwame Asante as curator of
                // its next edition" gives the possessive to the subject before).
                // A name in Chinese characters is a person's by its length, which English around it does not change.
                if ((c.FirstToken == 0 || !view.IsLowerWord(c.FirstToken - 1)) && view[c.FirstToken].Kind != TokenKind.Cjk
                    && ItsFollows(view, c.LastToken + 1))
                {
                    // Each mention of a given name votes once ("Apple" twice is 2): the possessive outweighs them all.
                    g.AddVote(EntityKind.Organization, g.VotesFor(EntityKind.Person) - g.VotesFor(EntityKind.Organization) + ItsWeight);
                    g.Decide();
                    break;
                }
            }
        }
    }

    // No mention says more of a person than a given name or a shape does (a weight of one), and none bears a role.
    private static bool OnlyWeaklyAPerson(EntityGroup g)
    {
        foreach (var c in g.Occurrences)
        {
            if (c.Evidence((int)EntityKind.Person) > 1 || c.Role is not null)
            {
                return false;
            }
        }

        return true;
    }

    // "its" among the lower-case words from token k, before any other word or mark ("Apple today announced its").
    private static bool ItsFollows(TokenView view, int k)
    {
        // On the name's line, and spaced from the name: a word glued to it, or a line's, is no clause of its.
        if (k >= view.Count || !view.SpacedFromPrevious(k))
        {
            return false;
        }

        for (var steps = 0; steps < Reach && k < view.Count && view.IsLowerWord(k) && !view[k].Has(TokenFlags.LineBreakBefore); steps++, k++)
        {
            // The pronouns told by their letters: TextIs called string.CompareOrdinal for each word of their length.
            var t = view[k];
            var text = view.Text;
            if (t.Length == 3)
            {
                var c0 = text[t.Start];
                var c1 = text[t.Start + 1];
                var c2 = text[t.Start + 2];
                if (c0 == 'i' && c1 == 't' && c2 == 's')
                {
                    return true;
                }

                if (c0 == 'h' && ((c1 == 'i' && c2 == 's') || (c1 == 'e' && c2 == 'r')))
                {
                    return false;
                }
            }
            else if (view.TextIs(k, "their"))
            {
                return false;
            }
        }

        return false;
    }
}
