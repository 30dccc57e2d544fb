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

internal static partial class HeadlineNames
{
    /// <summary>
    /// "KESTREL RESOURCES TO BUY ...", "BANK OF CANADA HOLDS RATES": words in capitals that together are a name the
    /// rest of the seed writes in mixed case ("Kestrel Resources Ltd", "Bank of Canada"), or the start of one, are
    /// that one name, not a word or a place each.
    /// </summary>
    /// <remarks>
    /// A seed has thousands of names of several words and few words in capitals: only the names (and prefixes)
    /// whose lower-case hash some span of capitals has are lowered and kept, and only the spans whose hash some
    /// kept name has are lowered and looked up. The names are read in the same pass over the seed's names as
    /// <see cref="KnownNames"/>' (<see cref="Note"/>): each pass over thousands of candidates costs a cache miss on each.
    /// </remarks>
    private sealed class KnownSpans
    {
        // Each word's spans of two to four words, hashed in one pass along them, three slots a word (0: no span): the
        // thread's array, which may be longer.
        private readonly int[] _spanHash;
        private readonly LowerHashes _spanHashes;
        private readonly LowerHashes _knownHashes;
        private Dictionary<string, string>? _known;

        private KnownSpans(int[] spanHash, int spans, LowerHashes spanHashes)
        {
            _spanHash = spanHash;
            _spanHashes = spanHashes;
            _knownHashes = new LowerHashes(spans, KnownSpanSlot);
        }

        // name.IndexOf(' ', from), or -1: a name's words are a few letters long, and the library's search, made for long
        // strings, cost more in its setting up than this loop does in all (as LastSpace's).
        private static int NextSpace(string name, int from)
        {
            var i = from;
#if NET
            // Eight characters at a time, as LastSpace reads them (a word of a name is mostly found in one block); the
            // characters fewer than eight left are walked.
            if (Vector128.IsHardwareAccelerated)
            {
                ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(name.AsSpan()));
                var spaces = Vector128.Create((ushort)' ');
                for (; i <= name.Length - 8; i += 8)
                {
                    // Two mask bits a character, the earlier characters' lower.
                    var found = Vector128.Equals(Vector128.LoadUnsafe(ref first, (nuint)(uint)i), spaces).AsByte().ExtractMostSignificantBits();
                    if (found != 0)
                    {
                        return i + (BitOperations.TrailingZeroCount(found) >> 1);
                    }
                }
            }
#endif
            for (; i < name.Length; i++)
            {
                if (name[i] == ' ')
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The spans of two words or more in the shouting sentences, or null when there is none.</summary>
        public static KnownSpans? Of(TokenView view, List<int> shoutingTokens, int words)
        {
            var spanHash = SpanHashes(words * 3);
            var spanHashes = new LowerHashes(words * 3, SpanSlot);
            var anySpan = false;
            for (int range = 0, slot = 0; range < shoutingTokens.Count; range += 2)
            {
                var after = shoutingTokens[range + 1];
                for (var k = shoutingTokens[range]; k < after; k++, slot += 3)
                {
                    anySpan |= view.IsWord(k) && HashSpans(view, k, Math.Min(after - 1, k + 3), spanHash, slot, spanHashes);
                }
            }

            return anySpan ? new KnownSpans(spanHash, words * 3, spanHashes) : null;
        }

        // The thread's slots of span hashes, for its next seed; an array that grew for a very large seed is let go.
        private const int MaxRetainedSpans = 1 << 15;

        [ThreadStatic]
        private static int[]? _spareSpanHash;

        // An array of at least length zeros.
        private static int[] SpanHashes(int length)
        {
            var kept = _spareSpanHash;
            if (kept is null || kept.Length < length)
            {
                kept = new int[length];
                if (length <= MaxRetainedSpans)
                {
                    _spareSpanHash = kept;
                }

                return kept;
            }

            Array.Clear(kept, 0, length);
            return kept;
        }

        /// <summary>Keeps the name of <paramref name="c"/> (of two words or more), and its prefixes that end in an organisation's head, when some span may be one.</summary>
        public void Note(NameCandidate c)
        {
            if (c.Words > 6)
            {
                return;
            }

            var name = c.Name;
            if (_spanHashes.MayHave(name[0], name[name.Length - 1], name.Length))
            {
                var hash = LowerHash(name, 0, name.Length);
                if (_spanHashes.MayHave(hash))
                {
                    _known ??= new Dictionary<string, string>(StringComparer.Ordinal);
                    _known[name.ToLowerInvariant()] = name;
                    _knownHashes.Add(hash, name[0], name[name.Length - 1], name.Length);
                }
            }

            // A prefix of two words short of the whole name needs two spaces, so three tokens ("Kestrel Resources" alone has none).
            if (c.LastToken - c.FirstToken < 2)
            {
                return;
            }

            // "HARLAN MEDICAL" above "Harlan Medical Systems Inc": a company whose name ends in its legal form or head noun is
            // named in headlines by any of its first words. A body named by its remit, with a connector in lower case,
            // is not by the words that run on into the remit: they are what it deals with ("PALM OIL" above "Palm Oil
            // Registration and Licensing Authority"; "STANDARD BANK" of "Standard Bank of South Africa" is a name whole).
            // (The name's last word is looked up only for a prefix some span may be: few names have one.)
            var remit = -1;
            for (int space = NextSpace(name, 0), before = -1; space > 0; before = space, space = NextSpace(name, space + 1))
            {
                // "Kestrel Resources" of "Kestrel Resources Ltd": a prefix of two words or more ending in an organisation's head.
                if (before < 0 || !_spanHashes.MayHave(name[0], name[space - 1], space)
                    || !(WordLists.OrgSuffixes.Contains(name, before + 1, space - before - 1) || (char.IsUpper(name[before + 1]) && EndsInOrgSuffix(name)))
                    || (char.IsUpper(name[space + 1]) && HasRemit(name, ref remit)))
                {
                    continue;
                }

                var hash = LowerHash(name, 0, space);
                if (!_spanHashes.MayHave(hash))
                {
                    continue;
                }

                // The capitals are the company's mention: they name the whole name ("HOSHINO PRECISION" is "Hoshino Precision
                // KK"), which, and not a prefix no other mention has, the grouping knows the kind of.
                var key = name.Substring(0, space).ToLowerInvariant();
                _known ??= new Dictionary<string, string>(StringComparer.Ordinal);
                if (!_known.ContainsKey(key))
                {
                    _known[key] = name;
                }

                _knownHashes.Add(hash, name[0], name[space - 1], space);
            }
        }

        // Whether a lower-case connector joins the name's words ("Registration and Licensing"), asked once per name
        // (remit: -1 until asked, then 0 or 1).
        private static bool HasRemit(string name, ref int remit)
        {
            if (remit < 0)
            {
                remit = name.IndexOf(" and ", StringComparison.Ordinal) > 0 || name.IndexOf(" of ", StringComparison.Ordinal) > 0
                    || name.IndexOf(" for ", StringComparison.Ordinal) > 0 ? 1 : 0;
            }

            return remit == 1;
        }

        // capitals.RemoveAll of the capitals that overlap tokens first..last, without a lambda: one over the loop's
        // variables made them a closure's fields, allocated for every word of every shouting sentence.
        private static void RemoveCovered(List<NameCandidate> capitals, int first, int last)
        {
            var kept = 0;
            for (var i = 0; i < capitals.Count; i++)
            {
                var c = capitals[i];
                if (c.FirstToken <= last && c.LastToken >= first)
                {
                    continue;
                }

                capitals[kept++] = c;
            }

            capitals.RemoveRange(kept, capitals.Count - kept);
        }

        private static bool EndsInOrgSuffix(string name)
        {
            var lastSpace = name.LastIndexOf(' ');
            return WordLists.OrgSuffixes.Contains(name, lastSpace + 1, name.Length - lastSpace - 1);
        }

        /// <summary>Replaces the capitals of each span that is a known name by one candidate for the span.</summary>
        public void Join(TokenView view, TokenSentences sentences, List<int> shoutingTokens, List<NameCandidate> capitals, Dictionary<string, string> caseAliases)
        {
            var known = _known;
            if (known is null)
            {
                return;
            }

            // The fields and the view's arrays are read once, not at every span after the rare join's calls and stores. The
            // spans' tokens and their first and last characters are read unchecked (Unchecked): the shouting ranges are
            // tokens of the view, and a token holds a character at least.
            var spanHash = _spanHash;
            var knownHashes = _knownHashes;
            var tokens = new Unchecked<Token>(view.Tokens);
            var text = new UncheckedText(view.Text);
            for (int range = 0, rangeSlot = 0; range < shoutingTokens.Count; range += 2)
            {
                var first = shoutingTokens[range];
                var after = shoutingTokens[range + 1];
                for (var k = first; k < after; k++)
                {
                    for (var end = Math.Min(after - 1, k + 3); end > k; end--)
                    {
                        var hash = spanHash[rangeSlot + ((k - first) * 3) + (end - k - 1)];
                        var start = tokens[k].Start;
                        var stop = tokens[end].End;
                        if (hash == 0 || !knownHashes.MayHave(text[start], text[stop - 1], stop - start) || !knownHashes.MayHave(hash))
                        {
                            continue;
                        }

                        var written = view.Text.Substring(view[k].Start, view[end].End - view[k].Start);
                        if (!known.TryGetValue(written.ToLowerInvariant(), out var name))
                        {
                            continue;
                        }

                        RemoveCovered(capitals, k, end);
                        var joined = view.NewCandidate(k, end, view[k].Start, view[end].End, written, sentences.Of(k));
                        joined.Words = end - k + 1;
                        var at = 0;
                        while (at < capitals.Count && capitals[at].FirstToken < k)
                        {
                            at++;
                        }

                        capitals.Insert(at, joined);
                        if (name != written)
                        {
                            caseAliases[written] = name;
                        }

                        k = end;
                        break;
                    }
                }

                rangeSlot += (after - first) * 3;
            }
        }
    }

    /// <summary>
    /// Writes into <paramref name="spanHash"/> from <paramref name="slot"/> the <see cref="LowerHash"/> of each span of
    /// words from <paramref name="k"/> to a word up to <paramref name="last"/> written with single spaces between (a
    /// span no longer so when a gap is not, since a token holds no white space), and adds them to <paramref name="hashes"/>.
    /// </summary>
    private static bool HashSpans(TokenView view, int k, int last, int[] spanHash, int slot, LowerHashes hashes)
    {
        // The tokens are read unchecked (Unchecked): k to last are tokens of a shouting sentence, in the view.
        var text = view.Text;
        var tokens = new Unchecked<Token>(view.Tokens);
        var start = tokens[k].Start;
        var hash = WordSet.HashFoldedStep(WordSet.FoldedHashSeed, text, start, tokens[k].Length);
        var surrogate = HasSurrogate(text, start, tokens[k].End);
        var any = false;
        for (var end = k + 1; end <= last; end++)
        {
            // Most gaps are one space, plain with no call (as SpanText has it; a gap is before the next token's start).
            var gap = tokens[end - 1].End;
            var next = tokens[end].Start;
            if (!(next - gap == 1 && text[gap] == ' ') && !NameCandidateFinder.IsPlainName(text, gap, next + 1))
            {
                break;
            }

            hash = WordSet.HashFoldedStep(hash, text, gap, tokens[end].End - gap);
            surrogate |= HasSurrogate(text, gap, tokens[end].End);
            if (tokens[end].IsWord)
            {
                var lowerHash = surrogate ? -1 : (hash & 0x7FFFFFFF) | 1 << 30;
                spanHash[slot + end - k - 1] = lowerHash;
                hashes.Add(lowerHash, text[start], text[tokens[end].End - 1], tokens[end].End - start);
                any = true;
            }
        }

        return any;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool HasSurrogate(string text, int start, int end)
    {
#if NET
        // Eight characters at a time where there are eight or more (the last block read from the end, over the one before
        // it): a surrogate is one unsigned minimum and compare of each lane.
        if (Vector128.IsHardwareAccelerated && end - start >= 8)
        {
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
            var any = Vector128<ushort>.Zero;
            for (var at = start; at < end - 8; at += 8)
            {
                any |= Surrogates(Vector128.LoadUnsafe(ref first, (nuint)(uint)at));
            }

            any |= Surrogates(Vector128.LoadUnsafe(ref first, (nuint)(uint)(end - 8)));
            return any != Vector128<ushort>.Zero;
        }
#endif
        for (var i = start; i < end; i++)
        {
            if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

#if NET
    // The lanes of the characters from U+D800 to U+DFFF, as char.IsSurrogate tells them.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> Surrogates(Vector128<ushort> chars)
    {
        var offset = chars - Vector128.Create((ushort)0xD800);
        return Vector128.Equals(Vector128.Min(offset, Vector128.Create((ushort)0x7FF)), offset);
    }
#endif
}
