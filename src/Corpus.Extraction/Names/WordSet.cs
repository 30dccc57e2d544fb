using System.Collections.Generic;

namespace Corpus.Extraction.Names;

/// <summary>
/// A read-only set of words that can be probed with a slice of a larger string, so looking up every token
/// of a seed allocates nothing. Case-insensitive sets fold with <see cref="char.ToLowerInvariant(char)"/>,
/// which does not depend on the current culture (a Turkish "I" stays "i").
/// </summary>
internal sealed class WordSet
{
    private readonly string[] _slots;
    private readonly int _mask;
    private readonly bool _ignoreCase;
    private readonly ulong _lengths;

    public WordSet(IEnumerable<string> words, bool ignoreCase)
    {
        _ignoreCase = ignoreCase;
        var unique = new List<string>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var word in words)
        {
            var entry = ignoreCase ? word.ToLowerInvariant() : word;
            if (entry.Length > 0 && seen.Add(entry))
            {
                unique.Add(entry);
                _lengths |= 1UL << System.Math.Min(entry.Length, 63);
            }
        }

        var size = 16;
        while (size < unique.Count * 3)
        {
            size <<= 1;
        }

        _slots = new string[size];
        _mask = size - 1;
        foreach (var entry in unique)
        {
            var slot = Hash(entry, 0, entry.Length) & _mask;
            while (_slots[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = entry;
        }

        Count = unique.Count;
    }

    /// <summary>Number of distinct entries.</summary>
    public int Count { get; }

    /// <summary>Whether the whole of <paramref name="word"/> is in the set.</summary>
    public bool Contains(string word) => Contains(word, 0, word.Length);

    /// <summary>Whether <paramref name="text"/>[<paramref name="start"/>..+<paramref name="length"/>] is in the set.</summary>
    public bool Contains(string text, int start, int length)
    {
        // Most probes are of a length no entry has: reject them before hashing.
        if (length <= 0 || (_lengths & (1UL << System.Math.Min(length, 63))) == 0)
        {
            return false;
        }

        var slot = Hash(text, start, length) & _mask;
        while (true)
        {
            var entry = _slots[slot];
            if (entry is null)
            {
                return false;
            }

            if (entry.Length == length && SameChars(entry, text, start))
            {
                return true;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private bool SameChars(string entry, string text, int start)
    {
        for (var i = 0; i < entry.Length; i++)
        {
            var c = text[start + i];
            if (_ignoreCase)
            {
                c = Fold(c);
            }

            if (c != entry[i])
            {
                return false;
            }
        }

        return true;
    }

    private static char Fold(char c) => c < 128 ? (c >= 'A' && c <= 'Z' ? (char)(c + 32) : c) : char.ToLowerInvariant(c);

    private int Hash(string text, int start, int length)
    {
        unchecked
        {
            var hash = (int)2166136261;
            for (var i = start; i < start + length; i++)
            {
                var c = text[i];
                if (_ignoreCase)
                {
                    c = Fold(c);
                }

                hash = (hash ^ c) * 16777619;
            }

            return hash & 0x7FFFFFFF;
        }
    }
}
