using System.Collections.Generic;
#if NET
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
#endif
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// Which suspect names a seed also writes in lower case ("Sheep have long been known ..." and "... transmitted
/// to sheep"), found in one pass over the tokens. The suspects are a few capitalised words and the lower-case
/// words are most of the seed, so a token is first tested against a small bitmap of the suspects' lengths and
/// first, middle and last letters; the few that pass are hashed in full and looked up in a table of the suspects' names,
/// one entry per name as folded (suspects written alike but for case share it). A name found once is settled, so
/// its bit leaves the bitmap as soon as no other name still sought shares it.
/// </summary>
/// <remarks>
/// A word echoes a name when a case-insensitive <see cref="WordSet"/> of the lowered names
/// (<see cref="string.ToLowerInvariant()"/>) would contain it, and the word lowered the same way is the lowered
/// name. Folding a character at a time, as the set does, and lowering a string differ only on surrogate pairs
/// (a lowered name without them is echoed by any word that matches it), so only names with surrogates compare the
/// lowered words themselves.
/// </remarks>
internal sealed class LowerCaseEchoes
{
    // One instance per thread, reset for each seed: its arrays are scratch that no result refers to, and a seed's
    // suspects would otherwise cost a dozen fresh arrays (the engine runs on many threads; none shares one).
    [System.ThreadStatic]
    private static LowerCaseEchoes? _current;

    // An open-addressed table of the entries by the hash of their folded name (every character counts: a key of a
    // few letters would chain every name alike in those and make a crafted seed quadratic). A slot holds the
    // entry's index + 1, 0 when empty.
    private int[] _slotHashes = System.Array.Empty<int>();
    private int[] _slotEntries = System.Array.Empty<int>();
    private int _mask;

    // The keys (first, second and last letter and length) the names have, as a set: a word the filter let by is
    // hashed in full only when a name shares its key ("that" passes the filter for "Test" but not this).
    private int[] _keys = System.Array.Empty<int>();

    // The entries, the first _entryCount of the array, and what was found; _entryOf maps each suspect to its entry.
    private Entry[] _entries = System.Array.Empty<Entry>();
    private int _entryCount;
    private bool[] _entryEchoed = System.Array.Empty<bool>();
    private int[] _entryOf = System.Array.Empty<int>();

    // A bit for each (length, first character, last and middle letters) some name has, each taken to its low bits
    // (length to four, the first character to eight, the last and middle letters mixed to six): one read of this small
    // table settles nearly every token without a branch on what the token is. (Eight bits of the first character are
    // its low byte, which the loop loads alone.) The first character is the name's
    // lowered, whole in ASCII, so a capitalised word or a mark never passes for a lower-case word, and the loop need
    // not read the token's case. See Filter and Bit.
    private readonly ulong[] _filter = new ulong[16 * 256];

    // The words of the filter set whole for a name whose middle letter is outside ASCII (its bit says nothing of the
    // words that match it): their bits are never cleared.
    private readonly bool[] _wholeWords = new bool[16 * 256];

    // By length, first letter and bit of the filter (to four, four and six bits), how many entries of that cell have not been echoed yet. A
    // name echoed once needs no more lookups, so when the last entry of a cell is echoed its bit of the filter is
    // cleared, and the many later "be" or "people" that matched it (the echoes of "Be", "People") are settled by the
    // filter alone. Names that share a bit of the filter share a cell (the cell reads fewer bits of the first
    // character), so a cell emptied leaves no name behind its bit.
    private readonly int[] _unechoed = new int[16 * 32 * 32];
    private bool _letAllThrough;

    // Whether the filter holds bits of a seed (from Reset until ClearCounts).
    private bool _filterSet;

    // The text being scanned (see Scan).
    private string _text = string.Empty;

    // Each suspect's name lowered, for a name outside ASCII (one in ASCII is read from its group: see NameOf and
    // LowerAscii); null for the others.
    private string?[] _lowered = System.Array.Empty<string>();

    // The suspects, as the caller gives them: the groups at _places[0 .. count) of _groups (see Find).
    private List<EntityGroup>? _groups;
    private int[] _places = System.Array.Empty<int>();

    // Suspect i's name as its entry matches it: lowered when it is outside ASCII, else as written (see Reset).
    private string NameOf(int suspect) => _lowered[suspect] ?? _groups![_places[suspect]].Name;
    private bool[] _hasSurrogate = System.Array.Empty<bool>();

    // The lowered words that match a name with surrogates.
    private HashSet<string>? _loweredWords;

    private void Reset(List<EntityGroup> groups, int[] places, int count, int[] hashes)
    {
        _groups = groups;
        _places = places;
        if (_lowered.Length < count)
        {
            var room = System.Math.Max(count, _lowered.Length * 2);
            _lowered = new string?[room];
            _hasSurrogate = new bool[room];
            _entryOf = new int[room];
            _entries = new Entry[room];
        }

        System.Array.Clear(_hasSurrogate, 0, count);
        System.Array.Clear(_lowered, 0, count); // NameOf reads a name in ASCII from its group only where this is null
        _entryCount = 0;
        _loweredWords = null;
        if (_filterSet)
        {
            // The last seed stopped before its words were cleared (Find clears them when done).
            System.Array.Clear(_filter, 0, _filter.Length);
            System.Array.Clear(_wholeWords, 0, _wholeWords.Length);
        }

        _filterSet = true;

        // The filter lets few words through to the table, so it need not be sparse.
        var size = 32;
        while (size < count * 2)
        {
            size <<= 1;
        }

        if (_slotHashes.Length < size)
        {
            _slotHashes = new int[size];
            _keys = new int[size];
            _slotEntries = new int[size];
        }
        else
        {
            System.Array.Clear(_slotHashes, 0, size);
            System.Array.Clear(_keys, 0, size);
            System.Array.Clear(_slotEntries, 0, size);
        }

        _mask = size - 1;
        var letAllThrough = false;

        // The suspects' places and hashes are read unchecked: the caller gives count of each (Find), and each place is
        // a group's in the list, read by place as a span in the net8.0 build. So are the suspects' own tables, made
        // at least count long above, and a name's characters, read at places below its length, which is not 0.
        var at = new Unchecked<int>(places);
        var hashOf = new Unchecked<int>(hashes);
        var entryOf = new Unchecked<int>(_entryOf);
        var listed = new ListItems<EntityGroup>(groups);

        // The tables the loop writes are read into locals once, not from their fields at each suspect: the loop's stores
        // into arrays could, for all the compiler knows, change the fields, so it read each again (and tested it for
        // null) every time. A word of the filter is below its length (Filter), and the other tables' reads are
        // below theirs as EntryFor and AddKey say.
        var filter = new Unchecked<ulong>(_filter);
        var tables = new Tables(_slotEntries, _slotHashes, _entries, _unechoed, _keys, _mask);
        for (var i = 0; i < count; i++)
        {
            // A name in ASCII is kept as written and lowered as it is read (LowerAscii): lowering thousands of
            // names into new strings cost more than the pass over the tokens. Its folded hash is the caller's.
            // Only a name with surrogates is read from _lowered again (Find); the entry keeps the rest.
            var name = listed[at[i]].Name;
            var hash = hashOf[i];
            var hasSurrogate = false;
            if (!AsciiText.IsAscii(name))
            {
                name = name.ToLowerInvariant();
                hasSurrogate = HasSurrogate(name);
                new Unchecked<bool>(_hasSurrogate)[i] = hasSurrogate;
                hash = HashOf(name);
                _lowered[i] = name;
            }

            if (name.Length == 0)
            {
                entryOf[i] = -1;
                continue;
            }

            var chars = new UncheckedText(name);
            var first = LowerAscii(chars[0]);
            var last = LowerAscii(chars[name.Length - 1]);
            var middle = LowerAscii(chars[name.Length >> 1]);
            var word = Filter(name.Length, first);
            var bit = Bit(last, middle);
            if (first >= 128 || last >= 128)
            {
                // A name that starts or ends outside ASCII is matched by words the filter's low bits say nothing of.
                letAllThrough = true;
            }
            else if (middle >= 128)
            {
                // One whose middle letter is outside ASCII, by every word alike at its ends.
                _filter[word] = ulong.MaxValue;
                _wholeWords[word] = true;
            }
            else
            {
                filter[word] |= 1UL << bit;
            }

            AddKey(tables, Key(first, LowerAscii(chars[name.Length > 1 ? 1 : 0]), last, name.Length));
            entryOf[i] = EntryFor(tables, i, name, hash, hasSurrogate, Cell(name.Length, first, bit), (word << 6) | bit);
        }

        _letAllThrough = letAllThrough;
        if (letAllThrough)
        {
            for (var j = 0; j < _filter.Length; j++)
            {
                _filter[j] = ulong.MaxValue;
            }
        }

        if (_entryEchoed.Length < _entryCount)
        {
            _entryEchoed = new bool[System.Math.Max(_entryCount, _entryEchoed.Length * 2)];
        }
        else
        {
            System.Array.Clear(_entryEchoed, 0, _entryCount);
        }
    }

    // Leaves the counts of the filter's bits at zero for the next seed: only the bits of this seed's entries were
    // counted, so only those are cleared. (Were a seed to stop half way, counts left above zero would only keep
    // bits set: a bit is cleared when its count falls to zero, never before its names are found.) So is the filter:
    // only the words of the entries were set, unless all were (the 36 KB of the two tables, cleared whole for each
    // seed, cost more than the rest of the reset).
    private void ClearCounts()
    {
        // The tables are read into locals once (the loop's stores would have them read from their fields again at each
        // entry), and unchecked: the entries hold the count of them (Reset), and each one's cell and word of the filter
        // are below those tables' lengths (Cell, Filter).
        var filter = new Unchecked<ulong>(_filter);
        var wholeWords = new Unchecked<bool>(_wholeWords);
        var unechoed = new Unchecked<int>(_unechoed);
        var entries = new Unchecked<Entry>(_entries);
        var count = _entryCount;
        for (var e = 0; e < count; e++)
        {
            ref readonly var entry = ref entries[e];
            unechoed[entry.Cell] = 0;
            filter[entry.Bit >> 6] = 0;
            wholeWords[entry.Bit >> 6] = false;
        }

        if (_letAllThrough)
        {
            System.Array.Clear(_filter, 0, _filter.Length);
        }

        _filterSet = false;
    }

    // What Find returns, kept for the thread's next seed.
    private bool[] _echoed = System.Array.Empty<bool>();

    /// <summary>
    /// For each of the <paramref name="count"/> suspects, the groups at <paramref name="places"/> of
    /// <paramref name="groups"/>, whether the seed also writes its name as a lower-case word; <paramref name="hashes"/>
    /// holds each one's name's <see cref="WordSet.HashFolded"/>. The array is the thread's, valid until its next call,
    /// and may be longer than the count.
    /// </summary>
    public static bool[] Find(TokenView view, List<EntityGroup> groups, int[] places, int count, int[] hashes)
    {
        var echoes = _current ??= new LowerCaseEchoes();
        echoes.Reset(groups, places, count, hashes);
        echoes.Scan(view.Tokens, view.Count, view.Text);
        var echoed = echoes._echoed.Length >= count ? echoes._echoed : echoes._echoed = new bool[System.Math.Max(count, 2 * echoes._echoed.Length)];
        // Each table read here holds count suspects at least (Reset, and echoed just above), and an entry is below the
        // count of entries, which _entryEchoed holds (Reset): read unchecked.
        var entryOf = new Unchecked<int>(echoes._entryOf);
        var hasSurrogate = new Unchecked<bool>(echoes._hasSurrogate);
        var entryEchoed = new Unchecked<bool>(echoes._entryEchoed);
        var answers = new Unchecked<bool>(echoed);
        for (var i = 0; i < count; i++)
        {
            var entry = entryOf[i];
            if (entry < 0)
            {
                answers[i] = false;
                continue;
            }

            answers[i] = hasSurrogate[i]
                ? echoes._loweredWords is not null && echoes._loweredWords.Contains(echoes._lowered[i]!)
                : entryEchoed[entry];
        }

        // Nothing of this seed stays behind: the counts are zero again, and no name is held on to.
        echoes.ClearCounts();
        System.Array.Clear(echoes._lowered, 0, count);
        echoes._entryCount = 0;
        echoes._loweredWords = null;
        echoes._groups = null;
        echoes._places = System.Array.Empty<int>();
        return echoed;
    }

    // Looks up every token the filter lets by. Its own method, with few values live across the call to Look, so that
    // they all stay in registers (what is found does not depend on the order: a name is echoed by any word that
    // matches it). Every token tested takes the same few steps to the one branch, which nearly all of them skip: a
    // branch on the token's kind first would be mispredicted over and over, as words and punctuation alternate. The
    // filter passes only a word that starts as some lowered name does, which a capitalised word never does (Look asks
    // the few it lets by whether they are lower-case words). A token has a character at least.
    private void Scan(Token[] tokens, int count, string text)
    {
        _text = text;
#if NET
        // Every token's characters are in the text, and a word of the filter is below its length by construction
        // (Filter), so the reads need no range checks: without them, and with the offsets read unsigned off the token's
        // bits (no sign to widen), a token takes two thirds of the instructions. The spans are checked once, here. Look
        // reads the text from a field, so that the loop's values stay in the registers a call keeps.
        ref var token0 = ref Unsafe.As<Token, ulong>(ref MemoryMarshal.GetReference(tokens.AsSpan(0, count)));
        ref var char0 = ref MemoryMarshal.GetReference(text.AsSpan());
        ref var filter0 = ref MemoryMarshal.GetArrayDataReference(_filter);
        nint k = 0;
        if (Sse2.IsSupported)
        {
            // Only a lower-case word can echo a name (Look asks first), and two tokens in five are none: the words of
            // 64 tokens are told by their bits at once, as a mask whose set bits the filter then tests, one by one,
            // noting those it lets by in a mask of their own; the few noted are looked up after. With no call in it,
            // the loop over the words keeps all its values in registers (one with the call spilt two to memory).
            for (; k <= count - 64; k += 64)
            {
                var words = LowerWords(ref token0, k);
                ref var block = ref Unsafe.Add(ref token0, k);
                var passed = 0UL;
                for (; words != 0; words &= words - 1)
                {
                    var j = Lowest(words);
                    if (((Filtered(Unsafe.Add(ref block, j), ref char0, ref filter0, out var bit) >> bit) & 1) != 0)
                    {
                        passed |= 1UL << (int)j;
                    }
                }

                for (; passed != 0; passed &= passed - 1)
                {
                    Look(new Token(Unsafe.Add(ref block, Lowest(passed))));
                }
            }
        }

        for (; k < count; k++)
        {
            Test(ref token0, ref char0, ref filter0, k);
        }
#else
        var filter = _filter;
        for (var k = count - 1; k >= 0; k--)
        {
            var token = tokens[k];
            var start = token.Start;
            var length = token.Length;
            var bits = filter[Filter(length, text[start])] >> Bit(text[start + length - 1], text[start + (length >> 1)]);
            if ((bits & 1) != 0)
            {
                Look(token);
            }
        }
#endif
        _text = string.Empty;
    }

#if NET
    // The filter's word for the token of these bits, and its bit there (see Scan): Bit but for its six low bits
    // taken, which the shift of the word takes. The word is found from the length's low bits as they lie in the
    // token's, shifted once into place.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Filtered(ulong bits, ref char char0, ref ulong filter0, out int bit)
    {
        var length = LengthOf(bits);
        ref var first = ref Unsafe.Add(ref char0, (nuint)bits & StartMask);
        bit = Unsafe.Add(ref first, length - 1) ^ (Unsafe.Add(ref first, length >> 1) << 1);
        return Unsafe.Add(ref filter0, ((nuint)(bits >> (Token.StartBits - 8)) & (15 << 8)) | (nuint)(byte)first); // Filter(length, first)
    }

    // A token's length from its bits: one field extraction where there is one, for the shift, the copy and the mask.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static nuint LengthOf(ulong bits) =>
        Bmi1.X64.IsSupported ? (nuint)Bmi1.X64.BitFieldExtract(bits, Token.StartBits, Token.KindShift - Token.StartBits) : (nuint)(bits >> Token.StartBits) & LengthMask;

    // Looks token k up when the filter lets it by (see Scan).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Test(ref ulong token0, ref char char0, ref ulong filter0, nint k)
    {
        var bits = Unsafe.Add(ref token0, k);
        var length = (nuint)(bits >> Token.StartBits) & LengthMask;
        ref var first = ref Unsafe.Add(ref char0, (nuint)bits & StartMask);
        var word = Unsafe.Add(ref filter0, ((length & 15) << 8) | (nuint)(byte)first); // Filter(length, first)
        if (((word >> Bit(Unsafe.Add(ref first, length - 1), Unsafe.Add(ref first, length >> 1))) & 1) != 0)
        {
            Look(new Token(bits));
        }
    }

    // The index of the lowest bit set, as an index: the 64-bit count needs no widening from int.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static nint Lowest(ulong mask) => Bmi1.X64.IsSupported ? (nint)Bmi1.X64.TrailingZeroCount(mask) : Bits.LowestOf(mask);

    // Which of the 64 tokens from k are lower-case words (Token.IsLowerWord), a bit each.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong LowerWords(ref ulong token0, nint k) => Avx2.IsSupported ? WideLowerWords(ref token0, k) : NarrowLowerWords(ref token0, k);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong WideLowerWords(ref ulong token0, nint k) => LowerWords32(ref token0, k) | (LowerWords32(ref token0, k + 32) << 32);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong NarrowLowerWords(ref ulong token0, nint k) =>
        LowerWords16(ref token0, k) | (LowerWords16(ref token0, k + 16) << 16)
        | (LowerWords16(ref token0, k + 32) << 32) | (LowerWords16(ref token0, k + 48) << 48);

    /// <summary>
    /// Which of the 64 tokens from <paramref name="k"/> are lower-case words, by AVX2 (<paramref name="wide"/>) or by
    /// SSE2 alone, whatever the processor has: a test reads both widths where the scan only ever takes one.
    /// </summary>
    internal static ulong LowerWordsOf(Token[] tokens, int k, bool wide)
    {
        ref var token0 = ref Unsafe.As<Token, ulong>(ref MemoryMarshal.GetReference(tokens.AsSpan(k, 64)));
        return wide ? WideLowerWords(ref token0, 0) : NarrowLowerWords(ref token0, 0);
    }

    // LowerWords16 twice as wide: the high halves of eight tokens in a vector, half the steps for the same tokens. The
    // steps work within each half of a vector, so the answers come out of the narrowing in the order 0, 1, 4, 5, 8, 9,
    // 12, 13, 16, 17, ... 29 and then 2, 3, 6, 7, ... 31; the halves' quarters are swapped into tokens 0 to 15 and 16
    // to 31, and the bytes of each put in order, before their top bits make the mask.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong LowerWords32(ref ulong token0, nint k)
    {
        var mask = Vector256.Create((uint)(LowerWordMask >> 32));
        var lower = Vector256.Create((uint)(LowerWordBits >> 32));
        var a = Avx2.CompareEqual(HighHalves8(ref token0, k) & mask, lower).AsInt32();
        var b = Avx2.CompareEqual(HighHalves8(ref token0, k + 8) & mask, lower).AsInt32();
        var c = Avx2.CompareEqual(HighHalves8(ref token0, k + 16) & mask, lower).AsInt32();
        var d = Avx2.CompareEqual(HighHalves8(ref token0, k + 24) & mask, lower).AsInt32();
        var bytes = Avx2.PackSignedSaturate(Avx2.PackSignedSaturate(a, b), Avx2.PackSignedSaturate(c, d));
        var halves = Avx2.Permute4x64(bytes.AsUInt64(), 0b11_01_10_00).AsSByte();
        var order = Vector256.Create((sbyte)0, 1, 8, 9, 2, 3, 10, 11, 4, 5, 12, 13, 6, 7, 14, 15, 0, 1, 8, 9, 2, 3, 10, 11, 4, 5, 12, 13, 6, 7, 14, 15);
        return (uint)Avx2.MoveMask(Avx2.Shuffle(halves, order));
    }

    // The high halves of the bits of the eight tokens from k, in the order 0, 1, 4, 5, 2, 3, 6, 7.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> HighHalves8(ref ulong token0, nint k) =>
        Avx.Shuffle(Vector256.LoadUnsafe(ref Unsafe.Add(ref token0, k)).AsSingle(), Vector256.LoadUnsafe(ref Unsafe.Add(ref token0, k + 4)).AsSingle(), 0xDD).AsUInt32();

    // Which of the 16 tokens from k are lower-case words (Token.IsLowerWord), as the low 16 bits. The kind and the
    // case flags are in the high half of a token's bits: the high halves of four tokens are gathered in one vector,
    // compared at once, and the 16 answers narrowed to bytes, whose top bits make the mask.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong LowerWords16(ref ulong token0, nint k)
    {
        var mask = Vector128.Create((uint)(LowerWordMask >> 32));
        var lower = Vector128.Create((uint)(LowerWordBits >> 32));
        var a = Sse2.CompareEqual(HighHalves(ref token0, k) & mask, lower).AsInt32();
        var b = Sse2.CompareEqual(HighHalves(ref token0, k + 4) & mask, lower).AsInt32();
        var c = Sse2.CompareEqual(HighHalves(ref token0, k + 8) & mask, lower).AsInt32();
        var d = Sse2.CompareEqual(HighHalves(ref token0, k + 12) & mask, lower).AsInt32();
        return (uint)Sse2.MoveMask(Sse2.PackSignedSaturate(Sse2.PackSignedSaturate(a, b), Sse2.PackSignedSaturate(c, d)));
    }

    // The high halves of the bits of the four tokens from k, in order.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<uint> HighHalves(ref ulong token0, nint k) =>
        Sse.Shuffle(Vector128.LoadUnsafe(ref Unsafe.Add(ref token0, k)).AsSingle(), Vector128.LoadUnsafe(ref Unsafe.Add(ref token0, k + 2)).AsSingle(), 0xDD).AsUInt32();

    // A token's start and length, as Token packs them in its bits.
    private const nuint StartMask = (1u << Token.StartBits) - 1;
    private const nuint LengthMask = (1u << (Token.KindShift - Token.StartBits)) - 1;

    // The bits of a token that Token.IsLowerWord reads (all in the high half), and their values in a lower-case word.
    private const ulong LowerWordMask = (3UL << Token.KindShift) | ((ulong)(TokenFlags.LowerInitial | TokenFlags.MixedCase) << Token.FlagsShift);
    private const ulong LowerWordBits = ((ulong)TokenKind.Word << Token.KindShift) | ((ulong)TokenFlags.LowerInitial << Token.FlagsShift);
#endif

    // The entry of a folded name, made when it is new. Suspects whose names differ only in case ("Will", "WILL")
    // share one: a word that echoes one echoes the other.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int EntryFor(in Tables tables, int suspect, string name, int hash, bool hasSurrogate, int cell, int bit)
    {
        // A slot is at most the mask, below the tables' length, and a cell below the counts' (Cell): read unchecked.
        // An entry is below the count of suspects, which the entries' array holds (Reset).
        var slotEntries = tables.SlotEntries;
        var slotHashes = tables.SlotHashes;
        var entries = tables.Entries;
        var mask = tables.Mask;
        var slot = hash & mask;
        while (slotEntries[slot] != 0)
        {
            var entry = slotEntries[slot] - 1;
            if (slotHashes[slot] == hash && SameFoldedNames(NameOf(entries[entry].Suspect), name))
            {
                entries[entry].HasSurrogate |= hasSurrogate;
                return entry;
            }

            slot = (slot + 1) & mask;
        }

        var made = _entryCount++;
        entries[made] = new Entry { Suspect = suspect, HasSurrogate = hasSurrogate, Cell = cell, Bit = bit };
        tables.Unechoed[cell]++;
        slotHashes[slot] = hash;
        slotEntries[slot] = made + 1;
        return made;
    }

    // A token the filter let by (one in fifteen): a lower-case word is looked up in the table. Kept out of the
    // loop over the tokens, so that the loop stays small.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void Look(Token token)
    {
        var text = _text;
        var start = token.Start;
        var length = token.Length;
        if (!token.IsLowerWord || length == 0)
        {
            return;
        }

        // A token's characters are the text's, and a slot is at most the mask, below the tables' length (Reset): read
        // unchecked, the tables and the mask from their fields once (Match's stores could change them, for all the
        // compiler knows, and they were read again at each probe).
        var chars = new UncheckedText(text);
        var mask = _mask;
        if (!HasKey(new Unchecked<int>(_keys), mask, Key(WordSet.Fold(chars[start]), WordSet.Fold(chars[start + (length > 1 ? 1 : 0)]), WordSet.Fold(chars[start + length - 1]), length)))
        {
            return;
        }

        var hash = WordSet.HashFolded(text, start, length);
        var slotEntries = new Unchecked<int>(_slotEntries);
        var slotHashes = new Unchecked<int>(_slotHashes);
        var slot = hash & mask;
        while (slotEntries[slot] != 0)
        {
            var entry = slotEntries[slot] - 1;
            if (slotHashes[slot] == hash)
            {
                Match(entry, text, start, length);
            }

            slot = (slot + 1) & mask;
        }
    }

    // An entry is below the count of entries, which the entries and _entryEchoed hold (Reset), and its cell and word of
    // the filter below those tables' lengths (Cell, Filter): read unchecked. So is the token's text, of the name's length.
    private void Match(int entry, string text, int start, int length)
    {
        ref readonly var e = ref new Unchecked<Entry>(_entries)[entry];
        var surrogate = e.HasSurrogate;
        var name = NameOf(e.Suspect);
        var echoed = new Unchecked<bool>(_entryEchoed);
        if ((echoed[entry] && !surrogate) || name.Length != length || !SameFolded(name, new UncheckedText(text), start))
        {
            return;
        }

        echoed[entry] = true;
        if (surrogate)
        {
            (_loweredWords ??= new HashSet<string>(System.StringComparer.Ordinal)).Add(text.Substring(start, length).ToLowerInvariant());
        }
        else if (--new Unchecked<int>(_unechoed)[e.Cell] == 0 && !_letAllThrough && !new Unchecked<bool>(_wholeWords)[e.Bit >> 6])
        {
            // No name left to find behind this bit (a name with surrogates is never done, and lets everything through).
            var bit = e.Bit;
            new Unchecked<ulong>(_filter)[bit >> 6] &= ~(1UL << (bit & 63));
        }
    }

    // The text holds the name's length from start (Match).
    private static bool SameFolded(string name, UncheckedText text, int start)
    {
        for (var i = 0; i < name.Length; i++)
        {
            if (WordSet.Fold(text[start + i]) != LowerAscii(name[i]))
            {
                return false;
            }
        }

        return true;
    }

    // Two suspects' names (as kept in the entries) that every word matches alike.
    private static bool SameFoldedNames(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (LowerAscii(a[i]) != LowerAscii(b[i]))
            {
                return false;
            }
        }

        return true;
    }

    // Per entry: its first suspect (whose name it is, as NameOf gives it), whether a suspect of it has surrogates, and
    // its cell of the counts and its bit of the filter (see Cell and Filter). No reference: the entries are the
    // thread's, and a name written into them was a write barrier's call for every suspect.
    private struct Entry
    {
        public int Suspect;
        public bool HasSurrogate;
        public int Cell;
        public int Bit;
    }

    // The hash of a name as SameFolded compares it, equal to the hash of any word that matches it: the name's
    // characters are lowered already (or ASCII, which the fold lowers), and folding a lowered character keeps it.
    private static int HashOf(string name) => WordSet.HashFolded(name, 0, name.Length);

    // A name's character as ToLowerInvariant would give it, for a name in ASCII (and the identity on a name
    // already lowered, which holds no capital A to Z). Without a branch: names in capitals and in title case come
    // mixed, so a branch on the case of their letters was mispredicted over and over. c - 'A' and c - 'Z' - 1 differ
    // in sign just for a capital A to Z, whose sign bit then adds 32.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static char LowerAscii(char c) => (char)(c + ((((c - 'A') ^ (c - ('Z' + 1))) >> 31) & 32));

    private static bool HasSurrogate(string name)
    {
        foreach (var c in name)
        {
            if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void AddKey(in Tables tables, int key)
    {
        // A slot is at most the mask, below the table's length (Reset): read unchecked.
        var keys = tables.Keys;
        var mask = tables.Mask;
        var slot = KeySlot(key, mask);
        while (keys[slot] != 0 && keys[slot] != key)
        {
            slot = (slot + 1) & mask;
        }

        keys[slot] = key;
    }

    // Inlined into Look, which asks it first of every word the filter lets by.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool HasKey(Unchecked<int> keys, int mask, int key)
    {
        for (var slot = KeySlot(key, mask); keys[slot] != 0; slot = (slot + 1) & mask)
        {
            if (keys[slot] == key)
            {
                return true;
            }
        }

        return false;
    }

    // First, second and last letter and length, each to its low bits (never 0: the length is at least 1). Names
    // that share a key are told apart by the full hash; the set only holds each key once, so no key chains names.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Key(char first, char second, char last, int length) =>
        (System.Math.Min(length, 255) << 23) | ((first & 0x7F) << 16) | ((second & 0xFF) << 8) | (last & 0xFF);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int KeySlot(int key, int mask) => (int)(unchecked((uint)key * 0x9E3779B1u) >> 16) & mask;

    // The tables Reset writes for each suspect, read from their fields once (see Reset).
    private readonly ref struct Tables
    {
        public readonly Unchecked<int> SlotEntries;
        public readonly Unchecked<int> SlotHashes;
        public readonly Unchecked<Entry> Entries;
        public readonly Unchecked<int> Unechoed;
        public readonly Unchecked<int> Keys;
        public readonly int Mask;

        public Tables(int[] slotEntries, int[] slotHashes, Entry[] entries, int[] unechoed, int[] keys, int mask)
        {
            SlotEntries = new Unchecked<int>(slotEntries);
            SlotHashes = new Unchecked<int>(slotHashes);
            Entries = new Unchecked<Entry>(entries);
            Unechoed = new Unchecked<int>(unechoed);
            Keys = new Unchecked<int>(keys);
            Mask = mask;
        }
    }

    // A name's cell of the counts: its length and first letter to their low bits and its bit of the filter, as one
    // number. Names that start or end outside ASCII are let through whatever their bit (see Reset), so theirs is only counted.
    private static int Cell(int length, char first, int bit) => ((length & 15) << 10) | ((first & 15) << 6) | bit;

    // A name's bit in its word of the filter: its last letter's six low bits mixed with its middle one's five, so that
    // words alike at both ends ("sheep", "shape") mostly take different bits. The middle of a word of one letter is
    // that letter. The bit tells ASCII capitals from small letters, which the filter need not do; but only a word with
    // no capital echoes (Look asks), and in such a word each character is as the lowered name's, whose bit it takes.
    private static int Bit(char last, char middle) => (last ^ (middle << 1)) & 63;

    // The filter's word for a length and first character (of a name, lowered); Bit picks the bit in it.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Filter(int length, char first) => ((length & 15) << 8) | (first & 255);
}
