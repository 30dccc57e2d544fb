using System.Collections.Generic;
#if NET
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#endif
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// All the fixed word lists merged into one table: for a word, one hash and one probe give a bit for every list
/// it belongs to. The name rules ask a capitalised token about a dozen lists ("is it a function word, a calendar
/// word, a title, a role modifier, a given name ..."); with this table a <see cref="TokenView"/> looks each token
/// up once and answers every later question by testing a bit.
/// </summary>
/// <remarks>
/// Entries are keyed by their folded form (<see cref="WordSet.HashFolded"/>'s folding). A list that ignores case
/// stores the bit on the key itself; a case-sensitive list stores it on the exact spelling, kept under the key,
/// so a probe matches it only when written exactly so. Membership is therefore the same as the list's own
/// <see cref="WordSet.Contains(string, int, int)"/>.
/// </remarks>
internal sealed class WordLexicon
{
    /// <summary>
    /// "GPUs", "CEOs": the common-noun acronyms of two letters or more with a plural "s" (case-sensitive, as they are).
    /// A list of the lexicon, so that a capitalised word looked up is told a plural acronym by its bits, where a probe of
    /// the acronyms with the "s" left out was a call of its own for every word ending in "s".
    /// </summary>
    internal static readonly WordSet AcronymPlurals = new(Plurals(WordLists.NonEntityAcronyms), ignoreCase: false);

    /// <summary>
    /// "Kenyans", "Germans": the nationalities (<see cref="WordLists.Demonyms"/>) with a plural "s". A list of the lexicon,
    /// so that a one-word name is told a people by its looked-up bits, where the nationalities were probed with the "s"
    /// left out for every name ending in "s", in a call, after a branch on that letter the processor mispredicted often.
    /// </summary>
    internal static readonly WordSet DemonymPlurals = new(Plurals(WordLists.Demonyms), ignoreCase: false);

    /// <summary>
    /// The lexicon of the <see cref="WordLists"/> that name rules ask of tokens (the tokenizer's abbreviation and
    /// domain lists are probed by the tokenizer itself); built once.
    /// </summary>
    public static readonly WordLexicon Lists = new(new[]
    {
        WordLists.FunctionWords, WordLists.CommonWords, WordLists.GivenNames, WordLists.Surnames, WordLists.SurnamesFirst,
        WordLists.Places, WordLists.PlacesAnyCase, WordLists.Demonyms, WordLists.DemonymsAnyCase, WordLists.Titles,
        WordLists.Roles, WordLists.RoleModifiers, WordLists.Honorifics, WordLists.OrgSuffixes, WordLists.PlaceSuffixes,
        WordLists.EventWords, WordLists.OfHeads, WordLists.OrgDescriptors, WordLists.OrgDescriptorsBefore,
        WordLists.ProductDescriptors, WordLists.ProductDescriptorsBefore, WordLists.DescriptorHeads, WordLists.PlaceDescriptors,
        WordLists.NonEntityAcronyms, WordLists.Calendar, WordLists.ReportingVerbs, WordLists.NameParticles, WordLists.SportWords,

        // Small lists a rule asks of a name's words, most of them words looked up already, which then answer from a bit
        // where the list's own probe was a call.
        WordLists.MarketsAndClimate, WordLists.LawHeads, WordLists.MarketWords, WordLists.ShipPrefixes, WordLists.Countries,
        WordLists.CompanyRelations, WordLists.Competitors, WordLists.Commodities, WordLists.TreatyNouns, WordLists.TreatyTopics,
        AcronymPlurals, DemonymPlurals,
    }, decided: new[] { WordLists.EnglishWords });

    // The bits of the lists a token view tests on every capitalised word it looks up, as constants (their places in the
    // list above; the constructor checks them): a static list's bit is a load behind a test that its class is ready.

    /// <summary><see cref="WordLists.FunctionWords"/>' <see cref="WordSet.LexiconBit"/>.</summary>
    public const ulong FunctionWordsBit = 1UL << 0;

    /// <summary><see cref="WordLists.CommonWords"/>' <see cref="WordSet.LexiconBit"/>.</summary>
    public const ulong CommonWordsBit = 1UL << 1;

    /// <summary><see cref="WordLists.GivenNames"/>' <see cref="WordSet.LexiconBit"/>.</summary>
    public const ulong GivenNamesBit = 1UL << 2;

    /// <summary><see cref="WordLists.Surnames"/>' <see cref="WordSet.LexiconBit"/>.</summary>
    public const ulong SurnamesBit = 1UL << 3;

    /// <summary><see cref="WordLists.SurnamesFirst"/>' <see cref="WordSet.LexiconBit"/>.</summary>
    public const ulong SurnamesFirstBit = 1UL << 4;

    /// <summary><see cref="WordLists.Places"/>' <see cref="WordSet.LexiconBit"/>.</summary>
    public const ulong PlacesBit = 1UL << 5;

    /// <summary><see cref="WordLists.PlacesAnyCase"/>' <see cref="WordSet.LexiconBit"/>.</summary>
    public const ulong PlacesAnyCaseBit = 1UL << 6;

    /// <summary><see cref="WordLists.Demonyms"/>' <see cref="WordSet.LexiconBit"/>.</summary>
    public const ulong DemonymsBit = 1UL << 7;

    /// <summary><see cref="WordLists.DemonymsAnyCase"/>' <see cref="WordSet.LexiconBit"/>.</summary>
    public const ulong DemonymsAnyCaseBit = 1UL << 8;

    /// <summary><see cref="WordLists.OrgSuffixes"/>' <see cref="WordSet.LexiconBit"/>.</summary>
    public const ulong OrgSuffixesBit = 1UL << 13;

    /// <summary><see cref="WordLists.PlaceSuffixes"/>' <see cref="WordSet.LexiconBit"/>.</summary>
    public const ulong PlaceSuffixesBit = 1UL << 14;

    /// <summary><see cref="WordLists.EventWords"/>' <see cref="WordSet.LexiconBit"/>.</summary>
    public const ulong EventWordsBit = 1UL << 15;

    /// <summary><see cref="WordLists.MarketsAndClimate"/>' <see cref="WordSet.LexiconBit"/>.</summary>
    public const ulong MarketsAndClimateBit = 1UL << (28 + 4);

    /// <summary><see cref="WordLists.LawHeads"/>' <see cref="WordSet.LexiconBit"/>.</summary>
    public const ulong LawHeadsBit = 1UL << (29 + 4);

    /// <summary><see cref="WordLists.MarketWords"/>' <see cref="WordSet.LexiconBit"/>.</summary>
    public const ulong MarketWordsBit = 1UL << (30 + 4);

    /// <summary><see cref="WordLists.NonEntityAcronyms"/>' <see cref="WordSet.LexiconBit"/>.</summary>
    public const ulong NonEntityAcronymsBit = 1UL << 23;

    /// <summary><see cref="AcronymPlurals"/>' <see cref="WordSet.LexiconBit"/>.</summary>
    public const ulong AcronymPluralsBit = 1UL << (38 + 4);

    /// <summary><see cref="DemonymPlurals"/>' <see cref="WordSet.LexiconBit"/>.</summary>
    public const ulong DemonymPluralsBit = 1UL << (39 + 4);

    // Each entry of two characters or more with an "s" after it.
    private static IEnumerable<string> Plurals(WordSet set)
    {
        foreach (var entry in set.Entries())
        {
            if (entry.Length >= 2)
            {
                yield return entry + "s";
            }
        }
    }

    /// <summary>
    /// Bits 28 to 31 are left to callers (a <see cref="TokenView"/> keeps facts of its own there): the first 28 lists
    /// take the bits below, so that <see cref="TokenView.Lists"/> of them fits 32 bits, and the rest the bits above.
    /// </summary>
    public const int MaxSets = 44; // bits 0 to 27 and 32 to 47 (Decide takes those above)

    /// <summary>
    /// The bit (of those left to callers) a caller's facts of a token carry once it is looked up: every list of the
    /// lexicon is decided for such a token (<see cref="WordSet.DecidedBit"/>), and answered by the list's own bit.
    /// </summary>
    public const ulong LookedUp = 1UL << 31;

    private const int LowSets = 28;

    // A slot holds all a probe reads but characters; the characters of its key, then of each case-sensitive
    // spelling (each followed by its bits, as two characters), stand together in one pool. A lookup reads one
    // slot and one stretch of the pool, where strings of their own would each be a cache miss. In the net8.0 build a
    // short word in ASCII is looked up in a table of its own (ProbeShort), and these only a longer word or one with a
    // character outside ASCII.
    private readonly Slot[] _slots;
    private readonly char[] _pool;
    private readonly int _mask;

    // Lengths of the keys by folded ASCII first character, as in WordSet: most probes stop here.
    private readonly ulong[] _asciiStartLengths = new ulong[128];
    private ulong _lengths;

    // A bit per hash (its low 16 bits) of every key: most tokens looked up are in no list ("Reuters", "Tsai"), and
    // this small table, unlike the slots, stays in the nearest cache.
    private readonly ulong[] _hashBits = new ulong[1024];

    private WordLexicon(WordSet[] sets, WordSet[] decided)
    {
        if (sets.Length > MaxSets)
        {
            throw new System.ArgumentException("Too many word lists for one lexicon", nameof(sets));
        }

        // Two bits a decided list, from FirstDecidedBit up to the world lists' bits.
        if (FirstDecidedBit + (2 * decided.Length) > WorldShift)
        {
            throw new System.ArgumentException("Too many decided word lists for one lexicon", nameof(decided));
        }

        var folded = new Dictionary<string, ulong>(System.StringComparer.Ordinal);
        var exact = new Dictionary<string, Dictionary<string, ulong>>(System.StringComparer.Ordinal);
        var order = new List<string>();
        for (var i = 0; i < sets.Length; i++)
        {
            var set = sets[i];
            var bit = i < LowSets ? 1UL << i : 1UL << (i + 4);
            set.LexiconBit = bit;
            set.DecidedBit = LookedUp;
            set.AnswerBit = bit;
            foreach (var entry in set.Entries())
            {
                var key = set.IgnoreCase ? entry : Fold(entry);
                if (!folded.ContainsKey(key))
                {
                    folded[key] = 0;
                    order.Add(key);
                }

                if (set.IgnoreCase)
                {
                    folded[key] |= bit;
                    continue;
                }

                FileForm(exact, key, entry, bit);
            }
        }

        if (WordLists.FunctionWords.LexiconBit != FunctionWordsBit || WordLists.NonEntityAcronyms.LexiconBit != NonEntityAcronymsBit
            || AcronymPlurals.LexiconBit != AcronymPluralsBit || DemonymPlurals.LexiconBit != DemonymPluralsBit || WordLists.CommonWords.LexiconBit != CommonWordsBit
            || WordLists.GivenNames.LexiconBit != GivenNamesBit || WordLists.Surnames.LexiconBit != SurnamesBit
            || WordLists.Places.LexiconBit != PlacesBit || WordLists.PlacesAnyCase.LexiconBit != PlacesAnyCaseBit
            || WordLists.Demonyms.LexiconBit != DemonymsBit || WordLists.DemonymsAnyCase.LexiconBit != DemonymsAnyCaseBit
            || WordLists.OrgSuffixes.LexiconBit != OrgSuffixesBit || WordLists.MarketsAndClimate.LexiconBit != MarketsAndClimateBit
            || WordLists.MarketWords.LexiconBit != MarketWordsBit || WordLists.SurnamesFirst.LexiconBit != SurnamesFirstBit
            || WordLists.PlaceSuffixes.LexiconBit != PlaceSuffixesBit || WordLists.EventWords.LexiconBit != EventWordsBit
            || WordLists.LawHeads.LexiconBit != LawHeadsBit)
        {
            throw new System.InvalidOperationException("A list's lexicon bit is not its constant");
        }

        for (var i = 0; i < decided.Length; i++)
        {
            Decide(decided[i], 1UL << (FirstDecidedBit + (2 * i)), folded, exact);
        }

        DecideWorld(folded, exact);

        var size = 16;
        while (size < order.Count * 2)
        {
            size <<= 1;
        }

        _slots = new Slot[size];
        _mask = size - 1;
        var pool = new List<char>();
        foreach (var key in order)
        {
            var hash = WordSet.HashExact(key, 0, key.Length);
            _hashBits[(hash & 0xFFFF) >> 6] |= 1UL << (hash & 63);
            var slot = hash & _mask;
            while (_slots[slot].Length != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot].Hash = hash;
            _slots[slot].FoldedMask = folded[key];
            _slots[slot].Offset = pool.Count;
            _slots[slot].Length = checked((ushort)key.Length);
            pool.AddRange(key);
            if (exact.TryGetValue(key, out var spellings))
            {
                foreach (var pair in spellings)
                {
                    pool.AddRange(pair.Key);
                    for (var shift = 0; shift < 64; shift += 16)
                    {
                        pool.Add((char)((pair.Value >> shift) & 0xFFFF));
                    }
                }

                _slots[slot].ExactCount = checked((ushort)spellings.Count);
            }

            var length = 1UL << System.Math.Min(key.Length, 63);
            _lengths |= length;
            if (key[0] < 128)
            {
                _asciiStartLengths[key[0]] |= length;
            }
        }

        _pool = pool.ToArray();
#if !NET
        _keysFolded = KeysFolded();
#endif
#if NET
        (_shortShifts, _shortEntries, _shortFirst, _shortCount) = ShortTable(order, folded, exact);
        unsafe
        {
            _shortShiftsAt = (ushort*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(_shortShifts));
            _shortEntriesAt = (ShortEntry*)Unsafe.AsPointer(ref _shortEntries[_shortFirst]);
        }
#endif

        for (var letter = 'A'; letter <= 'Z'; letter++)
        {
            if ((Lookup(letter.ToString(), 0, 1) & (FunctionWordsBit | NonEntityAcronymsBit | AcronymPluralsBit)) != 0)
            {
                _oneLetterNoNames |= 1u << (letter - 'A');
            }
        }
    }

    // The capitals that alone are a function word or a common acronym ("I", "A"), a bit each from 'A'.
    private readonly uint _oneLetterNoNames;

    /// <summary>
    /// Whether <paramref name="c"/> alone, a word of one capital, is a function word or a common noun's acronym ("I",
    /// "A"): no name word (TokenView.IsNameWord), as one capital is never in capitals (AllCaps takes two).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool IsOneLetterNoName(char c) => (uint)(c - 'A') < 26 && ((_oneLetterNoNames >> (c - 'A')) & 1) != 0;

    /// <summary>The bits (<see cref="WordSet.LexiconBit"/>) of every list that holds the slice.</summary>
    public ulong Lookup(string text, int start, int length) =>
        MayHold(text, start, length) ? Probe(text, start, length, WordSet.HashFolded(text, start, length)) : 0;

    // Whether some entry has the slice's length and (folded) first letter: most slices are turned away here, unhashed.
    private bool MayHold(string text, int start, int length)
    {
        if (length <= 0)
        {
            return false;
        }

        var first = WordSet.Fold(text[start]);
        var lengthBit = 1UL << System.Math.Min(length, 63);
        return ((first < 128 ? _asciiStartLengths[first] : _lengths) & lengthBit) != 0;
    }

    /// <summary>
    /// <see cref="Lookup"/> of a slice of one character or more whose <see cref="WordSet.HashFolded"/> is
    /// <paramref name="hash"/>. It skips <see cref="MayHold"/>, which saves a slice no hashing: a token looked up is a
    /// capitalised word, and 98% of those have the length and first letter of some key.
    /// </summary>
    public ulong Probe(string text, int start, int length, int hash) => MayHoldHash(hash) ? ProbeHeld(text, start, length, hash) : 0;

    /// <summary>
    /// Whether some key may have the folded hash: false for two tokens in five looked up, which are in no list
    /// ("Reuters", "Tsai"). Inlined where a token is looked up, so that those need no call to <see cref="ProbeHeld"/>.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayHoldHash(int hash) => (HashBitsAt((hash & 0xFFFF) >> 6) & (1UL << (hash & 63))) != 0;

    // The word of the hash filter at an index below 1024 (its length), read with no bounds check in the net8.0 build:
    // the test is inlined where a token is looked up, and the check was two instructions of every lookup.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private ulong HashBitsAt(int index)
    {
#if NET
        return Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_hashBits), (nint)(uint)index);
#else
        return _hashBits[index];
#endif
    }

    /// <summary>
    /// <see cref="Probe"/> of a token's slice (of one character or more), with both its hashes taken on the way:
    /// <see cref="WordSet.HashExact"/> in the low half of <paramref name="hashes"/>, <see cref="WordSet.HashFolded"/> in
    /// the high. Inlined where a token is looked up.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public ulong LookUpToken(string text, int start, int length, out long hashes)
    {
#if NET
        // Nine words looked up in ten are short and in ASCII: read once, as a vector, they are hashed and probed from it.
        if (length <= ShortWord && start <= text.Length - ShortWord)
        {
            var word = WordSet.LoadLanes(text, start);
            if (WordSet.IsAsciiWord(word, length))
            {
                return LookUpShort(text, start, length, word, out hashes);
            }
        }
#endif

        return LookUpLong(text, start, length, out hashes);
    }

    // LookUpToken of a word longer than ShortWord or not in ASCII (one in ten), in a call of its own: inlined where a
    // token is looked up, its hashing loop took registers the short words' path then kept on the stack.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private ulong LookUpLong(string text, int start, int length, out long hashes)
    {
#if NET
        if (length > ShortWord && System.Runtime.Intrinsics.X86.Avx2.IsSupported && WordSet.FitsTwoLanes(text, start, length)
            && WordSet.TryHashTwoLanes(text, start, length, out var both))
        {
            // A word of nine to sixteen characters in ASCII (most of the rest) is hashed from two vectors, where a
            // character at a time was a loop of about eleven instructions a character, its exit mispredicted. (The
            // hashes in a local first: written to hashes, the caller's slot, they were read back from memory.)
            hashes = both;
            var foldedHash = (int)(both >> 32);
            return MayHoldHash(foldedHash) ? ProbeAny(text, start, length, foldedHash) : 0;
        }
#endif

        var folded = WordSet.HashBoth(text, start, length, out var exact);
        hashes = (uint)exact | ((long)folded << 32);
        return MayHoldHash(folded) ? ProbeHeld(text, start, length, folded) : 0;
    }

    /// <summary><see cref="Probe"/> of a slice whose hash <see cref="MayHoldHash"/> let through.</summary>
    public ulong ProbeHeld(string text, int start, int length, int hash)
    {
#if NET
        if (length <= ShortWord && start <= text.Length - ShortWord)
        {
            return ProbeShort(text, start, length, hash);
        }
#endif

        return ProbeAny(text, start, length, hash);
    }

    // Probes for a slice by its characters one at a time.
    private ulong ProbeAny(string text, int start, int length, int hash)
    {
        var slot = hash & _mask;
        while (true)
        {
            ref readonly var entry = ref _slots[slot];
            if (entry.Length == 0)
            {
                return 0;
            }

            if (entry.Hash == hash && entry.Length == length && SameFolded(entry.Offset, text, start, length))
            {
                return entry.ExactCount == 0 ? entry.FoldedMask : entry.FoldedMask | ExactMask(entry, text, start, length);
            }

            slot = (slot + 1) & _mask;
        }
    }

    // The longest word compared as one vector, and the characters read for it wherever it ends.
    private const int ShortWord = 8;

#if NET
    /// <summary>
    /// <see cref="ProbeAny"/> of a word of at most <see cref="ShortWord"/> characters with that many characters of text
    /// from its start: nine words looked up in ten. The word is read once, as a vector, and folded there, and the key
    /// is compared in one step, where the characters one at a time were a loop whose exit the processor mispredicts on
    /// most words. A word with a character outside ASCII is compared one character at a time.
    /// </summary>
    private ulong ProbeShort(string text, int start, int length, int hash)
    {
        var word = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(System.MemoryExtensions.AsSpan(text, start, ShortWord))));
        return WordSet.IsAsciiWord(word, length) ? ProbeShortAscii(text, start, length, hash, WordSet.FoldAscii(word), word) : ProbeAny(text, start, length, hash);
    }

    // LookUpToken of a short word in ASCII, read as word: its hashes are taken from the vector, and the probe compares
    // it folded as it is, where ProbeShort read and folded it again.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong LookUpShort(string text, int start, int length, Vector128<ushort> word, out long hashes)
    {
        // The word's own characters, the lanes past its end 0, as WordSet.HashLanes wants them.
        var own = WordSet.OwnLanes(length);
        var plain = word & own;
        var folded = WordSet.FoldAscii(word) & own;
        var both = WordSet.HashLanesBoth(folded, plain, length);
        hashes = both;
        var foldedHash = (int)(both >> 32);
        return MayHoldHash(foldedHash) ? ProbeShortAscii(text, start, length, foldedHash, folded, plain) : 0;
    }

    // ProbeShort of a word in ASCII, folded and as written (either may have lanes past its end 0 or not: the key's
    // compare keeps the word's own bytes). Its answer is selected, not branched to: whether the key and the spelling
    // match is as good as a coin's toss for the processor.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ulong ProbeShortAscii(string text, int start, int length, int hash, Vector128<ushort> folded, Vector128<ushort> word)
    {
        // Both forms as ShortKey has them, a byte a character.
        var both = Vector128.Narrow(folded, word).AsUInt64();
        var own = OwnBytes(length);
        ref readonly var entry = ref ShortEntryAt(ShortPlace(hash, ShortShift(hash), _shortCount));
        var key = entry.Key == ((both.ToScalar() | HighBits) & own);
        var bits = entry.Bits;
        if ((bits & MoreSpellings) != 0 && key)
        {
            return ProbeAny(text, start, length, hash);
        }

        var spelling = entry.Spelling == ((both.GetElement(1) | HighBits) & own);
        return (bits | (entry.SpellingBits & AllIf(spelling))) & AllIf(key);
    }

    // All ones when b, else 0.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong AllIf(bool b) => 0UL - (b ? 1UL : 0UL);

    // The short keys, ASCII and at most ShortWord characters, by a perfect hash: the hash's bucket gives a shift (a
    // small table, most often in cache), and the hash and shift a place of its own to every key, where its entry holds
    // the key, its bits and its one ASCII spelling. A probe reads that one entry, where the wide table's slot and the
    // key's characters in the pool were two reads, one after the other, that each waited on memory.
    private const int ShortBuckets = 1024;
    private readonly ushort[] _shortShifts; // ShortBuckets long, pinned

    // The entries, _shortCount of them from _shortFirst of an array that never moves (it is pinned), where each entry
    // starts on a 32-byte boundary: an entry that straddled two cache lines was two reads waiting on memory.
    private readonly ulong[] _shortEntries;
    private readonly int _shortFirst;
    private readonly uint _shortCount;

    // The first shift and the first entry by address, taken once: both arrays are pinned (and kept alive by the fields
    // above), so their addresses hold. A probe reads each table through one field, where the arrays' references cost a
    // null check each and the entries' place a sum of the array's start and _shortFirst, at every word looked up.
    private readonly unsafe ushort* _shortShiftsAt;
    private readonly unsafe ShortEntry* _shortEntriesAt;

    // The shift of hash's bucket.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe uint ShortShift(int hash) => _shortShiftsAt[hash & (ShortBuckets - 1)];

    // The entry at a place below _shortCount (ShortPlace's are), read with no bounds check.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe ref ShortEntry ShortEntryAt(int place) => ref _shortEntriesAt[place];

    // On an entry whose key has two ASCII spellings or more (a few dozen): the probe asks the wide table.
    private const ulong MoreSpellings = 1UL << 63;

    // A key's place among count entries: the high bits of a product, scaled.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ShortPlace(int hash, uint shift, uint count) => (int)(((ulong)((((uint)hash) ^ shift) * 0x9E3779B1u) * count) >> 32);

    // The bytes of a word of length characters. Each has its high bit set (HighBits), so that no key is a shorter
    // word with a NUL after it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong OwnBytes(int length) => ulong.MaxValue >> (64 - (8 * length));

    private const ulong HighBits = 0x8080808080808080UL;

    private static (ushort[] Shifts, ulong[] Entries, int First, uint Count) ShortTable(List<string> order, Dictionary<string, ulong> folded, Dictionary<string, Dictionary<string, ulong>> exact)
    {
        var entries = new List<ShortEntry>();
        var hashes = new List<int>();
        foreach (var key in order)
        {
            if (key.Length > ShortWord || !AsciiText.IsAscii(key))
            {
                continue;
            }

            var entry = new ShortEntry { Key = ShortKey(key), Bits = folded[key] };
            if (exact.TryGetValue(key, out var spellings))
            {
                // Only a spelling in ASCII can be a word this table is asked about.
                foreach (var pair in spellings)
                {
                    if (!AsciiText.IsAscii(pair.Key))
                    {
                        continue;
                    }

                    if (entry.Spelling != 0)
                    {
                        entry.Bits |= MoreSpellings;
                    }

                    entry.Spelling = ShortKey(pair.Key);
                    entry.SpellingBits = pair.Value;
                }
            }

            entries.Add(entry);
            hashes.Add(WordSet.HashExact(key, 0, key.Length));
        }

        // A place for every key, in a few more places than keys when no shift fits some bucket (an empty place's key is 0,
        // which no word's is).
        for (var count = System.Math.Max(entries.Count, 1); ; count += 1 + (count / 64))
        {
            if (PlaceAll(hashes, count, out var shifts, out var places))
            {
                var table = System.GC.AllocateArray<ulong>((4 * count) + 3, pinned: true);
                var first = (int)((32 - (Marshal.UnsafeAddrOfPinnedArrayElement(table, 0).ToInt64() & 31)) & 31) / 8;
                for (var i = 0; i < entries.Count; i++)
                {
                    Unsafe.Add(ref Unsafe.As<ulong, ShortEntry>(ref table[first]), places[i]) = entries[i];
                }

                // The shifts pinned too, as the probe reads them by address (_shortShiftsAt).
                var pinnedShifts = System.GC.AllocateArray<ushort>(ShortBuckets, pinned: true);
                System.Array.Copy(shifts, pinnedShifts, ShortBuckets);
                return (pinnedShifts, table, first, (uint)count);
            }
        }
    }

    // Finds each bucket a shift that gives its keys places no other key has, the largest buckets first (hash and
    // displace); places[i] is the place of hashes[i].
    private static bool PlaceAll(List<int> hashes, int count, out ushort[] shifts, out int[] places)
    {
        shifts = new ushort[ShortBuckets];
        places = new int[hashes.Count];
        var taken = new bool[count];
        var buckets = new List<int>[ShortBuckets];
        for (var i = 0; i < hashes.Count; i++)
        {
            var bucket = hashes[i] & (ShortBuckets - 1);
            (buckets[bucket] ??= new List<int>()).Add(i);
        }

        var bySize = new List<int>();
        for (var b = 0; b < ShortBuckets; b++)
        {
            if (buckets[b] is not null)
            {
                bySize.Add(b);
            }
        }

        bySize.Sort((x, y) => buckets[y].Count != buckets[x].Count ? buckets[y].Count - buckets[x].Count : x - y);
        var tried = new List<int>();
        foreach (var b in bySize)
        {
            var found = false;
            for (var shift = 0; shift <= ushort.MaxValue && !found; shift++)
            {
                tried.Clear();
                foreach (var i in buckets[b])
                {
                    var place = ShortPlace(hashes[i], (uint)shift, (uint)count);
                    if (taken[place] || tried.Contains(place))
                    {
                        break;
                    }

                    tried.Add(place);
                }

                if (tried.Count == buckets[b].Count)
                {
                    for (var j = 0; j < tried.Count; j++)
                    {
                        taken[tried[j]] = true;
                        places[buckets[b][j]] = tried[j];
                    }

                    shifts[b] = (ushort)shift;
                    found = true;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    // A short ASCII word as ProbeShort reads it: a byte a character, the first lowest, with its high bit set (OwnBytes).
    private static ulong ShortKey(string word)
    {
        var key = HighBits & OwnBytes(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            key |= (ulong)word[i] << (8 * i);
        }

        return key;
    }

    private struct ShortEntry
    {
        public ulong Key;
        public ulong Bits;
        public ulong Spelling; // 0: none
        public ulong SpellingBits;
    }
#endif

    private ulong ExactMask(in Slot entry, string text, int start, int length)
    {
        var mask = 0UL;
        var form = entry.Offset + length;
        for (var i = 0; i < entry.ExactCount; i++)
        {
            if (SameExact(form, text, start, length))
            {
                var bits = form + length;
                mask |= _pool[bits] | ((ulong)_pool[bits + 1] << 16) | ((ulong)_pool[bits + 2] << 32) | ((ulong)_pool[bits + 3] << 48);
            }

            form += length + 4;
        }

        return mask;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool SameFolded(int offset, string text, int start, int length)
    {
        var pool = _pool;
#if !NET
        if (_keysFolded)
        {
            // A character written as the key's is folded as it (the key's characters fold to themselves): only one that
            // differs, a capital most often (the first of a word looked up), is folded, where each was, and each fold here
            // is a test and a branch or two more.
            for (var i = 0; i < length; i++)
            {
                var c = text[start + i];
                var k = pool[offset + i];
                if (c != k && WordSet.Fold(c) != k)
                {
                    return false;
                }
            }

            return true;
        }
#endif

        for (var i = 0; i < length; i++)
        {
            if (WordSet.Fold(text[start + i]) != pool[offset + i])
            {
                return false;
            }
        }

        return true;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool SameExact(int offset, string text, int start, int length)
    {
        var pool = _pool;
        for (var i = 0; i < length; i++)
        {
            if (text[start + i] != pool[offset + i])
            {
                return false;
            }
        }

        return true;
    }

#if !NET
    // Whether every character of every key folds to itself (SameFolded then folds only a character unlike the key's).
    private readonly bool _keysFolded;

    private bool KeysFolded()
    {
        foreach (var slot in _slots)
        {
            for (var i = slot.Offset; i < slot.Offset + slot.Length; i++)
            {
                if (WordSet.Fold(_pool[i]) != _pool[i])
                {
                    return false;
                }
            }
        }

        return true;
    }
#endif

    private struct Slot
    {
        public int Hash;
        public int Offset;
        public ulong FoldedMask;
        public ushort Length; // 0: an empty slot (no key is empty)
        public ushort ExactCount;
    }

    // The first of the bits Decide gives, two to a list: above those of every list the lexicon may hold.
    private const int FirstDecidedBit = 48;

    // A large list kept out of the table (its words would take it far beyond the nearest caches), asked of many words
    // the table holds: each key the table holds anyway is given the list's bit, known, and, where the list holds the
    // word, the next one (on the key for a list that ignores case, on each of its spellings for one that does not). A
    // token looked up then answers the list from its bits when the table knows it (WordSet.DecidedBit), and asks the
    // list itself only when not.
    private static void Decide(WordSet set, ulong known, Dictionary<string, ulong> folded, Dictionary<string, Dictionary<string, ulong>> exact)
    {
        set.DecidedBit = known;
        set.AnswerBit = known << 1;
        var keys = new List<string>(folded.Keys);
        foreach (var key in keys)
        {
            folded[key] |= known | (set.IgnoreCase && set.Contains(key) ? known << 1 : 0);
        }

        if (set.IgnoreCase)
        {
            return;
        }

        foreach (var entry in set.Entries())
        {
            AddToForm(folded, exact, entry, known << 1);
        }
    }

    // Gives entry, a case-sensitive spelling, these bits when the table already holds its key: the lists decided for
    // the table's words add no key of their own, so the table does not grow.
    private static void AddToForm(Dictionary<string, ulong> folded, Dictionary<string, Dictionary<string, ulong>> exact, string entry, ulong bits)
    {
        var key = Fold(entry);
        if (folded.ContainsKey(key))
        {
            FileForm(exact, key, entry, bits);
        }
    }

    // Adds bits to those of entry, a case-sensitive spelling, among the spellings kept under its folded key.
    private static void FileForm(Dictionary<string, Dictionary<string, ulong>> exact, string key, string entry, ulong bits)
    {
        if (!exact.TryGetValue(key, out var forms))
        {
            forms = new Dictionary<string, ulong>(System.StringComparer.Ordinal);
            exact[key] = forms;
        }

        forms.TryGetValue(entry, out var had);
        forms[entry] = had | bits;
    }

    /// <summary>The bit of a looked-up token whose <see cref="WorldNames"/> bits the lexicon knows, and keeps from <see cref="WorldShift"/> up.</summary>
    public const ulong WorldKnown = 1UL << 56;

    /// <summary>Where a looked-up token's <see cref="WorldNames"/> bits (four) begin, when it has <see cref="WorldKnown"/>.</summary>
    public const int WorldShift = 52;

    // The world lists, as Decide does a list: every key the table holds is given WorldKnown, and each spelling of it
    // that a world list holds the bits WorldNames gives it, so a token the table knows needs no probe of theirs.
    private static void DecideWorld(Dictionary<string, ulong> folded, Dictionary<string, Dictionary<string, ulong>> exact)
    {
        var keys = new List<string>(folded.Keys);
        foreach (var key in keys)
        {
            folded[key] |= WorldKnown;
        }

        // Each list is then told by its bit of them.
        var world = WorldNames.Lists;
        var sets = new[] { WordLists.PlacesWorld, WordLists.GivenNamesWorld, WordLists.SurnamesWorld, WordLists.Organisations };
        var bits = new[] { WorldNames.Place, WorldNames.GivenName, WorldNames.Surname, WorldNames.Organisation };
        for (var i = 0; i < sets.Length; i++)
        {
            sets[i].DecidedBit = WorldKnown;
            sets[i].AnswerBit = (ulong)bits[i] << WorldShift;
        }

        foreach (var set in sets)
        {
            foreach (var entry in set.Entries())
            {
                AddToForm(folded, exact, entry, (ulong)world.Of(entry, 0, entry.Length, WordSet.HashExact(entry, 0, entry.Length)) << WorldShift);
            }
        }
    }

    // The key a case-sensitive entry is filed under: folded character by character, as probes are.
    private static string Fold(string word)
    {
        var chars = word.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = WordSet.Fold(chars[i]);
        }

        return new string(chars);
    }
}
