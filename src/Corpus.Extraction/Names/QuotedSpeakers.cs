using System.Collections.Generic;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// A name that speaks a quotation ("… never complained," Pinzón said) is a person: bodies speak through a statement
/// or a spokesman, rarely in a quotation's attribution. The vote is weak and only for a name nothing else speaks for,
/// where the shape's default would make a one-word name an organisation.
/// </summary>
internal static class QuotedSpeakers
{
    public static void Apply(TokenView view, List<NameCandidate> candidates)
    {
        foreach (var c in candidates)
        {
            var mark = c.FirstToken - 1;
            var next = c.LastToken + 1;
            if (mark < 1 || next >= view.Count || c.Possessive || c.TotalEvidence != 0 || !view.IsLowerWord(next)
                || !view.In(WordLists.ReportingVerbs, next) || view[c.FirstToken].Has(TokenFlags.AllCaps))
            {
                continue;
            }

            if (IsClosingQuote(view, mark))
            {
                c.Vote(EntityKind.Person, 1, contextual: false);
            }
        }
    }

    // A quotation mark that closes a quotation: right after the quotation's last punctuation (",” or "?").
    private static bool IsClosingQuote(TokenView view, int k)
    {
        var t = view[k];
        if (t.Kind != TokenKind.Punct || t.Length != 1 || !view.Touches(k))
        {
            return false;
        }

        var c = view.Text[t.Start];
        if (c != '"' && c != '\u201D' && c != '\u2019' && c != '\'' && c != '\u00BB')
        {
            return false;
        }

        return view.IsPunct(k - 1, ',') || view.IsPunct(k - 1, '.') || view.IsPunct(k - 1, '?') || view.IsPunct(k - 1, '!');
    }
}
