using System.Collections.Generic;

namespace Corpus.Extraction.Names;

/// <summary>
/// The case-sensitive world lists a name's shape is read against (towns, given names and surnames of the world,
/// organisations often in the news), merged into one table: a word gets a bit for every list that holds it from
/// one hash and one probe. The shape rules ask a name that no list knows (most sentence-initial words) about three
/// of these lists in turn, and each list's own filters and slots were a probe of their own.
/// </summary>
/// <remarks>
/// Membership is each list's own: an entry is stored exactly as written, keyed by <see cref="WordSet.HashExact"/>
/// of every character (the lists are case-sensitive), and carries the bit of every list that holds it.
/// </remarks>
internal sealed class WorldNames
{
    public const uint Place = 1;
    public const uint GivenName = 2;
    public const uint Surname = 4;
    public const uint Organisation = 8;

    /// <summary>The world lists of <see cref="WordLists"/>, built once.</summary>
    public static readonly WorldNames Lists = new(new[]
    {
        (WordLists.PlacesWorld, Place), (WordLists.GivenNamesWorld, GivenName), (WordLists.SurnamesWorld, Surname),
        (WordLists.Organisations, Organisation),
    });

    private readonly Slot[] _slots;
    private readonly string?[] _longEntries;
    private readonly int _mask;

    // As in WordSet: the lengths of the entries by ASCII first and by last character (every list's together, so
    // a word no list could hold is rejected before it is hashed), and two bits per hash of every entry.
    private readonly ulong[] _asciiStartLengths = new ulong[128];
    private readonly ulong[] _asciiEndLengths = new ulong[128];
    private ulong _lengths;
    private readonly ulong[] _hashBits;
    private readonly int _hashBitsMask;

    private WorldNames((WordSet Set, uint Bit)[] sets)
    {
        var bits = new Dictionary<string, uint>(System.StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (set, bit) in sets)
        {
            if (set.IgnoreCase)
            {
                throw new System.ArgumentException("The world lists are case-sensitive", nameof(sets));
            }

            foreach (var entry in set.Entries())
            {
                if (!bits.TryGetValue(entry, out var had))
                {
                    order.Add(entry);
                }

                bits[entry] = had | bit;
            }
        }

        var size = WordSet.PowerOfTwoAtLeast(order.Count * 2, 16);
        _slots = new Slot[size];
        _longEntries = new string?[size];
        _mask = size - 1;
        var words64 = WordSet.FilterWords(order.Count);
        _hashBits = new ulong[words64];
        _hashBitsMask = words64 - 1;
        foreach (var entry in order)
        {
            var length = 1UL << System.Math.Min(entry.Length, 63);
            _lengths |= length;
            if (entry[0] < 128)
            {
                _asciiStartLengths[entry[0]] |= length;
            }

            if (entry[entry.Length - 1] < 128)
            {
                _asciiEndLengths[entry[entry.Length - 1]] |= length;
            }

            var hash = WordSet.HashExact(entry, 0, entry.Length);
            _hashBits[(hash >> 6) & _hashBitsMask] |= FilterBits(hash);
            var slot = hash & _mask;
            while (_slots[slot].Bits != 0)
            {
                slot = (slot + 1) & _mask;
            }

            var packed = WordSet.Pack(entry, 0, entry.Length, fold: false);
            _slots[slot] = new Slot { Packed = packed, Hash = hash, Bits = bits[entry] };
            if (packed == 0)
            {
                _longEntries[slot] = entry;
            }
        }
    }

    /// <summary>Whether some entry has the slice's length, first and last character (a cheap test that never rejects an entry).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayMatch(string text, int start, int length)
    {
        if (length <= 0)
        {
            return false;
        }

        var first = text[start];
        var last = text[start + length - 1];
        var lengths = (first < 128 ? WordSet.AsciiLengths(_asciiStartLengths, first) : _lengths) & (last < 128 ? WordSet.AsciiLengths(_asciiEndLengths, last) : _lengths);
        return (lengths & (1UL << System.Math.Min(length, 63))) != 0;
    }

    /// <summary>The bits of the lists that hold the slice, whose <see cref="WordSet.HashExact"/> is <paramref name="hash"/>.</summary>
    /// <remarks>Its filter's test is inlined where it is asked, as WordSet.ContainsHashed's: a word it turns away needs no call.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public uint Of(string text, int start, int length, int hash)
    {
        var filter = FilterBits(hash);
        return (WordSet.FilterWord(_hashBits, (hash >> 6) & _hashBitsMask) & filter) == filter ? InSlots(text, start, length, hash) : 0;
    }

    // Of a slice the filter let through.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private uint InSlots(string text, int start, int length, int hash)
    {
        // The table and its mask read once: the call to Same in the loop made the compiler read both again each step.
        var slots = _slots;
        var mask = _mask;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            ref readonly var entry = ref SlotIn(slots, slot);
            if (entry.Bits == 0)
            {
                return 0;
            }

            if (entry.Hash == hash && Same(slot, text, start, length))
            {
                return entry.Bits;
            }
        }
    }

    // The slot at an index masked by _mask (so in range), read with no bounds check in the net8.0 build.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private ref Slot SlotAt(int slot) => ref SlotIn(_slots, slot);

    // SlotAt of the slots read into a local.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ref Slot SlotIn(Slot[] slots, int slot)
    {
#if NET
        return ref System.Runtime.CompilerServices.Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(slots), (nint)(uint)slot);
#else
        return ref slots[slot];
#endif
    }

    private bool Same(int slot, string text, int start, int length)
    {
        var packed = SlotAt(slot).Packed;
        if (packed != 0)
        {
            return packed == WordSet.Pack(text, start, length, fold: false);
        }

        var entry = _longEntries[slot]!;
        return entry.Length == length && string.CompareOrdinal(entry, 0, text, start, length) == 0;
    }

    // As WordSet's: two bits of the hash that the filter word's index does not use.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ulong FilterBits(int hash) => (1UL << (hash & 63)) | (1UL << ((hash >> 20) & 63));

    // A slot holds a short entry's characters (WordSet.Pack), so a probe that reaches it reads no string: the table
    // is megabytes, and each of its reads, and a string's, waits on memory. A longer entry is in _longEntries at its
    // slot. Bits is 0 in an empty slot.
    private struct Slot
    {
        public ulong Packed;
        public int Hash;
        public uint Bits;
    }
}
