using System.Collections.Generic;
#if NET
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#endif

namespace Corpus.Extraction.Names;

/// <summary>
/// A read-only set of words that can be probed with a slice of a larger string, so looking up every token
/// of a seed allocates nothing. Case-insensitive sets fold with <see cref="char.ToLowerInvariant(char)"/>,
/// which does not depend on the current culture (a Turkish "I" stays "i").
/// </summary>
/// <remarks>
/// Every set hashes a word the same way (<see cref="HashExact"/> or <see cref="HashFolded"/>), so a caller that
/// probes one token against many sets, as the name rules do, can hash it once and pass the hash in.
/// </remarks>
internal sealed partial class WordSet
{
    // Each slot's entry beside its hash, so a probe reads one place in memory; the lists of world names and
    // English words run to tens of thousands of entries, far beyond the nearest caches. A short entry's characters
    // are in its slot (Pack), so a probe that finds it reads no string, whose read would wait on memory again; a
    // longer one is read from _entries at its slot, which also lists every entry for Entries.
    private readonly Slot[] _slots;
    private readonly string?[] _entries;
    private readonly int _mask;

    // Two bits per hash of every entry in one word of a table of eight bits per entry: a small table that rejects
    // most words not in the set (the lists of world places and names are asked of many words they do not hold)
    // before the slots are read. Two bits in half the room reject as many words as one bit in sixteen bits per
    // entry did, and the smaller table is more often in cache: the reads of it, not the slots, cost the most.
    private readonly ulong[] _hashBits;
    private readonly int _hashBitsMask;
    private readonly bool _ignoreCase;
    private readonly ulong _lengths;

    // For each ASCII first character, the lengths of the entries that start with it: most tokens probed against a
    // list ("the" against the titles) are rejected by this alone, before they are hashed. A set that ignores case
    // files an entry under both cases of its letter, so a probe reads the table by the character as written. Then,
    // from EndEdges, the same by last character: a name probed against the places ("Hong Kong Exchanges") mostly ends
    // in a letter no entry of its length ends in. Each half ends with the lengths of all entries (at 128), read for
    // a character outside ASCII (Edge): one array, read by an index chosen without a branch, where two arrays and a
    // branch for each character were four loads and two jumps a test.
    private readonly ulong[] _edgeLengths = new ulong[2 * EndEdges];

    // Where the lengths by last character begin in _edgeLengths.
    private const int EndEdges = 129;

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
                var length = 1UL << System.Math.Min(entry.Length, 63);
                _lengths |= length;
                FileAscii(0, entry[0], length);
                FileAscii(EndEdges, entry[entry.Length - 1], length);
            }
        }

        _edgeLengths[128] = _lengths;
        _edgeLengths[EndEdges + 128] = _lengths;

        var size = PowerOfTwoAtLeast(unique.Count * 3, 16);
        _slots = new Slot[size];
        _entries = new string?[size];
        _mask = size - 1;
        var words64 = FilterWords(unique.Count);
        _hashBits = new ulong[words64];
        _hashBitsMask = words64 - 1;
        foreach (var entry in unique)
        {
            var hash = ignoreCase ? HashFolded(entry, 0, entry.Length) : HashExact(entry, 0, entry.Length);
            _hashBits[(hash >> 6) & _hashBitsMask] |= FilterBits(hash);
            var slot = hash & _mask;
            while (_entries[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _entries[slot] = entry;
            _slots[slot].Packed = Pack(entry, 0, entry.Length, fold: false);
            _slots[slot].Hash = hash | Occupied;
        }

        Count = unique.Count;
    }

    // Files the length of an entry under its (folded) character c in the half of _edgeLengths from half, and under c
    // in capitals too when case is ignored.
    private void FileAscii(int half, char c, ulong length)
    {
        if (c < 128)
        {
            _edgeLengths[half + c] |= length;
            if (_ignoreCase && c >= 'a' && c <= 'z')
            {
                _edgeLengths[half + c - 'a' + 'A'] |= length;
            }
        }
    }

    // The index of character c in a half of _edgeLengths: itself in ASCII, else 128, where all lengths are.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Edge(char c) => c < 128 ? c : 128;

    // The entry of _edgeLengths at index (below its length: Edge's, and EndEdges more), read with no bounds check in the
    // net8.0 build.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private ulong EdgeLengths(int index)
    {
#if NET
        return Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_edgeLengths), (nint)(uint)index);
#else
        return _edgeLengths[index];
#endif
    }

    /// <summary>The smallest power of two from <paramref name="least"/> up that is at least <paramref name="count"/>.</summary>
    internal static int PowerOfTwoAtLeast(int count, int least)
    {
        var size = least;
        while (size < count)
        {
            size <<= 1;
        }

        return size;
    }

    /// <summary>The 64-bit words of a filter of eight bits per entry for <paramref name="count"/> entries (a power of two).</summary>
    internal static int FilterWords(int count) => PowerOfTwoAtLeast((count + 7) / 8, 1);

    /// <summary>Number of distinct entries.</summary>
    public int Count { get; }

    /// <summary>
    /// This set's bit in <see cref="WordLexicon.Lists"/>, or 0 when the set is not part of it (a set built for one
    /// seed): <see cref="TokenView.In"/> answers from the token's looked-up bits when it is not 0.
    /// </summary>
    internal ulong LexiconBit { get; set; }

    /// <summary>
    /// The bit a token's facts (<see cref="TokenView"/>) have when they tell whether the set holds it, and
    /// <see cref="AnswerBit"/> says whether it does: for a list of the lexicon, <see cref="WordLexicon.LookedUp"/> and its
    /// <see cref="LexiconBit"/>; for a large list outside it, the bit a looked-up token has when the lexicon knows whether
    /// the list holds it (<see cref="WordLexicon"/>'s Decide). 0 for any other set, which no token's facts tell.
    /// </summary>
    internal ulong DecidedBit { get; set; }

    /// <summary>The bit a token's facts with <see cref="DecidedBit"/> have when the set holds it.</summary>
    internal ulong AnswerBit { get; set; }

    /// <summary>The entries, as stored (folded when the set ignores case).</summary>
    internal IEnumerable<string> Entries()
    {
        foreach (var entry in _entries)
        {
            if (entry is not null)
            {
                yield return entry;
            }
        }
    }

    /// <summary>Whether the set ignores case (and so wants <see cref="HashFolded"/>).</summary>
    public bool IgnoreCase => _ignoreCase;

    /// <summary>Whether the whole of <paramref name="word"/> is in the set.</summary>
    public bool Contains(string word) => Contains(word, 0, word.Length);

    /// <summary>Whether <paramref name="text"/>[<paramref name="start"/>..+<paramref name="length"/>] is in the set.</summary>
    public bool Contains(string text, int start, int length)
    {
        // Most probes have a length or first letter no entry has: reject them before hashing. The rest in a call of its
        // own, so that a slice rejected here saves and restores none of the registers the hashing takes.
        return MayMatch(text, start, length) && ContainsSlice(text, start, length);
    }

    // Contains of a slice MayMatch let through.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private bool ContainsSlice(string text, int start, int length) =>
        ContainsHashed(text, start, length, _ignoreCase ? HashFolded(text, start, length) : ExactFrom(unchecked((int)2166136261), text, start, length));

    /// <summary>
    /// <see cref="Contains(string)"/> of a word whose <see cref="HashExact"/> the caller keeps (a group's name hash): a
    /// case-sensitive set, as most lists are, then needs no hashing of it.
    /// </summary>
    public bool Contains(string word, int exactHash) =>
        MayMatch(word, 0, word.Length) && ContainsHashed(word, 0, word.Length, _ignoreCase ? HashFolded(word, 0, word.Length) : exactHash);

    /// <summary>Whether some entry is <paramref name="length"/> characters long (a cheap first test).</summary>
    public bool MayHaveLength(int length) => length > 0 && (_lengths & (1UL << System.Math.Min(length, 63))) != 0;

    /// <summary>
    /// Whether some entry has the length, the first and the last character of <paramref name="text"/>[<paramref name="start"/>..+<paramref name="length"/>]:
    /// a cheap test that never rejects a slice the set contains. A character outside ASCII is not tested.
    /// </summary>
    /// <remarks>Inlined: it is the first question put to most tokens, many times each, and a call costs as much as the test.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayMatch(string text, int start, int length)
    {
        if (length <= 0)
        {
            return false;
        }

        // The characters as written: a set that ignores case has filed its entries under both cases.
        var first = text[start];
        var last = text[start + length - 1];
        var lengths = EdgeLengths(Edge(first)) & EdgeLengths(EndEdges + Edge(last));
        return (lengths & (1UL << System.Math.Min(length, 63))) != 0;
    }

    /// <summary>
    /// The entry of a table of 128 by ASCII character at <paramref name="c"/>, which the caller has found below 128: read
    /// with no bounds check in the net8.0 build, where the cheap tests inlined in the rules made two each.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static ulong AsciiLengths(ulong[] table, char c)
    {
#if NET
        return Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(table), (nint)c);
#else
        return table[c];
#endif
    }

    /// <summary>
    /// <see cref="MayMatch"/> of a token's slice of its text (in range by construction: the tokenizer made it of that
    /// text), read with no bounds checks in the net8.0 build: a token view asks it of most tokens a rule tests against a
    /// set outside its lexicon, and its four checks were half its instructions.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal bool MayMatchToken(string text, int start, int length)
    {
#if NET
        // (A token holds a character at least: its length needs no test. One of none would read the character before
        // it, still the string's, and find no entry of length 0.)

        // The string's characters by reference, where its span was a test and branch for a null string more.
        // The table read from its field once: read twice, each read tested it for null. (A slice's start and end are
        // places in the string, never negative: they are widened without a sign.)
        ref var chars = ref Unsafe.AsRef(in text.GetPinnableReference());
        var first = Unsafe.Add(ref chars, (nint)(uint)start);
        var last = Unsafe.Add(ref chars, (nint)(uint)(start + length - 1));
        ref var edges = ref MemoryMarshal.GetArrayDataReference(_edgeLengths);
        var lengths = Unsafe.Add(ref edges, (nint)(uint)Edge(first)) & Unsafe.Add(ref edges, (nint)(uint)(EndEdges + Edge(last)));
        return (lengths & (1UL << System.Math.Min(length, 63))) != 0;
#else
        return MayMatch(text, start, length);
#endif
    }

    /// <summary>
    /// <see cref="Contains(string, int, int)"/> with the slice's hash already known: <see cref="HashFolded"/> for a
    /// set that ignores case, <see cref="HashExact"/> otherwise.
    /// </summary>
    /// <remarks>
    /// The filter's test is inlined where the set is asked: it turns away two words in three, which then need no call,
    /// where a call's saving and restoring of registers cost more than the test.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool ContainsHashed(string text, int start, int length, int hash)
    {
        var bits = FilterBits(hash);
        return (FilterWord(_hashBits, (hash >> 6) & _hashBitsMask) & bits) == bits && InSlots(text, start, length, hash);
    }

    /// <summary>
    /// The word of a filter at an index masked by the filter's mask (its length less one, so always in range), read
    /// with no bounds check in the net8.0 build: the test is inlined wherever a list is probed.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static ulong FilterWord(ulong[] filter, int index)
    {
#if NET
        return Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(filter), (nint)(uint)index);
#else
        return filter[index];
#endif
    }

    // ContainsHashed of a slice the filter let through.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private bool InSlots(string text, int start, int length, int hash)
    {
        // The stored hash settles most mismatches without reading the characters. A slot index is masked, so in range:
        // the slots are read with no bounds check in the net8.0 build.
        // The table and its mask read once: the call to Same in the loop made the compiler read both again each step.
        var stored = hash | Occupied;
        var slots = _slots;
        var mask = _mask;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var slotHash = SlotIn(slots, slot).Hash;
            if (slotHash == 0)
            {
                return false;
            }

            if (slotHash == stored && Same(slot, text, start, length))
            {
                return true;
            }
        }
    }

    // The slot at an index masked by _mask, read with no bounds check in the net8.0 build.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private ref Slot SlotAt(int slot) => ref SlotIn(_slots, slot);

    // SlotAt of the slots read into a local.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ref Slot SlotIn(Slot[] slots, int slot)
    {
#if NET
        return ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(slots), (nint)(uint)slot);
#else
        return ref slots[slot];
#endif
    }

    // Whether the entry at the slot is the slice: by its packed characters, or for a long entry its string.
    private bool Same(int slot, string text, int start, int length)
    {
        var packed = SlotAt(slot).Packed;
        if (packed != 0)
        {
            return packed == Pack(text, start, length, _ignoreCase);
        }

        var entry = _entries[slot]!;
        return entry.Length == length && SameChars(entry, text, start);
    }

    // An entry's two bits in its word of the filter, from bits of the hash the word's index does not use (the
    // index takes bits 6 and up: up to bit 18 for the largest list, of 63k words).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ulong FilterBits(int hash) => (1UL << (hash & 63)) | (1UL << ((hash >> 20) & 63));

    private bool SameChars(string entry, string text, int start)
    {
        if (!_ignoreCase)
        {
            return string.CompareOrdinal(entry, 0, text, start, entry.Length) == 0;
        }

        for (var i = 0; i < entry.Length; i++)
        {
            if (Fold(text[start + i]) != entry[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The folding every case-insensitive probe uses: ASCII by table, the rest by <see cref="char.ToLowerInvariant(char)"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
#if NET
    internal static char Fold(char c) => c < 128 ? (char)AsciiFolds[c] : char.ToLowerInvariant(c);

    // Each ASCII character folded ("A" to "a"): one load, with no range check (the span's length is known), in place of
    // a test and a branch per character of every word hashed or compared.
    private static System.ReadOnlySpan<byte> AsciiFolds => new byte[]
    {
        0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F,
        0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F,
        0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28, 0x29, 0x2A, 0x2B, 0x2C, 0x2D, 0x2E, 0x2F,
        0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x3A, 0x3B, 0x3C, 0x3D, 0x3E, 0x3F,
        0x40, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F,
        0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0x5B, 0x5C, 0x5D, 0x5E, 0x5F,
        0x60, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F,
        0x70, 0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7A, 0x7B, 0x7C, 0x7D, 0x7E, 0x7F,
    };
#else
    internal static char Fold(char c)
    {
        // A small letter or a mark, most characters folded, returns as it is after two tests, where the choice of 0x20 or
        // 0 to add was compiled, in the loops that hash and compare words, to a branch and two instructions more.
        if (c >= 128)
        {
            return char.ToLowerInvariant(c);
        }

        if ((uint)(c - 'A') <= 'Z' - 'A')
        {
            return (char)(c | 0x20);
        }

        return c;
    }
#endif

    /// <summary>The longest slice <see cref="Pack"/> holds.</summary>
    internal const int MaxPacked = 8;

    /// <summary>
    /// The slice's characters (folded with <see cref="Fold"/> when <paramref name="fold"/>), seven bits each, with its
    /// length in the top byte: one number per slice of one to <see cref="MaxPacked"/> characters, ASCII once folded, so
    /// a table can hold a short entry in its slot and compare it without reading a string. 0 for any other slice.
    /// </summary>
    internal static ulong Pack(string text, int start, int length, bool fold)
    {
        if (length <= 0 || length > MaxPacked)
        {
            return 0;
        }

#if NET
        if (start <= text.Length - MaxPacked)
        {
            return PackShort(text, start, length, fold);
        }
#endif

        return PackAny(text, start, length, fold);
    }

#if NET
    // Pack of a slice with MaxPacked characters of text from its start, read as one vector: a probe that finds its
    // hash packs the slice to compare it, and the characters one at a time were a loop whose exit the processor
    // mispredicts on most words. A slice with a character outside ASCII is packed one character at a time.
    private static ulong PackShort(string text, int start, int length, bool fold)
    {
        ref var chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(System.MemoryExtensions.AsSpan(text, start, MaxPacked)));
        var word = Vector128.LoadUnsafe(ref chars);
        var lanes = (1u << (2 * length)) - 1; // two bits of a byte mask per character
        var ascii = Vector128.Equals(word & Vector128.Create((ushort)0xFF80), Vector128<ushort>.Zero);
        if ((ascii.AsByte().ExtractMostSignificantBits() & lanes) != lanes)
        {
            return PackAny(text, start, length, fold);
        }

        if (fold)
        {
            // ASCII folded as Fold does: "A" to "Z" take 0x20.
            var upper = Vector128.LessThan(word - Vector128.Create((ushort)'A'), Vector128.Create((ushort)26));
            word += upper & Vector128.Create((ushort)0x20);
        }

        // A character a byte, the slice's own kept; then seven bits each, squeezed together in three steps.
        var bytes = Vector128.Narrow(word, word).AsUInt64().ToScalar();
        bytes &= length == MaxPacked ? ulong.MaxValue : (1UL << (8 * length)) - 1;
        bytes = (bytes & 0x007F007F007F007FUL) | ((bytes & 0x7F007F007F007F00UL) >> 1);
        bytes = (bytes & 0x00003FFF00003FFFUL) | ((bytes & 0x3FFF00003FFF0000UL) >> 2);
        bytes = (bytes & 0x000000000FFFFFFFUL) | ((bytes & 0x0FFFFFFF00000000UL) >> 4);
        return bytes | ((ulong)length << 56);
    }
#endif

    // Pack of a slice of 1 to MaxPacked characters, a character at a time.
    private static ulong PackAny(string text, int start, int length, bool fold)
    {
        var packed = (ulong)length << 56;
        for (var i = 0; i < length; i++)
        {
            var c = fold ? Fold(text[start + i]) : text[start + i];
            if (c >= 128)
            {
                return 0;
            }

            packed |= (ulong)c << (7 * i);
        }

        return packed;
    }

    /// <summary>FNV-1a of the slice as written: the hash a case-sensitive set uses.</summary>
    /// <remarks>Not inlined (but into <see cref="Contains(string, int, int)"/>): the kind rules' long method kept the loop's values on the stack.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public static int HashExact(string text, int start, int length) => ExactFrom(unchecked((int)2166136261), text, start, length);

    // FNV-1a of the slice from hash (HashExact's from its basis): a method of its own, inlined into HashExact and into
    // Contains, whose call to HashExact saved and restored registers for every word its cheap test let through.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int ExactFrom(int hash, string text, int start, int length)
    {
        unchecked
        {
#if NET
            // The slice is checked once; its characters are read with no check, two a step, where a step a character
            // spent as much on the loop's count and exit as on the hash (names of several words come here).
            ref var c = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(System.MemoryExtensions.AsSpan(text, start, length));
            nint i = 0;
            for (; i < length - 1; i += 2)
            {
                hash = (hash ^ System.Runtime.CompilerServices.Unsafe.Add(ref c, i)) * 16777619;
                hash = (hash ^ System.Runtime.CompilerServices.Unsafe.Add(ref c, i + 1)) * 16777619;
            }

            // An odd length's last character, selected, not branched to (the length's parity is a coin's toss): the
            // character after the slice read for an even one is still the string's (its closing NUL at worst).
            var odd = (hash ^ System.Runtime.CompilerServices.Unsafe.Add(ref c, i)) * 16777619;
            hash = i < length ? odd : hash;
#else
            var end = start + length;
            for (var i = start; i < end; i++)
            {
                hash = (hash ^ text[i]) * 16777619;
            }
#endif

            return hash & 0x7FFFFFFF;
        }
    }

    /// <summary>FNV-1a of the slice folded to lower case: the hash a case-insensitive set uses.</summary>
    public static int HashFolded(string text, int start, int length)
    {
#if NET
        if (FitsLanes(text, start, length))
        {
            var word = LoadLanes(text, start);
            if (IsAsciiWord(word, length))
            {
                return HashLanes(FoldAscii(word) & OwnLanes(length), length);
            }
        }
        else if (System.Runtime.Intrinsics.X86.Avx2.IsSupported && length > LaneWord && FitsTwoLanes(text, start, length)
            && TryHashTwoLanes(text, start, length, out var both))
        {
            // Nine to sixteen characters in ASCII from two vectors, as the lexicon's lookup hashes them, where a
            // character at a time folded each by a table and a branch.
            return (int)(both >> 32);
        }
#endif

        unchecked
        {
            var hash = (int)2166136261;
            for (var i = start; i < start + length; i++)
            {
                hash = (hash ^ Fold(text[i])) * 16777619;
            }

            return hash & 0x7FFFFFFF;
        }
    }

    // A slot's hash has this bit set (hashes have none), so an empty slot is 0.
    private const int Occupied = int.MinValue;

    private struct Slot
    {
        public ulong Packed; // Pack of the entry, or 0 when it is too long or not ASCII
        public int Hash;
    }
}
