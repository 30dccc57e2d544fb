using System;
using System.Collections.Generic;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// Names in headlines written in capitals ("SOCCER - JAPAN GET LUCKY WIN"), where case says nothing: only words
/// that are known places or nationalities, or names the rest of the seed writes in mixed case, are names.
/// </summary>
internal static class HeadlineNames
{
    /// <summary>Adds to <paramref name="capitals"/> the names in the shouting sentences, in text order.</summary>
    public static void Find(TokenView view, int[] sentenceOf, bool[] shouting, List<NameCandidate> found, List<NameCandidate> capitals, Dictionary<string, string> caseAliases)
    {
        // Where each probe stands does not depend on which names are known (a probe of two words is always kept,
        // one of one word is passed over either way), so the probes are found first. A seed has few words in
        // capitals and thousands of name occurrences: only the names whose length and first letter some probe
        // has are lowered and looked up.
        var probes = new List<int>();
        var filter = new ulong[129];
        for (var k = 0; k < view.Count; k++)
        {
            if (!shouting[sentenceOf[k]] || !view.IsWord(k) || !view[k].Has(TokenFlags.HasLetter) || view.IsNonEntityAcronym(k))
            {
                continue;
            }

            // Two-word places first: "NEW YORK", "SOUTH AFRICA".
            var end = k;
            if (k + 1 < view.Count && view.IsWord(k + 1) && view.SpacedFromPrevious(k + 1) && sentenceOf[k + 1] == sentenceOf[k]
                && IsPlaceAnyCase(view.Text, view[k].Start, view[k + 1].End))
            {
                end = k + 1;
            }

            probes.Add(k);
            probes.Add(end);
            Mark(filter, view.Text[view[k].Start], ProbeLength(view, k, end));
            k = end;
        }

        if (probes.Count == 0)
        {
            return;
        }

        var names = new ulong[129];
        var known = KnownNames(found, filter, names);
        for (var p = 0; p < probes.Count; p += 2)
        {
            var k = probes[p];
            var end = probes[p + 1];
            var start = view[k].Start;
            string? written = null;
            string? name = null;
            var isKnown = false;
            if (MayBe(names, view.Text[start], ProbeLength(view, k, end)))
            {
                written = NameCandidateFinder.NameText(view.Text, start, view[end].End);
                isKnown = known.TryGetValue(written.ToLowerInvariant(), out name);
            }

            if (end == k && !isKnown && !view.In(WordLists.PlacesAnyCase, k) && !view.In(WordLists.DemonymsAnyCase, k))
            {
                continue;
            }

            written ??= NameCandidateFinder.NameText(view.Text, start, view[end].End);
            if (isKnown && name != written)
            {
                caseAliases[written] = name!;
            }

            capitals.Add(new NameCandidate(k, end, start, view[end].End, written, sentenceOf[k]) { Words = end - k + 1 });
        }
    }

    /// <summary>
    /// The names written elsewhere, by their lower-case form, that some probe may be: a full name (the last
    /// occurrence wins), else a surname ("FISCHLER SAYS ..." under a story about Franz Fischler: a surname in
    /// capitals is that person; the first such name wins).
    /// </summary>
    private static Dictionary<string, string> KnownNames(List<NameCandidate> found, ulong[] filter, ulong[] names)
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in found)
        {
            if (MayBe(filter, c.Name[0], c.Name.Length))
            {
                known[c.Name.ToLowerInvariant()] = c.Name;
                Mark(names, c.Name[0], c.Name.Length);
            }
        }

        foreach (var c in found)
        {
            var space = c.Name.LastIndexOf(' ');
            if (space > 0 && MayBe(filter, c.Name[space + 1], c.Name.Length - space - 1))
            {
                var surname = c.Name.Substring(space + 1).ToLowerInvariant();
                if (!known.ContainsKey(surname))
                {
                    known[surname] = c.Name;
                    Mark(names, c.Name[space + 1], surname.Length);
                }
            }
        }

        return known;
    }

    // Lengths of strings by their lower-cased first character when that is ASCII; others share slot 128. A
    // lower-cased string keeps its length, and its first character is the first character lower-cased ("K",
    // the Kelvin sign, lowers to ASCII "k"), except for a surrogate pair, which lowers as a whole to another
    // pair: two strings with the same lower-case form always share a slot and a length.
    private static void Mark(ulong[] filter, char first, int length) => filter[Slot(first)] |= 1UL << Math.Min(length, 63);

    private static bool MayBe(ulong[] filter, char first, int length) => (filter[Slot(first)] & (1UL << Math.Min(length, 63))) != 0;

    private static int Slot(char c)
    {
        var folded = WordSet.Fold(c);
        return folded < 128 ? folded : 128;
    }

    // The length of the probe's text, white space folded.
    private static int ProbeLength(TokenView view, int k, int end)
    {
        var start = view[k].Start;
        return NameCandidateFinder.IsPlainName(view.Text, start, view[end].End) ? view[end].End - start : NameCandidateFinder.NameText(view.Text, start, view[end].End).Length;
    }

    // "NEW YORK": the two words, white space folded to one space, are a place in any case.
    private static bool IsPlaceAnyCase(string text, int start, int end) =>
        NameCandidateFinder.IsPlainName(text, start, end)
            ? WordLists.PlacesAnyCase.Contains(text, start, end - start)
            : WordLists.PlacesAnyCase.Contains(NameCandidateFinder.NameText(text, start, end));
}
