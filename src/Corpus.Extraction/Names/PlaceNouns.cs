using System.Collections.Generic;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// A place noun right after a name makes it a place: "the Meghna river", "Gitega and Muramvya provinces",
/// "Sichuan province", "the Rift valley". (Before a name, "the city of Shenzhen", the role finder reads it.)
/// </summary>
internal static class PlaceNouns
{
    public static void Apply(TokenView view, List<NameCandidate> candidates)
    {
        foreach (var c in candidates)
        {
            // The next token read once: most names are followed by punctuation or a capitalised word.
            var next = c.LastToken + 1;
            if (c.Possessive || next >= view.Count)
            {
                continue;
            }

            var t = view[next];
            if (t.IsLowerWord && t.Has(TokenFlags.SpaceBefore) && !t.Has(TokenFlags.LineBreakBefore) && view.In(WordLists.PlaceDescriptors, next)
                && !view.In(WordLists.DemonymsAnyCase, c.FirstToken))
            {
                c.Vote(EntityKind.Place, 2);
            }
        }
    }
}
