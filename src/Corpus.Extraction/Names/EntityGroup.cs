using System.Collections.Generic;

namespace Corpus.Extraction.Names;

/// <summary>All occurrences of one entity in a seed while its kind, role and aliases are being settled.</summary>
internal sealed partial class EntityGroup
{
    public EntityGroup(string name) => Name = name;

    public string Name { get; }

    public List<NameCandidate> Occurrences { get; } = new(1); // most entities are named once

    // Most entities have no alias, so the list is made on the first.
    private List<string>? _aliases;

    /// <summary>Number of aliases seen in the text ("WAIC").</summary>
    public int AliasCount => _aliases?.Count ?? 0;

    /// <summary>Adds an alias the first time it is seen.</summary>
    public void AddAlias(string alias)
    {
        _aliases ??= new List<string>();
        if (!_aliases.Contains(alias))
        {
            _aliases.Add(alias);
        }
    }

    /// <summary>Every alias is the name in other capitals ("BASSANI" for "Bassani"), if there is any: no second name.</summary>
    public bool HasOnlyCaseAliases()
    {
        if (_aliases is not null)
        {
            foreach (var alias in _aliases)
            {
                if (!string.Equals(alias, Name, System.StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The aliases in ordinal order.</summary>
    public string[] SortedAliases()
    {
        if (_aliases is null)
        {
            return System.Array.Empty<string>();
        }

        _aliases.Sort(System.StringComparer.Ordinal);
        return _aliases.ToArray();
    }

    /// <summary>Evidence summed over the occurrences plus evidence from relations and lists.</summary>
    public int[] Votes { get; } = new int[7];

    public EntityKind Kind { get; set; }

    /// <summary>Words in the canonical name.</summary>
    public int Words { get; set; }

    /// <summary>Whether the canonical name has a word that is not a name word ("Bank of America"); only worked out where it decides the kind.</summary>
    public bool HasConnector { get; set; }

    /// <summary>
    /// Every occurrence is one word at the start of a sentence with no evidence from its context ("Sheep have
    /// ..."): kept up to date as occurrences are added, so the drop rule need not walk them again.
    /// </summary>
    public bool AllWeakInitial { get; private set; } = true;

    /// <summary>Adds an occurrence (through here rather than <see cref="Occurrences"/>, so <see cref="AllWeakInitial"/> holds).</summary>
    public void Add(NameCandidate c)
    {
        Occurrences.Add(c);
        AllWeakInitial &= c.Initial && c.Words == 1 && c.ContextWeight == 0;
    }

    /// <summary>Dropped as a capitalised ordinary word ("Sheep have ...") that the seed also writes in lower case.</summary>
    public bool Dropped { get; set; }

    /// <summary>Among the groups being built into entities (set by the build, so an affiliation to a dropped group is not named).</summary>
    public bool Listed { get; set; }

    /// <summary><see cref="FirstStart"/>, kept by the build while it sorts the groups.</summary>
    public int FirstStartKey { get; set; }

    public int FirstStart => Occurrences.Count == 0 ? int.MaxValue : Occurrences[0].Start;

    /// <summary>The largest single evidence weight, to tell well-attested kinds from guesses.</summary>
    public int MaxVote
    {
        get
        {
            var max = 0;
            foreach (var v in Votes)
            {
                if (v > max)
                {
                    max = v;
                }
            }

            return max;
        }
    }

    public void Decide() => Kind = EntityClassifier.Decide(Votes, Words, HasConnector);

    public override string ToString() => Name + " (" + Kind + ")";
}
