using System.Collections.Generic;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// Resolves short later mentions to a full name used earlier in the same seed: a surname alone ("Li said")
/// to the one person with that surname ("Robin Li"), left alone when two people share it ("Robin Li" and
/// "Li Qiang"), or to the one whose middle word it is ("Paredes" after "Gustavo Paredes Larrea"); the first word of a
/// company's name alone ("Goldman") to the one organisation it starts; a first name alone ("Iain") to the one person it
/// starts, when nothing else says what it is.
/// </summary>
internal static class Coreference
{
    public static void Resolve(List<EntityGroup> groups)
    {
        // Each key maps to the one group it fits, or to null once two groups share it. A person's name of several
        // words gives three keys to the surnames at most and one to the given names, an organisation's three to the
        // first words (four when a family's particles open a company's name): the tables are sized to these.
        // The groups that give keys are noted as they are counted, so that filing them reads only those again (the
        // groups lie scattered in memory, and a pass over all of them costs more than the work it does).
        // A word of a full name is filed only when some group is named so: only the names of groups are looked up
        // in the tables. The groups' names go into a filter of bits by their hashes (made with the groups, so their
        // text is not read): most surnames, given names and first words of companies are named alone nowhere in a
        // seed, and they are then neither filed nor asked of the word lists.
        var people = 0;
        var organisations = 0;
        var keyed = new Unchecked<int>(GroupingScratch.ByGroup(groups.Count)); // grouping is done with it; at most one place per group
        var keyedCount = 0;
        var named = NameFilter.ForNames(groups.Count);

        // The groups are read by place: in the net8.0 build as a span, one range check a read where the list's indexer
        // made two. Coreference moves occurrences between groups, never a group in or out of the list.
        var all = new ListItems<EntityGroup>(groups);
        for (var i = 0; i < all.Count; i++)
        {
            var g = all[i];
            if (g.Kind == EntityKind.Other)
            {
                continue; // never looked up
            }

            // Whether a name of several words is a person's or a company's falls at random, and a branch on it was
            // mispredicted at a third of the groups: each place is written, and the count moved on by the test.
            named.Add(g.NameHash);
            var kind = g.Kind;
            var givesKeys = (g.Words >= 2 ? 1 : 0) & ((uint)kind <= (uint)EntityKind.Organization ? 1 : 0); // a person's or a company's
            keyed[keyedCount] = i;
            keyedCount += givesKeys;
            people += givesKeys & (kind == EntityKind.Person ? 1 : 0);
        }

        organisations = keyedCount - people; // the rest of the groups keyed

        if (people == 0 && organisations == 0)
        {
            return;
        }

        var bySurname = NamePartIndex.Take(3 * people, groups);
        var byFirstWord = NamePartIndex.Take(4 * organisations, groups);
        var byGivenName = NamePartIndex.Take(people, groups);
        var keys = NameFilter.ForKeys((3 * people) + (4 * organisations)); // every key filed, for ResolveShortNames
        for (var k = 0; k < keyedCount; k++)
        {
            var i = keyed[k];
            var g = all[i];
            var name = g.Name;
            var words = new NameWords(name);
            var firstSpace = words.FirstSpace;
            var lastSpace = words.LastSpace;
            var firstWordLength = firstSpace < 0 ? name.Length : firstSpace;
            var firstWord = words.FirstWordHash;
            var firstNamed = named.MayHave(firstWord);
            if (g.Kind == EntityKind.Person)
            {
                var surname = words.LastWordHash(name);
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

                var particle = lastSpace > firstSpace ? words.SecondLastSpace + 1 : -1;
                if (particle > firstSpace + 1 && char.IsLower(name[particle]) && char.IsLower(name[words.ThirdLastSpace + 1]))
                {
                    particle = words.ThirdLastSpace + 1; // "van der Sar" of "Edwin van der Sar"
                }

                if (particle > 0 && (char.IsLower(name[particle]) || IsCapitalParticle(name, particle)))
                {
                    // "del Toro" of "Guillermo del Toro": the surname with its particle, as it is written alone.
                    var withParticle = WordSet.HashExact(name, particle, name.Length - particle);
                    if (named.MayHave(withParticle))
                    {
                        bySurname.Add(i, particle, name.Length - particle, withParticle);
                        keys.Add(withParticle);
                    }
                }
                else if (words.Spaces == 2)
                {
                    // "Gustavo Paredes Larrea", "Roberto Icaza Mena": the father's surname comes first, and is the one used alone.
                    var middle = words.MiddleHash(name);
                    if (named.MayHave(middle) && IsMiddleSurname(name, firstSpace + 1, lastSpace - firstSpace - 1))
                    {
                        bySurname.Add(i, firstSpace + 1, lastSpace - firstSpace - 1, middle);
                        keys.Add(middle);
                    }
                }
            }
            else if (g.Kind == EntityKind.Organization)
            {
                // A hyphenated name ("Vaara-Sellu") is its own first word: filed, it would only hide the company it shortens.
                if (firstNamed && firstSpace > 0 && (WordLexicon.Lists.Lookup(name, 0, firstWordLength) & NotCompanyShortNames) == 0)
                {
                    byFirstWord.Add(i, 0, firstWordLength, firstWord);
                    keys.Add(firstWord);
                }

                // "Van Leeuwen" of "Van Leeuwen Industrie NV": a company's first two words, when more and a legal form follow;
                // "Ter Quenen" of "Ter Quenen Flow Systems" too, where a body's head ends the name and no given name opens it.
                var secondSpace = words.SecondSpace;
                if (secondSpace > 0 && words.Spaces >= 3)
                {
                    var firstTwo = words.FirstTwoHash;
                    if (named.MayHave(firstTwo) && (IsCompanyName(name) || EndsInBodyHead(name, firstWordLength, lastSpace)))
                    {
                        byFirstWord.Add(i, 0, secondSpace, firstTwo);
                        keys.Add(firstTwo);
                    }
                }

                // "Van der Quenen" of "Van der Quenen Dranken NV": the family a company is named after, with its particles, as
                // the company is called alone (its first two words are "Van der").
                if (secondSpace > 0 && IsCapitalParticle(name, 0) && (IsCompanyName(name) || EndsInBodyHead(name, firstWordLength, lastSpace)))
                {
                    var family = FamilyNameEnd(name, firstSpace);
                    if (family > secondSpace && family < lastSpace)
                    {
                        var familyHash = WordSet.HashExact(name, 0, family);
                        if (named.MayHave(familyHash))
                        {
                            byFirstWord.Add(i, 0, family, familyHash);
                            keys.Add(familyHash);
                        }
                    }
                }

                // "Van der Meulen" of "Van der Meulen Logistics": all but the last word of a longer name that ends in a
                // legal form or a body's head (a name of four words or more may have filed its first two as well).
                if (firstSpace > 0 && lastSpace > firstSpace)
                {
                    var allButLast = words.AllButLastHash;
                    if (named.MayHave(allButLast)
                        && (IsCompanyName(name) || WordLists.OrgSuffixes.Contains(name, lastSpace + 1, name.Length - lastSpace - 1)))
                    {
                        byFirstWord.Add(i, 0, lastSpace, allButLast);
                        keys.Add(allButLast);
                    }
                }
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

    // Moves each short name (one word) to the one group whose surname, first word or given name it is. The groups
    // left empty stay in the list: the drop rule, which reads every group next, takes them out with the words it drops,
    // in one compaction of the list.
    private static void ResolveShortNames(List<EntityGroup> groups, NameFilter keys, NamePartIndex bySurname, NamePartIndex byFirstWord, NamePartIndex byGivenName)
    {
        var all = new ListItems<EntityGroup>(groups); // as in Resolve
        var companies = byFirstWord.Count != 0;
        for (var i = 0; i < all.Count; i++)
        {
            var g = all[i];
            // Most names fit no key of any table, which the filter of the keys' hashes tells from the group's own
            // fields: nothing below would change them, so they are passed over before their words are read. A weakly
            // typed person of several words is read on when companies were filed: it may open with one's first word.
            // (Whether a group is a person of several words is told with no branch between the two: each falls at
            // random, and the two branches were mispredicted at a third of the groups.)
            if (g.Kind == EntityKind.Other
                || (!keys.MayHave(g.NameHash) && !(companies && ((g.Kind == EntityKind.Person) & (g.Words >= 2)) && g.NoVoteAbove(1))))
            {
                continue;
            }

            // One word, or one hyphenated word ("Engqvist-Hallberg" after "Maria Engqvist-Hallberg").
            var space = g.Name.IndexOf(' ');
            if (space >= 0 || !g.HasOnlyCaseAliases())
            {
                // A surname with its particle is its bearer's first: "del Toro told" after "Guillermo del Toro"; "Mr Ó
                // Dálaigh" after "Ciarán Ó Dálaigh", even beside his company "Ó Dálaigh Haulage Ltd".
                if (space > 0 && (char.IsLower(g.Name[0]) || IsCapitalParticle(g.Name, 0)) && g.HasOnlyCaseAliases()
                    && bySurname.TryGetValue(g.Name, g.NameHash, out var bearer) && bearer is not null)
                {
                    MoveLaterMentions(g, bearer);
                }

                // Words that begin a company's longer name are its short form, whatever their shape says ("Van Leeuwen
                // chairman ..." beside "Van Leeuwen Industrie NV"), unless a title makes them a person or they name a known
                // place ("Abu Dhabi" beside "Abu Dhabi Commercial Bank PJSC").
                else if (space > 0 && g.HasOnlyCaseAliases()
                    && byFirstWord.TryGetValue(g.Name, g.NameHash, out var company) && company is not null && company != g
                    && !HasRole(g) && !WordLists.Places.Contains(g.Name, g.NameHash) && (g.Kind != EntityKind.Place || company.Words < 4 || IsCompanyName(company.Name)))
                {
                    MoveLaterMentions(g, company);
                }
                else if (space > 0 && g.Kind == EntityKind.Person && StartsLikeACompany(g.Name, space, byFirstWord) && IsWeakPerson(g))
                {
                    // "Atlântida Vida España" beside "Atlântida Seguros": a name that opens with a company's own first word,
                    // and that nothing else makes a person, is one of the company's.
                    g.AddVote(EntityKind.Organization, 2);
                    g.Decide();
                }

                continue;
            }

            if (g.Kind == EntityKind.Place)
            {
                // "Harbourline" (once "shares in Harbourline") beside "Harbourline Corp" is the company's short form;
                // a place the gazetteer or the context attests ("Washington" beside "Washington Post") stays.
                // So is "Tremont" beside "Tremont Valve Corp" however often it recurs, when no gazetteer of large places
                // knows it: a small town's name in a company's is the company's short form far more often than the town.
                if ((g.NoVoteAbove(1) || !WordLists.Places.Contains(g.Name, g.NameHash)) && byFirstWord.TryGetValue(g.Name, g.NameHash, out var owner) && owner is not null
                    && (IsCompanyName(owner.Name) || (g.NoVoteAbove(1) && !IsAttestedPlace(g, owner))))
                {
                    MoveLaterMentions(g, owner);
                }
                else if (!WordLists.Places.Contains(g.Name, g.NameHash) && bySurname.TryGetValue(g.Name, g.NameHash, out var bearer) && bearer is not null
                    && !WrittenAloneFirst(g, bearer))
                {
                    // "Tanabe" after "Aiko Tanabe": a surname that is also a small town is the person.
                    MoveLaterMentions(g, bearer);
                }

                continue;
            }

            // "Shares in Hoshino fell" beside "Hoshino Precision KK" and its president "Kenji Hoshino": a short name that
            // its context makes a body is the company it starts, before it is anyone's surname.
            if (g.Kind == EntityKind.Organization && !g.NoVoteAbove(2) && byFirstWord.TryGetValue(g.Name, g.NameHash, out var body) && body is not null && body != g)
            {
                MoveLaterMentions(g, body);
                continue;
            }

            // A hyphenated name is two words, and files its whole self as its own surname: that finds nothing else.
            if (bySurname.TryGetValue(g.Name, g.NameHash, out var person) && person != g)
            {
                if (person is null)
                {
                    g.AddVote(EntityKind.Person, 2); // a surname shared by two people is still a person
                }
                else if (person.HasNoVote && !HasRole(person) && !(g.Kind == EntityKind.Person && !g.NoVoteAbove(1)) && !HasRole(g)
                    && byFirstWord.TryGetValue(g.Name, g.NameHash, out var firm) && firm is not null && firm != g && IsCompanyName(firm.Name))
                {
                    // "Kudira" beside "Kudira Technologies Ltd" and a headline's "Fintech Kudira": a person only by the
                    // shape of two words, with nothing else to say so, does not take the word a company's name opens with.
                    MoveLaterMentions(g, firm);
                }
                else if (!WrittenAloneFirst(g, person))
                {
                    MoveLaterMentions(g, person);
                }
            }
            else if (byFirstWord.TryGetValue(g.Name, g.NameHash, out var org) && org is not null
                && (g.Kind != EntityKind.Person || (NoContext(g) && IsCompanyName(org.Name)) || IsWeakPerson(g)))
            {
                MoveLaterMentions(g, org);
            }
            else if (g.NoVoteAbove(1) && byGivenName.TryGetValue(g.Name, g.NameHash, out var named) && named is not null && !bySurname.ContainsKey(g.Name, g.NameHash)
                && (g.HasNoVote || WordLists.GivenNames.Contains(g.Name, g.NameHash) || WordLists.GivenNamesWorld.Contains(g.Name, g.NameHash)))
            {
                // "Iain is in the form of his life" after "Iain Ferrier": a first name alone, weakly typed otherwise.
                MoveLaterMentions(g, named);
            }
        }

    }

    // "Tremont Valve Corp", "Van Leeuwen Industrie NV": a name that ends in a company's legal form, whose first word
    // alone is its short form even where a gazetteer knows a town of that name; an institution named after its town
    // ("Kintampo Health Research Centre") leaves the town alone.
    private static bool IsCompanyName(string name)
    {
        var lastSpace = name.LastIndexOf(' ');
        return lastSpace > 0 && LegalForms.Contains(name, lastSpace + 1, name.Length - lastSpace - 1);
    }

    /// <summary>Token <paramref name="k"/> is a company's legal form ("Ltd", "Co", "AG").</summary>
    internal static bool IsLegalForm(TokenView view, int k) => view.IsWord(k) && view.In(LegalForms, k);

    // The commonest legal forms of companies (abbreviations from ISO 20275's Entity Legal Forms, and their English words).
    private static readonly WordSet LegalForms = new(new[]
    {
        "Corp", "Corp.", "Corporation", "Inc", "Inc.", "Incorporated", "Co", "Co.", "Company", "Ltd", "Ltd.", "Limited", "Plc", "PLC",
        "LLC", "LLP", "AG", "SA", "S.A.", "NV", "N.V.", "BV", "GmbH", "SpA", "S.p.A.", "PJSC", "JSC", "OAO", "OJSC", "Oy", "Oyj", "AB",
        "ASA", "A/S", "AS", "KK", "K.K.", "Bhd", "Berhad", "Tbk", "Pte", "SE", "SAB", "Ltda", "SRL", "Srl", "Holdings", "Group",
    }, false);

    // A name whose last word is a body's head and whose first is no given name ("Egon Quenle Research Foundation" is
    // named after a person, whose name alone stays his); a surname's particle opening it is none ("Van Quenen Flow
    // Systems").
    private static bool EndsInBodyHead(string name, int firstWordLength, int lastSpace) =>
        WordLists.OrgSuffixes.Contains(name, lastSpace + 1, name.Length - lastSpace - 1)
        && (IsCapitalParticle(name, 0) || (!WordLists.GivenNames.Contains(name, 0, firstWordLength) && !WordLists.GivenNamesWorld.Contains(name, 0, firstWordLength)));

    // Where the family name after a capital particle ends (the space after it), past the lower-case particles between
    // ("Van der Quenen ...", "De la Quen ..."), or -1.
    private static int FamilyNameEnd(string name, int firstSpace)
    {
        var start = firstSpace + 1;
        while (true)
        {
            var space = name.IndexOf(' ', start);
            if (space < 0)
            {
                return -1;
            }

            if (!char.IsLower(name[start]) || !WordLists.NameParticles.Contains(name, start, space - start))
            {
                return space;
            }

            start = space + 1;
        }
    }

    // "Plovdiv" ("back to Plovdiv") beside the "Plovdiv Rapid Masters", "Rabaul" ("near Rabaul") beside the "Rabaul
    // Volcanological Observatory": a town whose every mention something places keeps its own name beside a body named
    // after it that is no company; a company's short name is written where nothing places it too ("Lumora raised ...",
    // once "in Lumora"), and a club or a branch named with a known place last is the body ("Bayern" of "Bayern Munich").
    private static bool IsAttestedPlace(EntityGroup g, EntityGroup owner)
    {
        var lastSpace = owner.Name.LastIndexOf(' ');
        if (lastSpace < 0 || WordLists.Places.Contains(owner.Name, lastSpace + 1, owner.Name.Length - lastSpace - 1))
        {
            return false;
        }

        foreach (var c in g.Occurrences)
        {
            if (c.Evidence((int)EntityKind.Place) == 0)
            {
                return false;
            }
        }

        return true;
    }

    // Only the shape speaks for the group's kind: "Jarvi-Paperi" beside "Jarvi-Paperi Oy" looks like a person's double
    // name, but nothing around it says so (AllBareWords would also ask for one word, where a hyphen makes two).
    private static bool NoContext(EntityGroup g)
    {
        if (g.AllBareWords)
        {
            return true;
        }

        foreach (var c in g.Occurrences)
        {
            if (c.ContextWeight != 0)
            {
                return false;
            }
        }

        return true;
    }

    // "Halcyon says ..." beside "Halcyon Silicon": one vote for a person, which a verb of saying gives a company as
    // readily, from a word that is no given name and bears no role, does not stand up to the company the word starts.
    private static bool IsWeakPerson(EntityGroup g) =>
        g.NoVoteAbove(1) && !HasRole(g) && !WordLists.GivenNames.Contains(g.Name, g.NameHash) && !WordLists.GivenNamesWorld.Contains(g.Name, g.NameHash);

    // Whether the first word of a name of several words (ending at space) is filed as a company's first word, and is no
    // given name ("Jordan Smith" beside "Jordan Airways" is a person).
    private static bool StartsLikeACompany(string name, int space, NamePartIndex byFirstWord)
    {
        return byFirstWord.MayHave(name, 0, space) && byFirstWord.TryGetValue(name, 0, space, WordSet.HashExact(name, 0, space), out var company)
            && company is not null && !WordLists.GivenNames.Contains(name, 0, space) && !WordLists.GivenNamesWorld.Contains(name, 0, space);
    }

    // Whether the word at start is a surname's particle written with a capital ("Ó Dálaigh", "Mac Giolla", "Van Heerden").
    private static bool IsCapitalParticle(string name, int start)
    {
        var space = name.IndexOf(' ', start);
        return space > start && space - start <= MaxParticleLength && CapitalParticles.Contains(name, start, space - start);
    }

    private const int MaxParticleLength = 5;

    private static readonly WordSet CapitalParticles = new(new[]
    {
        "Ó", "Ní", "Mac", "Mc", "Nic", "Van", "Von", "De", "Da", "Di", "Du", "Del", "Della", "Dos", "Das", "Le", "La", "Ter", "Ten",
    }, false);

    private static bool HasRole(EntityGroup g)
    {
        foreach (var c in g.Occurrences)
        {
            if (c.Role is not null)
            {
                return true;
            }
        }

        return false;
    }

    // The middle word of a three-word name, when it is capitalised and no given name or particle ("Mary Ann Smith",
    // "Ludwig van Beethoven"): a surname of its own.
    private static bool IsMiddleSurname(string name, int start, int length) =>
        length > 2 && char.IsUpper(name[start]) && !WordLists.GivenNames.Contains(name, start, length) && !WordLists.GivenNamesWorld.Contains(name, start, length);

    // A first word in any of these lists ("John Lewis", "National Grid", "Holdings Ltd") is not the company's
    // short name: one probe of the lexicon asks all three.
    private static readonly uint NotCompanyShortNames = TokenView.Lists(WordLists.GivenNames, WordLists.CommonWords, WordLists.OrgSuffixes);

    // Headlines name the short form first ("Ashdown warns on wages" above "Catherine Ashdown said ..."): with
    // one full name that fits, earlier mentions belong to it too.
    private static void MoveLaterMentions(EntityGroup from, EntityGroup to) => from.MoveOccurrencesTo(to);

    // "God" all through a collection of sayings, and once "the Serpent God": a word written alone in three places or
    // more before a name that opens with an ordinary English word ends with it is a name of its own, not that one's
    // surname (a story names a person in full before it shortens the name, a headline's surname aside; a scorecard
    // names its batsmen by surname before their full names, which open with a given name or an initial).
    private static bool WrittenAloneFirst(EntityGroup alone, EntityGroup full)
    {
        var occurrences = alone.Occurrences;
        if (occurrences.Count < WrittenFirstEnough || occurrences[WrittenFirstEnough - 1].Start >= full.FirstStart)
        {
            return false;
        }

        var name = full.Name;
        var space = name.IndexOf(' ');
        return space > 0 && (WordLists.EnglishWords.Contains(name, 0, space) || WordLists.CommonWords.Contains(name, 0, space))
            && !WordLists.GivenNames.Contains(name, 0, space) && !WordLists.GivenNamesWorld.Contains(name, 0, space);
    }

    private const int WrittenFirstEnough = 3;
}
