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
        // Each key maps to the one group it fits, or to null once two groups share it. A person's name of several
        // words gives two keys to the surnames at most and one to the given names, an organisation's one to the
        // first words: the tables are sized to these.
        // The groups that give keys are noted as they are counted, so that filing them reads only those again (the
        // groups lie scattered in memory, and a pass over all of them costs more than the work it does).
        // A word of a full name is filed only when some group is named so: only the names of groups are looked up
        // in the tables. The groups' names go into a filter of bits by their hashes (made with the groups, so their
        // text is not read): most surnames, given names and first words of companies are named alone nowhere in a
        // seed, and they are then neither filed nor asked of the word lists.
        var people = 0;
        var organisations = 0;
        var keyed = GroupingScratch.ByGroup(groups.Count); // grouping is done with it
        var keyedCount = 0;
        var named = NameFilter.ForNames(groups.Count);
        for (var i = 0; i < groups.Count; i++)
        {
            var g = groups[i];
            if (g.Kind == EntityKind.Other)
            {
                continue; // never looked up
            }

            named.Add(g.NameHash);
            if (g.Words >= 2 && g.Kind is EntityKind.Person or EntityKind.Organization)
            {
                people += g.Kind == EntityKind.Person ? 1 : 0;
                organisations += g.Kind == EntityKind.Organization ? 1 : 0;
                keyed[keyedCount++] = i;
            }
        }

        if (people == 0 && organisations == 0)
        {
            return;
        }

        var bySurname = new NamePartIndex(2 * people, groups);
        var byFirstWord = new NamePartIndex(organisations, groups);
        var byGivenName = new NamePartIndex(people, groups);
        var keys = NameFilter.ForKeys(3 * people + organisations); // every key filed, for ResolveShortNames
        for (var k = 0; k < keyedCount; k++)
        {
            var i = keyed[k];
            var g = groups[i];
            var name = g.Name;
            var firstSpace = name.IndexOf(' ');
            var firstWordLength = firstSpace < 0 ? name.Length : firstSpace;
            var firstWord = WordSet.HashExact(name, 0, firstWordLength);
            var firstNamed = named.MayHave(firstWord);
            if (g.Kind == EntityKind.Person)
            {
                var lastSpace = name.LastIndexOf(' ');
                var surname = WordSet.HashExact(name, lastSpace + 1, name.Length - lastSpace - 1);
                if (named.MayHave(surname))
                {
                    bySurname.Add(i, lastSpace + 1, name.Length - lastSpace - 1, surname);
                    keys.Add(surname);
                }

                if (firstNamed)
                {
                    byGivenName.Add(i, 0, firstWordLength, firstWord);
                    keys.Add(firstWord);
                    if (firstSpace >= 0 && firstSpace == lastSpace && WordLists.SurnamesFirst.Contains(name, 0, firstWordLength))
                    {
                        bySurname.Add(i, 0, firstWordLength, firstWord); // "Li Qiang": Li is the family name
                    }
                }
            }
            else if (g.Kind == EntityKind.Organization && firstNamed && (WordLexicon.Lists.Lookup(name, 0, firstWordLength) & NotCompanyShortNames) == 0)
            {
                byFirstWord.Add(i, 0, firstWordLength, firstWord);
                keys.Add(firstWord);
            }
        }

        // Every person would have filed a surname: a given name alone is looked up among people even when none of
        // their surnames is anyone's name.
        if (people != 0 || byFirstWord.Count != 0)
        {
            ResolveShortNames(groups, keys, bySurname, byFirstWord, byGivenName);
        }

        bySurname.Release();
        byFirstWord.Release();
        byGivenName.Release();
    }

    // Moves each short name (one word) to the one group whose surname, first word or given name it is.
    private static void ResolveShortNames(List<EntityGroup> groups, NameFilter keys, NamePartIndex bySurname, NamePartIndex byFirstWord, NamePartIndex byGivenName)
    {
        // The places of the groups whose mentions moved (grouping and the keys are done with the array): only they
        // can be left empty, so only they are read again when the empty are taken out of the list.
        var moved = GroupingScratch.ByGroup(groups.Count);
        var movedCount = 0;
        for (var i = 0; i < groups.Count; i++)
        {
            var g = groups[i];
            // Most names fit no key of any table, which the filter of the keys' hashes tells from the group's own
            // fields: nothing below would change them, so they are passed over before their words are read.
            if (g.Kind == EntityKind.Other || !keys.MayHave(g.NameHash))
            {
                continue;
            }

            // One word, or one hyphenated word ("Engqvist-Hallberg" after "Maria Engqvist-Hallberg").
            if (g.Name.IndexOf(' ') >= 0 || !g.HasOnlyCaseAliases())
            {
                continue;
            }

            if (g.Kind == EntityKind.Place)
            {
                // "Harbourline" (once "shares in Harbourline") beside "Harbourline Corp" is the company's short form;
                // a place the gazetteer or the context attests ("Washington" beside "Washington Post") stays.
                if (g.MaxVote <= 1 && byFirstWord.TryGetValue(g.Name, g.NameHash, out var owner) && owner is not null)
                {
                    MoveLaterMentions(g, owner);
                    moved[movedCount++] = i;
                }
                else if (!WordLists.Places.Contains(g.Name) && bySurname.TryGetValue(g.Name, g.NameHash, out var bearer) && bearer is not null)
                {
                    // "Tanabe" after "Aiko Tanabe": a surname that is also a small town is the person.
                    MoveLaterMentions(g, bearer);
                    moved[movedCount++] = i;
                }

                continue;
            }

            if (bySurname.TryGetValue(g.Name, g.NameHash, out var person))
            {
                if (person is not null)
                {
                    MoveLaterMentions(g, person);
                    moved[movedCount++] = i;
                }
                else
                {
                    g.AddVote(EntityKind.Person, 2); // a surname shared by two people is still a person
                }
            }
            else if (byFirstWord.TryGetValue(g.Name, g.NameHash, out var org) && org is not null && g.Kind != EntityKind.Person)
            {
                MoveLaterMentions(g, org);
                moved[movedCount++] = i;
            }
            else if (g.MaxVote <= 1 && byGivenName.TryGetValue(g.Name, g.NameHash, out var named) && named is not null && !bySurname.ContainsKey(g.Name, g.NameHash)
                && (WordLists.GivenNames.Contains(g.Name) || WordLists.GivenNamesWorld.Contains(g.Name)))
            {
                // "Iain is in the form of his life" after "Iain Ferrier": a first name alone, weakly typed otherwise.
                MoveLaterMentions(g, named);
                moved[movedCount++] = i;
            }
        }

        if (movedCount > 0)
        {
            RemoveEmpty(groups, moved, movedCount);
        }
    }

    // A first word in any of these lists ("John Lewis", "National Grid", "Holdings Ltd") is not the company's
    // short name: one probe of the lexicon asks all three.
    private static readonly uint NotCompanyShortNames = TokenView.Lists(WordLists.GivenNames, WordLists.CommonWords, WordLists.OrgSuffixes);

    // List.RemoveAll's compaction, without a delegate call per group, from the first group emptied on: of the
    // groups at the given places (in order), those left empty are taken out, and the groups between move down.
    private static void RemoveEmpty(List<EntityGroup> groups, int[] places, int count)
    {
        var kept = -1;
        var next = 0; // the first group not yet placed
        for (var p = 0; p < count; p++)
        {
            var place = places[p];
            if (groups[place].Occurrences.Count != 0)
            {
                continue;
            }

            if (kept < 0)
            {
                kept = place;
            }
            else
            {
                for (var i = next; i < place; i++)
                {
                    groups[kept++] = groups[i];
                }
            }

            next = place + 1;
        }

        if (kept < 0)
        {
            return;
        }

        for (var i = next; i < groups.Count; i++)
        {
            groups[kept++] = groups[i];
        }

        groups.RemoveRange(kept, groups.Count - kept);
    }

    // Headlines name the short form first ("Ashdown warns on wages" above "Catherine Ashdown said ..."): with
    // one full name that fits, earlier mentions belong to it too.
    private static void MoveLaterMentions(EntityGroup from, EntityGroup to) => from.MoveOccurrencesTo(to);
}
