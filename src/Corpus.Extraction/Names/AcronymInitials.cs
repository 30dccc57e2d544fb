using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// Finds the name a bracketed acronym defines, reading back from the bracket: the words whose initials spell it.
/// Every capitalised word gives its initial ("U.N." its letters); a short joining word ("of", "for", "the") may give its
/// own ("Economic Community of West African States (ECOWAS)") or none ("Organisation of African Unity (OAU)"), so both
/// are tried; a hyphen inside a word ("Co-operation") and a lower-case word or two ("for the former Yugoslavia") are
/// passed over; the name starts and ends with a capitalised word.
/// </summary>
internal sealed class AcronymInitials
{
    // A defined name spans at most this many tokens ("International Criminal Tribunal for the former Yugoslavia" is 8),
    // and an acronym read back has at most eight letters: the search is bounded by both, whatever the text.
    private const int MaxTokens = 16;
    private const int MaxLetters = 8;
    private const int MaxLowerRun = 2;

    // Lower-case words that join the words of a defined name besides NameJoiner's joining words ("Mission in
    // Georgia", "Campaign to Ban Landmines", "Conseil de la Concurrence").
    private static readonly WordSet JoiningWords = new(new[]
    {
        "in", "to", "at", "against", "de", "del", "des", "du", "la", "le", "les", "di", "da", "do", "dos", "das", "y", "et", "und", "für", "zur", "zum",
    }, false);

    private readonly TokenView _view;
    private readonly int _last;
    private readonly int _acronymStart;
    private readonly int _limit;

    // The (token, letter, lower-case run) states already found to lead nowhere: each state is tried once, so a search
    // takes at most 16 x 8 x 3 steps, however many joining words might give a letter or none.
    private readonly bool[] _failed = new bool[(MaxTokens + 1) * MaxLetters * (MaxLowerRun + 1)];

    private AcronymInitials(TokenView view, int last, int acronymStart, int limit)
    {
        _view = view;
        _last = last;
        _acronymStart = acronymStart;
        _limit = limit;
    }

    /// <summary>
    /// The first token of the name that the acronym at token <paramref name="acronym"/> (between brackets, at most
    /// eight letters) defines, searched no further back than <paramref name="sentenceFirst"/>; -1 when none fits.
    /// </summary>
    public static int StartOfName(TokenView view, int acronym, int sentenceFirst)
    {
        var last = acronym - 2;
        var t = view[acronym];
        if (last < 0 || t.Length > MaxLetters || !view.IsNameWord(last) || !view[last].Has(TokenFlags.Capitalized))
        {
            return -1; // the name ends in a capitalised word right before the bracket
        }

        var search = new AcronymInitials(view, last, t.Start, System.Math.Max(sentenceFirst, last - MaxTokens));
        return search.EndingAt(last, t.End - 1, lowerRun: 0);
    }

    // The first token of the words ending at token k whose initials spell the acronym's letters up to pos, or -1.
    private int EndingAt(int k, int pos, int lowerRun)
    {
        if (k < _limit || pos < _acronymStart)
        {
            return -1;
        }

        var state = ((((_last - k) * MaxLetters) + (pos - _acronymStart)) * (MaxLowerRun + 1)) + lowerRun;
        if (_failed[state])
        {
            return -1;
        }

        var found = Step(k, pos, lowerRun);
        _failed[state] = found < 0;
        return found;
    }

    private int Step(int k, int pos, int lowerRun)
    {
        var view = _view;
        var text = view.Text;
        var t = view[k];
        if (view.IsNameWord(k) && t.Has(TokenFlags.Capitalized))
        {
            // The letters the word gives, read backwards: its initial, or each capital of a dotted "U.N.".
            var from = t.Has(TokenFlags.Abbreviation) ? t.End - 1 : t.Start;
            for (var i = from; i >= t.Start; i--)
            {
                if (text[i] == '.')
                {
                    continue;
                }

                if (pos < _acronymStart || char.ToUpperInvariant(text[i]) != text[pos])
                {
                    return -1;
                }

                pos--;
            }

            return pos < _acronymStart ? k : EndingAt(k - 1, pos, lowerRun: 0);
        }

        if (view.IsPunct(k, '-') && view.Touches(k) && k + 1 < view.Count && view.Touches(k + 1) && view.IsLowerWord(k + 1))
        {
            return EndingAt(k - 1, pos, lowerRun: 0); // "Co-operation" is one word
        }

        if (NameJoiner.IsJoinWord(view, k) || (view.IsLowerWord(k) && view.In(JoiningWords, k)))
        {
            if (view.IsWord(k) && char.ToUpperInvariant(text[t.Start]) == text[pos])
            {
                var giving = EndingAt(k - 1, pos - 1, lowerRun: 0);
                if (giving >= 0)
                {
                    return giving;
                }
            }

            return EndingAt(k - 1, pos, lowerRun: 0);
        }

        return view.IsLowerWord(k) && lowerRun < MaxLowerRun ? EndingAt(k - 1, pos, lowerRun + 1) : -1;
    }
}
