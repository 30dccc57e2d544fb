using System.Collections.Generic;

namespace Corpus.Extraction.Names;

/// <summary>
/// Resolves short later mentions to a full name used earlier in the same seed: a surname alone ("Li said")
/// to the one person with that surname ("Robin Li"), left alone when two people share it ("Robin Li" and
/// "Li Qiang"); the first word of a company's name alone ("Goldman") to the one organisation it starts; a first
/// name alone ("Iain") to the one person it starts, when nothing else says what it is.
/// </summary>
internal static class Coreference
{
    public static void Resolve(List<EntityGroup> groups)
    {
        var bySurname = new Dictionary<string, List<EntityGroup>>(System.StringComparer.Ordinal);
        var byFirstWord = new Dictionary<string, List<EntityGroup>>(System.StringComparer.Ordinal);
        var byGivenName = new Dictionary<string, List<EntityGroup>>(System.StringComparer.Ordinal);
        foreach (var g in groups)
        {
            if (g.Words < 2)
            {
                continue;
            }

            var words = g.Name.Split(' ');
            if (g.Kind == EntityKind.Person)
            {
                Add(bySurname, words[words.Length - 1], g);
                Add(byGivenName, words[0], g);
                if (words.Length == 2 && WordLists.SurnamesFirst.Contains(words[0]))
                {
                    Add(bySurname, words[0], g); // "Li Qiang": Li is the family name
                }
            }
            else if (g.Kind == EntityKind.Organization && !WordLists.GivenNames.Contains(words[0]) && !WordLists.CommonWords.Contains(words[0])
                && !WordLists.OrgSuffixes.Contains(words[0]))
            {
                Add(byFirstWord, words[0], g);
            }
        }

        foreach (var g in groups)
        {
            if (g.Words != 1 || g.Kind == EntityKind.Other || HasOtherAlias(g))
            {
                continue;
            }

            if (g.Kind == EntityKind.Place)
            {

                // "Harbourline" (once "shares in Harbourline") beside "Harbourline Corp" is the company's short form;
                // a place the gazetteer or the context attests ("Washington" beside "Washington Post") stays.
                if (g.MaxVote <= 1 && byFirstWord.TryGetValue(g.Name, out var owners) && owners.Count == 1)
                {
                    MoveLaterMentions(g, owners[0]);
                }
                else if (!WordLists.Places.Contains(g.Name) && bySurname.TryGetValue(g.Name, out var bearers) && bearers.Count == 1)
                {
                    // "Tanabe" after "Aiko Tanabe": a surname that is also a small town is the person.
                    MoveLaterMentions(g, bearers[0]);
                }

                continue;
            }

            if (bySurname.TryGetValue(g.Name, out var people))
            {
                if (people.Count == 1)
                {
                    MoveLaterMentions(g, people[0]);
                }
                else
                {
                    g.Votes[(int)EntityKind.Person] += 2; // a surname shared by two people is still a person
                }
            }
            else if (byFirstWord.TryGetValue(g.Name, out var orgs) && orgs.Count == 1 && g.Kind != EntityKind.Person)
            {
                MoveLaterMentions(g, orgs[0]);
            }
            else if (g.MaxVote <= 1 && byGivenName.TryGetValue(g.Name, out var named) && named.Count == 1 && !bySurname.ContainsKey(g.Name)
                && (WordLists.GivenNames.Contains(g.Name) || WordLists.GivenNamesWorld.Contains(g.Name)))
            {
                // "Iain is in the form of his life" after "Iain Ferrier": a first name alone, weakly typed otherwise.
                MoveLaterMentions(g, named[0]);
            }
        }

        groups.RemoveAll(g => g.Occurrences.Count == 0);
    }

    // "BASSANI" in a headline is the same word as "Bassani": only an alias of another spelling (an acronym) binds.
    private static bool HasOtherAlias(EntityGroup g)
    {
        foreach (var alias in g.Aliases)
        {
            if (!string.Equals(alias, g.Name, System.StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(Dictionary<string, List<EntityGroup>> map, string key, EntityGroup g)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = new List<EntityGroup>();
        }

        if (!list.Contains(g))
        {
            list.Add(g);
        }
    }

    private static void MoveLaterMentions(EntityGroup from, EntityGroup to)
    {
        for (var i = from.Occurrences.Count - 1; i >= 0; i--)
        {
            var c = from.Occurrences[i];
            // Headlines name the short form first ("Ashdown warns on wages" above "Catherine Ashdown said ..."):
            // with one full name that fits, earlier mentions belong to it too.
            {
                c.EntityName = to.Name;
                to.Occurrences.Add(c);
                from.Occurrences.RemoveAt(i);
            }
        }

        to.Occurrences.Sort((a, b) => a.Start.CompareTo(b.Start));
    }
}
