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
    public static Dictionary<string, string> Find(TokenView view, List<NameCandidate> candidates)
    {
        var aliases = new Dictionary<string, string>(System.StringComparer.Ordinal);

        HashSet<NameCandidate>? definitions = null;
        var hasDomain = false;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            hasDomain |= IsDomain(view, c);
            if (c.Words >= 2 && i + 1 < candidates.Count && IsBracketedAcronymAfter(view, c, candidates[i + 1]))
            {
                var acronym = candidates[i + 1].Name;
                if (!aliases.ContainsKey(acronym) && acronym != c.Name)
                {
                    aliases[acronym] = c.Name;
                }

                // The bracketed acronym defines the name it follows: one mention, not two.
                (definitions ??= new HashSet<NameCandidate>()).Add(candidates[i + 1]);
            }
        }

        // Every name written in the seed, for the domains below; collected before definitions are dropped.
        var names = hasDomain ? AllNames(candidates) : null;
        if (definitions is not null)
        {
            candidates.RemoveAll(definitions.Contains);
        }

        KnownAs(view, candidates, aliases);

        if (names is null)
        {
            return aliases;
        }

        foreach (var c in candidates)
        {
            if (!IsDomain(view, c))
            {
                continue;
            }

            var dot = c.Name.IndexOf('.');
            var site = c.Name.Substring(0, dot);
            if (names.Contains(site) && !aliases.ContainsKey(c.Name))
            {
                aliases[c.Name] = aliases.TryGetValue(site, out var canonical) ? canonical : site;
            }
        }

        return aliases;
    }

    // "Fortune.com": a one-word name written as a web domain.
    private static bool IsDomain(TokenView view, NameCandidate c) => c.Words == 1 && view[c.FirstToken].Has(TokenFlags.Domain);

    private static HashSet<string> AllNames(List<NameCandidate> candidates)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            names.Add(c.Name);
        }

        return names;
    }

    // "Northwind Analytics, known as NWA,", "the Islamic State group, also known as ISIS", "Pyotr Ilyich, dubbed Petya".
    private static void KnownAs(TokenView view, List<NameCandidate> candidates, Dictionary<string, string> aliases)
    {
        CandidateIndex? startingAt = null; // built on the first "known as": most seeds have none
        foreach (var c in candidates)
        {
            var k = c.LastToken + 1;
            if (view.IsPunct(k, ',') || view.IsPunct(k, '('))
            {
                k++;
            }

            if (!view.IsLowerWord(k) || view.Text[view[k].Start] is not ('a' or 'b' or 'w' or 'k' or 'd' or 'n'))
            {
                continue; // every form below starts with a lower-case word, and with one of these letters
            }

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
                continue;
            }

            if (k < view.Count && view[k].Kind == TokenKind.Punct && view.Text[view[k].Start] is '"' or '\u201C' or '\'' or '\u2018')
            {
                k++;
            }

            startingAt ??= CandidateIndex.ByFirstToken(view, candidates);
            if (startingAt.TryGetValue(k, out var alias) && alias.Name != c.Name && !aliases.ContainsKey(alias.Name))
            {
                aliases[alias.Name] = aliases.TryGetValue(c.Name, out var canonical) ? canonical : c.Name;
            }
        }
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
