using System.Collections.Generic;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// Names that are neither people, bodies nor places, told by the words right around them: a disease ("Lassa fever"),
/// a people ("the Masalit community", "ethnic Fulani"), a law ("the Hart-Scott-Rodino act", "the Minerals Law", the
/// pieces of an unjoined "Law on Transparency of Foreign Influence"), an award ("the Golden Lion for best film",
/// "Oscar-winning"), a festival, holiday or race ("the Eid al-Fitr holiday", "the Sao Silvestre road race"), what is
/// won ("won the Plovdiv Rapid Masters on Sunday"), and a model by its number ("Falcon 9 rockets", "the Nifty 50
/// index"). A name no list or context typed fell to a person or an organisation by its shape; these words say it is
/// none of the three. Each rule stands back for a name a list knows as a place or a body.
/// </summary>
internal static class OtherKinds
{
    // Outweighs the shape's default and the weak context votes (a preposition of place, a given name's list), not a
    // list's own place or body (4).
    private const int Weight = 3;

    /// <summary>Votes for the names the words around them mark as none of a person, a body or a place.</summary>
    public static void Apply(TokenView view, List<NameCandidate> candidates)
    {
        var tokens = view.Tokens;
        var text = view.Text;
        var last = view.Count - 1;
        var gate = Gate.Shapes;
        var count = candidates.Count;
        for (var i = gate.Next(tokens, text, last, candidates, 0); i < count; i = gate.Next(tokens, text, last, candidates, i + 1))
        {
            Read(view, candidates, i);
        }
    }

    // The rules, for a name the gate let through: kept out of Apply's loop, whose few values then stay in registers.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void Read(TokenView view, List<NameCandidate> candidates, int i)
    {
        var tokens = view.Tokens;
        var text = view.Text;
        var last = view.Count - 1;
        var c = candidates[i];
        var a = c.LastToken + 1;
        var b = c.FirstToken - 1;

        // Most names have none of the words the rules read beside them, which the tokens' flags and the words'
        // shapes tell (WordShapes) before any list is asked; only the names left are read further.
        var first = tokens[c.FirstToken];
        var after = a <= last ? tokens[a] : default;
        var before = b >= 0 ? tokens[b] : default;
        var readAfter = a <= last && !c.Possessive
            && (after.IsLowerWord ? AfterShapes.MayBe(after, text) || (TopicShapes.MayBe(after, text) && NounWithin(view, a + 1))
                    || (c.Words == 1 && (RegionShapes.MayBe(first, text) || HasAdjectiveEnding(view, c.FirstToken)))
                : after.Kind == TokenKind.Punct ? text[after.Start] == '-' : after.Has(TokenFlags.HasDigit));
        var readBefore = b >= 0 && (before.IsLowerWord ? BeforeShapes.MayBe(before, text) && ReadsBefore(tokens, text, b)
            : b >= 1 && text[before.Start] == ',' && before.Kind == TokenKind.Punct && tokens[b - 1].IsLowerWord);
        var race = RaceShapes.MayBe(first, text) && view.In(RaceHeads, c.FirstToken);
        var law = LawShapes.MayBe(tokens[c.LastToken], text) && IsLawWord(view, c);
        var number = (before.Has(TokenFlags.Capitalized) && b >= 0 && NumberShapes.MayBe(before, text)) || (after.Has(TokenFlags.Capitalized) && a <= last && NumberShapes.MayBe(after, text));
        if (!readAfter && !readBefore && !race && !law && !number)
        {
            return;
        }

        // What outweighs a list's place: a race named by its head ("Giro d'Italia", "Copa Libertadores"), a ship
        // after its noun ("the ferry Kuzguncuk"), a sea's or a region's adjective before a noun ("the Baltic states").
        if (race ? Race(view, c) : (readBefore && ShipBefore(view, c, b)) || (readAfter && (RegionAdjective(view, c, a) || PlacePair(view, candidates, i))))
        {
            return;
        }

        // A sentence's first word that is an English word is capitalised by its place ("Short people get ...").
        if (KnownPlaceOrBody(view, c) || (c.Initial && c.Words == 1 && IsWord(view, c.FirstToken)))
        {
            return;
        }

        if (law)
        {
            var isLaw = c.FirstToken == c.LastToken ? LawPieces(view, candidates, i) || BareLaw(view, c) : LawName(view, c) || c.Evidence((int)EntityKind.Other) >= 3;
            if (isLaw && i > 0)
            {
                LawBeforeAnd(view, candidates[i - 1], c);
            }

            if (isLaw)
            {
                return;
            }
        }

        if ((number && NumberWordBeside(view, c, b, a)) || (readBefore && i > 0 && OfAnEvent(view, candidates[i - 1], c)))
        {
            return;
        }

        if (readAfter && After(view, c, a))
        {
            return;
        }

        if (readBefore)
        {
            Before(view, c, b);
        }
    }

    // A list's place, country or body, or a body by its head noun ("the Senate race"): the words after it are its own
    // business ("the Texas law", "the Kenya tournament", "Congress passed law").
    private static bool KnownPlaceOrBody(TokenView view, NameCandidate c)
    {
        if (c.Evidence((int)EntityKind.Place) >= 4 || c.Evidence((int)EntityKind.Organization) >= 3)
        {
            return true;
        }

        // The world gazetteer's small towns are left to the words around them ("Lassa fever", named after its town).
        var first = c.FirstToken;
        return c.FirstToken == c.LastToken
            ? view.In(WordLists.Places, first) || view.In(WordLists.OrgSuffixes, first) || (view.WorldBits(first) & WorldNames.Organisation) != 0
            : WordLists.Places.Contains(c.Name) || view.In(WordLists.OrgSuffixes, c.LastToken);
    }

    // A vote that keeps a lone English word no more a name than its capital did ("Rheumatic fever" opening a sentence,
    // "Procrastination" of a line in title case): only a word no dictionary holds is marked by it.
    private static void Vote(TokenView view, NameCandidate c, EntityKind kind, int weight) =>
        c.Vote(kind, weight, contextual: c.Words > 1 || !IsWord(view, c.FirstToken));

    // An English word, rare or common ("Short" is a surname too, and only the common words hold it).
    private static bool IsWord(TokenView view, int k) => view.In(WordLists.EnglishWords, k) || view.In(WordLists.CommonWords, k);

    // The words after a name; true when one of them settled it.
    private static bool After(TokenView view, NameCandidate c, int a)
    {
        var t = view[a];
        if (t.Kind == TokenKind.Punct)
        {
            // "Oscar-winning director": what is won before "-winning" is an award.
            if (view.Touches(a) && a + 1 < view.Count && view.Touches(a + 1) && view.IsText(a + 1, "winning") && view.Text[t.Start] == '-')
            {
                Vote(view, c, EntityKind.Other, Weight);
                return true;
            }

            return false;
        }

        if (!t.IsLowerWord)
        {
            return view.SpacedFromPrevious(a) && Numbered(view, c, a);
        }

        if (!view.SpacedFromPrevious(a))
        {
            return false;
        }

        if (view.TextIs(a, "for") && view.IsText(a + 1, "best"))
        {
            Vote(view, c, EntityKind.Other, Weight + 1); // "the Golden Lion for best film": an award
            return true;
        }

        if (AdjectiveOfRole(view, c, a))
        {
            return true;
        }

        if (view.In(IndexQualifiers, a) && view.IsLowerWord(a + 1) && view.TextIs(a + 1, "index"))
        {
            Vote(view, c, EntityKind.Other, Weight); // "the PSI stock index", "the Affarsvarlden general index"
            return true;
        }

        if (view.In(AwardNouns, a) || view.In(DiseaseNouns, a) || view.In(PeopleNouns, a))
        {
            Vote(view, c, EntityKind.Other, Weight); // "Nobel laureate", "Lassa fever", "the Masalit community"
            return true;
        }

        // A law's or an event's noun, after at most two words that say of what ("antitrust act", "film festival",
        // "table tennis tournament", "road race").
        var noun = a;
        while (noun < a + 2 && !view.In(EventNouns, noun) && !view.In(LawNouns, noun) && view.IsLowerWord(noun + 1) && view.SpacedFromPrevious(noun + 1) && (view.In(LawTopics, noun) || view.In(EventTopics, noun) || view.In(WordLists.SportWords, noun)))
        {
            noun++;
        }

        if (view.In(LawNouns, noun) && (noun == a || view.In(LawTopics, noun - 1)))
        {
            Vote(view, c, EntityKind.Other, Weight + 1); // "the Hart-Scott-Rodino act", "the Helms-Burton law": the law, not its authors
            return true;
        }

        if (view.In(EventNouns, noun))
        {
            Vote(view, c, EntityKind.Event, Weight); // "the Eid al-Fitr holiday", "the Swiss Indoors tennis tournament"
            return true;
        }

        return false;
    }

    // "Falcon 9 rockets", "the IFRS 17 accounting standard", "the Nifty 50 index", "Kõnelus 2, a small language model":
    // a name and a number, then a product's noun (or an index's, or a standard's) is a model or a series, not its maker.
    private static bool Numbered(TokenView view, NameCandidate c, int n)
    {
        if (!IsPlainNumber(view, n) || n + 1 >= view.Count)
        {
            return false;
        }

        var k = n + 1;
        if (view.IsPunct(k, ',') && view.IsLowerWord(k + 1) && (view.TextIs(k + 1, "a") || view.TextIs(k + 1, "an") || view.TextIs(k + 1, "the")))
        {
            // An apposition that says what it is: its head within five words.
            for (var j = k + 2; j < view.Count && j < k + 7 && view.IsLowerWord(j); j++)
            {
                if (IsProductNoun(view, j))
                {
                    Vote(view, c, EntityKind.Product, Weight);
                    return true;
                }
            }

            return false;
        }

        if (!view.IsLowerWord(k) || !view.SpacedFromPrevious(k))
        {
            return false;
        }

        // At most one word between ("accounting standard", "reusable rockets" comes before the name).
        for (var j = k; j <= k + 1 && view.IsLowerWord(j); j++)
        {
            if (view.TextIs(j, "index") || view.TextIs(j, "standard") || view.TextIs(j, "standards"))
            {
                Vote(view, c, EntityKind.Other, Weight);
                return true;
            }

            if (IsProductNoun(view, j))
            {
                Vote(view, c, EntityKind.Product, Weight);
                return true;
            }
        }

        return false;
    }

    private static bool IsProductNoun(TokenView view, int k) =>
        view.In(WordLists.ProductDescriptors, k) || RoleFinder.IsPluralOf(view, k, WordLists.ProductDescriptors);

    // Digits, with a decimal point at most ("9", "3.1", "2030"): not a score ("26-19"), a time ("2:01") or a figure with
    // a unit.
    private static bool IsPlainNumber(TokenView view, int k)
    {
        if (!view.IsNumber(k))
        {
            return false;
        }

        var t = view[k];
        for (var p = t.Start; p < t.End; p++)
        {
            var ch = view.Text[p];
            if (!(ch is >= '0' and <= '9' || (ch == '.' && p > t.Start && p < t.End - 1)))
            {
                return false;
            }
        }

        return k + 1 >= view.Count || !(view.Touches(k + 1) && (view.IsPunct(k + 1, '-') || view.IsPunct(k + 1, ':') || view.IsPunct(k + 1, '%')));
    }

    // The words before a name.
    private static void Before(TokenView view, NameCandidate c, int b)
    {
        if (view.IsPunct(b, ','))
        {
            ProductBefore(view, c, b);
            return;
        }

        if (view.TextIs(b, "ethnic"))
        {
            Vote(view, c, EntityKind.Other, Weight); // "ethnic Fulani", "an ethnic Shan armed group": a people
            return;
        }

        // "won the Golden Lion for best film", "Sodikov wins Plovdiv Rapid Masters", "won the Copa Sudamericana on
        // Saturday": what is won, the name closing the phrase, is a prize or a competition (a noun after it makes the
        // name a modifier: "won the Democratic nomination").
        var verb = view.TextIs(b, "the") ? b - 1 : b;
        if (verb >= 0 && view.IsLowerWord(verb) && view.In(WinVerbs, verb) && ClosesPhrase(view, c.LastToken + 1) && !c.Possessive
            && c.Evidence((int)EntityKind.Person) < 3 && !IsWorldPlace(view, c))
        {
            Vote(view, c, EntityKind.Event, Weight);
        }
    }

    // A place the world gazetteer knows: what an election winner wins ("Ibáñez won Puente Alto").
    private static bool IsWorldPlace(TokenView view, NameCandidate c)
    {
        if (c.FirstToken == c.LastToken)
        {
            return (view.WorldBits(c.FirstToken) & WorldNames.Place) != 0;
        }

        var name = c.Name;
        var world = WorldNames.Lists;
        return world.MayMatch(name, 0, name.Length) && (world.Of(name, 0, name.Length, WordSet.HashExact(name, 0, name.Length)) & WorldNames.Place) != 0;
    }


    // Outweighs a list's place (4) and a place's noun after it (2).
    private const int StrongWeight = 7;

    // "the Giro d'Italia", "Copa Libertadores", "the Vuelta", "the Critérium du Dauphiné": a race or a cup named by the
    // head its language puts first (a body named so ends in its own head: "Copa Airlines"); and "the Tour" alone, the
    // race, not a body.
    private static bool Race(TokenView view, NameCandidate c)
    {
        if (view.In(WordLists.OrgSuffixes, c.LastToken) || c.Initial && c.Words == 1 || (c.Words == 1 && view.TextIs(c.FirstToken, "Tour") && view.IsLowerWord(c.LastToken + 1) && !view.IsFunctionWord(c.LastToken + 1)))
        {
            return false;
        }

        c.Vote(EntityKind.Event, StrongWeight);
        return true;
    }

    private static readonly WordSet RaceHeads = new(new[]
    {
        "Giro", "Vuelta", "Copa", "Recopa", "Critérium", "Criterium", "Trophée", "Trofeo", "Bienal", "Tour",
    }, false);

    private static readonly WordShapes RaceShapes = new(new[] { RaceHeads }, System.Array.Empty<string>(), System.Array.Empty<WordSet>());

    // "the cargo ship Estrela do Sul", "the Panama-flagged tanker Kalliroi", "Japanese yacht Tangaroa Spirit": a ship's
    // name after its noun, whatever place or person it is named after.
    private static bool ShipBefore(TokenView view, NameCandidate c, int b)
    {
        if (!view.IsLowerWord(b) || !view.In(ShipNouns, b) || c.Possessive || (view.WorldBits(c.FirstToken) & WorldNames.Organisation) != 0 && c.Words == 1)
        {
            return false;
        }

        c.Vote(EntityKind.Other, StrongWeight);
        return true;
    }

    private static readonly WordSet ShipNouns = new(new[]
    {
        "ship", "vessel", "tanker", "freighter", "ferry", "yacht", "trawler", "frigate", "destroyer", "submarine", "liner", "barge",
        "maxi", "schooner", "cruiser", "icebreaker",
    }, false);

    // "the Baltic states", "the Baltic countries", "Balkan leaders": the adjective of a group of countries, as a
    // nationality's is, before a noun in lower case (not a place's: "the Baltic coast"). The seas' other names are left
    // as places: news is annotated "the Pacific coast" and "the Pacific nation" as places, "Pacific children" not.
    private static bool RegionAdjective(TokenView view, NameCandidate c, int a)
    {
        if (c.Words != 1 || !view.IsLowerWord(a) || view.IsFunctionWord(a) || !view.SpacedFromPrevious(a) || !view.In(RegionAdjectives, c.FirstToken)
            || view.In(WordLists.PlaceDescriptors, a) && !view.TextIs(a, "region") && !view.TextIs(a, "country") && !view.TextIs(a, "countries") && !view.TextIs(a, "states"))
        {
            return false;
        }

        c.Vote(EntityKind.Other, StrongWeight);
        return true;
    }

    private static readonly WordSet RegionAdjectives = new(new[] { "Baltic", "Balkan" }, false);

    // "its health app, Sahyadri Care, sold", "Its paid version, Vintra Pro, costs", "A newer tool, Sentinel Edge,
    // designed": a product's noun, a comma, and the name closed by a comma or a full stop is the product.
    private static void ProductBefore(TokenView view, NameCandidate c, int comma)
    {
        var noun = comma - 1;
        var a = c.LastToken + 1;
        if (noun < 1 || !view.IsLowerWord(noun) || !(view.In(WordLists.ProductDescriptors, noun) || view.In(ProductWords, noun)) || view.In(BodyServices, noun)
            || a >= view.Count || !(view.IsPunct(a, ',') || view.IsPunct(a, '.')) || c.Evidence((int)EntityKind.Person) >= 2)
        {
            return;
        }

        // A determiner or an owner's "'s" opens the phrase within three words.
        for (var k = noun - 1; k >= 0 && k >= noun - 4; k--)
        {
            if ((view.IsLowerWord(k) || view.IsWord(k)) && view.In(Determiners, k) || view[k].Kind == TokenKind.Clitic)
            {
                Vote(view, c, EntityKind.Product, Weight);
                return;
            }

            if (!view.IsWord(k) && !view.IsPunct(k, '-'))
            {
                return;
            }
        }
    }

    // Products' nouns that name a body's work as well ("the electoral service, Servel,").
    private static readonly WordSet BodyServices = new(new[] { "service", "services", "system", "platform" }, false);

    private static readonly WordSet ProductWords = new(new[] { "version", "token", "tool", "product", "brand", "range", "line" }, false);

    private static readonly WordSet Determiners = new(new[] { "a", "an", "its", "their", "the", "A", "An", "Its", "Their", "The" }, false);

    // "Viennese doctor", "Stalinist dictator", "an Anglophone lawyer", "Expressionist painter": an adjective of a
    // place, a creed or a tongue before a person's role.
    private static bool AdjectiveOfRole(TokenView view, NameCandidate c, int a)
    {
        if (c.Words != 1 || !HasAdjectiveEnding(view, c.FirstToken) || !view.In(WordLists.Roles, a))
        {
            return false;
        }

        Vote(view, c, EntityKind.Other, Weight + 1);
        return true;
    }

    // After a name: the end of the text, punctuation, or a preposition or conjunction ("for", "on", "in", "and").
    private static bool ClosesPhrase(TokenView view, int a)
    {
        if (a >= view.Count || (view[a].Kind == TokenKind.Punct && !view.IsPunct(a, '-')) || view[a].Has(TokenFlags.LineBreakBefore))
        {
            return true;
        }

        return view.IsLowerWord(a) && view.In(PhraseEnds, a);
    }

    // "Law", "Decree": a law's head, capitalised and alone, where a law's name was not joined ("the Law on Transparency
    // of Foreign Influence" came as three names).
    private static bool IsLawWord(TokenView view, NameCandidate c) =>
        view[c.LastToken].Length >= 3 && view.In(LawHeadWords, c.LastToken);

    // "the Minerals Law", "Personal Data Protection Law", "the Criminal Code": a law's head after an English word that
    // is no person's name ("Harvard Law" is a school, "Faculty of Law" a body: no word in lower case inside).
    private static bool LawName(TokenView view, NameCandidate c)
    {
        var k = c.LastToken - 1;
        if (!view.IsWord(k) || view[k].Has(TokenFlags.AllCaps) || !view.In(WordLists.EnglishWords, k) || view.In(WordLists.Surnames, k)
            || view.In(WordLists.GivenNames, k))
        {
            return false;
        }

        for (var j = c.FirstToken; j < c.LastToken; j++)
        {
            if (view.IsLowerWord(j))
            {
                return false;
            }
        }

        Vote(view, c, EntityKind.Other, Weight + 1);
        return true;
    }

    // A law's head, then "on" or "of" and the names of its title, each joined to the next by a small word: all of them
    // are the law's words, none a body or a place of its own. Also "the Minerals Law", "the Criminal Code" (a law's head
    // last, after an English word: not "Harvard Law"), which the name's own words tell.
    private static bool LawPieces(TokenView view, List<NameCandidate> candidates, int i)
    {
        var c = candidates[i];
        var k = c.LastToken + 1;
        if (c.Initial || k + 1 >= view.Count || !view.IsLowerWord(k) || !(view.TextIs(k, "on") || view.TextIs(k, "of")))
        {
            return false;
        }

        Vote(view, c, EntityKind.Other, Weight + 1);
        for (var j = i + 1; j < candidates.Count; j++)
        {
            var next = candidates[j];
            if (next.FirstToken != k + 1 && !(next.FirstToken == k + 2 && view.TextIs(k + 1, "the")))
            {
                break;
            }

            if (!KnownPlaceOrBody(view, next) || next.Evidence((int)EntityKind.Organization) < 4)
            {
                Vote(view, next, EntityKind.Other, Weight + 1);
            }

            k = next.LastToken + 1;
            if (k + 1 >= view.Count || !view.IsLowerWord(k) || !view.In(TitleJoins, k))
            {
                break;
            }
        }

        return true;
    }

    private static readonly WordSet LawHeadWords = new(new[] { "Law", "Decree", "Code", "Act", "Treaty", "Directive", "Protocol", "Charter" }, false);

    // "the EU's AI Act", "under the Act": a law's head alone inside a sentence, its name's other words in lower case or
    // an acronym, or left out ("Law" may be a person's surname, and is read only before "on" or "of").
    private static bool BareLaw(TokenView view, NameCandidate c)
    {
        if (c.Initial || view.TextIs(c.FirstToken, "Law") || view[c.FirstToken].Has(TokenFlags.AllCaps))
        {
            return false;
        }

        Vote(view, c, EntityKind.Other, Weight + 1);
        return true;
    }

    // "the Foreign Exchange and Foreign Trade Act", "the Industrial and Labour Relations Act": the name before "and"
    // and a law's name is the law's first words, which the finder did not join (a body's head does not stop it: only
    // the lists' own bodies and places do).
    private static void LawBeforeAnd(TokenView view, NameCandidate previous, NameCandidate law)
    {
        var and = law.FirstToken - 1;
        if (previous.LastToken == and - 1 && view.IsLowerWord(and) && view.TextIs(and, "and") && !previous.Possessive
            && previous.Evidence((int)EntityKind.Person) < 2 && previous.Evidence((int)EntityKind.Organization) < 4 && previous.Evidence((int)EntityKind.Place) < 4)
        {
            Vote(view, previous, EntityKind.Other, Weight + 1);
        }
    }

    // "the Six Nations", "the Final Four", "the Zurich Six Days": a name beside a number written as a capitalised word,
    // which the finder leaves out of names, is a competition's (a body's name keeps its number: "Group of Seven").
    private static bool NumberWordBeside(TokenView view, NameCandidate c, int b, int a)
    {
        var beside = (b >= 0 && view[b].Has(TokenFlags.Capitalized) && view.Touches(c.FirstToken) == false && view.In(NumberWords, b))
            || (a < view.Count && view[a].TitleCased && view.SpacedFromPrevious(a) && view.In(NumberWords, a));
        if (!beside || c.Possessive || view.In(WordLists.PlaceSuffixes, c.LastToken) || view.In(WordLists.OrgSuffixes, c.LastToken)
            || c.Evidence((int)EntityKind.Place) > 0 || c.Evidence((int)EntityKind.Other) > 0)
        {
            return false;
        }

        Vote(view, c, EntityKind.Event, Weight + 1);
        return true;
    }

    private static readonly WordSet NumberWords = new(new[] { "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Twelve" }, false);

    // "the Africa Cup of Nations", "the Tournament of Champions": the name after "of" that the event's name before it
    // ends in is its last words.
    private static bool OfAnEvent(TokenView view, NameCandidate previous, NameCandidate c)
    {
        var of = c.FirstToken - 1;
        if (previous.LastToken != of - 1 || !view.IsLowerWord(of) || !view.TextIs(of, "of") || !view.In(WordLists.EventWords, previous.LastToken)
            || previous.Possessive || KnownPlaceOrBody(view, c))
        {
            return false;
        }

        Vote(view, c, EntityKind.Event, Weight + 1);
        return true;
    }

    // "Paris-Nice", "Milan-San Remo", "Paris-Roubaix": two places joined by a hyphen that stand as a noun by themselves
    // (no noun after them: "the Paris-London route", "the Kenya-Uganda border") are a race between them.
    private static bool PlacePair(TokenView view, List<NameCandidate> candidates, int i)
    {
        var c = candidates[i];
        var hyphen = c.LastToken + 1;
        if (i + 1 >= candidates.Count || !view.IsPunct(hyphen, '-') || !view.Touches(hyphen) || c.Possessive)
        {
            return false;
        }

        var next = candidates[i + 1];
        var after = next.LastToken + 1;
        if (next.FirstToken != hyphen + 1 || !view.Touches(next.FirstToken) || !IsPlace(view, c) || !IsPlace(view, next)
            || (after < view.Count && ((view.IsLowerContentWord(after) && !view.In(TimeWords, after)) || view.IsPunct(after, '-'))) || (hyphen > 1 && view.IsPunct(c.FirstToken - 1, '-')))
        {
            return false;
        }

        c.Vote(EntityKind.Event, Weight + 2);
        next.Vote(EntityKind.Event, Weight + 2);
        return true;
    }

    // "winner of Milan-San Remo last month", "target Paris-Roubaix next Sunday".
    private static readonly WordSet TimeWords = new(new[] { "last", "next", "this", "earlier", "later" }, false);

    private static bool IsPlace(TokenView view, NameCandidate c) =>
        c.Evidence((int)EntityKind.Place) >= 4 && !WordLists.Countries.Contains(c.Name);

    private static readonly WordSet IndexQualifiers = new(new[]
    {
        "stock", "general", "benchmark", "composite", "share", "all-share", "main", "broader", "blue-chip", "key", "equity", "price",
    }, false);

    private static readonly WordSet TitleJoins = new(new[] { "of", "on", "and", "for", "the" }, false);

    // "laureate": of a prize.
    private static readonly WordSet AwardNouns = new(new[] { "laureate", "laureates" }, false);

    // What a disease is named by, after its name ("Lassa fever", "Creutzfeldt-Jakob disease", "Marburg virus").
    private static readonly WordSet DiseaseNouns = new(new[] { "fever", "disease", "virus", "syndrome" }, false);

    // A people, a clan or a tribe, after its name ("the Edo people", "Lingayat and Vokkaliga communities"); the nouns a
    // place's people take as well ("residents", "civilians") are left out.
    private static readonly WordSet PeopleNouns = new(new[]
    {
        "people", "peoples", "community", "communities", "tribe", "tribes", "tribesmen", "clan", "clans", "herders", "herdsmen",
    }, false);

    // Laws after their name, and the topics that may stand between ("the Hart-Scott-Rodino antitrust act").
    private static readonly WordSet LawNouns = new(new[] { "act", "law" }, false);

    private static readonly WordSet LawTopics = new(new[]
    {
        "antitrust", "privacy", "tax", "labour", "labor", "media", "security", "election", "electoral", "immigration", "citizenship",
        "language", "competition", "blasphemy", "sedition",
    }, false);

    // Events after their name, and what kind of event may stand between ("film festival", "road race").
    private static readonly WordSet EventNouns = new(new[]
    {
        "festival", "festivals", "tournament", "holiday", "holidays", "biennale", "biennial", "marathon", "regatta", "carnival",
        "pilgrimage", "festivities", "celebrations", "race",
    }, false);

    private static readonly WordSet EventTopics = new(new[]
    {
        "film", "music", "arts", "art", "jazz", "literary", "book", "road", "stage", "table", "chess", "yacht", "motor", "air",
        "men's", "women's",
    }, false);

    // What is won: a prize, a race, a title.
    private static readonly WordSet WinVerbs = new(new[]
    {
        "win", "wins", "won", "winning", "claimed", "lifted", "retained", "clinched",
    }, false);

    private static readonly WordSet PhraseEnds = new(new[]
    {
        "for", "on", "in", "at", "and", "with", "after", "by", "last", "this", "when", "since", "as", "to",
    }, false);

    // "-ese", "-ist", "-phone": the endings of adjectives of places, creeds and tongues ("Viennese", "Stalinist").
    private static bool HasAdjectiveEnding(TokenView view, int k)
    {
        var t = view[k];
        var text = view.Text;
        var end = t.End;
        return t.Length > 5
            && ((text[end - 3] == 'e' && text[end - 2] == 's' && text[end - 1] == 'e') || (text[end - 3] == 'i' && text[end - 2] == 's' && text[end - 1] == 't')
                || (text[end - 5] == 'p' && text[end - 4] == 'h' && text[end - 3] == 'o' && text[end - 2] == 'n' && text[end - 1] == 'e'));
    }

    // The shapes of the words the rules read after a name, before a name, and of the names they read by their own words.
    private static readonly WordShapes AfterShapes = new(
        new[] { AwardNouns, DiseaseNouns, PeopleNouns, LawNouns, EventNouns, IndexQualifiers },
        new[] { "for" }, System.Array.Empty<WordSet>());

    private static readonly WordShapes BeforeShapes = new(new[] { WinVerbs, ShipNouns }, new[] { "ethnic", "the", "of" }, System.Array.Empty<WordSet>());

    private static readonly WordShapes RegionShapes = new(new[] { RegionAdjectives }, System.Array.Empty<string>(), System.Array.Empty<WordSet>());

    private static readonly WordShapes LawShapes = new(new[] { LawHeadWords }, System.Array.Empty<string>(), System.Array.Empty<WordSet>());

    private static readonly WordShapes NumberShapes = new(new[] { NumberWords }, System.Array.Empty<string>(), System.Array.Empty<WordSet>());

    // "the" and "of" before a name are read only after a verb of winning ("won the") and after a name ("Cup of"): the
    // gate's test, the one definition of the rule (b is a token of the array, as the gate's are).
    private static bool ReadsBefore(Token[] tokens, string text, int b) => Gate.Shapes.ReadsBefore(tokens, text, b);

    // A law's or an event's noun in one of the two words from k ("film festival", "antitrust act").
    private static bool NounWithin(TokenView view, int k)
    {
        var tokens = view.Tokens;
        return k < view.Count && tokens[k].IsLowerWord
            && (NounShapes.MayBe(tokens[k], view.Text) || (k + 1 < view.Count && tokens[k + 1].IsLowerWord && NounShapes.MayBe(tokens[k + 1], view.Text)));
    }

    private static readonly WordShapes TopicShapes = new(new[] { LawTopics, EventTopics, WordLists.SportWords }, System.Array.Empty<string>(), System.Array.Empty<WordSet>());

    private static readonly WordShapes NounShapes = new(new[] { LawNouns, EventNouns }, System.Array.Empty<string>(), System.Array.Empty<WordSet>());

    private static readonly WordShapes WinShapes = new(new[] { WinVerbs }, System.Array.Empty<string>(), System.Array.Empty<WordSet>());

    /// <summary>
    /// The shapes of all the words the rules read, by the token they read them at: the name's first word (a race's
    /// head, a region's adjective, a law's head alone), its last (a law's head), the word after it and the word before
    /// it. One test of each, in a method of its own, settles most names: Apply's loop, with the rules' tests, held
    /// more values than the registers do and read each back from the stack.
    /// </summary>
    private sealed class Gate
    {
        public static readonly Gate Shapes = new();

        private readonly WordShapes _name = new(new[] { RaceHeads, RegionAdjectives, LawHeadWords }, System.Array.Empty<string>(), System.Array.Empty<WordSet>());

        private readonly WordShapes _law = LawShapes;

        private readonly WordShapes _after = new(
            new[] { AwardNouns, DiseaseNouns, PeopleNouns, LawNouns, EventNouns, IndexQualifiers, LawTopics, EventTopics, WordLists.SportWords },
            new[] { "for" }, System.Array.Empty<WordSet>());

        private readonly WordShapes _before = new(new[] { WinVerbs, ShipNouns }, new[] { "ethnic", "the", "of" }, System.Array.Empty<WordSet>());

        // A capitalised word beside the name is read only as a number ("the Six Nations"): not the sentence's "The".
        private readonly WordShapes _number = NumberShapes;

        // The six shapes' bits in one table by the low bits of a word's length, first and last letter (as WordShapes
        // reads them): each token beside a name is told against all the shapes the gate reads it for by one load,
        // where each MayBe test read its own table and the token's letters again. (WinShape: the verb before "the",
        // which ReadsBefore reads.)
        private const int NameShape = 1;
        private const int LawShape = 2;
        private const int AfterShape = 4;
        private const int BeforeShape = 8;
        private const int NumberShape = 16;
        private const int WinShape = 32;
        private const int AnyShape = NameShape | LawShape | AfterShape | BeforeShape | NumberShape | WinShape;

        private readonly byte[] _shapes;

        private Gate()
        {
            _shapes = WordShapes.Table(_name, _law, _after, _before, _number, WinShapes);
        }

        // The shapes token t may be of (WordShapes.MayBe of each): a word that starts or ends outside ASCII may be any.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static int ShapeOf(Unchecked<byte> shapes, Token t, UncheckedText text)
        {
            var start = t.Start;
            var length = t.Length;
            var first = text[start];
            // The last character, or the first of an empty token: the sign bit of length - 1 steps back, with no compare.
            var end = text[start + length - 1 + (int)((uint)(length - 1) >> 31)];
            return (first | end) >= 128 ? AnyShape : shapes[((length & 15) << 10) | ((first & 31) << 5) | (end & 31)];
        }

        /// <summary>
        /// The first name from <paramref name="i"/> on that some rule of Apply may read (MayRead), or the list's count.
        /// </summary>
        /// <remarks>
        /// A walk of its own with no call inside: in Apply's loop, around the call to the rules, the walk's tokens, text,
        /// table, count and place were kept on the stack and read back at every name.
        /// </remarks>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
        public int Next(Token[] tokenArray, string textString, int last, List<NameCandidate> candidates, int i)
        {
            // Unchecked (Unchecked): the tokens read are the names' own and those beside them, within 0 and last; a
            // token's characters are the text's; and the table's index is masked to the table's size.
            var tokens = new Unchecked<Token>(tokenArray);
            var text = new UncheckedText(textString);
            var shapes = new Unchecked<byte>(_shapes);
            // Walked by reference on .NET (ListWalk), read without a range check each: the rules do not change the
            // list, and Apply asks from a place no further than its count.
            var names = new ListItems<NameCandidate>(candidates).From(i);
            while (names.More && !MayRead(tokens, text, shapes, last, names.Item))
            {
                names.Step();
            }

            return names.Place;
        }

        /// <summary>
        /// False when no rule of Apply reads <paramref name="c"/>: each term is a necessary condition of some rule's.
        /// <paramref name="tokens"/>, <paramref name="text"/> and <paramref name="shapes"/> are read unchecked, as Next
        /// says.
        /// </summary>
        /// <remarks>
        /// Its tests are mispredicted at about 29 k names a run (whether a word follows, its case, its shape are each as
        /// likely as not), but every way tried of taking the branches out cost more steps than they save: all the terms
        /// computed and or'd, with clamped indices and no branch but the answer's, left 2.7 k mispredictions but took
        /// the loop from 2.2 M steps to 7.6 M (the compiler makes no conditional move in a loop, so each clamp and
        /// length test is arithmetic); the terms of the word after and of the word before or'd, with the adjective's
        /// ending and ReadsBefore still behind their branches, 3.5 M steps for 22.6 k mispredictions.
        /// </remarks>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static bool MayRead(Unchecked<Token> tokens, UncheckedText text, Unchecked<byte> shapes, int last, NameCandidate c)
        {
            var b = c.FirstToken - 1;
            var first = tokens[c.FirstToken];
            if ((ShapeOf(shapes, first, text) & NameShape) != 0 || (c.FirstToken != c.LastToken && (ShapeOf(shapes, tokens[c.LastToken], text) & LawShape) != 0))
            {
                return true; // a race, a region's adjective or a law
            }

            // The token after the name by its last token's index, not one more: kept from the name's first test to
            // here, that was one value more than the registers held, stored and read back at every name.
            if (c.LastToken < last)
            {
                // A word read after the name (a number word too), a hyphen ("Oscar-winning"), a number ("Falcon 9"), or an
                // adjective's ending ("Viennese doctor").
                var after = tokens[c.LastToken + 1];
                if ((after.IsLowerWord && ((ShapeOf(shapes, after, text) & AfterShape) != 0 || (c.Words == 1 && HasAdjectiveEnding(first, text))))
                    || (after.Has(TokenFlags.Capitalized) && (ShapeOf(shapes, after, text) & NumberShape) != 0) || after.Has(TokenFlags.HasDigit)
                    || (after.Kind == TokenKind.Punct && text[after.Start] == '-'))
                {
                    return true;
                }
            }

            if (b >= 0)
            {
                // A word read before the name ("the" and "of" only where ReadsBefore reads them), a number word, or a comma
                // after a lower-case word ("its app, Vintra,").
                var before = tokens[b];
                return (before.IsLowerWord && (ShapeOf(shapes, before, text) & BeforeShape) != 0 && ReadsBefore(tokens, text, shapes, b))
                    || (before.Has(TokenFlags.Capitalized) && (ShapeOf(shapes, before, text) & NumberShape) != 0)
                    || (before.Kind == TokenKind.Punct && text[before.Start] == ',' && b >= 1 && tokens[b - 1].IsLowerWord);
            }

            return false;
        }

        /// <summary>OtherKinds.ReadsBefore: this gate's test, for the rules, which read a name the gate let by.</summary>
        public bool ReadsBefore(Token[] tokens, string text, int b) =>
            ReadsBefore(new Unchecked<Token>(tokens), new UncheckedText(text), new Unchecked<byte>(_shapes), b);

        // "the" and "of" before a name are read only after a verb of winning ("won the") and after a name ("Cup of");
        // the verbs of winning told by the table's bit. Inlined into the gate's walk.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static bool ReadsBefore(Unchecked<Token> tokens, UncheckedText text, Unchecked<byte> shapes, int b)
        {
            var t = tokens[b];
            var start = t.Start;
            if (t.Length == 3 && text[start] == 't' && text[start + 1] == 'h' && text[start + 2] == 'e')
            {
                return b >= 1 && tokens[b - 1].IsLowerWord && (ShapeOf(shapes, tokens[b - 1], text) & WinShape) != 0;
            }

            return !(t.Length == 2 && text[start] == 'o' && text[start + 1] == 'f') || (b >= 1 && tokens[b - 1].Has(TokenFlags.Capitalized));
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static bool HasAdjectiveEnding(Token t, UncheckedText text)
        {
            var end = t.End;
            return t.Length > 5
                && ((text[end - 3] == 'e' && text[end - 2] == 's' && text[end - 1] == 'e') || (text[end - 3] == 'i' && text[end - 2] == 's' && text[end - 1] == 't')
                    || (text[end - 5] == 'p' && text[end - 4] == 'h' && text[end - 3] == 'o' && text[end - 2] == 'n' && text[end - 1] == 'e'));
        }
    }
}
