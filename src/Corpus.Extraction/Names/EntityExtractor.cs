using System.Collections.Generic;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// Finds the named entities of one seed: candidates from the tokens, evidence from the names and their
/// context, aliases, coreference, then one <see cref="EntityInfo"/> per entity in order of first mention.
/// </summary>
internal static class EntityExtractor
{
    public static EntityInfo[] Extract(string text, Sentence[] sentences, LineMap map)
    {
        var tokens = Tokenizer.TokenizeCached(text);
        if (tokens.Length == 0 || sentences.Length == 0)
        {
            return System.Array.Empty<EntityInfo>();
        }

        var view = new TokenView(text, tokens);
        var sentenceOf = SentenceIndexes(tokens, sentences);
        var initial = InitialPositions(view, sentenceOf);
        var candidates = NameCandidateFinder.Find(view, sentenceOf, initial, out var caseAliases);
        foreach (var c in candidates)
        {
            EntityClassifier.AddShapeEvidence(view, c);
        }

        var owners = RoleFinder.Apply(view, candidates);
        SportsTeams.Apply(view, candidates);
        PlaceNouns.Apply(view, candidates);
        var aliases = AliasFinder.Find(view, candidates);
        foreach (var pair in caseAliases)
        {
            if (!aliases.ContainsKey(pair.Key))
            {
                aliases[pair.Key] = aliases.TryGetValue(pair.Value, out var canonical) ? canonical : pair.Value;
            }
        }

        var groups = Group(view, candidates, aliases);

        ApplyOwners(owners, groups);
        ListPropagation.Apply(view, candidates, groups);
        Coreference.Resolve(groups);
        DropOrMarkTentative(view, groups, out var tentative);

        return Build(groups, tentative, map);
    }

    private static int[] SentenceIndexes(Token[] tokens, Sentence[] sentences)
    {
        var sentenceOf = new int[tokens.Length];
        var s = 0;
        for (var k = 0; k < tokens.Length; k++)
        {
            while (s + 1 < sentences.Length && tokens[k].Start >= sentences[s + 1].Start)
            {
                s++;
            }

            sentenceOf[k] = s;
        }

        return sentenceOf;
    }

    /// <summary>
    /// Where any word is capitalised: a sentence's first word, the first word inside an opening quotation mark
    /// or bracket, and the first word after a colon ("... my suspicions: There’s a gap ...").
    /// </summary>
    private static bool[] InitialPositions(TokenView view, int[] sentenceOf)
    {
        var initial = new bool[view.Count];
        var expectFirst = true;
        for (var k = 0; k < view.Count; k++)
        {
            if (k > 0 && sentenceOf[k] != sentenceOf[k - 1])
            {
                expectFirst = true;
            }

            var token = view[k];
            if (token.Kind == TokenKind.Punct)
            {
                var c = view.Text[token.Start];
                if (c is '\u201C' or '\u2018' or '(' or '[' or ':' or '\u00AB' || ((c is '"' or '\'') && (k + 1 < view.Count && view.Touches(k + 1))))
                {
                    expectFirst = true;
                }
                else if (c is '\u2014' or '\u2013' or '-' && k > 0 && view.IsPunct(k - 1, ')'))
                {
                    expectFirst = true; // a dateline's "(AP) —" or "(Reuters) -": the story's first word follows
                }

                continue;
            }

            if (expectFirst || StartsUnit(view, k))
            {
                initial[k] = true;
                expectFirst = false;
            }
        }

        return initial;
    }

    /// <summary>
    /// A line that does not go on from the line before (which ended in a number, a colon or a full stop rather
    /// than a word or a comma) starts afresh, as a table row or a label does: "Tries: Vuniwai 2" under a score line.
    /// </summary>
    private static bool StartsUnit(TokenView view, int k)
    {
        var token = view[k];
        if (k == 0 || !token.Has(TokenFlags.LineBreakBefore))
        {
            return false;
        }

        if (token.Has(TokenFlags.BlankLineBefore))
        {
            return true;
        }

        var previous = view[k - 1];
        return previous.Kind == TokenKind.Word ? !previous.Has(TokenFlags.HasLetter) : !view.IsPunct(k - 1, ',') && !view.IsPunct(k - 1, '-');
    }

    private static List<EntityGroup> Group(TokenView view, List<NameCandidate> candidates, Dictionary<string, string> aliases)
    {
        var byName = new Dictionary<string, EntityGroup>(System.StringComparer.Ordinal);
        var groups = new List<EntityGroup>();
        foreach (var c in candidates)
        {
            var name = aliases.TryGetValue(c.Name, out var canonical) ? canonical : c.Name;
            c.EntityName = name;
            if (!byName.TryGetValue(name, out var group))
            {
                byName[name] = group = new EntityGroup(name);
                groups.Add(group);
            }

            group.Occurrences.Add(c);
            if (name != c.Name && !group.Aliases.Contains(c.Name))
            {
                group.Aliases.Add(c.Name);
            }
        }

        foreach (var g in groups)
        {
            foreach (var c in g.Occurrences)
            {
                if (c.Name == g.Name)
                {
                    g.Words = c.Words;
                    g.HasConnector = HasConnector(view, c);
                    break;
                }
            }

            if (g.Words == 0)
            {
                g.Words = g.Occurrences[0].Words;
            }

            foreach (var c in g.Occurrences)
            {
                if (c.Name != g.Name && c.ContextWeight < 2)
                {
                    continue; // "WAIC" looks like a company's acronym; the full name it stands for decides
                }

                for (var kind = 0; kind < 7; kind++)
                {
                    g.Votes[kind] += c.Evidence(kind);
                }
            }

            g.Decide();
        }

        return groups;
    }

    private static bool HasConnector(TokenView view, NameCandidate c)
    {
        for (var k = c.FirstToken; k <= c.LastToken; k++)
        {
            if (!view.IsNameWord(k) && !view.IsModelNumber(k))
            {
                return true;
            }
        }

        return false;
    }

    // "Nvidia’s A100 chip", "Huawei’s Ascend processors": the owner of a product is an organisation.
    private static void ApplyOwners(List<(NameCandidate Owner, NameCandidate Owned)> owners, List<EntityGroup> groups)
    {
        if (owners.Count == 0)
        {
            return;
        }

        var byName = ByName(groups);
        foreach (var (owner, owned) in owners)
        {
            if (!byName.TryGetValue(owned.EntityName!, out var ownedGroup) || !byName.TryGetValue(owner.EntityName!, out var ownerGroup)
                || ownedGroup == ownerGroup)
            {
                continue;
            }

            if (ownedGroup.Kind == EntityKind.Product)
            {
                ownerGroup.Votes[(int)EntityKind.Organization] += 2;
                owned.Affiliation ??= owner;
                ownerGroup.Decide();
            }
        }
    }

    private static Dictionary<string, EntityGroup> ByName(List<EntityGroup> groups)
    {
        var byName = new Dictionary<string, EntityGroup>(System.StringComparer.Ordinal);
        foreach (var g in groups)
        {
            byName[g.Name] = g;
        }

        return byName;
    }

    /// <summary>
    /// A capitalised word at the start of a sentence with no other sign of being a name ("Sheep have long been
    /// known ...") is dropped when the seed also writes it in lower case ("... transmitted to sheep"); an
    /// ordinary English word ("Final week, ...") is otherwise only tentative.
    /// </summary>
    private static void DropOrMarkTentative(TokenView view, List<EntityGroup> groups, out HashSet<EntityGroup> tentative)
    {
        tentative = new HashSet<EntityGroup>();
        var suspects = new List<EntityGroup>();
        var names = new List<string>();
        foreach (var g in groups)
        {
            if (OnlyCaseAliases(g) && AllWeak(view, g))
            {
                suspects.Add(g);
                names.Add(g.Name);
            }
        }

        if (names.Count == 0)
        {
            return;
        }

        var set = new WordSet(names, ignoreCase: true);
        var lowerSeen = new HashSet<string>(System.StringComparer.Ordinal);
        for (var k = 0; k < view.Count; k++)
        {
            if (view.IsLowerWord(k) && view.In(set, k))
            {
                lowerSeen.Add(view.TextOf(k).ToLowerInvariant());
            }
        }

        var dropped = new HashSet<EntityGroup>();
        foreach (var g in suspects)
        {
            if (lowerSeen.Contains(g.Name.ToLowerInvariant()))
            {
                dropped.Add(g);
            }
            else if (WordForms.IsOrdinary(g.Name))
            {
                tentative.Add(g);
            }
        }

        groups.RemoveAll(dropped.Contains);
    }

    private static bool IsWeakInitial(NameCandidate c) => c.Initial && c.Words == 1 && c.ContextWeight == 0;

    // Every occurrence is a capital that its position explains: a sentence's first word, or a word of a headline
    // written in capitals ("GERMAN FIRST DIVISION RESULTS/STANDINGS").
    private static bool AllWeak(TokenView view, EntityGroup g)
    {
        foreach (var c in g.Occurrences)
        {
            if (!IsWeakInitial(c) && !(c.Words == 1 && c.ContextWeight == 0 && InShoutedLine(view, c.FirstToken)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Token <paramref name="k"/> is in capitals on a line of three or more words all in capitals.</summary>
    private static bool InShoutedLine(TokenView view, int k)
    {
        if (!view[k].Has(TokenFlags.AllCaps) || view[k].Length < 2)
        {
            return false;
        }

        var first = k;
        while (first > 0 && !view[first].Has(TokenFlags.LineBreakBefore))
        {
            first--;
        }

        var words = 0;
        for (var i = first; i < view.Count && (i == first || !view[i].Has(TokenFlags.LineBreakBefore)); i++)
        {
            if (view[i].IsWord && view[i].Has(TokenFlags.HasLetter))
            {
                if (!view[i].Has(TokenFlags.AllCaps))
                {
                    return false;
                }

                words++;
            }
        }

        return words >= 3;
    }

    // "RESULTS" beside "Results" is the same word in capitals, not a second name for it.
    private static bool OnlyCaseAliases(EntityGroup g)
    {
        foreach (var alias in g.Aliases)
        {
            if (!string.Equals(alias, g.Name, System.StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static EntityInfo[] Build(List<EntityGroup> groups, HashSet<EntityGroup> tentative, LineMap map)
    {
        var byName = ByName(groups);
        groups.Sort((a, b) => a.FirstStart.CompareTo(b.FirstStart));
        var result = new EntityInfo[groups.Count];
        for (var i = 0; i < groups.Count; i++)
        {
            var g = groups[i];
            string? role = null;
            string? affiliation = null;
            string? description = null;
            var mentions = new EntityMention[g.Occurrences.Count];
            for (var m = 0; m < g.Occurrences.Count; m++)
            {
                var c = g.Occurrences[m];
                mentions[m] = new EntityMention(map.Span(c.Start, c.End - c.Start), c.Sentence);
                role ??= c.Role;
                description ??= c.Description;
                if (affiliation is null && c.Affiliation?.EntityName is string other && other != g.Name && byName.ContainsKey(other))
                {
                    affiliation = other;
                }
            }

            g.Aliases.Sort(System.StringComparer.Ordinal);
            result[i] = new EntityInfo(
                g.Name,
                g.Kind,
                g.Kind == EntityKind.Person ? role : null,
                affiliation,
                g.Kind == EntityKind.Person ? null : description,
                new EquatableArray<string>(g.Aliases.ToArray()),
                new EquatableArray<EntityMention>(mentions),
                tentative.Contains(g));
        }

        return result;
    }
}
