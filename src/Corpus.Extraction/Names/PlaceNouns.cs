using System.Collections.Generic;

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
            var next = c.LastToken + 1;
            if (!c.Possessive && view.IsLowerWord(next) && view.SpacedFromPrevious(next) && view.In(WordLists.PlaceDescriptors, next)
                && !view.In(WordLists.DemonymsAnyCase, c.FirstToken))
            {
                c.Vote(EntityKind.Place, 2);
            }
        }
    }
}
