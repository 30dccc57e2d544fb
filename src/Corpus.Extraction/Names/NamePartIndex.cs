namespace Corpus.Extraction.Names;

/// <summary>
/// Groups by a word of their name ("Li" of "Robin Li"), each key kept as a slice of the name rather than as a
/// substring of its own: an open-addressed table sized to the names, which maps a key to the one group it fits,
/// or to null once two groups share it.
/// </summary>
internal sealed class NamePartIndex
{
    private readonly Entry[] _entries;
    private readonly int _mask;

    // The lengths of the keys (a bit each, the last bit for any length from 63 on) by their first character's low
    // six bits: most names asked about fit no key, and are told so here without hashing them or reading the table.
    private readonly ulong[] _lengthsByFirst = new ulong[64];

    /// <summary>A table for up to <paramref name="capacity"/> keys.</summary>
    public NamePartIndex(int capacity)
    {
        var size = 8;
        while (size < capacity * 2)
        {
            size <<= 1;
        }

        _entries = new Entry[size];
        _mask = size - 1;
    }

    /// <summary>Number of distinct keys.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Files <paramref name="g"/> under <paramref name="name"/>[<paramref name="start"/>..+<paramref name="length"/>]:
    /// the key's one group, or null when another group has it already.
    /// </summary>
    public void Add(string name, int start, int length, EntityGroup g)
    {
        if (length > 0)
        {
            _lengthsByFirst[name[start] & 63] |= LengthBit(length);
        }

        var hash = WordSet.HashExact(name, start, length);
        var slot = hash & _mask;
        while (_entries[slot].Name is not null)
        {
            ref var entry = ref _entries[slot];
            if (entry.Hash == hash && Same(entry, name, start, length))
            {
                if (entry.Group != g)
                {
                    entry.Group = null;
                }

                return;
            }

            slot = (slot + 1) & _mask;
        }

        _entries[slot] = new Entry { Name = name, Start = start, Length = length, Hash = hash, Group = g };
        Count++;
    }

    /// <summary>Whether <paramref name="key"/> is filed; <paramref name="group"/> is its one group, or null when it is shared.</summary>
    public bool TryGetValue(string key, out EntityGroup? group)
    {
        if (key.Length > 0 && (_lengthsByFirst[key[0] & 63] & LengthBit(key.Length)) == 0)
        {
            group = null;
            return false;
        }

        var hash = WordSet.HashExact(key, 0, key.Length);
        var slot = hash & _mask;
        while (_entries[slot].Name is not null)
        {
            ref readonly var entry = ref _entries[slot];
            if (entry.Hash == hash && Same(entry, key, 0, key.Length))
            {
                group = entry.Group;
                return true;
            }

            slot = (slot + 1) & _mask;
        }

        group = null;
        return false;
    }

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    private static ulong LengthBit(int length) => 1UL << System.Math.Min(length, 63);

    private static bool Same(in Entry entry, string text, int start, int length) =>
        entry.Length == length && string.CompareOrdinal(entry.Name, entry.Start, text, start, length) == 0;

    private struct Entry
    {
        public string? Name;
        public int Start;
        public int Length;
        public int Hash;
        public EntityGroup? Group;
    }
}
