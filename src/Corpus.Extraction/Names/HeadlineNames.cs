using System;
using System.Collections.Generic;
#if NET
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#endif
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// Names in headlines written in capitals ("SOCCER - JAPAN GET LUCKY WIN"), where case says nothing: only words
/// that are known places or nationalities, or names the rest of the seed writes in mixed case, are names.
/// </summary>
internal static partial class HeadlineNames
{
    /// <summary>Adds to <paramref name="capitals"/> the names in the shouting sentences, in text order.</summary>
    /// <param name="view">The tokens.</param>
    /// <param name="sentences">The sentence of each token.</param>
    /// <param name="shoutingTokens">The token ranges of the shouting sentences (<see cref="SentenceShapes.ShoutingTokens"/>).</param>
    /// <param name="found">The names found in the other sentences.</param>
    /// <param name="capitals">Receives the names in the shouting sentences.</param>
    /// <param name="caseAliases">Receives the capitals of a name written elsewhere in mixed case, with that name.</param>
    public static void Find(TokenView view, TokenSentences sentences, List<int> shoutingTokens, List<NameCandidate> found, List<NameCandidate> capitals, Dictionary<string, string> caseAliases)
    {
        // Where each probe stands does not depend on which names are known (a probe of two words is always kept,
        // one of one word is passed over either way), so the probes are found first. A seed has few words in
        // capitals and thousands of name occurrences: only the names whose lower-case hash some probe has are
        // lowered and looked up.
        var probes = _probes ?? new List<int>();
        _probes = null;
        probes.Clear();
        try
        {
            Find(view, sentences, shoutingTokens, found, capitals, caseAliases, probes);
        }
        finally
        {
            // The lists and tables are the thread's, for its next seed (no name of this one is kept).
            _probes = probes.Count <= MaxRetainedProbes ? probes : null;
        }
    }

    private static void Find(TokenView view, TokenSentences sentences, List<int> shoutingTokens, List<NameCandidate> found, List<NameCandidate> capitals, Dictionary<string, string> caseAliases, List<int> probes)
    {
        var words = 0;
        for (var range = 0; range < shoutingTokens.Count; range += 2)
        {
            words += shoutingTokens[range + 1] - shoutingTokens[range];
        }

        var probeHashes = new LowerHashes(words, ProbeSlot);
        for (var range = 0; range < shoutingTokens.Count; range += 2)
        {
            FindProbes(view, shoutingTokens[range], shoutingTokens[range + 1], probes, probeHashes);
        }

        if (probes.Count == 0)
        {
            return;
        }

        // The names known are those of the probes, and a few that share a probe's hash: as many entries or so.
        var knownHashes = new LowerHashes(probes.Count / 3, KnownSlot);
        var spans = KnownSpans.Of(view, shoutingTokens, words);
        var known = KnownNames(view, found, probeHashes, knownHashes, spans);
        for (var p = 0; p < probes.Count; p += 3)
        {
            var k = probes[p];
            var end = probes[p + 1];
            var start = view[k].Start;
            string? written = null;
            string? name = null;
            var isKnown = false;
            if (knownHashes.MayHave(probes[p + 2]))
            {
                written = NameCandidateFinder.NameText(view.Text, start, view[end].End);
                isKnown = known.TryGetValue(written.ToLowerInvariant(), out name);
            }

            if (end == k && !isKnown && !view.In(WordLists.PlacesAnyCase, k) && !view.In(WordLists.DemonymsAnyCase, k) && !IsKnownAcronym(view, k))
            {
                continue;
            }

            written ??= NameCandidateFinder.NameText(view.Text, start, view[end].End);
            if (isKnown && name != written)
            {
                caseAliases[written] = name!;
            }

            var capital = view.NewCandidate(k, end, start, view[end].End, written, sentences.Of(k));
            capital.Words = end - k + 1;
            capitals.Add(capital);
        }

        spans?.Join(view, sentences, shoutingTokens, capitals, caseAliases);
    }


    // The words of one shouting sentence that may be names, as triples (first token, last token, lower-case hash).
    private static void FindProbes(TokenView view, int first, int after, List<int> probes, LowerHashes probeHashes)
    {
        for (var k = first; k < after; k++)
        {
            if (!view.IsWord(k) || !view[k].Has(TokenFlags.HasLetter) || view.IsNonEntityAcronym(k))
            {
                continue;
            }

            // Two-word places first: "NEW YORK", "SOUTH AFRICA".
            var end = k;
            if (k + 1 < after && view.IsWord(k + 1) && view.SpacedFromPrevious(k + 1)
                && IsPlaceAnyCase(view.Text, view[k].Start, view[k + 1].End))
            {
                end = k + 1;
            }

            var hash = ProbeHash(view, k, end, out var length);
            probes.Add(k);
            probes.Add(end);
            probes.Add(hash);
            probeHashes.Add(hash, view.Text[view[k].Start], view.Text[view[end].End - 1], length);
            k = end;
        }
    }

    // "EU FARM MINISTERS SPLIT", "NBA RESULTS": the letters of a body the organisation list knows as written, which are
    // no English word in capitals ("BAT", "PAN") and no function word ("WHO").
    private static bool IsKnownAcronym(TokenView view, int k) =>
        view.In(WordLists.Organisations, k) && !view.IsFunctionWord(k) && !view.In(WordLists.EnglishWords, k);

    /// <summary>
    /// The names written elsewhere, by their lower-case form, that some probe may be: a full name (the last
    /// occurrence wins), else a surname ("FISCHLER SAYS ..." under a story about Franz Fischler: a surname in
    /// capitals is that person; the first such name wins; an English word is no surname).
    /// </summary>
    /// <remarks>The same pass keeps the names some span of capitals may be, for <paramref name="spans"/> (when there is any).</remarks>
    private static Dictionary<string, string> KnownNames(TokenView view, List<NameCandidate> found, LowerHashes probes, LowerHashes known, KnownSpans? spans)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);

        // The names are sorted first, in a walk with no call and no branch on the name, into those some probe may be by
        // their shape (one in sixteen or so) and those of more than one token or not written as their token (three in
        // ten), each list in order; then each list is read in a walk of its own. In one walk, the branch on the name's
        // tokens was mispredicted at a name in three, and the rare calls kept the walk's values on the stack. The two
        // lists fill separate tables (the spans' own), and the surnames go in after every full name either way.
        var count = found.Count;
        var places = Places(2 * count);
        var shaped = probes.Sort(found, places, out var longer);

        // The name last put in for each of a few hashes: a name written again ("Japan", then "Japan") is in already,
        // since a name written otherwise but the same in lower case has its hash and would have taken its place.
        // The thread's, emptied.
        var recent = _recent ??= new string?[RecentNames];
        Array.Clear(recent, 0, recent.Length);
        for (var p = 0; p < shaped; p++)
        {
            var c = found[places[p]];
            if (!IsOpeningWord(view, c))
            {
                var name = c.Name;
                var length = name.Length;
                var hash = LowerHash(name, 0, length);
                if (probes.MayHave(hash) && !string.Equals(recent[hash & (RecentNames - 1)], name))
                {
                    names[name.ToLowerInvariant()] = name;
                    known.Add(hash, name[0], name[length - 1], length);
                    recent[hash & (RecentNames - 1)] = name;
                }
            }
        }

        // Read without a range check each: the places from count to longer are indexes of the list, which is not changed here.
        var candidates = new ListItems<NameCandidate>(found);
        var at = new Unchecked<int>(places);
        for (var p = count; p < longer; p++)
        {
            var c = candidates[at[p]];
            if (spans is not null && c.Words >= 2)
            {
                spans.Note(c);
            }

            var name = c.Name;
            var space = LastSpace(name);
            var length = name.Length - space - 1;
            if (space > 0 && probes.MayHave(name[space + 1], name[name.Length - 1], length))
            {
                var hash = LowerHash(name, space + 1, length);
                if (probes.MayHave(hash) && !WordLists.EnglishWords.Contains(name, space + 1, length))
                {
                    // "LEAGUE" above "Major League Baseball" is a word, not the surname of a name: only a last word that
                    // is no English word ("FISCHLER") stands for the name.
                    var surname = name.Substring(space + 1).ToLowerInvariant();
                    if (!names.ContainsKey(surname))
                    {
                        names[surname] = name;
                        known.Add(hash, name[space + 1], name[name.Length - 1], length);
                    }
                }
            }
        }

        return names;
    }

    // The thread's places of KnownNames' two lists, for its next seed; an array that grew for a very large seed is let go.
    private const int MaxRetainedPlaces = 1 << 16;

    [ThreadStatic]
    private static int[]? _places;

    // An array of at least length items.
    private static int[] Places(int length)
    {
        var kept = _places;
        if (kept is not null && kept.Length >= length)
        {
            return kept;
        }

        var made = new int[length];
        if (length <= MaxRetainedPlaces)
        {
            _places = made;
        }

        return made;
    }

    // name.LastIndexOf(' '): the name's last word is a few letters long, and the library's search, made for long
    // strings, cost more in its setting up than this loop does in all.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int LastSpace(string name)
    {
        var i = name.Length - 1;
#if NET
        // Eight characters at a time from the end, which mostly hold the last word and the space before it: the walk a
        // character at a time took a branch per letter, and its exit, after a surname's length, was mispredicted.
        if (Vector128.IsHardwareAccelerated)
        {
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(name.AsSpan()));
            var spaces = Vector128.Create((ushort)' ');
            for (; i >= 7; i -= 8)
            {
                // Two mask bits a character, the later characters' higher.
                var found = Vector128.Equals(Vector128.LoadUnsafe(ref first, (nuint)(i - 7)), spaces).AsByte().ExtractMostSignificantBits();
                if (found != 0)
                {
                    return i - 7 + ((31 - BitOperations.LeadingZeroCount(found)) >> 1);
                }
            }
        }
#endif
        while (i >= 0 && name[i] != ' ')
        {
            i--;
        }

        return i;
    }

    // "Prices rose ..." under "... WEAKER PULP PRICES": an English word that only opens a sentence is no name the
    // capitals could be. The finder's name of one token is the token's text, which the view asks by its kept bits.
    private static bool IsOpeningWord(TokenView view, NameCandidate c) =>
        c.Initial && c.Words == 1 && c.FirstToken == c.LastToken && view.In(WordLists.EnglishWords, c.FirstToken);

    // Slots of KnownNames' names put in last.
    private const int RecentNames = 64;

    // The thread's list of probes and slots of recent names, for its next seed; a list that grew for a very large seed is let go.
    private const int MaxRetainedProbes = 1 << 14;

    [ThreadStatic]
    private static List<int>? _probes;

    [ThreadStatic]
    private static string?[]? _recent;

    // The hash of the probe's text, white space folded as NameText folds it.
    private static int ProbeHash(TokenView view, int k, int end, out int length)
    {
        var start = view[k].Start;
        if (NameCandidateFinder.IsPlainName(view.Text, start, view[end].End))
        {
            length = view[end].End - start;
            return LowerHash(view.Text, start, length);
        }

        var written = NameCandidateFinder.NameText(view.Text, start, view[end].End);
        length = written.Length;
        return LowerHash(written, 0, length);
    }

    /// <summary>
    /// <see cref="WordSet.HashFolded"/> of the slice, which is the hash of its <see cref="string.ToLowerInvariant()"/>
    /// form: both lower each UTF-16 character alone, except a surrogate pair, which lowers as a whole. A slice
    /// with a surrogate gets -1, which every <see cref="LowerHashes"/> may have. Never 0 (which stands for "not hashed").
    /// </summary>
    private static int LowerHash(string text, int start, int length)
    {
        if (HasSurrogate(text, start, start + length))
        {
            return -1;
        }

        return WordSet.HashFolded(text, start, length) | 1 << 30;
    }

    // "NEW YORK": the two words, white space folded to one space, are a place in any case.
    private static bool IsPlaceAnyCase(string text, int start, int end) =>
        NameCandidateFinder.IsPlainName(text, start, end)
            ? WordLists.PlacesAnyCase.Contains(text, start, end - start)
            : WordLists.PlacesAnyCase.Contains(NameCandidateFinder.NameText(text, start, end));

    /// <summary>
    /// A set of lower-case strings, known by their hash, first and last characters and length, that may answer yes
    /// wrongly but never no wrongly: a bit per hash, and a bit per shape (the pair of lower-cased first and last
    /// characters, ASCII by their low five bits and all others as one, with the length, 31 and more as one), each
    /// of as many low bits as the expected entries need. A lower-cased string keeps its length, and each character
    /// is the character lowered ("K", the Kelvin sign, lowers to ASCII "k"), except in a surrogate pair, which
    /// lowers to another pair: two strings with the same lower-case form always share a shape and a hash. A seed's
    /// names are tested against the words in capitals by their shape before any is hashed; few pass.
    /// </summary>
    // The slots of the filters of a seed (see LowerHashes).
    private const int ProbeSlot = 0;
    private const int KnownSlot = 1;
    private const int SpanSlot = 2;
    private const int KnownSpanSlot = 3;
    private const int Slots = 4;

    private sealed class LowerHashes
    {
        // About 16 bits per entry expected in each filter, up to 64k bits: a seed has few words in capitals, and four
        // of these are made for each seed that has any. (A table of every shape, 4 KB each, was a tenth of what the
        // candidate finder allocated, for a few hundred entries.) The arrays are the thread's, one pair per slot (each
        // of the four filters of a seed has its own), cleared for the next seed's filter in the slot: they were half
        // of what this stage allocated.
        private readonly ulong[] _bits;
        private readonly ulong[] _shapes;
        private readonly int _mask;
        private bool _any;

        public LowerHashes(int capacity, int slot)
        {
            var size = 1;
            while (size < 1024 && size * 4 < capacity)
            {
                size <<= 1;
            }

            var spare = _spare ??= new ulong[2 * Slots][];
            _bits = Cleared(ref spare[2 * slot], size);
            _shapes = Cleared(ref spare[(2 * slot) + 1], size);
            _mask = size - 1;
        }

        [ThreadStatic]
        private static ulong[]?[]? _spare;

        // The first size words of the slot's array, cleared (the array made when it has fewer).
        private static ulong[] Cleared(ref ulong[]? kept, int size)
        {
            if (kept is null || kept.Length < size)
            {
                return kept = new ulong[size];
            }

            Array.Clear(kept, 0, size);
            return kept;
        }

        public void Add(int hash, char first, char last, int length)
        {
            var shape = Shape(first, last, length);
            _shapes[(shape >> 6) & _mask] |= 1UL << (shape & 63);
            if (hash < 0)
            {
                _any = true;
                return;
            }

            _bits[(hash >> 6) & _mask] |= 1UL << (hash & 63);
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public bool MayHave(char first, char last, int length)
        {
            var shape = Shape(first, last, length);
            return (_shapes[(shape >> 6) & _mask] & (1UL << (shape & 63))) != 0;
        }

        /// <summary>
        /// KnownNames' first walk: puts in places from 0 the candidates of found this may have by their shape, and from
        /// found.Count those of more than one token or not written as their token; returns the first list's end, and
        /// the second's in longer.
        /// </summary>
        /// <remarks>
        /// A method of its own, with no call: in KnownNames, the counts, read after the walk by walks that call, were
        /// stored to the stack at every name. The filter's array and mask are read once, not at each name after the
        /// stores to places.
        /// </remarks>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        public int Sort(List<NameCandidate> found, int[] places, out int longer)
        {
            // Read without a range check each: the list is not changed while it is read, the places hold 2 * count,
            // and the mask keeps each index of the shapes below the size they were cleared to.
            var candidates = new ListItems<NameCandidate>(found);
            var at = new Unchecked<int>(places);
            var shapes = new Unchecked<ulong>(_shapes);
            var mask = _mask;
            var count = candidates.Count;
            var shaped = 0;
            var more = count;
            for (var i = 0; i < count; i++)
            {
                var c = candidates[i];
                var name = c.Name;
                var length = name.Length;
                var shape = Shape(name[0], name[length - 1], length);
                at[shaped] = i;
                shaped += (int)(shapes[(shape >> 6) & mask] >> (shape & 63)) & 1;
                // Seven names in ten are one token, which holds no white space: no surname, and no span of words.
                at[more] = i;
                more += ((c.FirstToken ^ c.LastToken) | (length ^ (c.End - c.Start))) != 0 ? 1 : 0;
            }

            longer = more;
            return shaped;
        }

        public bool MayHave(int hash) => _any || hash < 0 || (_bits[(hash >> 6) & _mask] & (1UL << (hash & 63))) != 0;

        // The 15 bits of pair and length, spread by a multiply so that a small filter's low bits see all of them.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static int Shape(char first, char last, int length) =>
            (int)((uint)((Class(first) << 10) | (Class(last) << 5) | Math.Min(length, 31)) * 0x9E3779B1u >> 16);

        // An ASCII character's class is its low five bits, the same for both cases of a letter; others are folded first
        // ("K", the Kelvin sign, lowers to ASCII "k").
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static int Class(char c) => c < 128 ? c & 31 : NonAsciiClass(c);

        private static int NonAsciiClass(char c)
        {
            var folded = WordSet.Fold(c);
            return folded < 128 ? folded & 31 : 0;
        }
    }
}
