using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// Two more places where a word is capitalised by its place, asked only of the words that start a name there: after
/// the number or letter of a list item at a line's start ("(3) Hey!", "1) Send the form", "#15 Your pet rock", "iv.
/// Come ..."), and at the start of a column inside a line (two poems side by side, a table's cells).
/// </summary>
internal sealed partial class TokenSentences
{
    /// <summary>
    /// Whether the word <paramref name="j"/>, with only marks between it and the word <paramref name="k"/>, numbers
    /// a list item at a line's start: up to three digits, a letter or a small roman numeral, alone or after "(" or
    /// "#", and a ")" or "." joined to it ("(2)", "1)", "a)", "iv.", "#15"). A capital letter and a stop ("J.
    /// Smith") is a person's initial, not an item's.
    /// </summary>
    private bool FollowsEnumerator(int j, int k)
    {
        var view = _view;
        var tokens = view.Tokens;
        var text = view.Text;
        var item = tokens[j];
        if (!item.IsWord)
        {
            return false;
        }

        var open = '\0';
        if (j > 0 && !item.Has(TokenFlags.LineBreakBefore))
        {
            var before = tokens[j - 1];
            open = before.Kind == TokenKind.Punct ? text[before.Start] : '\0';
            if (open is not ('(' or '#') || item.Has(TokenFlags.SpaceBefore) || (j > 1 && !before.Has(TokenFlags.LineBreakBefore)))
            {
                return false;
            }
        }

        var mark = '\0';
        if (k - j == 2)
        {
            var after = tokens[j + 1];
            mark = text[after.Start];
            if (after.Has(TokenFlags.SpaceBefore) || (open == '(' ? mark != ')' : mark is not (')' or '.')))
            {
                return false;
            }
        }
        else if (k - j != 1 || open != '#')
        {
            return false; // "(3) Hey", "1) Send" have one mark between; only "#15 Your" none
        }

        if (!item.Has(TokenFlags.HasLetter))
        {
            return item.Length <= 3;
        }

        if (item.Has(TokenFlags.HasDigit))
        {
            return false;
        }

        if (item.Length == 1)
        {
            return mark != '.' || !item.Has(TokenFlags.Capitalized);
        }

        // "ii", "iv", "XII": the letters of the numerals below forty, in one case.
        var upper = item.Has(TokenFlags.AllCaps);
        for (var i = item.Start; i < item.End; i++)
        {
            var c = upper ? text[i] : (char)(text[i] - ('a' - 'A'));
            if (c is not ('I' or 'V' or 'X'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether token <paramref name="k"/>, inside a line, follows a tab after running text (a word in lower case, a
    /// comma or a semicolon): it opens the second column of two poems set side by side ("he cried," then two tabs
    /// and "Said ..."). A table's cell follows a number or a name ("1", a tab, "Arsenal"), and keeps its names. A
    /// line start in verse needs no test of its own: the sentence splitter ends a sentence at every line end before
    /// a word that is not in lower case, and a sentence's first word is initial.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private bool StartsColumn(int k)
    {
        var view = _view;
        var start = view[k].Start;
        return view.Text[start - 1] == '\t' && (view[k - 1].IsLowerWord || view.IsPunct(k - 1, ',') || view.IsPunct(k - 1, ';'));
    }
}
