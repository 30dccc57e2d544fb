using System.Collections.Generic;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// Names in a headline written In Title Case ("Apple Unveils New iPhone With Faster Chip"), where, as in one written in
/// capitals (<see cref="HeadlineNames"/>), every word is capitalised and the capitals say nothing of which words are
/// names. The candidate finder reads such a run as one long name, and coreference then pulls the story's own "Apple"
/// and "iPhone" into it. A run on a headline is cut instead into the names the rest of the seed writes (longest
/// first: "Vardhan Industries"), the words that are names by themselves (no English word, "Nvidia", "iPhone"; a
/// known place; a given name and its surname), and nothing for the ordinary words between ("Unveils", "New",
/// "Faster Chip").
/// </summary>
/// <remarks>
/// A headline stands on a line of its own: the text's first line, or one after a blank line, in title case and
/// followed by more text (<see cref="InTitleCase"/>). A credit ("-- Dizzy Dean") is no headline, nor a line that is
/// one name and nothing else. Only candidates of two tokens or more whose sentence opens such a line are cut; an English
/// word alone on one is marked as capitalised by its place, as a sentence's first word is.
/// </remarks>
internal static class TitleCaseHeadlines
{
    // A headline is short: a candidate further than this from its line's start is not on one.
    private const int MaxWalk = 16;

    // The longest known name tried at a headline word, in tokens.
    private const int MaxSpan = 6;

    public static void Apply(TokenView view, TokenSentences sentences, List<NameCandidate> candidates)
    {
        // A headline opens a sentence (it has no stop, but a blank line or the text's start is before it): the
        // candidates of the other sentences are passed over on the sentence's first token, with no walk.
        List<int>? onHeadlines = null;
        var line = new LineVerdict(-1, false); // the last headline line asked, whose other names ask it again
        // Read without a range check each (the list is not changed while it is read).
        var list = new ListItems<NameCandidate>(candidates);
        var count = list.Count;
        for (var i = NextOnLineStart(view, sentences, list, 0); i < count; i = NextOnLineStart(view, sentences, list, i + 1))
        {
            var c = list[i];
            var one = c.LastToken == c.FirstToken;

            // A line that is one name and nothing else ("American League" over a table) is that name.
            if (!(one && (!IsEnglish(view, c.FirstToken) || view.In(WordLists.Places, c.FirstToken)))
                && !WholeLine(view, c) && OnHeadline(view, c.FirstToken, ref line))
            {
                if (one)
                {
                    // "... Telecoms Push Into Payments": an English word alone in a headline is capitalised by the headline,
                    // as a sentence's first word is by its place, and is dropped as one when the text writes it in lower case.
                    c.Initial = true;
                    continue;
                }

                (onHeadlines ??= new List<int>()).Add(i);
            }
        }

        if (onHeadlines is null)
        {
            return;
        }

        var known = KnownNames(view, candidates, onHeadlines);

        // One copy of the list, however many headlines the seed has; the candidates between two headline names go back
        // as one block, not one slot (and one write barrier) at a time.
        var all = candidates.ToArray();
        candidates.Clear();
        var from = 0;
        foreach (var i in onHeadlines)
        {
            AddBlock(candidates, all, from, i);
            Cut(view, all[i], known, candidates);
            from = i + 1;
        }

        AddBlock(candidates, all, from, all.Length);
    }

    // The first candidate from i on (count when none) in a sentence that opens a line after a blank one or the text's
    // start: the walk past the rest, nineteen in twenty, in a method of its own with no call in it. With the rules'
    // calls in the same loop, the loop's values were kept on the stack and read again each step.
    private static int NextOnLineStart(TokenView view, TokenSentences sentences, ListItems<NameCandidate> list, int i)
    {
        for (; i < list.Count; i++)
        {
            var c = list[i];
            if ((c.LastToken == c.FirstToken) & c.Initial) // one branch: each alone follows no pattern
            {
                continue;
            }

            // A headline of two sentences ("Is Quentix Overvalued? Why Investors ..."): the second opens on the line.
            // The opening token is read once for both of its flags.
            var sentence = c.Sentence;
            var opening = sentences.First(sentence);
            var openingToken = view[opening];
            if (opening > 0 && sentence > 0 && !openingToken.Has(TokenFlags.LineBreakBefore))
            {
                opening = sentences.First(sentence - 1);
                openingToken = view[opening];
            }

            if (opening == 0 || openingToken.Has(TokenFlags.BlankLineBefore))
            {
                break;
            }
        }

        return i;
    }

    // Adds all[from..to) to the list.
    private static void AddBlock(List<NameCandidate> list, NameCandidate[] all, int from, int to)
    {
        if (to > from)
        {
            list.AddRange(new System.ArraySegment<NameCandidate>(all, from, to - from));
        }
    }

    // The candidate is all its line holds.
    private static bool WholeLine(TokenView view, NameCandidate c) =>
        (c.FirstToken == 0 || view[c.FirstToken].Has(TokenFlags.LineBreakBefore))
        && (c.LastToken + 1 >= view.Count || view[c.LastToken + 1].Has(TokenFlags.LineBreakBefore));

    // Token k, the first of a candidate, stands on a headline: the line it starts from is the text's first or comes after
    // a blank line, and is in title case. Whether a line is in title case is kept in line: a headline's names ask it of
    // the same line, which its walk would read again for each.
    private static bool OnHeadline(TokenView view, int k, ref LineVerdict line)
    {
        var j = k;
        for (; j > 0 && !view[j].Has(TokenFlags.LineBreakBefore); j--)
        {
            // A word in lower case longer than a title's small words: prose.
            var t = view[j - 1];
            if (k - j >= MaxWalk || (t.IsLowerWord && t.Length > 4))
            {
                return false;
            }
        }

        if (j > 0 && !view[j].Has(TokenFlags.BlankLineBefore))
        {
            return false;
        }

        // "-- Dizzy Dean", "-- Author, The Burden of Proof", "(Reporting by ...)": a line that opens with a mark credits
        // someone or notes something; a headline opens with a word.
        if (!view.IsWord(j))
        {
            return false;
        }

        if (line.First != j)
        {
            line = new LineVerdict(j, InTitleCase(view, j));
        }

        return line.InTitleCase;
    }

    // Whether the line from token First is in title case (InTitleCase).
    private readonly struct LineVerdict
    {
        public LineVerdict(int first, bool inTitleCase)
        {
            First = first;
            InTitleCase = inTitleCase;
        }

        public int First { get; }

        public bool InTitleCase { get; }
    }

    // The line from token first is in title case and heads something: no word in lower case but a title's small words
    // (TitleCaseLines.IsSmallWord); an ordinary English word capitalised other than the line's first (in capitals, the
    // line is a shouted one, read by HeadlineNames); more text after it; and at its end no colon or comma, which makes
    // it the label of what follows ("Benson's Dogma:"), nor a full stop, which makes it a sentence. A figure may stand
    // in a headline ("Raises $50 Million"), as may a given name ("Names Sarah Okafor as Chief"), which
    // TitleCaseLines.InTitleLine refuses in prose; but two figures make a line of a table ("FLORIDA 4 NY Islanders 2"),
    // as a tab between words does ("Sept 14<tab>Pasadena Junior High"), and a semicolon makes one of credits
    // ("Reporting by ...; Editing by ...").
    private static bool InTitleCase(TokenView view, int first)
    {
        var ordinary = false;
        var figures = 0;
        var k = first;
        for (; k < view.Count && (k == first || !view[k].Has(TokenFlags.LineBreakBefore)); k++)
        {
            var t = view[k];
            if (k - first > 3 * MaxWalk || (k > first && TabBefore(view, k)))
            {
                return false;
            }

            if (t.Has(TokenFlags.HasDigit))
            {
                figures++;
                continue;
            }

            if (!t.IsWord || !t.Has(TokenFlags.HasLetter))
            {
                if (view.Text[t.Start] == ';')
                {
                    return false;
                }

                continue;
            }

            if (t.IsLowerWord)
            {
                if (!TitleCaseLines.IsSmallWord(view.Text, t))
                {
                    return false;
                }

                continue;
            }

            ordinary |= k > first && t.TitleCased
                && view.In(WordLists.EnglishWords, k) && !view.IsFunctionWord(k);
        }

        var end = view[k - 1];
        return ordinary && figures < 2 && k < view.Count && !(end.Kind == TokenKind.Punct && view.Text[end.Start] is ':' or ',' or '.' or '\u2026');
    }

    // Whether white space before token k holds a tab, which parts the columns of a table.
    private static bool TabBefore(TokenView view, int k)
    {
        for (var i = view[k - 1].End; i < view[k].Start; i++)
        {
            if (view.Text[i] == '\t')
            {
                return true;
            }
        }

        return false;
    }

    // The names of the candidates off the headlines that some span of a headline's run may be, and the first words of a
    // company's name that end in an organisation's head ("Kestrel Biotech" of "Kestrel Biotech Inc."), by which a
    // headline names it. A seed has thousands of names and its headlines a few spans: only a name (or prefix) of a
    // span's length is asked of the spans.
    private static HashSet<string> KnownNames(TokenView view, List<NameCandidate> candidates, List<int> onHeadlines)
    {
        var spans = new HashSet<string>(System.StringComparer.Ordinal);
        var lengths = 0UL; // a bit per span length, modulo 64
        foreach (var i in onHeadlines)
        {
            var c = candidates[i];
            for (var k = c.FirstToken; k <= c.LastToken; k++)
            {
                for (var end = k; end <= c.LastToken && end < k + MaxSpan; end++)
                {
                    if (view.IsNameWord(k) && view.IsNameWord(end))
                    {
                        var span = NameCandidateFinder.NameText(view.Text, view[k].Start, view[end].End);
                        spans.Add(span);
                        lengths |= 1UL << (span.Length & 63);
                    }
                }
            }
        }

        var known = new HashSet<string>(System.StringComparer.Ordinal);
        for (int i = 0, h = 0; i < candidates.Count; i++)
        {
            if (h < onHeadlines.Count && onHeadlines[h] == i)
            {
                h++;
                continue;
            }

            var c = candidates[i];
            var name = c.Name;
            if ((lengths & (1UL << (name.Length & 63))) != 0 && spans.Contains(name))
            {
                known.Add(name);
            }

            if (c.Words < 3)
            {
                continue;
            }

            // "Kestrel Biotech" of "Kestrel Biotech Inc.": a prefix of two words or more of a name that ends in a head.
            for (var space = name.IndexOf(' '); space > 0; space = name.IndexOf(' ', space + 1))
            {
                if ((lengths & (1UL << (space & 63))) != 0 && name.IndexOf(' ') < space && spans.Contains(name.Substring(0, space)) && EndsInOrgSuffix(name))
                {
                    known.Add(name.Substring(0, space));
                }
            }
        }

        return known;
    }

    private static bool EndsInOrgSuffix(string name)
    {
        var lastSpace = name.LastIndexOf(' ');
        return WordLists.OrgSuffixes.Contains(name, lastSpace + 1, name.Length - lastSpace - 1);
    }

    // Adds to pieces the names in candidate c's run, in text order.
    private static void Cut(TokenView view, NameCandidate c, HashSet<string> known, List<NameCandidate> pieces)
    {
        var last = c.LastToken;
        for (var k = c.FirstToken; k <= last; k++)
        {
            if (!view.IsNameWord(k))
            {
                continue;
            }

            var end = KnownAt(view, k, last, known);
            if (end < 0)
            {
                end = OwnNameAt(view, k, last, known);
            }

            if (end < 0)
            {
                continue;
            }

            var piece = view.NewCandidate(k, end, view[k].Start, view[end].End, NameCandidateFinder.NameText(view.Text, view[k].Start, view[end].End), c.Sentence);
            piece.Words = Words(view, k, end);
            // Every word of a headline stands where any word is capitalised, as a sentence's first does: a piece the text
            // also writes in lower case ("Geothermal" above "geothermal science") is dropped as such a word is.
            piece.Initial = true;
            piece.Possessive = c.Possessive && end == last;
            pieces.Add(piece);
            k = end;
        }
    }

    // The last token of the longest name from k that the rest of the seed writes, or a list knows whole, else -1.
    private static int KnownAt(TokenView view, int k, int last, HashSet<string> known)
    {
        var text = view.Text;
        var start = view[k].Start;
        for (var end = System.Math.Min(last, k + MaxSpan - 1); end >= k; end--)
        {
            if (!view.IsNameWord(end))
            {
                continue;
            }

            var name = NameCandidateFinder.NameText(text, start, view[end].End);
            if (known.Contains(name) || (end > k && (WordLists.Places.Contains(name) || WordLists.Organisations.Contains(name))))
            {
                return end;
            }
        }

        return -1;
    }

    // The last token of a name that word k is by itself, else -1: a run of words that are no English word ("Nvidia",
    // "Meenakshi Raghunathan", with a company's head after them, "Nissan-Renault Alliance"; the head, "Biotech", is none
    // alone), a given name and its surname, or one word a list knows as a place ("China"). A
    // nationality or an organisation of one English word ("Northern", "Apple") is a name only where the rest of the
    // seed writes it. A run stops before a word that opens a name the rest of the seed writes ("Nigerian Fintech Kudira
    // Tops ...", where the story writes "Kudira"): the words before it are no part of that name, unless the run opens
    // with a given name, whose surname the story may write alone ("Sarah Okafor", then "Okafor said").
    private static int OwnNameAt(TokenView view, int k, int last, HashSet<string> known)
    {
        if (!IsEnglish(view, k) && !view.In(WordLists.OrgSuffixes, k))
        {
            var end = Hyphened(view, k, last);
            var given = NameCandidateFinder.IsGivenName(view, k);
            while (end < last && view.SpacedFromPrevious(end + 1) && view.IsNameWord(end + 1) && !IsEnglish(view, end + 1)
                && (given || KnownAt(view, end + 1, last, known) < 0))
            {
                end = Hyphened(view, end + 1, last);
            }

            // "Nissan-Renault Alliance", "Quenmoor Industries": a company's head after the name is the name's.
            if (end < last && view.SpacedFromPrevious(end + 1) && view.In(WordLists.OrgSuffixes, end + 1))
            {
                end++;
            }

            return end;
        }

        // "Sarah Okafor", "Alexander Winning": whatever the surname is.
        if (view.In(WordLists.GivenNames, k) && k < last && view.SpacedFromPrevious(k + 1) && view.IsNameWord(k + 1) && !view.IsFunctionWord(k + 1))
        {
            return Hyphened(view, k + 1, last);
        }

        return view.In(WordLists.Places, k) ? k : -1;
    }

    // The last token of the word at k with the words hyphened to it ("Lim-Bautista", "Al-Shammari").
    private static int Hyphened(TokenView view, int k, int last)
    {
        while (k + 2 <= last && view.IsPunct(k + 1, '-') && !view[k + 1].Has(TokenFlags.SpaceBefore)
            && view.IsWord(k + 2) && !view[k + 2].Has(TokenFlags.SpaceBefore))
        {
            k += 2;
        }

        return k;
    }

    // The dictionary leaves out the words it also gives capitalised ("Cancer", "Best"), which the common words hold.
    private static bool IsEnglish(TokenView view, int k) =>
        view.In(WordLists.EnglishWords, k) || view.In(WordLists.CommonWords, k) || view.IsFunctionWord(k);

    private static int Words(TokenView view, int k, int end)
    {
        var words = 0;
        for (var j = k; j <= end; j++)
        {
            words += view.IsWord(j) ? 1 : 0;
        }

        return words;
    }
}
