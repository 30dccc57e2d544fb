using System.Collections.Generic;

namespace Corpus.Extraction.Names;

/// <summary>All occurrences of one entity in a seed while its kind, role and aliases are being settled.</summary>
internal sealed partial class EntityGroup
{
    public EntityGroup(string name, int nameHash)
    {
        Name = name;
        NameHash = nameHash;
    }

    // Name and NameHash are set again only when the thread's SeedScratch hands the group out anew (EntityGroup.Reuse.cs).
    public string Name { get; private set; }

    /// <summary>
    /// <see cref="GroupsByName.Hash"/> of the name (<see cref="WordSet.HashExact"/> of every character), made once
    /// when the group is: the tables of coreference look the name up by it instead of hashing it again for each.
    /// </summary>
    public int NameHash { get; private set; }

    // The occurrences in order of position: a range of an array that the grouping shares among all groups
    // (most entities are named once, and a list per entity was three allocations). A group that gains
    // occurrences beyond its range (coreference moves mentions in) copies them to an array of its own.
    private NameCandidate[] _items = System.Array.Empty<NameCandidate>();
    private int _offset;
    private int _count;
    private int _capacity;

    /// <summary>The occurrences, in order of position in the text.</summary>
    public Occurrences Occurrences => new(_items, _offset, _count);

#if NET
    /// <summary>The occurrences as a span: read by place with one range check, where the window's indexer makes two.</summary>
    public System.ReadOnlySpan<NameCandidate> OccurrenceSpan => new(_items, _offset, _count);
#endif

    /// <summary>Whether coreference moved every occurrence to another group (the drop rule then takes the group out).</summary>
    public bool IsEmpty => _count == 0;

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
    /// <remarks>Inlined: the drop rule and coreference ask it of thousands of groups, and most have no alias.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool HasOnlyCaseAliases() => _aliases is null || AliasesDifferOnlyInCase(_aliases);

    private bool AliasesDifferOnlyInCase(List<string> aliases)
    {
        foreach (var alias in aliases)
        {
            if (!string.Equals(alias, Name, System.StringComparison.OrdinalIgnoreCase))
            {
                return false;
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

    // Evidence summed over the occurrences plus evidence from relations and lists, kept inline.
    private KindVotes _votes;

    /// <summary>Adds <paramref name="weight"/> of evidence that the entity is a <paramref name="kind"/>.</summary>
    public void AddVote(EntityKind kind, int weight) => _votes[(int)kind] += weight;

    public EntityKind Kind { get; set; }

    /// <summary>
    /// Words in the canonical name: those of the first occurrence written as the name, or of the first occurrence
    /// when there is none (or it counts none), kept as occurrences are counted.
    /// </summary>
    public int Words { get; set; }

    /// <summary>Whether the canonical name has a word that is not a name word ("Bank of America"); only worked out where it decides the kind.</summary>
    public bool HasConnector { get; set; }

    /// <summary>
    /// Every occurrence is one word at the start of a sentence with no evidence from its context ("Sheep have
    /// ..."): kept up to date as occurrences are added, so the drop rule need not walk them again.
    /// </summary>
    public bool AllWeakInitial { get; private set; } = true;

    /// <summary>
    /// Every occurrence is one word with no evidence from its context: the drop rule reads the occurrences (for
    /// a capital explained by a shouted line) only then, and most groups are told apart without reading them.
    /// </summary>
    public bool AllBareWords { get; private set; } = true;

    // The tokens of the first occurrence written as the group's name rather than as an alias of it, -1 when there is
    // none: kept as numbers, not as the candidate, so that counting writes no reference (each a write barrier's call)
    // and the drop rule reads the group alone, not the candidate and its token.
    private int _namedFirst = -1;
    private int _namedLast = -1;

    /// <summary>Whether some occurrence is written as the group's name rather than as an alias of it.</summary>
    public bool HasNamedOccurrence => _namedFirst >= 0;

    /// <summary>The first token of the first occurrence written as the group's name (see <see cref="HasNamedOccurrence"/>).</summary>
    public int NamedFirstToken => _namedFirst;

    /// <summary>The last token of the first occurrence written as the group's name (see <see cref="HasNamedOccurrence"/>).</summary>
    public int NamedLastToken => _namedLast;

    /// <summary>
    /// The token the name is written as, when the first occurrence written as the name is that one token whole;
    /// else -1.
    /// </summary>
    public int NameToken { get; private set; } = -1;

    /// <summary>
    /// Counts occurrence <paramref name="c"/> (the next in position order, written as the name when
    /// <paramref name="asNamed"/>) before <see cref="PlaceIn"/> gives the group its range: keeps
    /// <see cref="AllWeakInitial"/>, <see cref="AllBareWords"/> and the first occurrence written as the name (with
    /// <paramref name="token"/>, the one token it is written as whole, or -1 when it is none or not known: the name's
    /// text is then read where the token would be), and adds its evidence, where it counts.
    /// </summary>
    public void Count(NameCandidate c, bool asNamed, int token = -1)
    {
        if (_capacity == 0)
        {
            CountFirst(c, asNamed, token);
        }
        else
        {
            CountLater(c, asNamed, token);
        }
    }

    /// <summary>
    /// <see cref="Count"/> of the first occurrence of a group just made: grouping tells a new name from one met before
    /// where it looks the name up, and a second test of the same here was mispredicted as often (names met once and
    /// names repeated fall at random).
    /// </summary>
    /// <remarks>Inlined: grouping counts every candidate.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void CountFirst(NameCandidate c, bool asNamed, int token)
    {
        _capacity = 1;
        FirstStart = c.Start;
        Words = c.Words;
        AllBareWords = (c.Words == 1) & (c.ContextWeight == 0);
        AllWeakInitial = c.Initial & AllBareWords;
        if (asNamed)
        {
            _namedFirst = c.FirstToken;
            _namedLast = c.LastToken;
            NameToken = token;
        }

        // "WAIC" looks like a company's acronym: the full name it stands for decides, unless its context says more.
        // A group just made has no votes yet, so the evidence is copied, not added.
        if (asNamed || c.ContextWeight >= 2)
        {
            c.CopyEvidenceTo(ref _votes);
        }
    }

    /// <summary><see cref="Count"/> of an occurrence after the first (see <see cref="CountFirst"/>).</summary>
    /// <remarks>Inlined: grouping counts every candidate.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void CountLater(NameCandidate c, bool asNamed, int token)
    {
        _capacity++;
        AllBareWords &= (c.Words == 1) & (c.ContextWeight == 0);
        AllWeakInitial &= c.Initial & AllBareWords;
        if (asNamed && _namedFirst < 0)
        {
            _namedFirst = c.FirstToken;
            _namedLast = c.LastToken;
            NameToken = token;
            if (c.Words != 0)
            {
                Words = c.Words;
            }
        }

        if (asNamed || c.ContextWeight >= 2)
        {
            c.AddEvidenceTo(ref _votes);
        }
    }

    /// <summary>
    /// Gives the group the range of <paramref name="shared"/> from <paramref name="offset"/> for the occurrences it
    /// counted, which the caller puts there in position order; returns where the next group's range starts.
    /// </summary>
    public int PlaceIn(NameCandidate[] shared, int offset)
    {
        // A group handed out again by the thread's scratch mostly holds this array already (EntityGroup.Reset keeps it).
        if (!ReferenceEquals(_items, shared))
        {
            _items = shared;
        }

        _offset = offset;
        _count = _capacity;
        return offset + _capacity;
    }

    /// <summary>Adds an occurrence (kept in position order by the caller), keeping <see cref="AllWeakInitial"/> and <see cref="AllBareWords"/>.</summary>
    public void Add(NameCandidate c)
    {
        if (_count == _capacity)
        {
            var items = new NameCandidate[System.Math.Max(4, 2 * _capacity)];
            System.Array.Copy(_items, _offset, items, 0, _count);
            _items = items;
            _offset = 0;
            _capacity = items.Length;
        }

        _items[_offset + _count++] = c;
        AllBareWords &= c.Words == 1 && c.ContextWeight == 0;
        AllWeakInitial &= c.Initial && AllBareWords;
    }

    /// <summary>
    /// Moves every occurrence to <paramref name="to"/> (last first, as a list emptied from its end would), then
    /// sorts the occurrences there by position with the same sort as always, so ties keep their order.
    /// </summary>
    public void MoveOccurrencesTo(EntityGroup to)
    {
        if (to == this)
        {
            // A one-word name keyed as its own surname ("Obi-Wan"): moved onto itself, the list ends reversed.
            System.Array.Reverse(_items, _offset, _count);
            System.Array.Sort(_items, _offset, _count, ByStart.Instance);
            FirstStart = _count == 0 ? int.MaxValue : _items[_offset].Start;
            return;
        }

        if (TryMergeInto(to))
        {
            return;
        }

        for (var i = _count - 1; i >= 0; i--)
        {
            var c = _items[_offset + i];
            c.Group = to;
            to.Add(c);
        }

        _count = 0;
        FirstStart = int.MaxValue;
        System.Array.Sort(to._items, to._offset, to._count, ByStart.Instance);
        to.FirstStart = to._items[to._offset].Start;
    }

    // Both groups hold their occurrences in position order, so a merge of the two gives what the sort would, with
    // no comparer called through an interface, whenever no two occurrences share a start (where the unstable sort
    // decides ties its own way): false, with nothing changed, when they do or either group is out of order.
    private bool TryMergeInto(EntityGroup to)
    {
        var merged = new NameCandidate[to._count + _count];
        var i = 0;
        var j = 0;
        var last = int.MinValue;
        for (var k = 0; k < merged.Length; k++)
        {
            var c = j == _count || (i < to._count && to._items[to._offset + i].Start < _items[_offset + j].Start)
                ? to._items[to._offset + i++]
                : _items[_offset + j++];
            if (c.Start <= last)
            {
                return false;
            }

            last = c.Start;
            merged[k] = c;
        }

        for (var k = 0; k < _count; k++)
        {
            var c = _items[_offset + k];
            c.Group = to;
            to.AllBareWords &= c.Words == 1 && c.ContextWeight == 0;
            to.AllWeakInitial &= c.Initial && to.AllBareWords;
        }

        to._items = merged;
        to._offset = 0;
        to._count = merged.Length;
        to._capacity = merged.Length;
        to.FirstStart = merged.Length == 0 ? int.MaxValue : merged[0].Start;
        _count = 0;
        FirstStart = int.MaxValue;
        return true;
    }

    private sealed class ByStart : IComparer<NameCandidate>
    {
        public static readonly ByStart Instance = new();

        public int Compare(NameCandidate? a, NameCandidate? b) => a!.Start.CompareTo(b!.Start);
    }

    /// <summary>Dropped as a capitalised ordinary word ("Sheep have ...") that the seed also writes in lower case.</summary>
    public bool Dropped { get; set; }

    /// <summary>The group's place in the built list of entities, set as the list is built.</summary>
    public int Place { get; set; }

    /// <summary>Kept but tentative: an ordinary English word whose only sign of being a name is its capital ("Final week, ...").</summary>
    public bool Tentative { get; set; }

    /// <summary>
    /// Where the first occurrence starts (int.MaxValue when there is none): kept as occurrences are counted and
    /// moved, so the build sorts the groups without reading each one's first occurrence.
    /// </summary>
    public int FirstStart { get; private set; } = int.MaxValue;

    /// <summary>The summed evidence weight for <paramref name="kind"/>.</summary>
    public int VotesFor(EntityKind kind) => _votes[(int)kind];

    /// <summary>The largest single evidence weight, to tell well-attested kinds from guesses.</summary>
    public int MaxVote => _votes.Max;

    /// <summary>
    /// No kind has any evidence (<see cref="MaxVote"/> is 0), told with no branch: the weights of a name met once
    /// fall at random, and MaxVote's steps were mispredicted at most of the groups grouping asks.
    /// </summary>
    /// <remarks>Inlined: asked where grouping decides each group's kind.</remarks>
    public bool HasNoVote
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get => NoVoteAbove(0);
    }

    /// <summary>
    /// No kind has more than <paramref name="limit"/> of evidence (<see cref="MaxVote"/> is at most a limit of 0 or
    /// more), told with no branch: MaxVote's steps branch on each weight, which fall at random.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool NoVoteAbove(int limit) => _votes.NoneAbove(limit);

    // Inlined: grouping decides every group's kind, and the call passed three values on.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Decide() => Kind = EntityClassifier.Decide(in _votes, Words, HasConnector);

    public override string ToString() => Name + " (" + Kind + ")";
}
