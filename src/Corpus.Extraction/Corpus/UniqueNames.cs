using System;
using System.Collections.Generic;

namespace Corpus.Extraction.Corpus;

/// <summary>
/// Gives each item of a set a distinct name from its wanted name, deterministically: items that want the same
/// name are ordered by a tie-break text (ordinal), the first keeps the name and the others get the first free
/// suffixed form. A suffixed form never takes a name another item wants as written, so adding "US2" to a corpus
/// cannot silently move the member that was already called US2.
/// </summary>
public static class UniqueNames
{
    /// <summary>One item that did not get the name it wanted.</summary>
    /// <param name="Index">The item's index.</param>
    /// <param name="Winner">The index of the item that kept the wanted name.</param>
    /// <param name="Wanted">The wanted name.</param>
    /// <param name="Given">The name it got instead.</param>
    public readonly record struct Collision(int Index, int Winner, string Wanted, string Given);

    /// <summary>Assigns the names; see the class remarks for the rule.</summary>
    /// <param name="wanted">The wanted name of each item.</param>
    /// <param name="tieBreak">Orders items that want the same name (ordinal; then by index).</param>
    /// <param name="alternatives">The candidate names for a losing item, in order of preference.</param>
    /// <param name="taken">Names that are not available at all.</param>
    /// <param name="collisions">Receives every item that did not get its wanted name.</param>
    /// <param name="comparer">When two names are the same (ordinal for identifiers; ignoring case for hint names).</param>
    /// <param name="numberSeparator">Put between a name and its number: "-" for keys ("kling-2"), nothing for identifiers ("Kling2").</param>
    /// <returns>The name of each item, in item order.</returns>
    public static string[] Assign(
        IReadOnlyList<string> wanted,
        IReadOnlyList<string> tieBreak,
        Func<int, IEnumerable<string>> alternatives,
        ISet<string> taken,
        List<Collision>? collisions,
        StringComparer comparer,
        string numberSeparator)
    {
        var result = new string[wanted.Count];
        var wantedSet = new HashSet<string>(wanted, comparer);
        var used = new HashSet<string>(taken, comparer);
        var groups = new Dictionary<string, List<int>>(comparer);
        var order = new List<string>();
        for (var i = 0; i < wanted.Count; i++)
        {
            if (!groups.TryGetValue(wanted[i], out var group))
            {
                group = new List<int>();
                groups.Add(wanted[i], group);
                order.Add(wanted[i]);
            }

            group.Add(i);
        }

        // Winners first, so a loser's suffixed name never takes a name an earlier group keeps.
        var losers = new List<(int Index, int Winner)>();
        foreach (var name in order)
        {
            var group = groups[name];
            group.Sort((a, b) =>
            {
                var byText = string.CompareOrdinal(tieBreak[a], tieBreak[b]);
                return byText != 0 ? byText : a.CompareTo(b);
            });

            var start = 0;
            if (!taken.Contains(name))
            {
                result[group[0]] = name;
                used.Add(name);
                start = 1;
            }

            for (var k = start; k < group.Count; k++)
            {
                losers.Add((group[k], start == 1 ? group[0] : -1));
            }
        }

        foreach (var (index, winner) in losers)
        {
            string? given = null;
            foreach (var candidate in alternatives(index))
            {
                if (!used.Contains(candidate) && !wantedSet.Contains(candidate))
                {
                    given = candidate;
                    break;
                }
            }

            for (var n = 2; given is null; n++)
            {
                var candidate = wanted[index] + numberSeparator + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!used.Contains(candidate) && !wantedSet.Contains(candidate))
                {
                    given = candidate;
                }
            }

            used.Add(given);
            result[index] = given;
            collisions?.Add(new Collision(index, winner, wanted[index], given));
        }

        return result;
    }
}
