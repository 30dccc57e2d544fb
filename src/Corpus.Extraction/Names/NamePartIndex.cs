using System.Collections.Generic;

namespace Corpus.Extraction.Names;

/// <summary>
/// Groups by a word of their name ("Li" of "Robin Li"), each key kept as a slice of the name rather than as a
/// substring of its own: an open-addressed table sized to the names, which maps a key to the one group it fits,
/// or to null once two groups share it. An entry holds the group's index in the list rather than the group and its
/// name (the key's text is that group's name): twenty bytes of integers, which the runtime neither clears behind a
/// write barrier nor scans, where references made a table of up to ≈64 KB per seed costly to make. The arrays are
/// kept per thread for the next seed's tables (<see cref="Release"/>), rather than allocated for each.
/// </summary>
internal sealed class NamePartIndex
{
    private List<EntityGroup> _groups = null!;
    private Entry[] _entries = System.Array.Empty<Entry>();
    private int _mask;

    // The stamp of the entries of this seed's table: an entry with another is empty (see Take). Never 0, which a new
    // array's entries have.
    private int _stamp;

    // The lengths of the keys (a bit each, the last bit for any length from 63 on) by their first character's low
    // six bits: most names asked about fit no key, and are told so here without hashing them or reading the table.
    private readonly ulong[] _lengthsByFirst = new ulong[64];

    private NamePartIndex()
    {
    }

    // Tables released, with their arrays, for the thread's next tables (coreference uses three at once); a table is
    // taken out of the list while it is held. One whose entries grew for a very large seed is let go.
    private const int MaxRetained = 1 << 14;
    private const int Spares = 3;

    [System.ThreadStatic]
    private static NamePartIndex?[]? _spare;

    /// <summary>
    /// An empty table for up to <paramref name="capacity"/> keys, of groups in <paramref name="groups"/>: the kept
    /// table of the thread with the fewest entries that are enough, or one with the most, grown, or a new one.
    /// </summary>
    public static NamePartIndex Take(int capacity, List<EntityGroup> groups)
    {
        var size = 8;
        while (size < capacity * 2)
        {
            size <<= 1;
        }

        var index = TakeKept(size) ?? new NamePartIndex();
        if (index._entries.Length < size)
        {
            index._entries = new Entry[size];
            index._stamp = 0;
        }

        // The entries of the table's last seeds are told from this one's by their stamp, so the table is not cleared:
        // sized for every key a seed could file, it is tens of kilobytes, of which a seed fills a few entries.
        if (++index._stamp == 0)
        {
            System.Array.Clear(index._entries, 0, index._entries.Length);
            index._stamp = 1;
        }

        System.Array.Clear(index._lengthsByFirst, 0, index._lengthsByFirst.Length);
        index._groups = groups;
        index._mask = size - 1;
        index.Count = 0;
        return index;
    }

    // The kept table whose entries fit size most closely (the largest when none has enough), out of the list.
    private static NamePartIndex? TakeKept(int size)
    {
        var spare = _spare;
        if (spare is null)
        {
            return null;
        }

        var best = -1;
        for (var i = 0; i < spare.Length; i++)
        {
            if (spare[i] is { } kept && (best < 0 || Fits(kept._entries.Length, spare[best]!._entries.Length, size)))
            {
                best = i;
            }
        }

        if (best < 0)
        {
            return null;
        }

        var index = spare[best];
        spare[best] = null;
        return index;
    }

    // Whether entries of `length` fit size better than those of `bestLength`: enough, and fewer than another's that are
    // enough; or more than another's that are not.
    private static bool Fits(int length, int bestLength, int size) =>
        bestLength >= size ? length >= size && length < bestLength : length > bestLength;

    /// <summary>Gives the table to the thread's next one: it must not be used after.</summary>
    public void Release()
    {
        if (_entries.Length > MaxRetained)
        {
            return;
        }

        // Into an empty place, or in place of one with fewer entries.
        var spare = _spare ??= new NamePartIndex[Spares];
        var smallest = 0;
        for (var i = 0; i < spare.Length; i++)
        {
            if (spare[i] is null)
            {
                smallest = i;
                break;
            }

            if (spare[i]!._entries.Length < spare[smallest]!._entries.Length)
            {
                smallest = i;
            }
        }

        if (spare[smallest] is null || spare[smallest]!._entries.Length < _entries.Length)
        {
            spare[smallest] = this;
        }
    }

    /// <summary>Number of distinct keys.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Files the group at <paramref name="index"/> in the list under a word of its name,
    /// [<paramref name="start"/>..+<paramref name="length"/>], whose <see cref="WordSet.HashExact"/> is
    /// <paramref name="hash"/>: the key's one group, or shared when another group has it already.
    /// </summary>
    public void Add(int index, int start, int length, int hash)
    {
        var name = _groups[index].Name;
        if (length > 0)
        {
            _lengthsByFirst[name[start] & 63] |= LengthBit(length);
        }

        var slot = hash & _mask;
        while (_entries[slot].Stamp == _stamp)
        {
            ref var entry = ref _entries[slot];
            if (entry.Hash == hash && Same(entry, name, start, length))
            {
                if (entry.Group != index + 1)
                {
                    entry.Group = -System.Math.Abs(entry.Group);
                }

                return;
            }

            slot = (slot + 1) & _mask;
        }

        _entries[slot] = new Entry { Start = start, Length = length, Hash = hash, Group = index + 1, Stamp = _stamp };
        Count++;
    }

    /// <summary>
    /// Whether <paramref name="key"/> (of <see cref="WordSet.HashExact"/> <paramref name="hash"/>) is filed;
    /// <paramref name="group"/> is its one group, or null when it is shared.
    /// </summary>
    public bool TryGetValue(string key, int hash, out EntityGroup? group) => TryGetValue(key, 0, key.Length, hash, out group);

    /// <summary>
    /// Whether the key [<paramref name="start"/>..+<paramref name="length"/>] of <paramref name="text"/> (of
    /// <see cref="WordSet.HashExact"/> <paramref name="hash"/>) is filed; <paramref name="group"/> as above.
    /// </summary>
    public bool TryGetValue(string text, int start, int length, int hash, out EntityGroup? group)
    {
        if (!MayHave(text, start, length))
        {
            group = null;
            return false;
        }

        var slot = hash & _mask;
        while (_entries[slot].Stamp == _stamp)
        {
            ref readonly var entry = ref _entries[slot];
            if (entry.Hash == hash && Same(entry, text, start, length))
            {
                group = entry.Group > 0 ? _groups[entry.Group - 1] : null;
                return true;
            }

            slot = (slot + 1) & _mask;
        }

        group = null;
        return false;
    }

    /// <summary>Whether <paramref name="key"/> may be filed: false settles that it is not, from its length and first character alone.</summary>
    public bool MayHave(string key) => MayHave(key, 0, key.Length);

    /// <summary>As <see cref="MayHave(string)"/>, for the key [<paramref name="start"/>..+<paramref name="length"/>] of <paramref name="text"/>.</summary>
    public bool MayHave(string text, int start, int length) => length == 0 || (_lengthsByFirst[text[start] & 63] & LengthBit(length)) != 0;

    public bool ContainsKey(string key, int hash) => TryGetValue(key, hash, out _);

    private static ulong LengthBit(int length) => 1UL << System.Math.Min(length, 63);

    private bool Same(in Entry entry, string text, int start, int length) =>
        entry.Length == length && string.CompareOrdinal(_groups[System.Math.Abs(entry.Group) - 1].Name, entry.Start, text, start, length) == 0;

    private struct Entry
    {
        public int Start;
        public int Length;
        public int Hash;

        // The index + 1 of the first group filed under the key, negated once another group shares it.
        public int Group;

        // The table's stamp when the entry was filed: the slot is empty unless it is the table's now.
        public int Stamp;
    }
}
