using Corpus.Extraction.Quotes;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// A word capitalised by the title case of its line: a heading, a title or a joke's first line written In Title Case
/// Like This ("The Great Movie Posters:", "Falling in Love", "Benson's Dogma:"), where every word but the small ones
/// titles keep in lower case is capitalised, and the capitals say nothing of names. The drop rule reads such a word as
/// it reads a sentence's first word (<c>EntityExtractor.WeaknessOf</c>): dropped when the text also writes it in lower
/// case, tentative when it is an ordinary English word, kept otherwise.
/// </summary>
internal static class TitleCaseLines
{
    // A heading is short: a line longer than this on either side of the word is prose, and is not walked further.
    private const int MaxWalk = 16;

    // The words a title keeps in lower case in the common styles (Chicago, AP): articles, coordinating conjunctions and
    // short prepositions, none longer than four letters: a, an, or, so, of, in, on, at, to, by, up, as, the, and, but,
    // nor, for, yet, off, per, via, from, with, into, onto, over, than. A pronoun or a verb in lower case ("Humor him")
    // makes the line a sentence. Told by the letters packed in a number (a word set would hash each word asked, and
    // most are asked on the way out of prose).
    internal static bool IsSmallWord(string text, Token t)
    {
        var n = t.Length;
        if (n > 4)
        {
            return false;
        }

        var key = 0;
        for (var i = 0; i < n; i++)
        {
            var c = text[t.Start + i];
            if (c > 'z')
            {
                return false; // a letter of no English small word, which would spill into the next one's byte
            }

            key |= c << (8 * i);
        }

        switch (key)
        {
            case 'a':
            case 'a' | ('n' << 8):
            case 'o' | ('r' << 8):
            case 's' | ('o' << 8):
            case 'o' | ('f' << 8):
            case 'i' | ('n' << 8):
            case 'o' | ('n' << 8):
            case 'a' | ('t' << 8):
            case 't' | ('o' << 8):
            case 'b' | ('y' << 8):
            case 'u' | ('p' << 8):
            case 'a' | ('s' << 8):
            case 't' | ('h' << 8) | ('e' << 16):
            case 'a' | ('n' << 8) | ('d' << 16):
            case 'b' | ('u' << 8) | ('t' << 16):
            case 'n' | ('o' << 8) | ('r' << 16):
            case 'f' | ('o' << 8) | ('r' << 16):
            case 'y' | ('e' << 8) | ('t' << 16):
            case 'o' | ('f' << 8) | ('f' << 16):
            case 'p' | ('e' << 8) | ('r' << 16):
            case 'v' | ('i' << 8) | ('a' << 16):
            case 'f' | ('r' << 8) | ('o' << 16) | ('m' << 24):
            case 'w' | ('i' << 8) | ('t' << 16) | ('h' << 24):
            case 'i' | ('n' << 8) | ('t' << 16) | ('o' << 24):
            case 'o' | ('n' << 8) | ('t' << 16) | ('o' << 24):
            case 'o' | ('v' << 8) | ('e' << 16) | ('r' << 24):
            case 't' | ('h' << 8) | ('a' << 16) | ('n' << 24):
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// Whether capitalised token <paramref name="k"/> is capitalised by title case: <see cref="InTitleLine"/>, or in
    /// prose, the part of the sentence between commas, brackets or stops that holds it is in title case, with an
    /// ordinary English word other than the part's first (a sentence's first word is capitalised anyway: "Officials
    /// in Pale, the Bosnian Serb stronghold, said ..."). A word of a name written in title case that the name finder
    /// did not join is so ("Culture" of "the Istanbul Foundation for Culture and Arts").
    /// </summary>
    public static bool Capitalises(TokenView view, int k) => Read(view, k, lineMatters: false) != Shape.None;

    /// <summary>
    /// Whether capitalised token <paramref name="k"/> stands on a line in title case: on the line no word in lower case
    /// but a title's small words and no number; in the part of the line between commas, semicolons, brackets or stops
    /// that holds it, two capitalised words or more, one of the others an ordinary English word written with a
    /// capital (not in capitals: a shouted line says nothing of title case), and no given name but an owner's (a
    /// person's name). Commas part an author from a title ("-- Strunk and White, The Elements of Style") and the names
    /// of a list ("Crosby, Stills, Nash"), which are no title.
    /// </summary>
    public static bool InTitleLine(TokenView view, int k) => Read(view, k, lineMatters: true) == Shape.Line;

    private enum Shape
    {
        None,
        Line, // the line is in title case
        Part, // the line is prose, the word's part of it in title case
    }

    // lineMatters: whether the caller tells a line in title case from a part in it; when not, a part that holds an
    // ordinary word further in is enough, and the rest of the line is not read.
    private static Shape Read(TokenView view, int k, bool lineMatters)
    {
        // The word's part first, walked out from the word both ways, each token loaded once: the first word in lower
        // case or number settles it, and most parts hold no other capitalised word, which settles it too; the lists are
        // asked only after. Only then is the rest of the line read, where one such word makes the line prose.
        var tokens = view.Tokens;
        var text = view.Text;
        var part = new Part { Capitals = 1 };
        var before = k - 1;
        for (var after = tokens[k]; before >= 0 && !after.Has(TokenFlags.LineBreakBefore); before--)
        {
            var t = tokens[before];
            if (EndsPart(text, t))
            {
                break;
            }

            if (k - before > MaxWalk || !Reads(view, t, before, inPart: true, ref part))
            {
                return Shape.None;
            }

            after = t;
        }

        var next = k + 1;
        for (; next < view.Count; next++)
        {
            var t = tokens[next];
            if (t.Has(TokenFlags.LineBreakBefore) || EndsPart(text, t))
            {
                break;
            }

            if (next - k > MaxWalk || !Reads(view, t, next, inPart: true, ref part))
            {
                return Shape.None;
            }
        }

        if (part.Capitals < 2 || !CapitalsFit(view, before + 1, next - 1, k, ref part) || !(part.Ordinary || part.OrdinaryInside))
        {
            return Shape.None;
        }

        if (part.OrdinaryInside && !lineMatters)
        {
            return Shape.Part; // a line or a part in title case alike
        }

        return RestOfLineFits(view, k, before, next) ? Shape.Line : part.OrdinaryInside ? Shape.Part : Shape.None;
    }

    // Whether the tokens of word k's line outside its part, from `before` back and from `next` on, fit a title: the
    // line is then in title case.
    private static bool RestOfLineFits(TokenView view, int k, int before, int next)
    {
        var tokens = view.Tokens;
        var none = default(Part); // the tokens outside the part are counted into none
        for (var j = before; j >= 0 && !tokens[j + 1].Has(TokenFlags.LineBreakBefore); j--)
        {
            if (k - j > MaxWalk || !Reads(view, tokens[j], j, inPart: false, ref none))
            {
                return false;
            }
        }

        for (var j = next; j < view.Count && !tokens[j].Has(TokenFlags.LineBreakBefore); j++)
        {
            if (j - k > MaxWalk || !Reads(view, tokens[j], j, inPart: false, ref none))
            {
                return false;
            }
        }

        return true;
    }

    // What the walk has found of the word's part: its capitalised words (the word's own among them) and whether one of
    // the others is an ordinary word, first of the part or further in.
    private struct Part
    {
        public int Capitals;
        public bool Ordinary;
        public bool OrdinaryInside;
    }

    // Reads token j, another than the word asked about, and counts it into the part's words when it is in the word's
    // part; false when it makes the line, or the part, no title: a number (a score or a table's figures make a line of
    // sides, "Arsenal 2 Everton 1", whose names are often words), a word in lower case that titles capitalise, or a
    // given name in the part that is not an owner's.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool Reads(TokenView view, Token t, int j, bool inPart, ref Part part)
    {
        if (t.Has(TokenFlags.HasDigit))
        {
            return false;
        }

        if (!t.IsWord || !t.Has(TokenFlags.HasLetter))
        {
            return true;
        }

        if (t.IsLowerWord)
        {
            return IsSmallWord(view.Text, t); // else a sentence's words
        }

        if (inPart && t.Has(TokenFlags.Capitalized))
        {
            part.Capitals++; // the lists are asked of it later (CapitalsFit), once the whole part has passed this test
        }

        return true;
    }

    // Reads's test of the capitalised words of the word's part, from token `from` to `to` but the word k: false for a
    // given name that is not an owner's. Asked only of a part with such a word and none in lower case or number.
    private static bool CapitalsFit(TokenView view, int from, int to, int k, ref Part part)
    {
        var tokens = view.Tokens;
        for (var j = from; j <= to; j++)
        {
            var t = tokens[j];
            if (j != k && t.IsWordWithOnly(TokenFlags.HasLetter | TokenFlags.Capitalized | TokenFlags.AllCaps, TokenFlags.HasLetter | TokenFlags.Capitalized) && !t.IsLowerWord
                && !CapitalFits(view, j, ref part))
            {
                return false;
            }
        }

        return true;
    }

    // Whether capitalised word j of the word's part fits a title, noting in part whether it is an ordinary word.
    private static bool CapitalFits(TokenView view, int j, ref Part part)
    {
        // The English words hold no given name (the list leaves out the words it also capitalises): each word is asked
        // of one list, most of the other.
        if (view.In(WordLists.EnglishWords, j))
        {
            if (!view.IsFunctionWord(j))
            {
                // The first word of a part is capitalised whatever the style: only in a line in title case does it count.
                if (OpensPart(view, j))
                {
                    part.Ordinary = true;
                }
                else
                {
                    part.OrdinaryInside = true;
                }
            }

            return true;
        }

        // A person's name ("Jack Legs Diamond"); the owner of a law is not ("Peter's Law of Success").
        return !view.In(WordLists.GivenNames, j) || (j + 1 < view.Count && view[j + 1].IsPossessive(view.Text));
    }

    // The first word of a line or of a part of it, after a comma, a bracket, a stop, a colon or a quotation mark (where
    // any word is capitalised), or after a mark that opens the line ("-- The Restaurant at the End ...").
    private static bool OpensPart(TokenView view, int j)
    {
        var k = j - 1;
        while (k >= 0 && !view[k + 1].Has(TokenFlags.LineBreakBefore) && view[k].Kind == TokenKind.Punct && !EndsPart(view, k)
            && !QuoteMarks.IsMark(view.Text[view[k].Start]))
        {
            k--;
        }

        return k < 0 || view[k + 1].Has(TokenFlags.LineBreakBefore) || EndsPart(view, k) || (view[k].Kind == TokenKind.Punct && QuoteMarks.IsMark(view.Text[view[k].Start]));
    }

    // The marks that end a part of a line: a comma, a semicolon, a colon, a bracket, a stop.
    private static bool EndsPart(TokenView view, int k) => EndsPart(view.Text, view[k]);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool EndsPart(string text, Token t)
    {
        if (t.Kind != TokenKind.Punct)
        {
            return false;
        }

        var c = text[t.Start];
        return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || t.Has(TokenFlags.Stop);
    }
}
