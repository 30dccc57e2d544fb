#if NET
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
#endif
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// Evidence from the name itself: gazetteers ("Shanghai" is a Place), suffixes ("Zhipu AI", "Harvard University",
/// "Silicon Valley", "World Economic Forum"), given names and surnames ("Joe Tsai", "Li Qiang"), shapes
/// (acronyms, model numbers, web domains, mixed case), and the kind to choose when all evidence is weighed.
/// </summary>
internal static class EntityClassifier
{
    // The word lists the rules read, in fields of this class: a field of WordLists was a test that its class is ready
    // at every read, where this class's own is tested once, as the rules open. (First, so that the fields below that
    // are built of them find them set.)
    private static readonly WordSet CommonWords = WordLists.CommonWords;

    private static readonly WordSet Countries = WordLists.Countries;

    private static readonly WordSet Demonyms = WordLists.Demonyms;

    private static readonly WordSet DemonymsAnyCase = WordLists.DemonymsAnyCase;

    private static readonly WordSet EnglishWords = WordLists.EnglishWords;

    private static readonly WordSet EventWords = WordLists.EventWords;

    private static readonly WordSet GivenNames = WordLists.GivenNames;

    private static readonly WordSet GivenNamesWorld = WordLists.GivenNamesWorld;

    private static readonly WordSet NameParticles = WordLists.NameParticles;

    private static readonly WordSet OrgSuffixes = WordLists.OrgSuffixes;

    private static readonly WordSet OrgSuffixesAnyCase = WordLists.OrgSuffixesAnyCase;

    private static readonly WordSet Organisations = WordLists.Organisations;

    private static readonly WordSet PlaceSuffixes = WordLists.PlaceSuffixes;

    private static readonly WordSet Places = WordLists.Places;

    private static readonly WordSet PlacesAnyCase = WordLists.PlacesAnyCase;

    private static readonly WordSet Surnames = WordLists.Surnames;

    private static readonly WordSet SurnamesFirst = WordLists.SurnamesFirst;

    private static readonly WordSet Titles = WordLists.Titles;

    /// <summary>Adds the evidence the name's own words give.</summary>
    /// <remarks>
    /// A one-token name (whole: the name is its first token's text) is asked every question through its token, whose
    /// lists and hash the view keeps; a longer one through its text. The rules are compiled once for each (the type
    /// argument's constant folds every choice between the two away): tested at each question, the choice was a branch
    /// mispredicted at each, as one-token names and longer ones follow no pattern.
    /// </remarks>
    public static void AddShapeEvidence(TokenView view, NameCandidate c)
    {
        if ((c.FirstToken == c.LastToken) & (c.Name.Length == view[c.FirstToken].Length))
        {
            AddShapeEvidence<OneToken>(view, c);
        }
        else
        {
            AddShapeEvidence<Longer>(view, c);
        }
    }

    // Whether AddShapeEvidence's name is one token, as a type whose constant the compiler folds.
    private interface INameTokens
    {
        bool Whole { get; }
    }

    private readonly struct OneToken : INameTokens
    {
        public bool Whole => true;
    }

    private readonly struct Longer : INameTokens
    {
        public bool Whole => false;
    }

    private static void AddShapeEvidence<TTokens>(TokenView view, NameCandidate c)
        where TTokens : struct, INameTokens
    {
        var name = c.Name;
        var whole = default(TTokens).Whole;

        // The name's first and last tokens and its count of words, read once: each rule read them again, a token through
        // the array's bounds check, the count from the candidate, as the calls between keep neither in a register. A
        // one-token name is one word (every rule that makes a candidate counts it so), which the compiler folds into
        // every test of the count below.
        var first = c.FirstToken;
        var last = whole ? first : c.LastToken;
        var words = whole ? 1 : c.Words;
        var firstToken = view[first];
        var lastToken = whole ? firstToken : view[last];

        // A one-token name (told once for every question) is asked through its token, whose lists and hash the view
        // keeps. A longer name is hashed here, once, for every case-sensitive list, and the hash kept in the candidate,
        // where grouping takes it: asked first through each list's cheap test of lengths, the name was hashed by the
        // world lists' for nearly all names anyway, and the cheap tests let through a third of the names at random,
        // where the hashed lists' filters turn away nearly all.
        ref var hash = ref c.NameHash;
        if (!whole && hash < 0)
        {
            hash = WordSet.HashExact(name, 0, name.Length);
        }

        // A one-token name is told against the place and nationality lists of the two rules below by one read of its
        // token's bits: most are in none of them. Its facts are read once, here, for every question below (TokenView.FactsOf).
        var facts = whole ? view.FactsOf(first) : 0;
        var placeOrPeople = !whole || (facts & PlaceAndPeopleLists) != 0;
        if (placeOrPeople && (NameIn(c, Places, WordLexicon.PlacesBit, whole, hash, facts) || (firstToken.Has(TokenFlags.AllCaps) && NameInAnyCase(c, PlacesAnyCase, WordLexicon.PlacesAnyCaseBit, whole, facts))))
        {
            // "Shanghai"; "LONDON" in a dateline. "Nice" opening a sentence, or "Love" in a line in title case ("Falling in
            // Love"), may be the word: only a tentative place.
            c.Vote(EntityKind.Place, 4, contextual: !(words == 1 && NameInAnyCase(c, CommonWords, WordLexicon.CommonWordsBit, whole, facts) && (c.Initial || TitleCaseLines.InTitleLine(view, first))));
            return;
        }

        // (The list first, here and below: its bit is clear for nearly every name, where an initial name or not follows no
        // pattern a branch could be predicted by.)
        if (TokenIn(view, MarketWords, WordLexicon.MarketWordsBit, first, whole, facts) && words == 1 && c.Initial && !firstToken.Has(TokenFlags.AllCaps))
        {
            c.Vote(EntityKind.Other, 4); // "Aluminium held steady", "Sterling eased", "Gold is the main hope": what a market trades
            return;
        }

        if (words <= 3 && !IsAsciiName(view, name, firstToken, whole) && FoldedPlaces.Contains(name, firstToken.Has(TokenFlags.AllCaps)))
        {
            c.Vote(EntityKind.Place, 4); // "Łódź", "ŁÓDŹ": a large place written with its own letters
            return;
        }

        // A one-token name is told a nationality's plural by one bit of its facts (the lexicon's DemonymPlurals), where the
        // name's last letter was a branch mispredicted often and the nationalities a call for each name ending in "s".
        if (words == 1 && (whole ? (facts & WordLexicon.DemonymPluralsBit) != 0 && name.Length > 4
            : name[name.Length - 1] == 's' && name.Length > 4 && Demonyms.Contains(name, 0, name.Length - 1)))
        {
            c.Vote(EntityKind.Other, 4); // "Kenyans voted", "Germans": people of a nation, neither a place nor a body
            return;
        }

        if (placeOrPeople && ((words <= 2 && NameIn(c, Demonyms, WordLexicon.DemonymsBit, whole, hash, facts)) || (words == 1 && (firstToken.Has(TokenFlags.AllCaps) && NameInAnyCase(c, DemonymsAnyCase, WordLexicon.DemonymsAnyCaseBit, whole, facts)))))
        {
            c.Vote(EntityKind.Other, 4); // "Chinese", "English": a nationality or a language, never a Place
            return;
        }

        if (NameIn(c, MarketsAndClimate, WordLexicon.MarketsAndClimateBit, whole, hash, facts) && !IsNewspaperAfter(view, last))
        {
            // "the Nikkei", "Hang Seng", "El Nino": a stock index or a climate pattern is neither a body nor a person.
            c.Vote(EntityKind.Other, 4);
            return;
        }

        // The world lists that hold the name (and, for a one-word name, its token), in one probe for all.
        var world = whole ? view.WorldBitsOf(first, facts) : World.Of(name, 0, name.Length, hash);
        if ((world & WorldNames.Organisation) != 0)
        {
            c.Vote(EntityKind.Organization, 4); // "Merrill Lynch", "Scotland Yard": a name the organisation list knows
            return;
        }

        if (words >= 3 && (view.In(Demonyms, first) || IsCountry(view, first, first)) && IsNationalBranch(name))
        {
            c.Vote(EntityKind.Organization, 4); // "Peruvian Red Cross", "Vietnam Red Cross": a nation's branch of a body the list knows
            return;
        }

        if (words >= 3 && IsCountry(view, last, last) && view.IsWord(last - 1) && view.In(OrgSuffixes, last - 1))
        {
            c.Vote(EntityKind.Organization, 4); // "Transparency International Malaysia": a body's national branch, named after it
            return;
        }

        if (words >= 2 && view.In(Places, last) && IsNationalBody(view, first, last))
        {
            c.Vote(EntityKind.Organization, 4); // "Greenpeace Brazil", "Cricket South Africa", "Athletics Kenya"
            return;
        }

        // A whole name is one token, first and last alike: its facts and world bits, read for first, are last's too.
        if (MayEndInBank(view.Text, lastToken) && IsBankCompound(view.Text, lastToken) && ((whole ? world : view.WorldBits(first)) & WorldNames.GivenName) == 0 && !TokenIn(view, GivenNames, WordLexicon.GivenNamesBit, first, whole, facts)
            && ((whole ? world : view.WorldBits(last)) & WorldNames.Surname) == 0 && !TokenIn(view, Surnames, WordLexicon.SurnamesBit, last, whole, facts))
        {
            // "Hanseatische Landesbank", "Commerzbank", "Svenska Handelsbanken"; not "Fiona Marchbank": people are named so too.
            c.Vote(EntityKind.Organization, 3);
            return;
        }

        if (IsDateline(view, first, last, firstToken))
        {
            c.Vote(EntityKind.Place, 3); // "BRUSSELS 1996-08-22", "NAIROBI, Kenya (Reuters) -"
            return;
        }

        if (words > 1)
        {
            if (last - first >= 2)
            {
                MultiWord<MoreTokens>(view, c, first, last, world, firstToken, lastToken);
            }
            else
            {
                MultiWord<TwoTokens>(view, c, first, last, world, firstToken, lastToken);
            }

            return;
        }

        var token = firstToken;
        var tokenWorld = whole ? world : view.WorldBits(first);
        if (token.Kind == TokenKind.Cjk)
        {
            // A Chinese personal name is two or three characters ("李强"); longer runs name organisations.
            c.Vote(token.Length <= 3 ? EntityKind.Person : EntityKind.Organization, 1, contextual: false);
        }
        else if (token.Has(TokenFlags.Domain))
        {
            c.Vote(EntityKind.Organization, 3);
        }
        else if (token.Has(TokenFlags.HasDigit))
        {
            c.Vote(EntityKind.Product, 2); // "A100", "H20"
        }
        else if (token.Has(TokenFlags.AllCaps))
        {
            c.Vote(EntityKind.Organization, 1, contextual: false); // "SMIC", "NATO"
        }
        else if (token.Has(TokenFlags.LowerInitial))
        {
            c.Vote(EntityKind.Product, 1, contextual: false); // "iPhone", "iOS"
        }
        else if (token.Has(TokenFlags.MixedCase))
        {
            c.Vote(EntityKind.Organization, 1, contextual: false); // "MiniMax", "OpenAI"
        }
        else if (TokenIn(view, OrgSuffixes, WordLexicon.OrgSuffixesBit, first, whole, facts) && !c.Initial)
        {
            c.Vote(EntityKind.Organization, 2); // "in Congress", "the Commission said": an institution named by its head noun
        }
        else if ((tokenWorld & WorldNames.Place) != 0)
        {
            // "Plasencia", "Tuguegarao": a town the world gazetteer knows; context (a side, a company suffix) outweighs it.
            c.Vote(EntityKind.Place, 1, contextual: !c.Initial);
        }
        else if ((whole ? (facts & PersonLists) != 0 : view.InAny(PersonLists, first)) || (tokenWorld & WorldNames.GivenName) != 0 || HasSurnameEnding(name))
        {
            c.Vote(EntityKind.Person, 1, contextual: false);
        }
    }

    // Whether MultiWord's name has tokens between its first and last, as a type whose constant the compiler folds: most
    // names are two words, where the rules that read inside the name ("Bank of America", "Faisal bin Turki") have nothing
    // to read. Compiled once for each, the five tests of the name's length, one for each such rule, are one at the call,
    // where each was a branch mispredicted as often, two-word names and longer following no pattern.
    private interface INameSpan
    {
        bool Inside { get; }
    }

    private readonly struct TwoTokens : INameSpan
    {
        public bool Inside => false;
    }

    private readonly struct MoreTokens : INameSpan
    {
        public bool Inside => true;
    }

    // world: the WorldNames bits of the whole name; firstToken and lastToken: tokens first and last, which
    // AddShapeEvidence has read.
    private static void MultiWord<TSpan>(TokenView view, NameCandidate c, int first, int last, uint world, Token firstToken, Token lastToken)
        where TSpan : struct, INameSpan
    {
        var inside = default(TSpan).Inside;
        var words = c.Words;

        // The rules below read the first word against small lists of heads (compass points, place prefixes, storms,
        // foreign places; ships, laws, sectors, clubs, foreign bodies): most first words have the shape of none of
        // them, which one test for each group of lists tells for all.
        var head = FirstWordHeads.MayBe(firstToken, view.Text);
        var otherHead = OtherFirstWords.MayBe(firstToken, view.Text);

        // So for the last word and the lists of a body's, a place's and an event's heads, which three rules read: one
        // read of its bits, where most names end in none of them. Read so, the last word is looked up (FactsOf): every
        // list of the lexicon is then asked of it by its constant bit in these facts, with no list field read and no
        // test of the lookup (its lexicon bits never change).
        var lastFacts = view.FactsOf(last);
        var lastHead = (lastFacts & LastWordHeads) != 0;
        var compass = head && IsCompass(view, first);

        // Two rules read the last word as "Congress", one as "Assembly": heads of bodies both (OrgSuffixes), which lastHead
        // tells first, where the test of the word's length, the first of the compare, was a branch mispredicted often.
        var congress = lastHead && view.TextIs(last, "Congress");
        if (compass && Places.Contains(view.Text, view[first + 1].Start, lastToken.End - view[first + 1].Start))
        {
            c.Vote(EntityKind.Place, 3); // "East Africa", "Northern Kenya", "East Austin": part of a place is a place
        }
        else if ((compass || (head && IsCompoundCompass(view, first))) && words == 2 && (lastFacts & WordLexicon.DemonymsBit) != 0)
        {
            c.Vote(EntityKind.Other, 3); // "Southeast Asian", "West African": a nationality or a people of a region
        }
        else if (compass && words == 2 && IsBareName(view, last))
        {
            c.Vote(EntityKind.Place, 2); // "North Otago", "West Java": a compass point before a name no list knows
        }
        else if ((congress || (lastHead && view.TextIs(last, "Assembly"))) && view.In(Demonyms, first))
        {
            c.Vote(EntityKind.Organization, 3); // "Nepali Congress", "Indian National Congress": a people's party or parliament
        }
        else if (congress && IsPartyCongress(view, first, last))
        {
            c.Vote(EntityKind.Organization, 3); // "National Democratic Congress", "National Development Congress": a party
        }
        else if (inside && IsArabicArticleName(view, first, last))
        {
            c.Vote(EntityKind.Organization, 2); // "Al-Hilal", "Al-Ahli": alone, a name that opens with "Al-" is a club's or a body's
        }
        else if ((lastFacts & WordLexicon.LawHeadsBit) != 0 && !lastToken.Has(TokenFlags.AllCaps) && !(inside && HeadsOfPhraseInside(view, first, last)))
        {
            // (a body's head before "of" names the body: "Chamber of Drug Market Regulation")
            c.Vote(EntityKind.Other, 3); // "Copyright Act", "Mutual Defense Treaty", "Kyoto Protocol": a law or an accord
        }
        else if (otherHead && view.In(ShipPrefixes, first))
        {
            c.Vote(EntityKind.Other, 4); // "M.V. Shahjalal", "BRP Sierra Madre", "HMS Victory": a ship
        }
        else if ((lastFacts & WordLexicon.EventWordsBit) != 0 && !IsBodyCongress(view, first, last))
        {
            c.Vote(EntityKind.Event, 3);
        }
        else if ((lastFacts & WordLexicon.OrgSuffixesBit) != 0 || (lastToken.Has(TokenFlags.AllCaps) && view.In(OrgSuffixesAnyCase, last)))
        {
            c.Vote(EntityKind.Organization, 3); // "Kestrel Resources", "KESTREL RESOURCES"
        }
        else if (inside && otherHead && view.In(LawHeads, first) && HasOf(view, first, last))
        {
            c.Vote(EntityKind.Other, 3); // "Treaty of Rome", "Charter of Fundamental Rights": an accord, not a body
        }
        else if (inside && HeadsOfPhraseInside(view, first, last))
        {
            // "Bank of America", "University of California", "Kiel Institute for the World Economy";
            // "University of Cape Town" whatever its last word.
            c.Vote(EntityKind.Organization, 3);
        }
        else if ((lastFacts & WordLexicon.PlaceSuffixesBit) != 0 && !(view.IsLowerWord(last - 1) && view.In(NameParticles, last - 1)))
        {
            // "Atatürk Dam", "Constitution Dock"; but "Andries van Dam": a surname's particle makes the head a family name.
            c.Vote(EntityKind.Place, 3);
        }
        else if (head && words == 2 && IsPlacePrefix(view, first) && !(IsSaint(view, first) && ((lastFacts & WordLexicon.GivenNamesBit) != 0 || (view.WorldBits(last) & WorldNames.GivenName) != 0)))
        {
            // "St Moritz", "San Siro", "Fort Worth", "Puerto Cabezas"; but "St. Augustine" wrote, a saint is a person.
            c.Vote(EntityKind.Place, 2);
        }
        else if (head && view.InFew(EventHeads, first) && !view.IsLowerWord(first + 1))
        {
            c.Vote(EntityKind.Event, 3); // "Typhoon Lorna", "Hurricane Mitch", "Operation Lifeline Sudan"
        }
        else if (words <= 3 && (world & WorldNames.Place) == 0 && IsTeamOfPlace(view, first, last, lastToken))
        {
            // "Vancouver Grizzlies", "Chicago Bulls": a side named after its city; not "Minas Gerais", which the world list
            // knows whole as a place, though "Minas" is a town and "Gerais" ends in "s".
            c.Vote(EntityKind.Organization, 2);
        }
        else if (head && view.In(ForeignPlaceHeads, first))
        {
            // "Stadio Renato Dall'Ara", "Salar de Atacama", "Lac Vert", "Passo dello Stelvio": a venue or a feature of
            // the land named by the head its language puts first.
            c.Vote(EntityKind.Place, 2);
        }
        else if (otherHead && view.InFew(SectorWords, first) && !view.IsLowerWord(first + 1) && IsCountry(view, first + 1, last))
        {
            c.Vote(EntityKind.Organization, 3); // "Health New Zealand", "Statistics Canada": a country's agency for a sector
        }
        else if (IsLabelLetter(view.Text, lastToken) && words == 2 && view.In(EnglishWords, first)
            && !view.In(GivenNames, first))
        {
            c.Vote(EntityKind.Other, 4); // "Group D", "Pool B", "Section A": a label, neither a body nor a person
        }
        else if (otherHead && words == 2 && view.InFew(NameCandidateFinder.ClubFirstWords, first) && (lastFacts & WordLexicon.GivenNamesBit) == 0)
        {
            c.Vote(EntityKind.Organization, 2); // "Real Betis", "Sporting Gijon", "Dynamo Kiev": a club's own first word
        }
        else if (otherHead && view.In(ForeignOrgHeads, first))
        {
            // "Banco Garantia", "Companhia Siderurgica Nacional", "Ecole Polytechnique", "Bank Julius Baer", "Radio
            // Cooperativa": a body named by the head its language (or its trade) puts first.
            c.Vote(EntityKind.Organization, 2);
        }
        else if (inside && view.In(PlaceSuffixes, first) && HasOf(view, first, last))
        {
            c.Vote(EntityKind.Place, 3); // "Gulf of Mexico"
        }
        else if (lastToken.Has(TokenFlags.HasDigit))
        {
            c.Vote(EntityKind.Product, 2); // "Ascend 910B", "Galaxy S24", "GPT-4": a digit in the last word (a model number has one)
        }
        else if ((world & WorldNames.Place) != 0)
        {
            // "Sierra de Gredos", "Bahr el Ghazal", "An Giang": a name of several words the world list knows whole is
            // a place more surely than one word it knows ("Long An" stands up to "Dong Thap" in one list).
            c.Vote(EntityKind.Place, 2, contextual: !c.Initial);
        }
        else if (inside && HasPatronymic(view, first, last))
        {
            c.Vote(EntityKind.Person, 2, contextual: false); // "Nurul Huda binti Ismail", "Faisal bin Turki": son or daughter of
        }
        else if (firstToken.HasOnly(TokenFlags.AllCaps | TokenFlags.Abbreviation, TokenFlags.AllCaps) && firstToken.Length >= 3
            && !lastToken.Has(TokenFlags.AllCaps) && !view.In(GivenNames, first))
        {
            // "ICICI Lombard", "MTN Ghana": letters in capitals open a body's name, never a person's (before the surname
            // list is asked of its last word).
            c.Vote(EntityKind.Organization, 2, contextual: false);
        }
        else if (EndsInKnownPlace(view, c, words, first, last, lastFacts))
        {
            // "Geoscience Australia", "Partech Africa", "Sanfrecce Hiroshima": a body named with its country, market or city
            // last (before the surname list is asked of that word).
            c.Vote(EntityKind.Organization, 2, contextual: false);
        }
        else if (view.In(GivenNames, first) || ((lastFacts & WordLexicon.SurnamesBit) != 0 && !view.InFew(Compass, last))
            || (view.In(SurnamesFirst, first)
                && (words == 2 || NameCandidateFinder.IsHyphenatedWord(view, first + 1, last) || IsVietnameseMiddleName(view, first + 1))))
        {
            // "Joe Tsai", "Tim Cook", "Li Qiang", "Choi Min-ho", "Nguyễn Thị Lan Hương".
            c.Vote(EntityKind.Person, 2, contextual: false);
        }
        else if (inside ? HasAcronymWord(view, first, last) : IsAcronymWord(firstToken) || IsAcronymWord(lastToken))
        {
            c.Vote(EntityKind.Organization, 1, contextual: false); // "SK Hynix", "BYD Auto": people's names hold no acronyms
        }
        else if (IsPluralWord(view.Text, lastToken))
        {
            c.Vote(EntityKind.Organization, 1, contextual: false); // "Moore Threads", "Cambridge Analytics"
        }
        else if ((view.WorldBits(first) & WorldNames.GivenName) != 0 || (view.WorldBitsOf(last, lastFacts) & WorldNames.Surname) != 0)
        {
            c.Vote(EntityKind.Person, 1, contextual: false); // "Tiago Meirelles", "Jukka Lehtisalo"
        }
        else if (!lastToken.Has(TokenFlags.AllCaps) && view.In(EnglishWords, last))
        {
            // "Kansai Precision", "Partick Thistle", "True Path": no list knows a person by these words, and a name
            // ending in a common noun is more often a body's than a person's.
            c.Vote(EntityKind.Organization, 1, contextual: false);
        }
    }

    // Two to four capitalised words, nothing between them, the last a place the list knows, and the first no given name,
    // nationality, title, family name written first, compass word or place's prefix: people are named so only after a
    // given name ("Carlos Montenegro"), and places are known whole ("New York") or open with their prefix ("Port Sudan").
    // A sentence's first word that is an English word may only open it ("Visiting Germany, ...").
    // Inlined as far as the last word's place, which turns away most names that come this far down the rules (a call
    // for each cost more than the test).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool EndsInKnownPlace(TokenView view, NameCandidate c, int words, int first, int last, ulong lastFacts) =>
        words <= 4 && last - first == words - 1 && (lastFacts & WordLexicon.PlacesBit) != 0 && EndsInKnownPlaceAfter(view, c, first, last);

    private static bool EndsInKnownPlaceAfter(TokenView view, NameCandidate c, int first, int last)
    {
        for (var k = first + 1; k < last; k++)
        {
            if (!view[k].Has(TokenFlags.Capitalized))
            {
                return false; // "Moreira de Albuquerque": a particle makes a surname
            }
        }

        return !view.InAny(PersonOrPeopleLists, first) && !view.In(GivenNamesWorld, first) && !IsCompass(view, first)
            && !IsPlacePrefix(view, first) && !(c.Initial && view.In(EnglishWords, first));
    }

    // The last letter of a bank's compound ("-bank", "-banken") read from the name's last token t (a token holds a
    // character at least, read unchecked), by its low five bits, and the length IsBankCompound wants, in one test: one name
    // in ten ends in "k" or "n", at random, where a branch for each letter and then the length were mispredicted as often.
    // A character that only shares the letters' low bits ("N", ".") passes to IsBankCompound, which compares the letters.
    // Inlined: asked of nearly every name, where the call cost more than the test.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool MayEndInBank(string text, Token t)
    {
        var z = new UncheckedText(text)[t.End - 1];
        return ((BankLastLetters >> (z & 31)) & ((uint)(7 - t.Length) >> 31)) != 0;
    }

    // The low five bits of "k" and "n", as bits.
    private const uint BankLastLetters = (1u << ('k' & 31)) | (1u << ('n' & 31));

    // A word that ends in a lower-case "bank" or "banken" joined to a word before it, as German and Nordic banks are
    // named: token t. Inlined: asked of most names, and its first test settles nearly all.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsBankCompound(string text, Token t)
    {
        if (t.Length < 8 || t.Has(TokenFlags.AllCaps))
        {
            return false;
        }

        var end = t.End;
        if (text[end - 1] == 'n' && text[end - 2] == 'e')
        {
            end -= 2; // "-banken"
        }

        return end - t.Start >= 8 && text[end - 1] == 'k' && text[end - 2] == 'n' && text[end - 3] == 'a' && text[end - 4] == 'b';
    }

    // A congress whose name holds "National" or "Democratic" is a party or a parliament, as parties are named ("African
    // National Congress", "National Democratic Congress"); a congress that meets is named for its field or its world
    // ("World Mobile Congress", "International Astronautical Congress").
    private static bool IsPartyCongress(TokenView view, int first, int last)
    {
        for (var k = first; k < last; k++)
        {
            if (view.TextIs(k, "National") || view.TextIs(k, "Democratic"))
            {
                return true;
            }
        }

        return false;
    }

    // "Nigeria Labour Congress", "Trades Union Congress": a congress named after a trade's workers is a standing body,
    // a federation of unions, not a congress that meets ("World Mobile Congress").
    private static bool IsBodyCongress(TokenView view, int first, int last)
    {
        if (!view.TextIs(last, "Congress"))
        {
            return false;
        }

        for (var k = first; k < last; k++)
        {
            if (view.TextIs(k, "Labour") || view.TextIs(k, "Labor") || view.TextIs(k, "Trades") || view.TextIs(k, "Trade") || view.TextIs(k, "Union"))
            {
                return true;
            }
        }

        return false;
    }

    // "Al-Hilal": the Arabic article, capitalised and joined by a hyphen, opening a name of one hyphenated word. People's
    // names carry it after a given name ("Faisal Al-Hashimi"), and a surname alone goes to its bearer by coreference.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsArabicArticleName(TokenView view, int first, int last)
    {
        var t = view[first];
        return t.Length == 2 && last == first + 2 && view.Text[t.Start] == 'A' && view.Text[t.Start + 1] == 'l'
            && view.IsPunct(first + 1, '-') && view.Touches(first + 1) && view.Touches(last);
    }

    // "bin", "binti", "ibn" inside a name: an Arabic or Malay patronymic, which only people's names hold.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool HasPatronymic(TokenView view, int first, int last)
    {
        for (var k = first + 1; k < last; k++)
        {
            if (view.IsLowerWord(k) && view.In(Patronymics, k))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet Patronymics = new(new[] { "bin", "binti", "binte", "bint", "ibn" }, false);

    private static readonly WordSet MarketWords = WordLists.MarketWords;

    // The sectors a country names its agencies after, the country's name last: "Health Canada", "Statistics Norway".
    private static readonly WordSet SectorWords = new(new[]
    {
        "Health", "Statistics", "Transport", "Sport", "Tourism", "Fisheries", "Heritage", "Justice", "Immigration", "Environment",
        "Agriculture", "Industry", "Finance", "Energy", "Education", "Customs", "Revenue", "Defence", "Trade", "Infrastructure",
    }, false);

    /// <summary>Whether token k is a sector a country names an agency after ("Statistics" of "Statistics Norway").</summary>
    public static bool IsSectorWord(TokenView view, int k) => view.In(SectorWords, k);

    // One word is asked through its token, which answers from its bits when looked up (the countries are a lexicon list).
    // Inlined as far as that: most are asked of one word, and the call cost more than the bit test.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsCountry(TokenView view, int first, int last) =>
        first == last ? view.In(Countries, first) : IsCountrySpan(view, first, last);

    private static bool IsCountrySpan(TokenView view, int first, int last) =>
        Countries.Contains(view.Text, view[first].Start, view[last].End - view[first].Start);

    // The middle names that tell a Vietnamese woman's and man's names ("Thị", "Văn"), after the family name.
    private static bool IsVietnameseMiddleName(TokenView view, int k) =>
        view.IsWord(k) && view[k].Length == 3 && (view.TextIs(k, "Thị") || view.TextIs(k, "Văn") || view.TextIs(k, "Thi") || view.TextIs(k, "Van"));

    // A branch of a body the list knows named after where it is ("Greenpeace Brazil", "Airtel Africa", "Nasdaq Tallinn"),
    // or the body that runs a sport in a country ("Cricket South Africa"): one word, then a known place of one word or
    // two. The body's word is asked first, of the bits the world lists keep for it.
    private static bool IsNationalBody(TokenView view, int first, int last)
    {
        if (last - first > 2)
        {
            return false;
        }

        var rest = view[first + 1].Start;
        if ((view.WorldBits(first) & WorldNames.Organisation) != 0)
        {
            return Places.Contains(view.Text, rest, view[last].End - rest);
        }

        return view.In(Sports, first) && IsCountry(view, first + 1, last);
    }

    // Sports whose governing bodies are named after them and their country (public facts).
    internal static readonly WordSet Sports = new(new[]
    {
        "Athletics", "Cricket", "Rugby", "Football", "Hockey", "Netball", "Tennis", "Golf", "Cycling", "Swimming", "Rowing", "Sailing", "Boxing",
        "Basketball", "Volleyball", "Badminton", "Baseball", "Softball", "Gymnastics", "Triathlon", "Judo", "Canoe", "Equestrian", "Bowls",
    }, false);

    // One capital letter, as a group, pool or section is labelled: token t.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsLabelLetter(string text, Token t) => t.Length == 1 && text[t.Start] is >= 'A' and <= 'Z';

    private static readonly WordSet Compass = new(new[] { "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower", "Greater" }, ignoreCase: false);

    private static bool IsSaint(TokenView view, int k) => view.TextIs(k, "St") || view.TextIs(k, "St.") || view.TextIs(k, "Saint");

    // The first words of place names: "St Moritz", "San Siro", "Fort Worth", "Puerto Cabezas", "Bad Homburg", "County Galway",
    // "Metro Manila".
    private static readonly WordSet PlacePrefixes = new(new[]
    {
        "St", "St.", "Saint", "San", "Santa", "Santo", "Sao", "São", "Fort", "Port", "Puerto", "Porto", "Mount", "Mt", "Lake", "Cape", "Ciudad", "Bad", "County", "Metro",
    }, false);

    // Head nouns that stand before the name of a storm or an operation.
    private static readonly WordSet EventHeads = new(new[] { "Typhoon", "Hurricane", "Cyclone", "Operation" }, false);

    // A known place, then a plural capitalised word that is no place's head: "Vancouver Grizzlies", "Ottawa Senators".
    // Inlined as far as the last word's "s", which most names lack.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsTeamOfPlace(TokenView view, int first, int last, Token t) =>
        t.Length > 3 && view.Text[t.End - 1] == 's' && IsTeamOfPlacePlural(view, first, last, t); // t: token last

    private static bool IsTeamOfPlacePlural(TokenView view, int first, int last, Token t) =>
        view.Text[t.End - 2] != 's' && !t.Has(TokenFlags.AllCaps)
        && (view.In(Places, first) || (view.WorldBits(first) & WorldNames.Place) != 0) && !view.InAny(TeamPlaceStops, last);

    // What the last word of a team named for its place is not: one read of its bits.
    private static readonly uint TeamPlaceStops = TokenView.Lists(PlaceSuffixes, Places, Demonyms);

    // Head nouns of places that other languages put first, whatever the name's length.
    private static readonly WordSet ForeignPlaceHeads = new(new[]
    {
        "Stadio", "Estadio", "Estádio", "Stade", "Stadion", "Palasport", "Teatro", "Lac", "Lago", "Laguna", "Passo", "Salar", "Cerro",
        "Monte", "Mont", "Sierra", "Wadi", "Jebel", "Gunung", "Pulau", "Bukit", "Piazza", "Plaza", "Place", "Rue", "Col", "Cordillera",
        "Palais", "Palacio", "Palazzo", "Rua", "Avenida", "Calle", "Viale", "Praça", "Largo", "Jalan", "Avinguda",
    }, false);

    private static readonly WordSet MarketsAndClimate = WordLists.MarketsAndClimate;

    // The lists of the place and nationality rules that open AddShapeEvidence, as the bits of a token's lists: constants
    // (the lexicon checks each against its list), where a static field was a load and a test that the class is ready.
    private const uint PlaceAndPeopleLists = (uint)(WordLexicon.PlacesBit | WordLexicon.PlacesAnyCaseBit | WordLexicon.DemonymsBit | WordLexicon.DemonymsAnyCaseBit);

    // The lists of heads MultiWord reads a name's last word against, as one test of its token's bits.
    private const uint LastWordHeads = (uint)(WordLexicon.EventWordsBit | WordLexicon.OrgSuffixesBit | WordLexicon.PlaceSuffixesBit);

    // The lists of people's names a one-word name's rule reads, as one test of its token's bits.
    private const uint PersonLists = (uint)(WordLexicon.SurnamesBit | WordLexicon.SurnamesFirstBit | WordLexicon.GivenNamesBit);

    // The lists EndsInKnownPlace turns a name's first word away by (a given name, a nationality, a title, a family name
    // written first), as one test of its token's bits.
    private static readonly uint PersonOrPeopleLists = TokenView.Lists(GivenNames, Demonyms, Titles, SurnamesFirst);

    // "the Nikkei business daily": the index's name before a newspaper's noun is the paper's.
    private static bool IsNewspaperAfter(TokenView view, int last) =>
        last + 1 < view.Count && view.IsLowerWord(last + 1) && (view.TextIs(last + 1, "newspaper") || view.TextIs(last + 1, "daily")
            || view.TextIs(last + 1, "business") || view.TextIs(last + 1, "financial") || view.TextIs(last + 1, "paper"));

    // Head nouns of bodies that other languages put first, and the English ones a name follows ("Bank Mandiri", "Team
    // Quenic PostNL", as cycling and sailing teams are named).
    private static readonly WordSet ForeignOrgHeads = new(new[]
    {
        "Banco", "Banca", "Banque", "Bank", "Banka", "Companhia", "Compañía", "Compania", "Compagnie", "Cia", "Société", "Societe",
        "Sociedad", "Sociedade", "Società", "Ecole", "École", "Escuela", "Escola", "Universidad", "Universidade", "Università",
        "Universitat", "Universität", "Université", "Universite", "Instituto", "Institut", "Istituto", "Grupo", "Gruppo", "Groupe",
        "Fundación", "Fundação", "Fondation", "Fondazione", "Stichting", "Radio", "Partido", "Parti", "Partei", "Partito",
        "Movimiento", "Mouvement", "Frente", "Corporación", "Empresa", "Kementerian", "Badan", "Perusahaan", "PT",
        "Centre", "Centro", "Muzeum", "Museo", "Musée", "Musee", "Museu", "Kunsthalle", "Kunstmuseum", "Galleria", "Galerie", "Galeria",
        "Cassa", "Caja", "Caixa", "Caisse", "Tribunal", "Corte", "Cour", "Conseil", "Consejo", "Consiglio", "Ministerio", "Ministère",
        "Ministério", "Ministero", "Federación", "Fédération", "Federazione", "Confederación", "Confédération", "Sindicato", "Comisión",
        "Commissione", "Comissão", "Agence", "Agencia", "Agência", "Petrolera", "Petróleos", "Compañia",
        "Assurances", "Seguros", "Union", "Team", "Unión", "Unione", "Esporte", "Clube", "Fiscalía", "Procuraduría", "Contraloría", "Defensoría",
    }, false);

    /// <summary>"St", "Fort", "Port", "Mount", "Lake", "Cape": a word that heads a place's name from the front.</summary>
    internal static bool IsPlacePrefix(TokenView view, int k) => view.In(PlacePrefixes, k);

    // A capitalised word that no list gives a meaning: no English word, head noun, title or person's name.
    private static bool IsBareName(TokenView view, int k) =>
        view[k].TitleCased && !view.In(EnglishWords, k)
        && !view.In(OrgSuffixes, k) && !view.In(PlaceSuffixes, k) && !view.In(EventWords, k)
        && !view.In(GivenNames, k) && !view.In(Surnames, k) && !view.In(Titles, k);

    private static readonly WordSet CompoundCompass = new(
        new[] { "Northeast", "Northwest", "Southeast", "Southwest", "North-East", "North-West", "South-East", "South-West" }, ignoreCase: false);

    private static readonly WordSet LawHeads = WordLists.LawHeads;

    private static readonly WordSet ShipPrefixes = WordLists.ShipPrefixes;

    // The shapes of every list of heads MultiWord reads a name's first word against (declared after the lists).
    private static readonly WordShapes FirstWordHeads = new(
        new[] { Compass, CompoundCompass, PlacePrefixes, EventHeads, ForeignPlaceHeads }, System.Array.Empty<string>(), System.Array.Empty<WordSet>());

    // The shapes of the other lists MultiWord reads a name's first word against, each asked after a rule that reads
    // a list of the view's (which a looked-up word answers from its bits): five calls for most names that reach them.
    private static readonly WordShapes OtherFirstWords = new(
        new[] { ShipPrefixes, LawHeads, SectorWords, NameCandidateFinder.ClubFirstWords, ForeignOrgHeads }, System.Array.Empty<string>(), System.Array.Empty<WordSet>());

    private static bool IsCompoundCompass(TokenView view, int k) => view.In(CompoundCompass, k);

    private static bool IsCompass(TokenView view, int k) => view.InFew(Compass, k);

    /// <summary>
    /// "North", "Northern", "Central", "Greater": a compass word, which before a name is part of it ("North Melbourne",
    /// "Northern Transvaal", "Greater Manchester"), not an ordinary word opening the sentence.
    /// </summary>
    internal static bool IsCompassWord(TokenView view, int k) => view.IsWord(k) && IsCompass(view, k);

    // Whether the name is in the set, a case-sensitive list of the lexicon whose bit is bit: a one-token name is the
    // token, looked up (FactsOf looks it up), whose facts answer every list of the lexicon by its bit alone, a constant,
    // where the list's own bits were two loads behind its field and a test of the token's lookup at each question; a
    // longer name was hashed once, into hash, for every such set.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool NameIn(NameCandidate c, WordSet set, ulong bit, bool whole, int hash, ulong facts) =>
        whole ? (facts & bit) != 0 : set.ContainsHashed(c.Name, 0, c.Name.Length, hash);

    // NameIn for a set that ignores case, which a longer name is asked through its own folded hash, after the set's
    // cheap test: these sets are asked only of names in capitals or of places.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool NameInAnyCase(NameCandidate c, WordSet set, ulong bit, bool whole, ulong facts) =>
        whole ? (facts & bit) != 0 : set.MayMatch(c.Name, 0, c.Name.Length) && set.Contains(c.Name);

    // Whether token k of the name is in the set, a list of the lexicon whose bit is bit: a one-token name's token by its
    // looked-up facts (as NameIn), a longer name's through the view.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool TokenIn(TokenView view, WordSet set, ulong bit, int k, bool whole, ulong facts) =>
        whole ? (facts & bit) != 0 : view.In(set, k);

    // The name after its first word is an organisation the list knows ("Red Cross" of "Peruvian Red Cross").
    private static bool IsNationalBranch(string name)
    {
        var space = name.IndexOf(' ');
        return space > 0 && Organisations.Contains(name, space + 1, name.Length - space - 1);
    }

    // The world lists, in a field of this class: WorldNames.Lists was a test that its class is ready at every name.
    private static readonly WorldNames World = WorldNames.Lists;

    // Whether the name holds only ASCII characters (a one-token name is the text of its token t, which the rules read).
    // On .NET a token of up to sixteen characters is read as two blocks of eight from the text, the characters beyond
    // it masked off by its length, with no branch: AsciiText.IsAscii chooses its reads by the name's length, a branch
    // mispredicted at one name in six, names of under four, eight and sixteen characters following no pattern.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsAsciiName(TokenView view, string name, Token t, bool whole)
    {
#if NET
        var text = view.Text;
        var n = t.Length;
        var start = t.Start;
        if (whole && n <= 16 && start + 8 <= text.Length)
        {
            // The first eight characters from the token's start, and the last eight of a token of eight or more (of a
            // shorter one, the first again): the lanes at and beyond a shorter token's length are masked off.
            ref var units = ref Unsafe.As<char, ushort>(ref Unsafe.AsRef(in text.GetPinnableReference()));
            var head = Vector128.LoadUnsafe(ref units, (nuint)start);
            var tail = Vector128.LoadUnsafe(ref units, (nuint)(start + System.Math.Max(n - 8, 0)));
            var own = Vector128.GreaterThan(
                Vector128.Create((short)n), Vector128.Create((short)0, 1, 2, 3, 4, 5, 6, 7)).AsUInt16();
            return ((head | tail) & own & Vector128.Create((ushort)0xFF80)) == Vector128<ushort>.Zero;
        }
#endif
        return AsciiText.IsAscii(name);
    }

    /// <summary>A name in capitals that opens a line and is followed by a comma, a date or a bracket.</summary>
    /// <remarks>
    /// Inlined as far as its first tests, which turn away the names that do not open a line (nearly all) and those that
    /// do with a first word not in capitals (most of the rest).
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsDateline(TokenView view, int first, int last) => IsDateline(view, first, last, view[first]);

    // IsDateline of a name whose first token, first, is t. The first tests are told with no branch, then asked in one: a
    // name opens a line at one time in four, at random, where its first word's case was a branch mispredicted as often.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsDateline(TokenView view, int first, int last, Token t) =>
        ((first <= 0) | t.Has(TokenFlags.LineBreakBefore)) & (!t.IsWord | t.Has(TokenFlags.AllCaps)) && IsDatelineAtLineStart(view, first, last);

    private static bool IsDatelineAtLineStart(TokenView view, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (view.IsWord(k) && !view[k].Has(TokenFlags.AllCaps))
            {
                return false;
            }
        }

        var next = last + 1;
        return next < view.Count && (view.IsPunct(next, ',') || view.IsPunct(next, '(') || (view.IsWord(next) && char.IsDigit(view.Text[view[next].Start])));
    }

    private static bool HasAcronymWord(TokenView view, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (IsAcronymWord(view, k))
            {
                return true;
            }
        }

        return false;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsAcronymWord(TokenView view, int k) => view.IsWord(k) && IsAcronymWord(view[k]);

    // IsAcronymWord of a token of the text.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsAcronymWord(Token t) => t.IsWord && t.HasOnly(TokenFlags.AllCaps | TokenFlags.Abbreviation, TokenFlags.AllCaps);

    // An organisation's head noun right before "of", "for", "on" or "against" inside the name (of three tokens or more).
    private static bool HeadsOfPhraseInside(TokenView view, int first, int last)
    {
        for (var k = first + 1; k < last; k++)
        {
            if (view.IsLowerWord(k) && (view.TextIs(k, "of") || view.TextIs(k, "for") || view.TextIs(k, "on") || view.TextIs(k, "against")))
            {
                return view.In(OrgSuffixes, k - 1) && !view.In(PlaceSuffixes, k - 1);
            }
        }

        return false;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool HasOf(TokenView view, int first, int last)
    {
        for (var k = first + 1; k < last; k++)
        {
            if (view.IsLowerWord(k) && view.TextIs(k, "of"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Threads", "Hosts": a plural whose singular is an English word (not a surname's "s").</summary>
    /// <remarks>Inlined as far as the word's last letter, which settles most words asked.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool IsPluralWord(TokenView view, int k) => IsPluralWord(view.Text, view[k]);

    // IsPluralWord of token t of the text.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsPluralWord(string text, Token t) =>
        t.Length >= 4 && !t.Has(TokenFlags.AllCaps) && text[t.End - 1] == 's' && IsPluralOfWord(text, t);

    // "Threads", "Analytics": the singular is an English word; "Meirelles", "Williams" are surnames.
    private static bool IsPluralOfWord(string text, Token t)
    {
        var before = text[t.End - 2];
        return before != 's' && before != 'u' && before != 'i' && EnglishWords.Contains(text, t.Start, t.Length - 1);
    }

    // Slavic and Spanish surname endings: "Medvedev", "Zelenskyy", "Kowalski", "Nuñez". Inlined as far as the last two
    // letters' pair, which no ending has for nine names in ten: one test in place of a choice by the last letter, which
    // the names asked follow no pattern of.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool HasSurnameEnding(string name)
    {
        // The pair is read whatever the length (of a one-letter name, the letter twice), and the length told with it, in
        // one branch: told first, a name's length of five letters or more was a branch mispredicted at one name in three.
        // Every index is in range (a name holds a character at least, and the table has 32 entries): read unchecked.
        var n = name.Length;
        var letters = new UncheckedText(name);
        var pair = (new Unchecked<uint>(SurnameEndingPairs)[letters[n - 1] & 31] >> (letters[System.Math.Max(n - 2, 0)] & 31)) & 1;
        return (pair & (n >= 5 ? 1u : 0u)) != 0 && HasSurnameEndingOfPair(name);
    }

    private static bool HasSurnameEndingOfPair(string name)
    {
        // Every ending closes on one of these letters: the endings that close on the name's last are compared.
        return name[name.Length - 1] switch
        {
            'v' => EndsWith(name, "ov") || EndsWith(name, "ev"),
            'a' => EndsWith(name, "ova") || EndsWith(name, "eva"),
            'y' => EndsWith(name, "sky") || EndsWith(name, "skyy"),
            'i' => EndsWith(name, "ski"),
            'o' => EndsWith(name, "enko"),
            'h' => EndsWith(name, "vich"),
            'z' => EndsWith(name, "ez"),
            'ć' => EndsWith(name, "ić"),
            'u' => EndsWith(name, "escu"),
            's' => EndsWith(name, "poulos"),
            _ => false,
        };
    }

    // The last two letters of each ending HasSurnameEnding compares, by their low five bits (a bit for the one before
    // the last, in the word of the last): a name whose pair has no bit ends in none of them.
    private static readonly uint[] SurnameEndingPairs = EndingPairs("ov", "ev", "ova", "eva", "sky", "skyy", "ski", "enko", "vich", "ez", "ić", "escu", "poulos");

    private static uint[] EndingPairs(params string[] endings)
    {
        var pairs = new uint[32];
        foreach (var ending in endings)
        {
            pairs[ending[ending.Length - 1] & 31] |= 1u << (ending[ending.Length - 2] & 31);
        }

        return pairs;
    }

    private static bool EndsWith(string name, string ending) => name.EndsWith(ending, System.StringComparison.Ordinal);

    /// <summary>The kind the summed evidence points to; with none, the shape decides.</summary>
    public static EntityKind Decide(in KindVotes evidence, int words, bool hasConnector)
    {
        // Ties go to the kind listed first: Place, Person, Organization, Product, Event, Other, Group.
        var best = evidence.Strongest();
        if (best >= 0)
        {
            return (EntityKind)best;
        }

        // No evidence: two or three plain capitalised words are most often a person's name in news prose;
        // a single unknown word or a longer name is most often an organisation.
        return words is 2 or 3 && !hasConnector ? EntityKind.Person : EntityKind.Organization;
    }
}
