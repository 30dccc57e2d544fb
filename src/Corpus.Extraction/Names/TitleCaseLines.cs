using Corpus.Extraction.Quotes;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// A word capitalised by the title case of its line: a heading, a title or a joke's first line written In Title Case
/// Like This ("The Great Movie Posters:", "Falling in Love", "Benson's Dogma:"), where every word but the small ones
/// titles keep in lower case is capitalised, and the capitals say nothing of names. The drop rule reads such a word as
/// it reads a sentence's first word (<c>EntityExtractor.AllWeak</c>): dropped when the text also writes it in lower
/// case, tentative when it is an ordinary English word, kept otherwise.
/// </summary>
internal static class TitleCaseLines
{
    // A heading is short: a line longer than this on either side of the word is prose, and is not walked further.
    private const int MaxWalk = 16;

    // The words a title keeps in lower case in the common styles (Chicago, AP): articles, coordinating conjunctions and
    // short prepositions. A pronoun or a verb in lower case ("Humor him") makes the line a sentence.
    private static readonly WordSet SmallWords = new(
        new[] { "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "of", "in", "on", "at", "to", "by", "up", "as", "off", "per", "via", "vs", "from", "with", "into", "onto", "over", "than" }, false);

    /// <summary>
    /// Whether capitalised token <paramref name="k"/> is capitalised by title case: <see cref="InTitleLine"/>, or in
    /// prose, the part of the sentence between commas, brackets or stops that holds it is in title case, with an
    /// ordinary English word other than the part's first (a sentence's first word is capitalised anyway: "Officials
    /// in Pale, the Bosnian Serb stronghold, said ..."). A word of a name written in title case that the name finder
    /// did not join is so ("Culture" of "the Istanbul Foundation for Culture and Arts").
    /// </summary>
    public static bool Capitalises(TokenView view, int k) => Read(view, k) is Shape.Line or Shape.Part;

    /// <summary>
    /// Whether capitalised token <paramref name="k"/> stands on a line in title case: on the line no word in lower case
    /// but a title's small words and no number; in the part of the line between commas, semicolons, brackets or stops
    /// that holds it, two capitalised words or more, one of the others an ordinary English word written with a
    /// capital (not in capitals: a shouted line says nothing of title case), and no given name but an owner's (a
    /// person's name). Commas part an author from a title ("-- Strunk and White, The Elements of Style") and the names
    /// of a list ("Crosby, Stills, Nash"), which are no title.
    /// </summary>
    public static bool InTitleLine(TokenView view, int k) => Read(view, k) == Shape.Line;

    private enum Shape
    {
        None,
        Line, // the line is in title case
        Part, // the line is prose, the word's part of it in title case
    }

    private static Shape Read(TokenView view, int k)
    {
        // Walked out from the word both ways, each word read once: within the word's part, the first word in lower
        // case or number settles it; past the part, one makes the line prose.
        var part = new Part { Open = true, Capitals = 1 };
        var line = true;
        var j = k - 1;
        for (; j >= 0 && !view[j + 1].Has(TokenFlags.LineBreakBefore); j--)
        {
            var inPart = part.Open && !EndsPart(view, j);
            part.Open = inPart;
            if (!inPart && !line)
            {
                break;
            }

            var fits = k - j <= MaxWalk && Reads(view, j, inPart, ref part);
            if (!fits && inPart)
            {
                return Shape.None;
            }

            line &= fits;
        }

        part.Open = true;
        for (j = k + 1; j < view.Count && !view[j].Has(TokenFlags.LineBreakBefore); j++)
        {
            var inPart = part.Open && !EndsPart(view, j);
            part.Open = inPart;
            if (!inPart && !line)
            {
                break;
            }

            var fits = j - k <= MaxWalk && Reads(view, j, inPart, ref part);
            if (!fits && inPart)
            {
                return Shape.None;
            }

            line &= fits;
        }

        return part.Capitals < 2 ? Shape.None
            : line && (part.Ordinary || part.OrdinaryInside) ? Shape.Line
            : part.OrdinaryInside ? Shape.Part
            : Shape.None;
    }

    // What the walk has found of the word's part: whether it is still being read, its capitalised words (the word's
    // own among them) and whether one of the others is an ordinary word, first of the part or further in.
    private struct Part
    {
        public bool Open;
        public int Capitals;
        public bool Ordinary;
        public bool OrdinaryInside;
    }

    // Reads token j, another than the word asked about, and counts it into the part's words when it is in the word's
    // part; false when it makes the line, or the part, no title: a number (a score or a table's figures make a line of
    // sides, "Arsenal 2 Everton 1", whose names are often words), a word in lower case that titles capitalise, or a
    // given name in the part that is not an owner's.
    private static bool Reads(TokenView view, int j, bool inPart, ref Part part)
    {
        var t = view[j];
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
            return view.In(SmallWords, j); // else a sentence's words
        }

        if (!inPart || !t.Has(TokenFlags.Capitalized))
        {
            return true;
        }

        part.Capitals++;
        if (view.In(WordLists.GivenNames, j) && !(j + 1 < view.Count && view[j + 1].IsPossessive(view.Text)))
        {
            return false; // a person's name ("Jack Legs Diamond"); the owner of a law is not ("Peter's Law of Success")
        }

        if (!t.Has(TokenFlags.AllCaps) && !view.IsFunctionWord(j) && view.In(WordLists.EnglishWords, j))
        {
            // Whether it opens the part is known only once the walk back is done: the part's first word is told by
            // what stands before it.
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
    private static bool EndsPart(TokenView view, int k)
    {
        var t = view[k];
        if (t.Kind != TokenKind.Punct)
        {
            return false;
        }

        var c = view.Text[t.Start];
        return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || t.Has(TokenFlags.Stop);
    }
}
