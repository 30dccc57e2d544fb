using System.Collections.Generic;
using System.IO;

namespace Corpus.Extraction.Names;

/// <summary>
/// The embedded word lists (Resources/*.txt), each read once on first use. Lines starting with '#' are
/// comments; a trailing marker ("!" or "?") puts an entry into a second set, as each file's header explains.
/// </summary>
internal static class WordLists
{
    /// <summary>Determiners, pronouns, prepositions, conjunctions, auxiliaries: never a name or its first word.</summary>
    public static readonly WordSet FunctionWords = Load("function-words.txt", true);

    /// <summary>Ordinary English words: capitalised only by sentence position, a name is tentative.</summary>
    public static readonly WordSet CommonWords = Load("common-words.txt", true);

    /// <summary>
    /// A general English dictionary in lower case (SCOWL), without words it also gives capitalised: wider than
    /// <see cref="CommonWords"/>, and asked only whether a capital can be put down to a word's position.
    /// </summary>
    public static readonly WordSet EnglishWords = Load("english-words.txt", true);

    /// <summary>Given names (case-sensitive).</summary>
    public static readonly WordSet GivenNames = Load("given-names.txt", false);

    /// <summary>
    /// Given names of many countries (Faker's locales, case-sensitive): weaker evidence than <see cref="GivenNames"/>,
    /// since the wider a list, the more of its names are also companies, brands or places.
    /// </summary>
    public static readonly WordSet GivenNamesWorld = Load("given-names-world.txt", false);

    /// <summary>
    /// Surnames of many countries (Faker's locales, case-sensitive): weak evidence, and asked only of a name's last
    /// word, since a company named for its founder ("Ferrari") is as likely alone as a surname is.
    /// </summary>
    public static readonly WordSet SurnamesWorld = Load("surnames-world.txt", false);

    /// <summary>Surnames (case-sensitive).</summary>
    public static readonly WordSet Surnames;

    /// <summary>East Asian family names, written first ("Li Qiang").</summary>
    public static readonly WordSet SurnamesFirst;

    /// <summary>Countries, cities, states, regions.</summary>
    public static readonly WordSet Places = new(StripMarks(Read("places.txt"), '!'), false);

    /// <summary>The same places, matched ignoring case (for lines written in capitals).</summary>
    public static readonly WordSet PlacesAnyCase = new(StripMarks(Read("places.txt"), '!'), true);

    /// <summary>Organisations often named in the news ("Merrill Lynch", "Partick Thistle", "World Food Programme"), case-sensitive.</summary>
    public static readonly WordSet Organisations = Load("organisations.txt", false);

    /// <summary>Towns and cities of 15,000 people or more (GeoNames): weaker than <see cref="Places"/>.</summary>
    public static readonly WordSet PlacesWorld = Load("places-world.txt", false);

    /// <summary>The places that are countries (marked '!'), matched ignoring case: a national side keeps its country's kind.</summary>
    public static readonly WordSet Countries;

    /// <summary>Nationality and language adjectives.</summary>
    public static readonly WordSet Demonyms = Load("demonyms.txt", false);

    /// <summary>The same nationalities, matched ignoring case.</summary>
    public static readonly WordSet DemonymsAnyCase = Load("demonyms.txt", true);

    /// <summary>Role nouns and titles usable in any case.</summary>
    public static readonly WordSet Titles;

    /// <summary>Role nouns in lower case (every role, including those that are titles only in lower case).</summary>
    public static readonly WordSet Roles;

    /// <summary>Words that may stand before a role noun inside the role ("chief", "prime").</summary>
    public static readonly WordSet RoleModifiers = Load("role-modifiers.txt", true);

    /// <summary>Letters after a person's name that are not part of it ("QC", "MP", "OBE").</summary>
    public static readonly WordSet PostNominals = Load("post-nominals.txt", false);

    /// <summary>Mr., Mrs., Ms.: a person, but no role.</summary>
    public static readonly WordSet Honorifics = Load("honorifics.txt", false);

    /// <summary>Last words of organisation names.</summary>
    public static readonly WordSet OrgSuffixes = Load("org-suffixes.txt", false);

    /// <summary>The same, matched ignoring case: a headline in capitals ("KESTREL RESOURCES PROFIT JUMPS").</summary>
    public static readonly WordSet OrgSuffixesAnyCase = Load("org-suffixes.txt", true);

    /// <summary>Last words of place names.</summary>
    public static readonly WordSet PlaceSuffixes = Load("place-suffixes.txt", false);

    /// <summary>Last words of event names.</summary>
    public static readonly WordSet EventWords = Load("event-words.txt", false);

    /// <summary>Head words that take "of" inside a name.</summary>
    public static readonly WordSet OfHeads = Load("of-heads.txt", false);

    /// <summary>Descriptors of organisations, lower case, multi-word entries joined by one space.</summary>
    public static readonly WordSet OrgDescriptors;

    /// <summary>Descriptors of organisations that may also stand right before a name ("chipmaker Nvidia").</summary>
    public static readonly WordSet OrgDescriptorsBefore;

    /// <summary>Descriptors of products.</summary>
    public static readonly WordSet ProductDescriptors;

    /// <summary>Descriptors of products that may also stand right before a name ("chatbot Ernie").</summary>
    public static readonly WordSet ProductDescriptorsBefore;

    /// <summary>The last word of every organisation or product descriptor ("bank" of "investment bank").</summary>
    public static readonly WordSet DescriptorHeads;

    /// <summary>Descriptors of places.</summary>
    public static readonly WordSet PlaceDescriptors = Load("place-descriptors.txt", true);

    /// <summary>Acronyms that are common nouns ("AI", "GPU", "CEO").</summary>
    public static readonly WordSet NonEntityAcronyms = Load("non-entity-acronyms.txt", false);

    /// <summary>Days, months and other calendar words.</summary>
    public static readonly WordSet Calendar = Load("calendar.txt", false);

    /// <summary>Abbreviations that take a full stop and never end a sentence ("Mr", "Dr", "No").</summary>
    public static readonly WordSet TitleAbbreviations;

    /// <summary>Abbreviations that take a full stop and may end a sentence ("Inc", "Jan", "etc").</summary>
    public static readonly WordSet OtherAbbreviations;

    /// <summary>Verbs that follow a subject name ("said", "announced").</summary>
    public static readonly WordSet ReportingVerbs = Load("reporting-verbs.txt", false);

    /// <summary>Words that mark a story about sport ("striker", "league", "goal").</summary>
    public static readonly WordSet SportWords = new(StripMarks(Read("sport-words.txt"), '!'), true);

    /// <summary>Players' and officials' positions ("striker", "coach"), marked '!' in the sports words.</summary>
    public static readonly WordSet SportPositions;

    /// <summary>Verbs that follow a side's name in a sports report ("beat", "drew", "were").</summary>
    public static readonly WordSet SideVerbs = Load("side-verbs.txt", false);

    /// <summary>Lower-case particles inside personal names ("van", "von der", "da", "bin").</summary>
    public static readonly WordSet NameParticles = new(new[] { "de", "da", "del", "della", "di", "van", "von", "der", "den", "du", "dos", "das", "bin", "binti", "binte", "bint", "ibn", "al", "el", "la", "le", "des", "ter", "ten", "zu", "arap", "do", "ap", "dello", "delle", "degli" }, false);

    /// <summary>Top-level web domains.</summary>
    public static readonly WordSet Tlds = Load("tlds.txt", true);

    // The small lists of the kind rules (EntityClassifier), kept here for the lexicon, which holds them.

    // What markets trade, as a market report opens a sentence with it: commodities, currencies and kinds of security.
    internal static readonly WordSet MarketWords = new(new[]
    {
        "Aluminium", "Aluminum", "Copper", "Nickel", "Zinc", "Tin", "Lead", "Gold", "Silver", "Platinum", "Palladium", "Cocoa",
        "Coffee", "Sugar", "Cotton", "Rubber", "Wheat", "Corn", "Maize", "Soybeans", "Soymeal", "Soyoil", "Barley", "Rice",
        "Crude", "Gasoline", "Naphtha", "Sterling", "Gilts", "Bunds", "Treasuries", "Equities", "Bullion",
    }, false);

    // The names of the main stock-market indices and of climate patterns (public facts), as news writes them; short
    // letters that also name companies or broadcasters ("Dow" Chemical, "RTS", "SET") are left out.
    internal static readonly WordSet MarketsAndClimate = new(new[]
    {
        "Nikkei", "NIKKEI", "TOPIX", "Topix", "KOSPI", "Kospi", "DAX", "Xetra DAX", "CAC", "CAC-40", "FTSE", "Footsie", "Hang Seng", "HANG SENG",
        "Dow Jones", "DOW JONES", "Nasdaq Composite", "Sensex", "SENSEX", "Bovespa", "BOVESPA", "IBEX", "Ibex", "Straits Times Index",
        "Taiex", "TAIEX", "Merval", "Jakarta Composite", "Shanghai Composite", "PX-50", "MICEX", "KLCI", "PSEi",
        "El Nino", "El Niño", "EL NINO", "La Nina", "La Niña", "LA NINA",
    }, false);

    // The last words of laws and accords, which are neither bodies nor people ("Copyright Act", "Paris Agreement").
    internal static readonly WordSet LawHeads = new(
        new[] { "Act", "Treaty", "Accord", "Accords", "Protocol", "Directive", "Regulation", "Charter", "Agreement" }, false);

    // The prefixes navies and merchant fleets put before a ship's name ("SS" is left out: "SS Lazio" is a club).
    internal static readonly WordSet ShipPrefixes = new(new[] { "MV", "M.V.", "M/V", "MS", "M.S.", "HMS", "USS", "BRP", "INS", "RFA", "HMAS", "HMCS" }, false);

    // Small lists of the candidate finder's and the context rules', kept here so that the lexicon holds them and a
    // looked-up token answers them from its bits.

    // What one company is to another, as a sentence opens with it before the other's name (NameCandidateFinder).
    internal static readonly WordSet CompanyRelations = new(new[]
    {
        "Rival", "Rivals", "Peer", "Parent", "Competitor", "Partner", "Bidder", "Suitor", "Buyer", "Target", "Unit", "Subsidiary",
    }, false);

    // The relations of CompanyRelations that never open a company's own name of several words.
    internal static readonly WordSet Competitors = new(new[] { "Rival", "Rivals", "Competitor", "Suitor", "Bidder" }, false);

    // What a mine or a deposit yields, between its name and its noun ("the Kumtor gold mine"; ContextKinds).
    internal static readonly WordSet Commodities = new(new[] { "gold", "copper", "coal", "silver", "zinc", "nickel", "iron", "diamond", "uranium", "tin", "lead", "bauxite", "platinum", "lithium", "cobalt", "potash", "oil", "gas" }, false);

    // The nouns of accords named after the town they were signed in, and the words that may stand between (ContextKinds).
    internal static readonly WordSet TreatyNouns = new(new[] { "treaty", "accord", "accords", "pact", "protocol", "agreement", "agreements", "convention", "conventions" }, false);

    internal static readonly WordSet TreatyTopics = new(new[] { "peace", "trade", "arms", "ceasefire", "climate", "border" }, false);

    static WordLists()
    {
        Split("surnames.txt", '!', false, out Surnames, out SurnamesFirst);
        Split("places.txt", '!', true, out _, out Countries);
        Split("sport-words.txt", '!', false, out _, out SportPositions);
        Split("roles.txt", '?', true, out Titles, out _);
        Roles = new WordSet(StripMarks(Read("roles.txt"), '?'), true);
        Split("org-descriptors.txt", '?', true, out OrgDescriptorsBefore, out _);
        OrgDescriptors = new WordSet(StripMarks(Read("org-descriptors.txt"), '?'), true);
        Split("product-descriptors.txt", '?', true, out ProductDescriptorsBefore, out _);
        ProductDescriptors = new WordSet(StripMarks(Read("product-descriptors.txt"), '?'), true);
        var heads = new List<string>();
        foreach (var entry in StripMarks(Read("org-descriptors.txt"), '?'))
        {
            heads.Add(entry.Substring(entry.LastIndexOf(' ') + 1));
        }

        foreach (var entry in StripMarks(Read("product-descriptors.txt"), '?'))
        {
            heads.Add(entry.Substring(entry.LastIndexOf(' ') + 1));
        }

        DescriptorHeads = new WordSet(heads, true);
        Split("abbreviations.txt", '!', false, out OtherAbbreviations, out TitleAbbreviations);
    }

    /// <summary>The entries of an embedded list, comments and blank lines removed.</summary>
    public static List<string> Read(string fileName)
    {
        var entries = new List<string>();
        var assembly = typeof(WordLists).Assembly;
        using var stream = assembly.GetManifestResourceStream("Corpus.Extraction.Resources." + fileName)
            ?? throw new InvalidDataException("Missing embedded word list " + fileName);
        using var reader = new StreamReader(stream);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                entries.Add(line);
            }
        }

        return entries;
    }

    private static WordSet Load(string fileName, bool ignoreCase) => new(Read(fileName), ignoreCase);

    private static IEnumerable<string> StripMarks(List<string> entries, char mark)
    {
        foreach (var entry in entries)
        {
            yield return entry[entry.Length - 1] == mark ? entry.Substring(0, entry.Length - 1) : entry;
        }
    }

    // Entries without the mark go to the first set, marked ones (mark removed) to the second.
    private static void Split(string fileName, char mark, bool ignoreCase, out WordSet plain, out WordSet marked)
    {
        var first = new List<string>();
        var second = new List<string>();
        foreach (var entry in Read(fileName))
        {
            if (entry[entry.Length - 1] == mark)
            {
                second.Add(entry.Substring(0, entry.Length - 1));
            }
            else
            {
                first.Add(entry);
            }
        }

        plain = new WordSet(first, ignoreCase);
        marked = new WordSet(second, ignoreCase);
    }
}
