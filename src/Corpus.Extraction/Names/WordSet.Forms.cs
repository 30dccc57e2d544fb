namespace Corpus.Extraction.Names;

/// <summary>Probes for a word rewritten at its end ("compan" + "y"), so the rewritten form is never built as a string.</summary>
internal sealed partial class WordSet
{
    /// <summary>Goes on with a folded hash (see <see cref="HashFoldedStep(int, string, int, int)"/>) by one character.</summary>
    public static int HashFoldedChar(int hash, char c) => unchecked((hash ^ Fold(c)) * 16777619);

    /// <summary>
    /// Goes on with an exact hash by one character: from <see cref="FoldedHashSeed"/> (both hashes start alike), the
    /// characters of a slice one after another give <see cref="HashExact"/> of it once its sign bit is cleared.
    /// </summary>
    public static int HashExactChar(int hash, char c) => unchecked((hash ^ c) * 16777619);

    /// <summary>
    /// Whether <paramref name="text"/>[<paramref name="start"/>..+<paramref name="length"/>] followed by
    /// <paramref name="ending"/> is in the set, <paramref name="hash"/> being that word's hash
    /// (<see cref="HashFolded"/> for a set that ignores case, <see cref="HashExact"/> otherwise).
    /// </summary>
    public bool ContainsWithEnding(string text, int start, int length, char ending, int hash)
    {
        var first = _ignoreCase ? Fold(text[start]) : text[start];
        var last = _ignoreCase ? Fold(ending) : ending;
        var lengths = _edgeLengths[Edge(first)] & _edgeLengths[EndEdges + Edge(last)];
        if ((lengths & (1UL << System.Math.Min(length + 1, 63))) == 0)
        {
            return false;
        }

        var bits = FilterBits(hash);
        if ((_hashBits[(hash >> 6) & _hashBitsMask] & bits) != bits)
        {
            return false;
        }

        var stored = hash | Occupied;
        for (var slot = hash & _mask; _slots[slot].Hash != 0; slot = (slot + 1) & _mask)
        {
            if (_slots[slot].Hash == stored && SameWithEnding(slot, text, start, length, last))
            {
                return true;
            }
        }

        return false;
    }

    // Whether the entry at the slot is the slice followed by last (already folded for a set that ignores case).
    private bool SameWithEnding(int slot, string text, int start, int length, char last)
    {
        var packed = _slots[slot].Packed;
        if (packed != 0)
        {
            // The entry is the slice and last when it is packed as they would be: the slice's characters and last
            // after them, under the length of both.
            if (length >= MaxPacked || last >= 128 || (packed >> 56) != (ulong)(length + 1) || ((packed >> (7 * length)) & 0x7F) != last)
            {
                return false;
            }

            var slice = Pack(text, start, length, _ignoreCase);
            return length == 0 || (slice != 0 && (slice & ((1UL << 56) - 1)) == (packed & ((1UL << (7 * length)) - 1)));
        }

        var entry = _entries[slot]!;
        return entry.Length == length + 1 && entry[length] == last && SameChars(entry, text, start, length);
    }

    private bool SameChars(string entry, string text, int start, int length)
    {
        if (!_ignoreCase)
        {
            return string.CompareOrdinal(entry, 0, text, start, length) == 0;
        }

        for (var i = 0; i < length; i++)
        {
            if (Fold(text[start + i]) != entry[i])
            {
                return false;
            }
        }

        return true;
    }
}
