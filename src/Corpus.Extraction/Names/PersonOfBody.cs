using System.Collections.Generic;

namespace Corpus.Extraction.Names;

/// <summary>
/// "Bob Arum of Top Rank", "Arjun Mehrotra of Kleinwort Benson": a name after a person and "of" is the body the person
/// speaks for, unless it is a place ("Tony Blair of Britain"). It outweighs the shape of a name whose words are also
/// people's names ("Kleinwort Benson").
/// </summary>
internal static class PersonOfBody
{
    public static void Apply(TokenView view, List<NameCandidate> candidates)
    {
        for (var i = 1; i < candidates.Count; i++)
        {
            var c = candidates[i];
            var person = candidates[i - 1];
            var of = c.FirstToken - 1;
            if (person.LastToken != of - 1 || !view.IsLowerWord(of) || !view.TextIs(of, "of")
                || person.Evidence((int)EntityKind.Person) < 2 || c.Evidence((int)EntityKind.Place) > 0
                || c.Evidence((int)EntityKind.Person) > 2 || person.Possessive)
            {
                continue;
            }

            c.Vote(EntityKind.Organization, 3);
        }
    }
}
