using System.Collections.Generic;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// A name of two or more words that a pair of quotation marks encloses exactly ("La Arena Recuerda", “The Ash Birds”)
/// is the title of a work: a film, a book, a painting, a programme. Its words often look like a person's name, which
/// is why the vote outweighs a name list's.
/// </summary>
internal static class QuotedTitles
{
    private const int TitleWeight = 4;

    public static void Apply(TokenView view, List<NameCandidate> candidates)
    {
        foreach (var c in candidates)
        {
            var open = c.FirstToken - 1;
            var close = c.LastToken + 1;
            var first = c.FirstToken;
            if (open > 0 && (view.TextIs(open, "The") || view.TextIs(open, "A")))
            {
                first = open--; // “The Ash Birds”: the title's article is not part of the name found
            }

            if (c.Words < 2 || open < 0 || close >= view.Count || c.Possessive)
            {
                continue;
            }

            if (IsMark(view, open) && IsMark(view, close) && view.Touches(first) && view.Touches(close))
            {
                c.Vote(EntityKind.Other, TitleWeight);
            }
        }
    }

    private static bool IsMark(TokenView view, int k)
    {
        var t = view[k];
        if (t.Kind != TokenKind.Punct || t.Length != 1)
        {
            return false;
        }

        var c = view.Text[t.Start];
        return c is '"' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\'' or '\u00AB' or '\u00BB';
    }
}
