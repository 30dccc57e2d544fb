using System.Collections.Generic;

namespace Corpus.Extraction.Names;

/// <summary>
/// Groups by a word of their name ("Li" of "Robin Li"), each key kept as a slice of the name rather than as a
/// substring of its own: an open-addressed table sized to the names, which maps a key to the one group it fits,
/// or to null once two groups share it. An entry holds the group's index in the list rather than the group and its
/// name (the key's text is that group's name): sixteen bytes of integers, which the runtime neither clears behind a
/// write barrier nor scans, where references made a table of up to ≈64 KB per seed costly to make. The arrays are
/// kept per thread for the next seed's tables (<see cref="Release"/>), cleared, rather than allocated for each.
/// </summary>
internal sealed class NamePartIndex
{
    private readonly List<EntityGroup> _groups;
    private Entry[] _entries;
    private readonly int _mask;

    // The lengths of the keys (a bit each, the last bit for any length from 63 on) by their first character's low
    // six bits: most names asked about fit no key, and are told so here without hashing them or reading the table.
    private readonly ulong[] _lengthsByFirst = new ulong[64];

    /// <summary>A table for up to <paramref name="capacity"/> keys, of groups in <paramref name="groups"/>.</summary>
    public NamePartIndex(int capacity, List<EntityGroup> groups)
    {
        _groups = groups;
        var size = 8;
        while (size < capacity * 2)
        {
            size <<= 1;
        }

        _entries = Take(size);
        _mask = size - 1;
    }

    // Entry arrays of released tables, for the thread's next tables (coreference uses three at once); a table
    // takes one out of the list while it holds it. One that grew for a very large seed is let go.
    private const int MaxRetained = 1 << 14;
    private const int Spares = 3;

    [System.ThreadStatic]
    private static Entry[]?[]? _spare;

    // The first kept array of at least size entries, cleared there, or a new one.
    private static Entry[] Take(int size)
    {
        var spare = _spare;
        if (spare is not null)
        {
            for (var i = 0; i < spare.Length; i++)
            {
                if (spare[i] is { } entries && entries.Length >= size)
                {
                    spare[i] = null;
                    System.Array.Clear(entries, 0, size);
                    return entries;
                }
            }
        }

        return new Entry[size];
    }

    /// <summary>Gives the table's array to the thread's next table: the table must not be used after.</summary>
    public void Release()
    {
        if (_entries.Length > MaxRetained)
        {
            _entries = System.Array.Empty<Entry>();
            return;
        }

        // Into an empty place, or in place of a smaller array.
        var spare = _spare ??= new Entry[Spares][];
        var smallest = 0;
        for (var i = 0; i < spare.Length; i++)
        {
            if (spare[i] is null)
            {
                smallest = i;
                break;
            }

            if (spare[i]!.Length < spare[smallest]!.Length)
            {
                smallest = i;
            }
        }

        if (spare[smallest] is null || spare[smallest]!.Length < _entries.Length)
        {
            spare[smallest] = _entries;
        }

        _entries = System.Array.Empty<Entry>();
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
        while (_entries[slot].Group != 0)
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

        _entries[slot] = new Entry { Start = start, Length = length, Hash = hash, Group = index + 1 };
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
        while (_entries[slot].Group != 0)
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

        // The index + 1 of the first group filed under the key, negated once another group shares it; 0 for an empty slot.
        public int Group;
    }
}
