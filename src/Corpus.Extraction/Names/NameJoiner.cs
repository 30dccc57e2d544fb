using System;
using System.Collections.Generic;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// Joins name pieces that one organisation's name holds across commas and "and", which a run of capitals
/// cannot cross on its own: a bracketed acronym whose letters are the initials of the capitalised words before
/// it fixes the extent ("the Independent Electoral and Boundaries Commission (IEBC)", "the Ministry of Economy,
/// Trade and Industry (METI)"), and so does a list of capitalised words after "the" that ends in an institution's
/// head noun ("the Senate Health, Education, Labor and Pensions Committee"), and so does a body's remit listed in
/// English words after its head noun and "of" ("Japan's Ministry of Economy, Trade and Industry said ..."). Later
/// mentions written the same way are joined too ("The Securities and Exchange Commission said ...").
/// </summary>
internal static class NameJoiner
{
    public static List<NameCandidate> Join(TokenView view, List<NameCandidate> found, TokenSentences sentences)
    {
        var openers = _openers;
        if (found.Count < 2 || openers is null || openers.Count == 0)
        {
            openers?.Clear();
            return found;
        }

        // Most texts define no such name: the lookups are made on the first one. Both starts read the token right
        // before the candidate, a "(" or an "and", which few have: the finder noted them as it added them.
        Definitions? defined = null;
        var at = PlacesOf(view, found, openers);
        if (at is null)
        {
            for (var i = 0; i < found.Count; i++)
            {
                if (MayOpenJoin(view, found[i].FirstToken - 1))
                {
                    Define(view, found, i, sentences, ref defined);
                }
            }
        }
        else
        {
            for (var n = 0; n < at.Count; n++)
            {
                if (n == 0 || at[n] != at[n - 1]) // (a candidate noted twice is asked once)
                {
                    Define(view, found, at[n], sentences, ref defined);
                }
            }
        }

        openers.Clear(); // no candidate of the seed is kept past it
        if (defined is null)
        {
            return found;
        }

        var result = view.NewCandidateList(found.Count, joined: true);
        for (var i = 0; i < found.Count; i++)
        {
            var c = found[i];
            var from = -1;
            var joinedTo = c.Role is null ? defined.SpanFrom(c, out from) : -1;
            if (joinedTo < 0)
            {
                from = c.FirstToken;
                joinedTo = c.Role is null ? SameAsDefined(view, found, i, defined) : -1;
            }

            if (joinedTo < 0)
            {
                result.Add(c);
                continue;
            }

            var headEnd = from - 1;
            while (headEnd >= c.FirstToken && !view.IsNameWord(headEnd))
            {
                headEnd--;
            }

            if (headEnd >= c.FirstToken)
            {
                // "U.S. Securities and Exchange Commission (SEC)": the place before the defined name stays apart.
                result.Add(Piece(view, c.FirstToken, headEnd, sentences));
            }

            result.Add(Piece(view, from, joinedTo, sentences));
            while (i + 1 < found.Count && found[i + 1].FirstToken <= joinedTo)
            {
                i++;
            }
        }

        return result;
    }

    // The candidates that a "(" or an "and" may precede, noted as the finder adds them to its list (Note), in the order
    // it added them: the thread's, emptied by Join on every way out. A note left by a seed cut short by an exception is
    // found in no list of the next seed's, or is that seed's candidate again, asked again: either way Join reads what
    // it would have read.
    [ThreadStatic]
    private static List<NameCandidate>? _openers;

    /// <summary>
    /// Notes candidate <paramref name="c"/>, whose first token is <paramref name="first"/>, as it is added to the list
    /// that <see cref="Join"/> will read, when a join may start at it. The test is one character and a length, the
    /// "(" or an "a" of "and", which a few other words pass: Join asks each noted candidate again, and no other.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static void Note(TokenView view, int first, NameCandidate c)
    {
        if (first > 0)
        {
            // Read unchecked (Unchecked): the token before a candidate's first is in the view, and holds a character.
            var before = new Unchecked<Token>(view.Tokens)[first - 1];
            var opening = new UncheckedText(view.Text)[before.Start];
            if (opening == '(' || (opening == 'a' && before.Length == 3))
            {
                NoteOpener(c);
            }
        }
    }

    private static void NoteOpener(NameCandidate c) => (_openers ??= new List<NameCandidate>()).Add(c);

    // Where the candidates noted that may open a join stand in found, in its order, or null when one is not where its
    // start puts it in the text order of the list (which is then read whole, as it was).
    private static List<int>? PlacesOf(TokenView view, List<NameCandidate> found, List<NameCandidate> openers)
    {
        var at = new List<int>(openers.Count);
        foreach (var c in openers)
        {
            if (!MayOpenJoin(view, c.FirstToken - 1))
            {
                continue;
            }

            var i = PlaceOf(found, c);
            if (i < 0)
            {
                return null;
            }

            at.Add(i);
        }

        at.Sort(); // the headline names and acronyms merged in were noted after the finder's
        return at;
    }

    // The index of c in found, sought by its start; -1 when it is not among the candidates of that start.
    private static int PlaceOf(List<NameCandidate> found, NameCandidate c)
    {
        var start = c.Start;
        int low = 0, high = found.Count - 1;
        while (low < high)
        {
            var middle = low + ((high - low) >> 1);
            if (found[middle].Start < start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (var i = low; i < found.Count && found[i].Start == start; i++)
        {
            if (ReferenceEquals(found[i], c))
            {
                return i;
            }
        }

        return -1;
    }

    // The span a join that candidate i may open defines, added to defined.
    private static void Define(TokenView view, List<NameCandidate> found, int i, TokenSentences sentences, ref Definitions? defined)
    {
        var c = found[i];
        var first = AcronymDefinitionStart(view, c, sentences);
        var last = first >= 0 ? c.FirstToken - 2 : -1;
        if (first < 0)
        {
            first = HeadNounListStart(view, found, i);
            last = c.LastToken;
        }

        if (first < 0)
        {
            first = RemitListStart(view, found, i);
        }

        if (first >= 0)
        {
            (defined ??= new Definitions()).Add(view, first, last);
        }
    }

    private static NameCandidate Piece(TokenView view, int first, int last, TokenSentences sentences)
    {
        var words = 0;
        for (var k = first; k <= last; k++)
        {
            if (view.IsWord(k))
            {
                words++;
            }
        }

        var next = last + 1;
        var sentence = sentences.Of(first);
        return new NameCandidate(first, last, view[first].Start, view[last].End, NameCandidateFinder.NameText(view.Text, view[first].Start, view[last].End), sentence)
        {
            Initial = sentences.IsInitial(first, sentence),
            Words = words,
            Possessive = next < view.Count && view[next].IsPossessive(view.Text),
        };
    }

    // Candidates i..j separated only by joining words whose text is a defined name.
    private static int SameAsDefined(TokenView view, List<NameCandidate> found, int i, Definitions defined)
    {
        var c = found[i];
        if (!defined.MayStartWith(view.Text[c.Start]))
        {
            return -1;
        }

        for (var j = i + 1; j < found.Count && j <= i + 6; j++)
        {
            if (found[j].Sentence != c.Sentence || found[j].Role is not null || !OnlyJoinWordsBetween(view, found[j - 1].LastToken, found[j].FirstToken))
            {
                return -1;
            }

            if (defined.Names.Contains(NameCandidateFinder.NameText(view.Text, c.Start, found[j].End)))
            {
                return found[j].LastToken;
            }
        }

        return -1;
    }

    private static bool OnlyJoinWordsBetween(TokenView view, int after, int before)
    {
        for (var k = after + 1; k < before; k++)
        {
            if (!IsJoinWord(view, k))
            {
                return false;
            }
        }

        return before > after + 1;
    }

    /// <summary>
    /// The spans of a text that define a name (first token to last), and their names. A text defines one or two, and
    /// has a thousand candidates, each asked whether a span starts inside it or whether it starts a defined name: the
    /// first and last start, and the first characters of the names, settle most of them before a lookup.
    /// </summary>
    private sealed class Definitions
    {
        private readonly Dictionary<int, int> _spans = new();
        private readonly ulong[] _asciiInitials = new ulong[2];
        private bool _otherInitial;
        private int _firstStart = int.MaxValue;
        private int _lastStart = -1;

        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        /// <summary>Adds the span from token <paramref name="first"/> to <paramref name="last"/>, unless a span starting there is known.</summary>
        public void Add(TokenView view, int first, int last)
        {
            if (_spans.ContainsKey(first))
            {
                return;
            }

            _spans[first] = last;
            _firstStart = Math.Min(_firstStart, first);
            _lastStart = Math.Max(_lastStart, first);
            var name = NameCandidateFinder.NameText(view.Text, view[first].Start, view[last].End);
            Names.Add(name);
            var initial = name[0];
            if (initial < 128)
            {
                _asciiInitials[initial >> 6] |= 1UL << (initial & 63);
            }
            else
            {
                _otherInitial = true;
            }
        }

        /// <summary>A defined name may start with <paramref name="c"/> (a name starts with its first token, no white space).</summary>
        public bool MayStartWith(char c) => c < 128 ? (_asciiInitials[c >> 6] & (1UL << (c & 63))) != 0 : _otherInitial;

        /// <summary>The last token of a defining span that starts inside the candidate and reaches past it (the first such start in <paramref name="from"/>), or -1.</summary>
        public int SpanFrom(NameCandidate c, out int from)
        {
            if (c.FirstToken <= _lastStart && c.LastToken >= _firstStart)
            {
                for (var k = c.FirstToken; k <= c.LastToken; k++)
                {
                    if (_spans.TryGetValue(k, out var last) && last > c.LastToken)
                    {
                        from = k;
                        return last;
                    }
                }
            }

            from = -1;
            return -1;
        }
    }

    /// <summary>"(IEBC)" right after capitalised words whose initials spell it: the first of those words, or -1.</summary>
    private static int AcronymDefinitionStart(TokenView view, NameCandidate c, TokenSentences sentences)
    {
        var a = c.FirstToken;
        var t = view[a];
        if (c.Words != 1 || !t.Has(TokenFlags.AllCaps) || t.Length < 2 || t.Length > 8 || !view.IsPunct(a - 1, '(') || !view.IsPunct(a + 1, ')'))
        {
            return -1;
        }

        return AcronymInitials.StartOfName(view, a, sentences.First(sentences.Of(a)));
    }

    /// <summary>"the Senate Health, Education, Labor and Pensions Committee": the list's first token, or -1.</summary>
    private static int HeadNounListStart(TokenView view, List<NameCandidate> found, int i)
    {
        var c = found[i];
        if (i == 0 || !view.IsText(c.FirstToken - 1, "and") || !view.In(WordLists.OrgSuffixes, c.LastToken) || !view.In(WordLists.OfHeads, c.LastToken))
        {
            return -1;
        }

        var j = i - 1;
        while (j >= 0 && found[j].Sentence == c.Sentence && found[j].Role is null && !IsPlace(view, found[j]))
        {
            var p = found[j];
            var before = p.FirstToken - 1;
            var gap = found[j + 1].FirstToken - p.LastToken - 1;
            if (gap != 1 || !(view.IsText(p.LastToken + 1, "and") || view.IsPunct(p.LastToken + 1, ',')))
            {
                return -1;
            }

            if (view.IsText(before, "the") || view.IsText(before, "The"))
            {
                return p.FirstToken; // the list's first item may hold several words ("Senate Health")
            }

            if (p.Words != 1 || !view.IsPunct(before, ','))
            {
                return -1;
            }

            j--;
        }

        return -1;
    }

    /// <summary>
    /// "the Ministry of Economy, Trade and Industry", "the National Council for Science, Technology and Technological
    /// Innovation": a body's head noun, "of", "for" or "on", then English words listed with commas up to the "and" before
    /// the last; the first token of the body's name, or -1. The "and" alone is joined as the run is read ("Ministry of
    /// Planning and Investment"); a comma ends a run. Items that are places, people's names or bodies' heads end
    /// nothing here ("the Bank of England, Treasury and Parliament", "the Ministry of Health, Oxfam and UNICEF").
    /// </summary>
    private static int RemitListStart(TokenView view, List<NameCandidate> found, int i)
    {
        var c = found[i];
        if (i == 0 || !view.IsText(c.FirstToken - 1, "and") || !IsRemitItem(view, c))
        {
            return -1;
        }

        var commas = 0;
        for (var j = i - 1; j >= 0 && i - j <= MaxRemitItems; j--)
        {
            var p = found[j];
            if (p.Sentence != c.Sentence || p.Role is not null)
            {
                return -1;
            }

            // One comma between two items; "and", or a comma and "and", before the last.
            var between = found[j + 1].FirstToken - p.LastToken - 1;
            var comma = view.IsPunct(p.LastToken + 1, ',');
            var separated = j == i - 1
                ? (between == 1 && view.IsText(p.LastToken + 1, "and")) || (between == 2 && comma && view.IsText(p.LastToken + 2, "and"))
                : between == 1 && comma;
            if (!separated)
            {
                return -1;
            }

            commas += comma ? 1 : 0;
            if (!IsRemitItem(view, p))
            {
                return commas > 0 && HeadsRemitList(view, p) ? p.FirstToken : -1;
            }
        }

        return -1;
    }

    // The most items a body's remit lists before its head is found ("Agriculture, Forestry, Fisheries and Food").
    private const int MaxRemitItems = 6;

    // One to three capitalised English words and nothing else ("Trade", "Technological Innovation").
    private static bool IsRemitItem(TokenView view, NameCandidate c) =>
        c.Words <= 3 && c.LastToken - c.FirstToken == c.Words - 1 && OnlyFieldWords(view, c.FirstToken, c.LastToken);

    // Tokens first..last are capitalised English words, none a body's head but a field a ministry's remit names as a
    // company's name ends in ("Technology", "Energy").
    private static bool OnlyFieldWords(TokenView view, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            var t = view[k];
            if (!t.IsWord || !t.Has(TokenFlags.Capitalized) || t.Has(TokenFlags.AllCaps) || !(view.In(WordLists.EnglishWords, k) || view.In(WordLists.CommonWords, k))
                || (view.In(WordLists.OrgSuffixes, k) && !view.In(RemitFields, k) && !EntityClassifier.IsSectorWord(view, k)))
            {
                return false;
            }
        }

        return true;
    }

    // Fields of a ministry's or a council's remit that also end companies' names, besides the sectors a country names its
    // agencies after ("Health", "Energy"), which EntityClassifier lists and OnlyFieldWords asks too.
    private static readonly WordSet RemitFields = new(new[]
    {
        "Technology", "Communications", "Telecommunications", "Media", "Mining", "Shipping", "Aviation", "Insurance", "Logistics",
        "Manufacturing", "Services", "Healthcare", "Power", "Electronics",
    }, false);

    // "Ministry of Economy", "National Council for Science": a body's head, its "of", "for" or "on", and English words to
    // the candidate's end (not "Bank of England").
    private static bool HeadsRemitList(TokenView view, NameCandidate c)
    {
        for (var k = c.FirstToken + 1; k < c.LastToken; k++)
        {
            if (view.IsLowerWord(k))
            {
                return (view.IsText(k, "of") || view.IsText(k, "for") || view.IsText(k, "on")) && view.In(WordLists.OrgSuffixes, k - 1)
                    && c.LastToken - k <= 3 && OnlyFieldWords(view, k + 1, c.LastToken);
            }
        }

        return false;
    }

    // The "(" before an acronym (AcronymDefinitionStart) or the "and" before a list's last item (HeadNounListStart).
    // Inlined: it is asked of every candidate, and turns nearly all away.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool MayOpenJoin(TokenView view, int k)
    {
        if (k < 0)
        {
            return false;
        }

        var t = view[k];
        return t.IsPunct(view.Text, '(') || (t.Length == 3 && view.IsText(k, "and"));
    }

    private static bool IsPlace(TokenView view, NameCandidate c) => WordLists.Places.Contains(c.Name) || WordLists.Demonyms.Contains(c.Name) || view[c.FirstToken].Has(TokenFlags.Abbreviation);

    internal static bool IsJoinWord(TokenView view, int k) =>
        view.IsPunct(k, ',') || view.IsPunct(k, '&') || view.IsText(k, "and") || view.IsText(k, "of") || view.IsText(k, "for")
        || view.IsText(k, "the") || view.IsText(k, "on");
}
