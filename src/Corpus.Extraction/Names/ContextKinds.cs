using System.Collections.Generic;
using Corpus.Extraction.Quotes;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// Kinds that the words right around a name give, read in one pass after the role finder's: a place noun after the
/// name ("the Meghna river", "Sichuan province"), a descriptor after it ("the Turan news agency"), a preposition of
/// place before it ("grew up in Boyacá"), the attribution of a quotation ("… never complained," Pinzón said), a
/// person before "of" ("Bob Arum of Top Rank"), and quotation marks around a title (“The Ash Birds”). Most names have none of these: the tokens on either side are read once, and
/// the rules that cannot apply are passed over by what those tokens are.
/// </summary>
internal static class ContextKinds
{
    // Weakest of all: decides only a name nothing else speaks for, which would otherwise fall to the shape's default
    // (an organisation for one word, a person for two or three). Measured on the wire sets, "at" and "on" gain more
    // places than they cost organisations.
    private static readonly WordSet PlacePrepositions = new(
        new[] { "in", "at", "on", "near", "outside", "around", "across", "throughout", "towards", "toward", "inside" }, false);

    // The first word of each organisation descriptor of several words ("news" of "news agency").
    private static readonly WordSet DescriptorFirstWords = FirstWords(WordLists.OrgDescriptors);

    // The parts of a law or a treaty, named by their number.
    private static readonly WordSet NumberedParts = new(
        new[] { "Article", "Section", "Chapter", "Paragraph", "Clause", "Annex", "Amendment", "Protocol", "Rule" }, false);

    // Outweighs the evidence a lone capitalised word gets from its shape.
    private const int NumberedPartWeight = 4;

    // The nouns of political bodies, which name the body they follow with or without an article; and their weight, above
    // a given name's (the words of a party's name are often a person's: "Erkin Jol").
    internal static readonly WordSet PartyNouns = new(new[] { "party", "alliance", "movement", "coalition", "bloc", "faction" }, false);
    private const int PartyWeight = 3;

    // Outweighs a name list's evidence: a title's words often look like a person's name.
    private const int TitleWeight = 4;

    /// <summary>
    /// Votes for the names <paramref name="reading"/> says the rules may read; returns the place of the first name it
    /// marked a word of a quoted title (<see cref="NameCandidate.InTitle"/>), for <see cref="DropTitleWords"/>, or -1.
    /// </summary>
    public static int Apply(TokenView view, List<NameCandidate> candidates, CandidateReading reading)
    {
        // The names some rule below may apply to are told first, for all names, by tests with no branch on what the
        // tokens are (CandidateReading), and only those are read, in order. A rule gives a vote to its own name alone,
        // so the names passed over take no part.
        var context = reading.Context;
        var count = reading.ContextCount;
        var titleClose = -1; // the closing mark of the last quoted title found: the names before it were given its vote
        var titleWords = -1;
        var shapes = Shapes; // read once: each read of a static field tests that the class is ready
        for (var r = 0; r < count; r++)
        {
            var i = context[r];
            var c = candidates[i];
            var inTitle = c.FirstToken < titleClose;
            if (!inTitle && InTitleQuote(view, c, out var open, out var close))
            {
                var words = VoteTitle(view, candidates, i, open, close);
                titleWords = titleWords < 0 ? words : titleWords; // titles are found in order
                titleClose = close;
                inTitle = true;
            }

            Read(view, candidates, i, c, inTitle, shapes);
        }

        return titleWords;
    }

    // The rules for name i, c, after its quoted title's (inTitle: a word of one), the words beside it told by the
    // shapes' table (Shapes), which Apply reads once. A method of its own, which keeps fewer values than Apply's loop did
    // (that alone measured even: 1.19 M a run before and after).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void Read(TokenView view, List<NameCandidate> candidates, int i, NameCandidate c, bool inTitle, byte[] shapes)
    {
        var before = c.FirstToken - 1;
        var after = c.LastToken + 1;
        if (c.Possessive)
        {
            if (OwnsCompanyThing(view, c))
            {
                c.Vote(EntityKind.Organization, OwnerWeight); // "Cardinal's shares", "Sinar Maju's founder": a company's
            }

            return;
        }

        if (after >= view.Count)
        {
            return;
        }

        // Most names stand between words no rule reads (after "said", before "was"): the rules that read a word
        // are asked only when its shape and kind may be one of theirs.
        var t = view[after];
        var wordAfter = t.IsLowerWord && (WordShapes.InTable(shapes, t, view.Text, AnyShape) & AfterShape) != 0;
        // (the word after's digit asked first: few words after a name hold one, where a name of one word falls at random)
        if (t.Has(TokenFlags.HasDigit) && c.Words == 1 && char.IsDigit(new UncheckedText(view.Text)[t.Start]) && view.In(NumberedParts, c.FirstToken))
        {
            c.Vote(EntityKind.Other, NumberedPartWeight); // "Article 8", "Section 4": a part of a text, no body
            return;
        }

        // (the comma an age opens with told here, where most marks after a name are full stops)
        if (t.Kind == TokenKind.Punct && new UncheckedText(view.Text)[t.Start] == ',' && IsAgeAfter(view, after))
        {
            c.Vote(EntityKind.Person, AgeWeight); // "Uwe Brandstätter, 38, from Hamburg": only people are given their age
        }

        if (wordAfter && t.Has(TokenFlags.SpaceBefore) && !t.Has(TokenFlags.LineBreakBefore)
            && (view.In(WordLists.PlaceDescriptors, after) || view.TextIs(after, "area") || IsFieldAfter(view, after)
                || (view.In(WordLists.Commodities, after) && view.IsLowerWord(after + 1) && view.In(MineNouns, after + 1)))
            && !view.In(WordLists.DemonymsAnyCase, c.FirstToken) && !RoleFinder.IsOrdinaryOpening(view, c))
        {
            // "the Meghna river", "Sichuan province", "the Kumtor mine"; "the Jerooy gold deposit", "the Erdenet copper mine";
            // "the Petseri area" (an area is a place's only after its name: "a councillor from the area" is no place);
            // "the Bayu-Undan field", "the Greater Sunrise fields" (not "the Dallas field office").
            c.Vote(EntityKind.Place, 2); // a place noun before a name ("the city of Shenzhen") is the role finder's
        }

        if (before < 0)
        {
            return;
        }

        // (the name's own word asked first, by its length and initial with one branch: "Test" is rare, where a name of
        // one word and a lower-case word before it fall at random)
        if (MayBeTest(view[c.FirstToken], view.Text) && c.Words == 1 && (view.IsLowerWord(before) || view[before].Has(TokenFlags.HasDigit))
            && IsCricketTest(view, c.FirstToken))
        {
            c.Vote(EntityKind.Other, CricketTestWeight); // "the first Test", "their 11 Tests": a match, no body
            return;
        }

        if (wordAfter && IsDescriptorAfter(view, before, after) && !RoleFinder.IsOrdinaryOpening(view, c)) // not "Digital rights group ..."
        {
            c.Vote(EntityKind.Organization, 2); // "The Petra news agency", "the Enso group"
        }
        else if (wordAfter && view.InFew(PartyNouns, after) && !view.In(WordLists.DemonymsAnyCase, c.FirstToken))
        {
            c.Vote(EntityKind.Organization, PartyWeight); // "the nationalist Erkin Jol party", "the opposition Tuz Jol alliance"
        }
        else if (wordAfter && NamesAnAgreement(view, c, after))
        {
            c.Vote(EntityKind.Other, TreatyWeight); // "the Maastricht treaty", "the Dayton peace agreement": the accord, not the town
        }
        else if (wordAfter && view.TextIs(after, "family") && !view.In(WordLists.DemonymsAnyCase, c.FirstToken) && !RoleFinder.IsOrdinaryOpening(view, c))
        {
            c.Vote(EntityKind.Person, FamilyWeight); // "the Sampaio Reis family": the people of that name
        }
        else if (wordAfter && ((view.TextIs(after, "index") && !IsExchange(view, c.LastToken)) || (IsCrudeGrade(view, after) && !view.In(WordLists.OrgSuffixes, c.LastToken)))
            && !view.In(WordLists.DemonymsAnyCase, c.FirstToken))
        {
            // "the all-share Mibtel index", "the AEX index", "Brent crude", "Brent blend": a market's benchmark ("KLCE
            // crude palm oil" is the exchange's, where crude palm oil is the commodity, and so are "New York Mercantile
            // Exchange crude oil futures").
            c.Vote(EntityKind.Other, IndexWeight);
        }

        var b = view[before];
        if (b.IsLowerWord)
        {
            // "Bob Arum of Top Rank", "analyst Mikael Forsström at Nordea": the body a person works for, not a place.
            var shape = WordShapes.InTable(shapes, b, view.Text, AnyShape);
            if ((shape & BeforeShape) != 0)
            {
                if ((shape & CompassShape) != 0 && view.InFew(CompassSides, before) && !view[c.FirstToken].Has(TokenFlags.AllCaps))
                {
                    c.Vote(EntityKind.Place, 2); // "southern Minas Gerais", "in northern Chile": a part of a land
                }

                if ((shape & TonneShape) != 0 && view.IsPunct(before - 1, '-') && view.Touches(before) && (view.TextIs(before, "tonne") || view.TextIs(before, "ton")))
                {
                    c.Vote(EntityKind.Other, ShipWeight); // "the 12,000-tonne Sea Falcon": a ship, by its tonnage
                }

                if (ClassNounBefore(view, before) is var noun && noun >= 0)
                {
                    if (view.In(PlaceClasses, noun))
                    {
                        c.Vote(EntityKind.Place, InstanceWeight);
                    }
                    else if (view.In(BodyClasses, noun))
                    {
                        c.Vote(EntityKind.Organization, InstanceWeight);
                    }
                }

                var of = IsTwoLetters(b, view.Text, 'o', 'f');
                var at = IsTwoLetters(b, view.Text, 'a', 't');
                if (of && i > 0 && candidates[i - 1].LastToken == before - 1 && c.Words == 1
                    && Coreference.IsLegalForm(view, before - 1) && !view.TextIs(before - 1, "Group") && !view.TextIs(before - 1, "Holdings")
                    && c.TotalEvidence == 0)
                {
                    // "Sudurnes Fishing Co of Grindavik", "Quenlan Haulage Ltd of Ballinasloe": where a company is from (a
                    // group is of its members: "A Group of Employees").
                    c.Vote(EntityKind.Place, InstanceWeight);
                }

                if (of && (IsDwellerNoun(view, before - 1) || view.InFew(CompassPoints, before - 1)))
                {
                    // "the people of Westlands", "Residents of Kazimierz"; "40 km south of Mong Hkawng": what lies in a
                    // direction from a name is reckoned from a place.
                    c.Vote(EntityKind.Place, InstanceWeight);
                }

                var worksFor = (i > 0 && (of || at) && OfPerson(candidates[i - 1], c, before)) || (at && RoleAt(view, c, before));
                if (!worksFor && c.TotalEvidence == 0 && !(c.Words == 1 && view[c.FirstToken].Has(TokenFlags.AllCaps)) && AfterPreposition(view, before))
                {
                    // An acronym ("in NATO") is most often a body; so is what a statement is made "on" ("said on
                    // Telegram", "posted on X"): a platform, not a place.
                    c.Vote(IsPlatformOn(view, before) ? EntityKind.Organization : EntityKind.Place, 1, contextual: false);
                }
            }
        }
        else if (b.Kind == TokenKind.Punct && view.IsLowerWord(after) && IsClosingQuote(view, before) && view.In(WordLists.ReportingVerbs, after)
            && !view[c.FirstToken].Has(TokenFlags.AllCaps) && c.TotalEvidence == 0)
        {
            c.Vote(EntityKind.Person, 1, contextual: false); // bodies speak through a statement, rarely a quotation
        }

        if (!inTitle && c.Words >= 2 && t.Kind == TokenKind.Punct && IsQuoteMark(view, after))
        {
            QuotedTitle(view, c, before, after);
        }
    }

    /// <summary>Takes the words of quoted titles (<see cref="NameCandidate.InTitle"/>) out of the names.</summary>
    /// <remarks>
    /// List.RemoveAll's compaction from <paramref name="first"/>, the first of them, on: the names before it stay where
    /// they are, and no delegate is called per name. On .NET the names between two title words move as one block: most
    /// seeds have a title word early and few in all, and a store through the list's indexer for each name after it
    /// cost a version count, a range check and a write barrier.
    /// </remarks>
    public static void DropTitleWords(List<NameCandidate> candidates, int first)
    {
        var names = new ListItems<NameCandidate>(candidates);
        var kept = first;
        var i = first;
        while (i < names.Count)
        {
            while (i < names.Count && names[i].InTitle)
            {
                i++;
            }

            var run = i;
            while (i < names.Count && !names[i].InTitle)
            {
                i++;
            }

            names.Move(run, kept, i - run);
            kept += i - run;
        }

        candidates.RemoveRange(kept, candidates.Count - kept);
    }

    // Outweighs a list's shared kind ("Gordon MacLeish, 44, from Calgary, and Uwe Brandstätter, 38, from Hamburg").
    private const int AgeWeight = 3;

    // A family is named by its people's surname; weak, as a company is often its founding family's name ("the founding
    // Kessler family" beside the company Kessler).
    private const int FamilyWeight = 1;

    // Those who live in a place, before "of" and its name, also opening the sentence (compared as written: most words
    // before "of" have none of these lengths).
    private static bool IsDwellerNoun(TokenView view, int k) =>
        view.IsWord(k) && view.Tokens[k].Length >= 6
        && (view.TextIs(k, "people") || view.TextIs(k, "residents") || view.TextIs(k, "citizens") || view.TextIs(k, "inhabitants")
            || view.TextIs(k, "outskirts") || view.TextIs(k, "streets")
            || view.TextIs(k, "People") || view.TextIs(k, "Residents") || view.TextIs(k, "Citizens") || view.TextIs(k, "Inhabitants"));

    // The points of the compass in lower case, as a direction from a place is given ("south of Kabul").
    private static readonly WordSet CompassPoints = new(new[]
    {
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    }, false);

    // ", 38," right after a name: a whole number of at most three digits between commas, as agencies give a person's age.
    // A distance or a score has a unit or more numbers after it ("Kofarnikhon, 20 km east"), so the second comma is required.
    private static bool IsAgeAfter(TokenView view, int comma)
    {
        if (comma + 2 >= view.Count || !view.IsPunct(comma, ',') || !view.IsPunct(comma + 2, ','))
        {
            return false;
        }

        var number = view[comma + 1];
        if (!view.IsNumber(comma + 1) || number.Length > 3 || !number.Has(TokenFlags.SpaceBefore))
        {
            return false;
        }

        var age = 0;
        for (var p = number.Start; p < number.End; p++)
        {
            var ch = view.Text[p];
            if (ch < '0' || ch > '9')
            {
                return false;
            }

            age = (age * 10) + (ch - '0');
        }

        return age is > 0 and < 120;
    }

    // What only a company has, after its possessive: shares, a board, a founder ("Harbourline's founder").
    private static readonly WordSet CompanyThings = new(new[]
    {
        "shares", "stock", "shareholders", "board", "founder", "co-founder", "chairman", "chairwoman", "subsidiary", "subsidiaries",
        "unit", "profit", "profits", "revenue", "revenues", "sales", "CEO",
    }, false);

    private const int OwnerWeight = 2;

    // A name with its "'s" before one of those words, and no person's given name first ("Tim Cook's shares"). A name of
    // one word that only the world's given names hold is a company's before them ("Apple's CEO", "Dell's shares"):
    // news names a person by a surname, not by a rare given name alone.
    private static bool OwnsCompanyThing(TokenView view, NameCandidate c)
    {
        var noun = c.LastToken + 2;
        return noun < view.Count && view.SpacedFromPrevious(noun) && view.IsWord(noun)
            && view.InFew(CompanyThings, noun) && !view.InAny(GivenNamesOrPlaces, c.FirstToken)
            && (c.Words == 1 || !view.In(WordLists.GivenNamesWorld, c.FirstToken));
    }

    // Two lexicon lists of the name's first word, told by one read of its bits.
    private static readonly uint GivenNamesOrPlaces = TokenView.Lists(WordLists.GivenNames, WordLists.Places);

    // Outweighs what the shape says of one capitalised word, as a numbered part's weight does.
    private const int CricketTestWeight = 4;

    // Outweighs the organisation list: an index is often named after its exchange or its newspaper ("the Nikkei index").
    private const int IndexWeight = 5;

    // Whether a token may be "Test" or "Tests", by its length and first character, with no branch.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool MayBeTest(Token t, string text) => ((uint)(t.Length - 4) <= 1) & (new UncheckedText(text)[t.Start] == 'T');

    // Cricket's international match, written with a capital inside the sentence ("the one-off Test against Afghanistan").
    private static bool IsCricketTest(TokenView view, int k)
    {
        var t = view[k];
        return (t.Length == 4 || t.Length == 5) && new UncheckedText(view.Text)[t.Start] == 'T' && (view.TextIs(k, "Test") || view.TextIs(k, "Tests")); // a character of the token
    }

    // A mine's or a deposit's noun, after what it yields (WordLists.Commodities): "the Kumtor gold mine".
    private static readonly WordSet MineNouns = new(new[] { "mine", "mines", "deposit", "deposits", "field", "fields" }, false);

    // The lower-case sides or parts of a land a name follows ("in northern Chile", "in rural Tigray").
    private static readonly WordSet CompassSides = new(new[]
    {
        "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern",
        "north-eastern", "north-western", "south-eastern", "south-western", "rural", "remote",
    }, false);


    // "field" or "fields" after a name, and no noun after it that the field would qualify ("field office", "field trip").
    private static bool IsFieldAfter(TokenView view, int k) =>
        (view.TextIs(k, "field") || view.TextIs(k, "fields")) && !view.IsLowerContentWord(k + 1);

    // "the Calcutta Stock Exchange index": the index an exchange keeps is named by the exchange, a body.
    private static bool IsExchange(TokenView view, int last) => view.TextIs(last, "Exchange") && view.TextIs(last - 1, "Stock");

    // "crude" (not of "crude palm oil") or "blend" after a name: the grade of oil the name is.
    private static bool IsCrudeGrade(TokenView view, int k) =>
        (view.TextIs(k, "crude") && !view.TextIs(k + 1, "palm")) || view.TextIs(k, "blend");

    // Outweighs a gazetteer's place: the town's name is the accord's here.
    private const int TreatyWeight = 5;

    // "Maastricht treaty", "Dayton peace agreement", "Oslo accords": a town before an accord's noun; a country, a
    // nationality or a body before one is a party to it ("the EU agreement", "a U.S. pact").
    private static bool NamesAnAgreement(TokenView view, NameCandidate c, int after)
    {
        var noun = after;
        if (view.In(WordLists.TreatyTopics, noun) && view.IsLowerWord(noun + 1) && view.SpacedFromPrevious(noun + 1))
        {
            noun++;
        }

        return view.In(WordLists.TreatyNouns, noun) && !view[c.FirstToken].Has(TokenFlags.AllCaps) && c.Evidence((int)EntityKind.Person) < 2
            && c.Evidence((int)EntityKind.Organization) == 0 && !WordLists.Countries.Contains(c.Name) && !WordLists.DemonymsAnyCase.Contains(c.Name);
    }

    // The lower-case words the rules below read right after a name (a place noun, a descriptor or its first word, a
    // party's noun, an accord's noun or topic), and those they read right before one (a preposition of place, an
    // article, "of", "at"; a reporting verb after a name is read only after a closing quotation mark). The accord's
    // words are declared above: static fields are set in the order they are written.
    internal static readonly WordShapes WordsAfter = new(
        new[] { WordLists.PlaceDescriptors, WordLists.OrgDescriptors, DescriptorFirstWords, PartyNouns, WordLists.TreatyNouns, WordLists.TreatyTopics, WordLists.Commodities }, new[] { "index", "crude", "blend", "family", "area", "field", "fields" }, System.Array.Empty<WordSet>());

    internal static readonly WordShapes WordsBefore = new(new[] { PlacePrepositions, CompassSides }, new[] { "of", "at", "the", "including", "as", "like", "tonne", "ton", "to" }, System.Array.Empty<WordSet>());

    // The shapes of the words after a name and before it, and of those two rules before it read (a side of a land,
    // "tonne"), in one table (WordShapes.Table): the word before a name is told against the rules' words by one load,
    // and each of the two rules is passed over by its bit, where it read the token and its letters again.
    private static readonly byte[] Shapes = WordShapes.Table(
        WordsAfter, WordsBefore, new WordShapes(new[] { CompassSides }, System.Array.Empty<string>(), System.Array.Empty<WordSet>()),
        new WordShapes(System.Array.Empty<WordSet>(), new[] { "tonne", "ton" }, System.Array.Empty<WordSet>()));

    private const int AfterShape = 1;
    private const int BeforeShape = 2;
    private const int CompassShape = 4;
    private const int TonneShape = 8;
    private const int AnyShape = AfterShape | BeforeShape | CompassShape | TonneShape; // a word that starts or ends outside ASCII

    // "in cities including Mysuru, Hubballi and Mangaluru", "firms such as Dongjin": the class a list's first name is
    // given as an instance of (the list rule carries it to the others).
    private static readonly WordSet PlaceClasses = new(
        new[]
        {
            "cities", "towns", "villages", "countries", "nations", "states", "provinces", "regions", "districts", "ports", "capitals", "islands",
            "rivers", "lakes", "mountains", "volcanoes", "mines", "valleys", "airports",
        }, false);

    private static readonly WordSet BodyClasses = new(
        new[]
        {
            "companies", "firms", "banks", "lenders", "carriers", "airlines", "insurers", "groups", "parties", "agencies", "makers", "suppliers",
            "clubs", "brokers", "brokerages", "retailers", "operators", "broadcasters", "unions", "producers", "miners", "startups",
        }, false);

    private const int InstanceWeight = 2;

    // Outweighs what a ship's name looks like (a person's, a town's).
    private const int ShipWeight = 3;

    // The class noun before "including", "such as" or "like" right before a name, or -1; an article may stand before the
    // name ("rivers including the Ankobra").
    private static int ClassNounBefore(TokenView view, int before)
    {
        if (IsThe(view, before) && before > 0 && view.IsLowerWord(before - 1))
        {
            before--;
        }

        var noun = view.TextIs(before, "including") || view.TextIs(before, "like") ? before - 1
            : IsTwoLetters(view, before, 'a', 's') && view.IsLowerWord(before - 1) && view.TextIs(before - 1, "such") ? before - 2
            : -1;
        return noun >= 0 && view.IsLowerWord(noun) ? noun : -1;
    }

    // "the Turan news agency", "the Saab group" (an article before the name), or a two-word descriptor with or without
    // one ("Petra news agency said").
    internal static bool IsDescriptorAfter(TokenView view, int before, int next)
    {
        if (!view.IsLowerWord(next) || !view.SpacedFromPrevious(next))
        {
            return false;
        }

        var described = (view.IsLowerWord(before) && view.TextIs(before, "the") && view.In(WordLists.OrgDescriptors, next))
            || (next + 1 < view.Count && view.IsLowerWord(next + 1) && view.SpacedFromPrevious(next + 1) && view.InFew(DescriptorFirstWords, next)
                && WordLists.OrgDescriptors.Contains(view.Text, view[next].Start, view[next + 1].End - view[next].Start));

        // A product's descriptor says more ("the Network software"): the role finder has read it.
        return described && !view.In(WordLists.ProductDescriptors, next) && !RoleFinder.IsPluralOf(view, next, WordLists.ProductDescriptors);
    }

    // "on" right after a verb of saying or posting.
    private static bool IsPlatformOn(TokenView view, int on) =>
        IsTwoLetters(view, on, 'o', 'n') && view.IsLowerWord(on - 1)
        && (view.In(WordLists.ReportingVerbs, on - 1) || view.TextIs(on - 1, "posted") || view.TextIs(on - 1, "wrote"));

    // "in the Atacama": an article may stand between.
    private static bool AfterPreposition(TokenView view, int before)
    {
        if (IsThe(view, before) && before > 0 && view.IsLowerWord(before - 1))
        {
            before--;
        }

        // The prepositions are short words: most words before a name are told apart by their length and first letter.
        var t = view[before];
        var first = view.Text[t.Start];
        return t.Length <= 10 && first is 'i' or 'a' or 'o' or 'n' or 't' && (view.InFew(PlacePrepositions, before) || IsGoingTo(view, before));
    }

    // "Riders move on to Westerkapel", "we go to Königssee": "to" right before the name after a verb of going is where
    // one goes ("goes to the Senate", with an article, is left to the words around it).
    private static bool IsGoingTo(TokenView view, int to) =>
        IsTwoLetters(view, to, 't', 'o') && view.IsLowerWord(to - 1) && view.In(GoingWords, to - 1);

    // The short words before a name told by their letters ("of", "at", "the"): TextIs called string.CompareOrdinal for
    // each word of their length, and most words before a name are of it.
    private static bool IsTwoLetters(TokenView view, int k, char first, char second) => IsTwoLetters(view[k], view.Text, first, second);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsTwoLetters(Token t, string text, char first, char second) =>
        t.Length == 2 && new UncheckedText(text)[t.Start] == first && new UncheckedText(text)[t.Start + 1] == second; // the token's own characters

    private static bool IsThe(TokenView view, int k)
    {
        var t = view[k];
        var text = new UncheckedText(view.Text); // the token's own characters
        return t.Length == 3 && text[t.Start] == 't' && text[t.Start + 1] == 'h' && text[t.Start + 2] == 'e';
    }

    private static readonly WordSet GoingWords = new(new[]
    {
        "go", "goes", "going", "went", "move", "moves", "moved", "moving", "travel", "travels", "travelled", "traveled", "travelling", "traveling",
        "fly", "flies", "flew", "flying", "return", "returns", "returned", "returning", "head", "heads", "headed", "heading", "drove", "sailed",
        "on", "back",
    }, false);

    // "Bob Arum of Top Rank", "Arjun Mehrotra of Kleinwort Benson": the body the person speaks for, unless a place
    // ("Tony Blair of Britain"); it outweighs the shape of a name whose words are also people's names.
    private static bool OfPerson(NameCandidate person, NameCandidate c, int of)
    {
        if (person.LastToken == of - 1 && !person.Possessive && person.Evidence((int)EntityKind.Person) >= 2
            && c.Evidence((int)EntityKind.Place) == 0 && c.Evidence((int)EntityKind.Person) <= 2)
        {
            c.Vote(EntityKind.Organization, 3);
            return true;
        }

        return false;
    }

    // "A dealer at Bancomer said", "an analyst at Nordea", "worked at Flutterwave": one's job, or working, then "at" and
    // the name, is where one works.
    private static bool RoleAt(TokenView view, NameCandidate c, int at)
    {
        if (!view.IsLowerWord(at - 1) || !(view.In(WordLists.Roles, at - 1) || IsWorkVerb(view, at - 1))
            || c.Evidence((int)EntityKind.Place) != 0 || c.Evidence((int)EntityKind.Person) > 1)
        {
            return false;
        }

        c.Vote(EntityKind.Organization, 2);
        return true;
    }

    private static bool IsWorkVerb(TokenView view, int k) =>
        view.TextIs(k, "worked") || view.TextIs(k, "works") || view.TextIs(k, "working") || view.TextIs(k, "work");

    // “The Ash Birds”, "La Arena Recuerda": quotation marks enclosing a name exactly, its article included, mark the
    // title of a work.
    private static void QuotedTitle(TokenView view, NameCandidate c, int open, int close)
    {
        var first = c.FirstToken;
        if (open > 0 && (view.TextIs(open, "The") || view.TextIs(open, "A")))
        {
            first = open--;
        }

        // Marks that touch the title, or marks set off by spaces on both sides as in text tokenised word by word
        // (" The Ash Birds ").
        var touching = view.Touches(first) && view.Touches(close);
        var spaced = !view.Touches(first) && !view.Touches(close) && !view.Touches(open) && (close + 1 >= view.Count || !view.Touches(close + 1));
        if (IsQuoteMark(view, open) && IsQuoteMark(view, close) && (touching || spaced))
        {
            c.Vote(EntityKind.Other, TitleWeight);
        }
    }

    // "Those Who Stay", "Night Ferry to Busan", "The Last Orchard", "Schindler's List", "The Hitchhiker's Guide to the
    // Galaxy", "Star Wars: A New Hope": a name that opens or closes a short quotation of two words or more, each
    // capitalised but for the small words titles keep in lower case, a possessive and a subtitle's colon, is a word of a
    // work's title, and so is every other name in it.
    private static bool InTitleQuote(TokenView view, NameCandidate c, out int open, out int close)
    {
        // A title word is a capitalised or a lower-case word or a clitic: the walk over such tokens, with no list asked,
        // stops where the walk below would stop or further out, and only a quotation mark there may be the title's. Most
        // names stand among words and no mark, which this settles before any lower-case word is looked up for a
        // function word. Each walk tests one bound, the nearer of the text's end and the longest title's.
        var tokens = view.Tokens;
        close = -1;
        var from = c.FirstToken - 1;
        var text = view.Text;
        var lowest = System.Math.Max(c.FirstToken - MaxTitleWords, 0);
        while (from >= lowest && MayBeTitleWord(TitleToken(tokens, from), text))
        {
            from--;
        }

        // (the marks where the walks stop told inline, from the tokens array the walks read: most walks stop at a
        // mark, and a call for each kept the walks' values on the stack)
        open = c.FirstToken - 1;
        if (from < 0 || !IsQuoteToken(TitleToken(tokens, from), text))
        {
            return false;
        }

        // The same walk after the name, before any word before it is asked whether it is a function word: the title's
        // closing mark can only be where this walk stops.
        var to = c.LastToken + 1;
        var highest = System.Math.Min(c.LastToken + MaxTitleWords, view.Count - 1);
        while (to <= highest && MayBeTitleWord(TitleToken(tokens, to), text))
        {
            to++;
        }

        if (to >= view.Count || !IsQuoteToken(TitleToken(tokens, to), text))
        {
            return false;
        }

        while (open >= 0 && c.FirstToken - open <= MaxTitleWords && IsTitleWord(view, open))
        {
            open--;
        }

        if (open < 0 || !IsQuoteMark(view, open))
        {
            return false;
        }

        close = c.LastToken + 1;
        while (close < view.Count && close - c.LastToken <= MaxTitleWords && IsTitleWord(view, close))
        {
            close++;
        }

        return close < view.Count && close - open > 2 && (open + 1 < c.FirstToken || close - 1 > c.LastToken) && IsQuoteMark(view, close);
    }

    // The names between a title's marks, around name i: one that fills the title (but for its article) is the work's,
    // the others are words of it and no entities of their own; a name the title contains is still found where the
    // text names it elsewhere ("Spock" of “Spock's Brain”). Returns the place of the first name that was a word of the
    // title, or -1.
    private static int VoteTitle(TokenView view, List<NameCandidate> candidates, int i, int open, int close)
    {
        var j = i;
        while (j > 0 && candidates[j - 1].FirstToken > open)
        {
            j--;
        }

        var first = open + 1;
        if (view.TextIs(first, "The") || view.TextIs(first, "A") || view.TextIs(first, "An"))
        {
            first++;
        }

        var words = -1;
        for (; j < candidates.Count && candidates[j].LastToken < close; j++)
        {
            var c = candidates[j];
            if (c.FirstToken <= first && c.LastToken == close - 1)
            {
                c.Vote(EntityKind.Other, TitleWeight);
            }
            else
            {
                c.InTitle = true;
                words = words < 0 ? j : words;
            }
        }

        return words;
    }

    // The tokens a title runs to on either side of a name within its quotation marks ("The Year of the Dragon and the
    // Long March Home").
    private const int MaxTitleWords = 12;

    // Token k of InTitleQuote's walks, which stay between 0 and the view's Count (the tokens array is at least that
    // long), read with no bounds check in the net8.0 build, as TokenView reads its tokens.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static Token TitleToken(Token[] tokens, int k)
    {
#if NET
        return System.Runtime.CompilerServices.Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(tokens), (nint)(uint)k);
#else
        return tokens[k];
#endif
    }

    // What IsTitleWord may hold of a token, told by its bits (a capitalised word, a lower-case one, or a clitic) or its
    // one character (a colon). The bits are asked with no branch, the kind and three flags folded into a key of five
    // bits and looked up in a constant (TitleWordKeys): a title's words, capitalised, in lower case and clitics, fall
    // at random, and a branch for each was mispredicted at half the names (the walk's end remains, once a walk). Only a
    // token none of them is, where the walk ends but for a colon, reads its character.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool MayBeTitleWord(Token t, string text)
    {
        // From the kind on: the kind at bits 0-1, Capitalized at 5, MixedCase at 7, LowerInitial at 13; folded to the
        // kind at bits 0-1, Capitalized at 2, LowerInitial at 3 and MixedCase at 4.
        var w = (uint)(t.Bits >> Token.KindShift) & TitleWordBits;
        var key = ((w * TitleWordGather) >> 10) & 31;
        return ((TitleWordKeys >> (int)key) & 1) != 0 || (t.Kind == TokenKind.Punct && text[t.Start] == ':');
    }

    private const uint TitleWordBits = 3 | ((uint)TokenFlags.Capitalized << 2) | ((uint)TokenFlags.MixedCase << 2) | ((uint)TokenFlags.LowerInitial << 2);

    // The fold as one product, w << 10 | w << 7 | w, read from bit 10: the kind, and the flags shifted down by 3 and
    // by 10, land at bits 10 to 14 with nothing else (the product's other bits sit below 10, where only bits 7 and 8
    // are added twice and carry no further than bit 9, or above 14). An or of two shifts and the word was five steps.
    private const uint TitleWordGather = (1 << 10) | (1 << 7) | 1;

    // The keys of MayBeTitleWord that are a title's word: a clitic (kind 2, whatever its flags), or a word (kind 0)
    // capitalised, or with LowerInitial but not MixedCase (Token.IsLowerWord).
    private const uint TitleWordKeys = 0x54545554;

    // A capitalised word, a function word in lower case, or a clitic joined to a capitalised word ("Schindler's").
    private static bool IsTitleWord(TokenView view, int k) =>
        view.IsWord(k) ? view[k].Has(TokenFlags.Capitalized) || (view.IsLowerWord(k) && view.IsFunctionWord(k)) : IsJoinedClitic(view, k) || IsSubtitleColon(view, k);

    private static bool IsJoinedClitic(TokenView view, int k) =>
        view[k].Kind == TokenKind.Clitic && k > 0 && view.Touches(k) && view[k - 1].Has(TokenFlags.Capitalized);

    // "Star Wars: A New Hope": a colon between capitalised words opens a subtitle.
    private static bool IsSubtitleColon(TokenView view, int k) =>
        view.IsPunct(k, ':') && k > 0 && view[k - 1].Has(TokenFlags.Capitalized) && k + 1 < view.Count && view[k + 1].Has(TokenFlags.Capitalized);

    // A quotation mark that closes a quotation: right after its last punctuation (",” or "?").
    private static bool IsClosingQuote(TokenView view, int k)
    {
        // In text tokenised word by word the mark stands apart from that punctuation ("… complained , " Pinzón said").
        return IsQuoteMark(view, k) && !QuoteMarks.OnlyOpens(view.Text[view[k].Start])
            && (view.IsPunct(k - 1, ',') || view.IsPunct(k - 1, '.') || view.IsPunct(k - 1, '?') || view.IsPunct(k - 1, '!'));
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsQuoteToken(Token t, string text) => t.Kind == TokenKind.Punct && t.Length == 1 && QuoteMarks.IsMark(text[t.Start]);

    private static bool IsQuoteMark(TokenView view, int k)
    {
        var t = view[k];
        return t.Kind == TokenKind.Punct && t.Length == 1 && QuoteMarks.IsMark(view.Text[t.Start]);
    }

    private static WordSet FirstWords(WordSet set)
    {
        var words = new List<string>();
        foreach (var entry in set.Entries())
        {
            var space = entry.IndexOf(' ');
            if (space > 0)
            {
                words.Add(entry.Substring(0, space));
            }
        }

        return new WordSet(words, true);
    }
}
