using System.Collections.Generic;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// A name right after a preposition of place ("grew up in Boyacá", "near the Kyeshero camp", "a draw at Parkhead",
/// "on the Muur") is most often a place. The vote is the weakest there is: it decides only a name nothing else
/// speaks for, which would otherwise fall to the shape's default (an organisation for one word, a person for two or
/// three). Measured on the wire sets, "at" and "on" gain more places than they cost organisations.
/// </summary>
internal static class Locatives
{
    private static readonly WordSet Prepositions = new(
        new[] { "in", "at", "on", "near", "outside", "around", "across", "throughout", "towards", "toward", "inside" }, false);

    public static void Apply(TokenView view, List<NameCandidate> candidates)
    {
        foreach (var c in candidates)
        {
            var before = c.FirstToken - 1;

            // Only a name with no evidence of its own; an acronym ("in NATO", "in CAF") is most often a body.
            if (before < 0 || c.Possessive || !view.IsLowerWord(before) || c.TotalEvidence != 0
                || (c.Words == 1 && view[c.FirstToken].Has(TokenFlags.AllCaps)))
            {
                continue;
            }

            // "in the Atacama": an article may stand between.
            if (view.TextIs(before, "the") && before > 0 && view.IsLowerWord(before - 1))
            {
                before--;
            }

            if (view.In(Prepositions, before))
            {
                c.Vote(EntityKind.Place, 1, contextual: false);
            }
        }
    }
}
