using System.Collections.Generic;
#if NET
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#endif
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// Sports pages name clubs after their cities: "Leeds beat Chelsea 2-1", "Bayern Munich 3 Hamburg 1",
/// "Newcastle were held 1-1 by Southampton". In a story about sport, a name that plays a side's part is an
/// Organization, whatever the gazetteer says of the city; a country keeps its kind, since a national side is
/// written (and annotated, in the CoNLL convention) as its country.
/// </summary>
internal static class SportsTeams
{
    // Twice a gazetteer's weight: a city that plays a side is the side.
    private const int SideWeight = 8;

    // How far into a text the sports words and scores are looked for.
    private const int LeadTokens = 1500;

    public static void Apply(TokenView view, List<NameCandidate> candidates)
    {
        if (candidates.Count == 0)
        {
            return;
        }

        // A text may hold a day's wire, one story after another: each story is judged on its own lead.
        var stories = StoryStarts(view);
        var sporty = new bool[stories.Count];
        var any = false;
        for (var i = 0; i < stories.Count; i++)
        {
            sporty[i] = IsAboutSport(view, stories[i], i + 1 < stories.Count ? stories[i + 1] : view.Count);
            any |= sporty[i];
        }

        if (!any)
        {
            return;
        }

        // A name that plays a side once is the side in every mention ("nobody at Leeds begrudges him it").
        HashSet<string>? sides = null;
        HashSet<string>? cities = null; // the cities of sides named with a word of their own, sides only in sports stories
        var sideLengths = 0UL; // a bit for the length of each side's name
        var story = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            while (story + 1 < stories.Count && c.FirstToken >= stories[story + 1])
            {
                story++;
            }

            if (!sporty[story])
            {
                continue;
            }

            if (IsCompetition(view, c))
            {
                // "Champions League", "EASTERN CONFERENCE", "Tour de France": in a sports story, a competition.
                c.Vote(EntityKind.Event, CompetitionWeight);
                continue;
            }

            if (IsInScorecard(view, c) || IsScorerAfterScore(view, c))
            {
                // "c Perera b Vithanage 9", "lbw b Vithanage", "Bowling: Vithanage 18-5-42-2": a cricketer, not a side.
                c.Vote(EntityKind.Person, 3);
                continue;
            }

            if (IsCompetitor(view, c) || IsInScorerList(view, c))
            {
                // "Felipe Arrieta (Argentina)", "Lorenzo Bassani (Italy) Ferrari": a player listed with a country.
                // "Tries: Mthembu (2), Labuschagne", "Scorers: Kiefte 23": the names a scoring label lists.
                c.Vote(EntityKind.Person, 3);
                continue;
            }

            if (IsTeamOfCompetitor(view, c))
            {
                // "Gokhan Yildiz (Turkey) Scanavino-Ferretti 4 hours 52 minutes": the name after a rider's country is his team.
                c.Vote(EntityKind.Organization, 3);
                continue;
            }

            if (PlaysASide(view, c) && c.Evidence((int)EntityKind.Person) < 2 && !WordLists.Countries.Contains(c.Name)
                && !WordLists.DemonymsAnyCase.Contains(c.Name))
            {
                (sides ??= new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)).Add(c.Name);
                sideLengths |= 1UL << System.Math.Min(c.Name.Length, 63);
                var city = CityOfClub(view, c);
                if (city >= 0)
                {
                    // "SC Freiburg 1 Bayern Munich 3", then "Freiburg pulled one back": a side named by its city and a
                    // word of its own goes by the city alone in the story.
                    (cities ??= new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)).Add(view.TextOf(city));
                    sideLengths |= 1UL << System.Math.Min(view[city].Length, 63);
                }
            }

            if (c.Words == 2 && view.In(ClubWords, c.LastToken) && view[c.FirstToken].Has(TokenFlags.Capitalized)
                && (view.In(WordLists.Places, c.FirstToken) || view.In(WordLists.PlacesWorld, c.FirstToken)) && !view.In(WordLists.Countries, c.FirstToken))
            {
                // "Newcastle United", "Bolton Wanderers": the city alone is the club's short name in the story.
                (sides ??= new HashSet<string>(System.StringComparer.OrdinalIgnoreCase)).Add(view.TextOf(c.FirstToken));
                sideLengths |= 1UL << System.Math.Min(view[c.FirstToken].Length, 63);
            }
        }

        if (sides is null)
        {
            return;
        }

        story = 0;

        // Names that differ only in case have one length: most names have none of the sides' lengths, which settles
        // them before their text is hashed. The city a story is filed from is the place, kept apart from the side
        // however the side is written ("NEW YORK 1996-08-29" above "New York 5 Boston 3", or above "NEW YORK 99
        // Philadelphia 91" where the home side is in capitals); so is the city a game is played in ("In Pittsburgh,
        // Czech winger ...", "won in Boston for the first time").
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            while (cities is not null && story + 1 < stories.Count && c.FirstToken >= stories[story + 1])
            {
                story++;
            }

            // A club's city alone is the club in a sports story only: "the Madrid bourse" in the business news of the
            // same day's wire is the city's.
            if ((sideLengths & (1UL << System.Math.Min(c.Name.Length, 63))) != 0
                && (sides.Contains(c.Name) || (cities is not null && sporty[story] && cities.Contains(c.Name))))
            {
                if (IsStoryDateline(view, c) || IsVenue(view, c))
                {
                    c.VenueDateline = true;
                    continue;
                }

                c.Vote(EntityKind.Organization, SideWeight);
            }
        }
    }

    // "in Pittsburgh", "At Headingley:": a side's name after "in", or after an "At" that opens the sentence with a comma
    // or colon after the name, with no score after it, is where the game was played ("in Pittsburgh's 4-2 win" is the
    // side's; "won 4-0 at Vanspor", "Calgary at CHICAGO" name the side played).
    private static bool IsVenue(TokenView view, NameCandidate c)
    {
        var before = c.FirstToken - 1;
        var after = c.LastToken + 1;
        if (c.Possessive || !view.IsWord(before) || view.Tokens[before].Length != 2 || IsSmallNumber(view, after) || IsScore(view, after))
        {
            return false;
        }

        return view.TextIs(before, "in") || view.TextIs(before, "In")
            || (view.TextIs(before, "At") && (view.IsPunct(after, ',') || view.IsPunct(after, ':')));
    }

    // The city of a side of two words that plays a side, one word a town and the other none ("Borussia Dortmund", "VfB
    // Stuttgart", "Leeds United"): its token, or -1. A country is a national side's, and a place's own word ("Mexico
    // City", "North Melbourne") makes the two one place.
    private static int CityOfClub(TokenView view, NameCandidate c)
    {
        var first = c.FirstToken;
        var last = c.LastToken;
        if (c.Words != 2 || last != first + 1 || (view[first].Has(TokenFlags.AllCaps) && view[last].Has(TokenFlags.AllCaps)))
        {
            return -1;
        }

        var firstIsTown = IsTown(view, first);
        if (firstIsTown == IsTown(view, last))
        {
            return -1;
        }

        var city = firstIsTown ? first : last;
        var other = firstIsTown ? last : first;
        return view.In(WordLists.Countries, city) || view.In(WordLists.PlaceSuffixes, other) || EntityClassifier.IsCompassWord(view, other)
            || EntityClassifier.IsPlacePrefix(view, other) || view.In(WordLists.Demonyms, other) || view.In(WordLists.SportWords, other)
            ? -1
            : city;
    }

    private static bool IsTown(TokenView view, int k) =>
        view[k].Has(TokenFlags.Capitalized) && (view.In(WordLists.Places, k) || (view.WorldBits(k) & WorldNames.Place) != 0);

    // The words clubs add to their city's name (not "City": "Mexico City" is a city).
    private static readonly WordSet ClubWords = new(new[]
    {
        "United", "Rovers", "Wanderers", "Athletic", "Albion", "Hotspur", "Argyle", "Wednesday", "Rangers", "Thistle", "Orient", "Olympic",
    }, false);

    // Outweighs an organisation's suffix ("League", "Conference" are both).
    private const int CompetitionWeight = 4;

    // In either case: a standings table heads its groups in capitals ("EASTERN CONFERENCE").
    private static readonly WordSet CompetitionHeads = new(new[] { "League", "Conference", "Division" }, ignoreCase: true);

    private static readonly WordSet StageRaces = new(new[] { "Tour", "Giro", "Vuelta" }, false);

    /// <summary>
    /// A league, conference or division named without a sport before its head ("Champions League", "Pacific Division",
    /// but "National Hockey League" is the body that runs one), or a stage race ("Tour de France", "Giro d'Italia").
    /// </summary>
    private static bool IsCompetition(TokenView view, NameCandidate c)
    {
        if (c.Words < 2)
        {
            return false;
        }

        var last = c.LastToken;
        if (view.In(CompetitionHeads, last))
        {
            for (var k = c.FirstToken; k < last; k++)
            {
                if (view.IsLowerWord(k) || view.In(WordLists.SportWords, k))
                {
                    return false; // "League of Legends", "National Football League"
                }
            }

            return true;
        }

        return view.In(StageRaces, c.FirstToken) && view.IsLowerWord(c.FirstToken + 1);
    }

    /// <summary>A name of two or more words followed by a country in brackets.</summary>
    private static bool IsCompetitor(TokenView view, NameCandidate c)
    {
        if (c.Words < 2)
        {
            return false;
        }

        var close = CountryBracketAfter(view, c.LastToken + 1);
        return close >= 0 && !IsSideWithCountry(view, c, close);
    }

    // "Racing Club (Argentina) 3 Atlético Nacional (Colombia) 1": sides with their countries and the score of a game
    // between them, the first before the other's name, the second after the first's score; close is the country's
    // closing bracket after the name (CountryBracketAfter), or -1.
    private static bool IsSideWithCountry(TokenView view, NameCandidate c, int close)
    {
        if (close < 0 || !IsSmallNumber(view, close + 1) || view.Tokens[close + 1].Has(TokenFlags.LineBreakBefore))
        {
            return false;
        }

        if (close + 2 < view.Count && view.IsNameWord(close + 2) && !view.Tokens[close + 2].Has(TokenFlags.LineBreakBefore))
        {
            return true; // the first side: the other's name follows the score
        }

        var score = c.FirstToken - 1;
        return IsSmallNumber(view, score) && !view.Tokens[c.FirstToken].Has(TokenFlags.LineBreakBefore) && view.IsPunct(score - 1, ')');
    }

    // The closing bracket of a country in brackets that opens at token open, or -1.
    private static int CountryBracketAfter(TokenView view, int open)
    {
        if (!view.IsPunct(open, '('))
        {
            return -1;
        }

        var close = open + 1;
        while (close < view.Count && close - open <= 3 && view.IsWord(close))
        {
            close++;
        }

        return IsCountryInBrackets(view, open, close) ? close : -1;
    }

    // "(Argentina)", "(Czech Republic)": a country, of up to three words, between the brackets at open and close.
    private static bool IsCountryInBrackets(TokenView view, int open, int close) =>
        close - open >= 2 && view.IsPunct(open, '(') && view.IsPunct(close, ')')
        && WordLists.Countries.Contains(view.Text, view.Tokens[open + 1].Start, view.Tokens[close - 1].End - view.Tokens[open + 1].Start);

    /// <summary>
    /// The name right after a competitor's country in brackets, on the competitor's line: "Jorg Moller (Germany)
    /// Hermes-Stahl", "Soren Lykke (Denmark) Team Fyn".
    /// </summary>
    private static bool IsTeamOfCompetitor(TokenView view, NameCandidate c)
    {
        var close = c.FirstToken - 1;
        if (!view.IsPunct(close, ')') || view.Tokens[c.FirstToken].Has(TokenFlags.LineBreakBefore))
        {
            return false;
        }

        var open = close - 1;
        while (open > 0 && close - open <= 3 && view.IsWord(open))
        {
            open--;
        }

        return open > 0 && view.IsNameWord(open - 1) && !view.Tokens[close].Has(TokenFlags.LineBreakBefore)
            && !view.Tokens[open].Has(TokenFlags.LineBreakBefore) && IsCountryInBrackets(view, open, close);
    }

    /// <summary>
    /// A name in the list after a scoring label on its line: "Tries: Mthembu (2), Labuschagne", "Scorers: Kiefte 23,
    /// Martensson 71", "Penalties: Van der Merwe 3". The label is looked for a few tokens back, so the walk is bounded.
    /// </summary>
    private static bool IsInScorerList(TokenView view, NameCandidate c)
    {
        // Each token on the way back is read once, its kind and then its mark (the tokens before the name are the
        // view's): a walk over a line of words and marks, where a test of the token for each mark read it again.
        var tokens = view.Tokens;
        var text = view.Text;
        for (var k = c.FirstToken - 1; k >= 1 && c.FirstToken - k <= 24; k--)
        {
            if (tokens[k + 1].Has(TokenFlags.LineBreakBefore))
            {
                return false;
            }

            var t = tokens[k];
            if (t.IsWord)
            {
                continue;
            }

            if (t.Kind != TokenKind.Punct)
            {
                return false;
            }

            var mark = text[t.Start];
            if (mark == ':')
            {
                return view.IsWord(k - 1) && view.In(ScoringLabels, k - 1)
                    && (k - 1 == 0 || view.Tokens[k - 1].Has(TokenFlags.LineBreakBefore) || view.IsPunct(k - 2, '-') || view.IsPunct(k - 2, '.')
                        || view.IsPunct(k - 2, ';') || view.IsPunct(k - 2, ',') || (view.IsWord(k - 2) && view.In(ScoringLabels, k - 2)));
            }

            if (mark is not (',' or '(' or ')' or '-'))
            {
                return false;
            }
        }

        return false;
    }

    // The labels of a match report's scoring lines (rugby, soccer, ice hockey), by the words they end with.
    private static readonly WordSet ScoringLabels = new(new[]
    {
        "Tries", "Try", "Conversions", "Conversion", "Cons", "Con", "Penalties", "Penalty", "Pens", "Pen", "Goals", "Goal",
        "Scorers", "Scorer", "Goalscorers", "Goalscorer", "goals", "goal", "Drop", "Assists",
    }, false);

    /// <summary>
    /// Three sports words ("SOCCER", "striker", "innings"), or fewer and enough scores ("2-1") or result lines
    /// ("CLEVELAND 9 Oakland 1") to make three.
    /// </summary>
    private static bool IsAboutSport(TokenView view, int from, int to)
    {
        // A sports story says so early (the headline, the first paragraph): looking further would make every long
        // text pay for a question only a report answers.
        var end = System.Math.Min(to, from + LeadTokens);
        var first = FirstSportWord(view, from, end);
        if (first == end)
        {
            // Scores alone never make three (the count stops at the third sign, and a story needs a sports word among
            // them), so a lead without a sports word is settled by the cheap walk for one, not the tests for scores.
            return false;
        }

        // Before the first sports word only scores are signs: three of them there are the three signs, none a word.
        var scores = 0;
        for (var k = from; k < first && scores < 3; k++)
        {
            scores += IsScoreSign(view, k) ? 1 : 0;
        }

        if (scores == 3)
        {
            return false;
        }

        var words = 1;
        var tokens = view.Tokens;
        var text = view.Text;
        for (var k = first + 1; k < end && words + scores < 3; k++)
        {
            var t = tokens[k];
            if (t.IsWord && SportWordShapes.MayBeByHead(t, text) && view.In(WordLists.SportWords, k))
            {
                words++;
            }
            else if (IsScoreSign(view, k))
            {
                scores++;
            }
        }

        return words + scores >= 3;
    }

    // A score ("2-1") or a result line ("CLEVELAND 9 Oakland 1") at token k. A score starts with a digit, a result line
    // with a name word (or CJK) that opens a line: most words are neither, and the token's flags (and the kind of the
    // one before) tell so without a call.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsScoreSign(TokenView view, int k)
    {
        var tokens = view.Tokens;
        var t = tokens[k];
        return ((t.Flags & MayScore) != 0 || t.Kind == TokenKind.Cjk)
            && ((t.Has(TokenFlags.HasDigit) && IsScore(view, k)) || (MayStartLine(tokens, k) && NameOrNumberFollows(tokens, view.Count, k) && IsResultLine(view, k)));
    }

    /// <summary>The first sports word from <paramref name="from"/> to before <paramref name="end"/>, or <paramref name="end"/>.</summary>
    private static int FirstSportWord(TokenView view, int from, int end)
    {
        // Every token takes the same steps to the shape test, whatever its kind: whether a token is a word follows no
        // pattern the processor could predict, while the shape test fails for all but one token in fifty.
        var tokens = view.Tokens;
        var text = view.Text;
        var shapes = SportWordShapes;
        for (var k = shapes.NextMayBe(tokens, text, from, end); k < end; k = shapes.NextMayBe(tokens, text, k + 1, end))
        {
            if (tokens[k].IsWord && view.In(WordLists.SportWords, k))
            {
                return k;
            }
        }

        return end;
    }

    // The shapes of the sport words: most words of a lead have none of them, which this test, the same steps for
    // every token, tells before the token's lists are asked.
    private static readonly WordShapes SportWordShapes = new(new[] { WordLists.SportWords }, System.Array.Empty<string>(), System.Array.Empty<WordSet>());

    // The flags a word needs to start a score (a digit) or a result line (a capital or mixed case).
    private const TokenFlags MayScore = TokenFlags.HasDigit | TokenFlags.Capitalized | TokenFlags.MixedCase;

    /// <summary>
    /// Where stories start: the text's first token, and each headline in capitals after a blank line with a dateline
    /// under it ("SOCCER - LEEDS SINK CHELSEA ..." over "LONDON 1996-08-31"), or a "-DOCSTART-" line, as a day's
    /// wire is filed.
    /// </summary>
    private static List<int> StoryStarts(TokenView view)
    {
        var starts = new List<int> { 0 };
        var tokens = view.Tokens;
        var count = view.Count;
        for (var k = NextBlankLine(tokens, 1, count); k < count; k = NextBlankLine(tokens, k + 1, count))
        {
            AddIfStoryStart(view, k, starts);
        }

        return starts;
    }

    /// <summary>The first token from <paramref name="k"/> to before <paramref name="count"/> with a blank line before it, or <paramref name="count"/>.</summary>
    private static int NextBlankLine(Token[] tokens, int k, int count) => NextWith(tokens, k, count, BlankLineBits);

    /// <summary>The first token from <paramref name="k"/> to before <paramref name="count"/> with any of <paramref name="bits"/>, or <paramref name="count"/>.</summary>
    /// <remarks>
    /// Blank lines are few (one token in hundreds opens one), and the line ends a dateline is looked for past are
    /// tens of tokens apart: a group of tokens' bits is tested at once, and only a group with one of the bits is looked
    /// at token by token. A walk of its own, called once per blank line, keeps its few values in registers, where the
    /// story test's loop around it spilled its count.
    /// </remarks>
    private static int NextWith(Token[] tokens, int k, int count, ulong bits)
    {
#if NET
        // Thirty-two at a time, four to a vector, read unchecked (the view's tokens, up to its count): one test for the
        // group, where each token's read had a range check and an OR of its own.
        if (Vector256.IsHardwareAccelerated && count <= tokens.Length && k >= 0)
        {
            ref var bits0 = ref Unsafe.As<Token, ulong>(ref MemoryMarshal.GetArrayDataReference(tokens));
            var wanted = Vector256.Create(bits);
            for (; k + 32 <= count; k += 32)
            {
                ref var group = ref Unsafe.Add(ref bits0, (nint)(uint)k);
                var any = (Vector256.LoadUnsafe(ref group) | Vector256.LoadUnsafe(ref group, 4) | Vector256.LoadUnsafe(ref group, 8)
                    | Vector256.LoadUnsafe(ref group, 12) | Vector256.LoadUnsafe(ref group, 16) | Vector256.LoadUnsafe(ref group, 20)
                    | Vector256.LoadUnsafe(ref group, 24) | Vector256.LoadUnsafe(ref group, 28)) & wanted;
                if (any != Vector256<ulong>.Zero)
                {
                    // The first of the group with a bit: each four's tokens with one, as a mask, in token order.
                    var found = Tokens4(ref group, 0, wanted) | (Tokens4(ref group, 4, wanted) << 4) | (Tokens4(ref group, 8, wanted) << 8)
                        | (Tokens4(ref group, 12, wanted) << 12) | (Tokens4(ref group, 16, wanted) << 16) | (Tokens4(ref group, 20, wanted) << 20)
                        | (Tokens4(ref group, 24, wanted) << 24) | (Tokens4(ref group, 28, wanted) << 28);
                    return k + BitOperations.TrailingZeroCount(found);
                }
            }
        }

        // Sixteen at a time, read unchecked: one test for the group.
        if (count <= tokens.Length)
        {
            var all = new Unchecked<Token>(tokens);
            for (; k + 16 <= count; k += 16)
            {
                if (((Bits8(all, k) | Bits8(all, k + 8)) & bits) != 0)
                {
                    break;
                }
            }
        }
#else
        for (; k + 4 <= count; k += 4)
        {
            if (((tokens[k].Bits | tokens[k + 1].Bits | tokens[k + 2].Bits | tokens[k + 3].Bits) & bits) != 0)
            {
                break;
            }
        }
#endif

        for (; k < count; k++)
        {
            if ((tokens[k].Bits & bits) != 0)
            {
                return k;
            }
        }

        return count;
    }

    private const ulong BlankLineBits = (ulong)TokenFlags.BlankLineBefore << Token.FlagsShift;

    private const ulong LineBreakBits = (ulong)TokenFlags.LineBreakBefore << Token.FlagsShift;

#if NET
    // The bits of tokens k to k + 7, or'd (by a native index, which the loads take as an offset from one register).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Bits8(Unchecked<Token> all, nint k) =>
        all[k].Bits | all[k + 1].Bits | all[k + 2].Bits | all[k + 3].Bits | all[k + 4].Bits | all[k + 5].Bits | all[k + 6].Bits | all[k + 7].Bits;

    // A bit for each of the four tokens from offset with any of the wanted bits, the first lowest.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Tokens4(ref ulong group, nuint offset, Vector256<ulong> wanted) =>
        (~Vector256.Equals(Vector256.LoadUnsafe(ref group, offset) & wanted, Vector256<ulong>.Zero)).ExtractMostSignificantBits();
#endif

    private static void AddIfStoryStart(TokenView view, int k, List<int> starts)
    {
        if (view.Tokens[k].Has(TokenFlags.BlankLineBefore) && ((DatelineFollows(view, k, out var agency) && (agency || view.CapitalWordsOnLine(k) >= 2)) || IsDocStart(view, k)))
        {
            starts.Add(k);
        }
    }

    // The line after a headline is its dateline: "LONDON 1996-08-31", "BONN, Aug 30 (Reuters) -" (a table's headings
    // in capitals are not a new story: a year's dateline needs a headline in capitals above it, while an agency's
    // name in brackets, agency, marks a dateline under a present-day headline in mixed case too).
    private static bool DatelineFollows(TokenView view, int k, out bool agency)
    {
        agency = false;
        var i = NextWith(view.Tokens, k + 1, view.Count, LineBreakBits);

        if (i >= view.Count || !view[i].Has(TokenFlags.AllCaps))
        {
            return false; // a dateline opens with its city in capitals, whatever follows on its line
        }

        for (var j = i; j < view.Count && (j == i || !view[j].Has(TokenFlags.LineBreakBefore)); j++)
        {
            var isAgency = IsBracketedAgency(view, j);
            if ((view.IsNumber(j) && view[j].Length == 4) || isAgency)
            {
                agency = isAgency;
                return j > i;
            }
        }

        return false;
    }

    // "(Reuters)", "(AFP)", "(Xinhua)": a body the organisation list knows, alone in brackets, as agencies sign a dateline.
    // The bracket is asked first: most tokens follow none.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsBracketedAgency(TokenView view, int j) =>
        view.IsPunct(j - 1, '(') && view.IsPunct(j + 1, ')') && view.IsWord(j) && view.In(WordLists.Organisations, j);

    private static bool IsDocStart(TokenView view, int k) =>
        view.IsPunct(k, '-') && k + 2 < view.Count && view.TextIs(k + 1, "DOCSTART") && view.IsPunct(k + 2, '-');

    /// <summary>A line that opens at token <paramref name="k"/> with a name, a number, a name and a number: "Bayern Munich 3 Hamburg 1".</summary>
    private static bool IsResultLine(TokenView view, int k)
    {
        // Most name words are not the first of a line, which the token's flags (and the two before) tell sooner than
        // whether it is a name word.
        if (!StartsLine(view, k) || !view.IsNameWord(k))
        {
            return false;
        }

        var i = k;
        for (var side = 0; side < 2; side++)
        {
            var names = 0;
            while (i < view.Count && view.IsNameWord(i) && (i == k || !view[i].Has(TokenFlags.LineBreakBefore)) && names < 4)
            {
                i++;
                names++;
            }

            if (names == 0 || !IsSmallNumber(view, i) || view[i].Has(TokenFlags.LineBreakBefore))
            {
                return false;
            }

            i++;
        }

        return true;
    }

    private static bool PlaysASide(TokenView view, NameCandidate c)
    {
        var before = c.FirstToken - 1;
        var after = c.LastToken + 1;
        if (c.Possessive)
        {
            after++;
        }

        // Results and standings: "Bayern Munich 3 Hamburg 1", "VfB Stuttgart 4 4 0 0 13 3 12" (not a dateline's year),
        // also inside a sentence ("Played on Saturday: Sparta Rotterdam 1 NEC Nijmegen 1") or with the scorers
        // after ("Ajax 2 (Jari Litmanen 15)"); but not an event's heading ("Men's 100 metres").
        // The score is on the name's line ("Men" above "1. Merlene Ottey ..." heads a list; it plays nobody), and
        // a line that reads on in words after it is a sentence ("Set 132 to win, Canterbury ...").
        if (!c.Possessive && IsSmallNumber(view, after) && !view.Tokens[after].Has(TokenFlags.LineBreakBefore)
            && ((StartsLine(view, c.FirstToken) && !view.IsLowerWord(after + 1)) || IsSmallNumber(view, before) || view.IsPunct(after + 1, '(')
            || OpponentWithScoreAt(view, after + 1)))
        {
            return true;
        }

        if (IsSideWithCountry(view, c, CountryBracketAfter(view, c.LastToken + 1)))
        {
            return true;
        }

        // A team sheet: "Chelsea - Kevin Hitchcombe; Frank Daley, ...", but not a label before scores ("Scores: Otago 245 (...; ...)").
        if (StartsLine(view, c.FirstToken) && (view.IsPunct(after, '-') || view.IsPunct(after, ':')) && LineHas(view, after, ';')
            && !OpponentWithScoreAt(view, after + 1))
        {
            return true;
        }

        // "Essex 532-8 declared", "Somerset 183": a place with a score is a side (a player's figures follow a person).
        if (c.Evidence((int)EntityKind.Place) > 0 && c.Evidence((int)EntityKind.Person) == 0 && (IsScore(view, after) || IsSmallNumber(view, after)))
        {
            return true;
        }

        // "Leeds beat Chelsea 2-1", "held 1-1 by Southampton", "lost to Bochum"; but players beat each other too
        // ("Hasek beat Mariana Quiroga"): a name with any sign of a person is left to that evidence.
        // Sets won in a row ("Lindiwe Mokoena beat Nuria Echeverría 6-2 6-3") are a match between players.
        if (c.Evidence((int)EntityKind.Person) == 0
            && ((view.IsLowerWord(after) && view.In(WordLists.SideVerbs, after) && !IsSetScores(view, AfterName(view, after + 1)))
                || (IsOpponentWord(view, before) && !IsSetScores(view, after)) || IsScoredFor(view, before) || IsHostAfterScore(view, c, before)))
        {
            return true;
        }

        // "Chelsea goalkeeper Kevin Hitchcombe"; not an ordinary word opening the sentence ("Fast bowler ..."), unless a
        // plural, as sides' nicknames are ("Flames coach").
        return view.IsLowerWord(after) && view.In(WordLists.SportPositions, after)
            && (!RoleFinder.IsOrdinaryOpening(view, c) || EntityClassifier.IsPluralWord(view, c.FirstToken));
    }

    // "... 1 NEC Nijmegen 1": a name of up to four words and a score after it, from token k.
    private static bool OpponentWithScoreAt(TokenView view, int k)
    {
        var i = k;
        while (i < view.Count && i - k < 4 && view.IsNameWord(i) && view.SpacedFromPrevious(i))
        {
            i++;
        }

        return i > k && IsSmallNumber(view, i);
    }

    // "headed his first league goal for Rapid", "scored twice for Jokerit": what a player scores or plays "for" is a side.
    private static bool IsScoredFor(TokenView view, int k)
    {
        if (!view.IsLowerWord(k) || !view.TextIs(k, "for"))
        {
            return false;
        }

        for (var i = k - 1; i >= 0 && i >= k - 4; i--)
        {
            if (view.IsLowerWord(i) && view.In(ScoringWords, i))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet ScoringWords = new(new[]
    {
        "goal", "goals", "scored", "scores", "try", "tries", "points", "runs", "wickets", "plays", "played", "playing", "signed",
    }, false);

    // The first token after a name of up to four words (hyphenated ones too) from token k.
    private static int AfterName(TokenView view, int k)
    {
        var i = k;
        while (i < view.Count && i - k < 6 && (view.IsNameWord(i) || (view.IsPunct(i, '-') && view.Touches(i))))
        {
            i++;
        }

        return i;
    }

    // Two scores in a row from token k ("6-2 6-3"): the sets of a match between players, not a game between sides.
    private static bool IsSetScores(TokenView view, int k) => IsScore(view, k) && IsScore(view, k + 3);

    private static bool IsOpponentWord(TokenView view, int k) =>
        view.IsLowerWord(k) && (view.TextIs(k, "beat") || view.TextIs(k, "against") || view.TextIs(k, "beating") || view.TextIs(k, "over")
            || view.TextIs(k, "v") || view.TextIs(k, "vs")
            || (view.TextIs(k, "by") && (IsHeldOrBeaten(view, k - 1) || (IsScore(view, k - 3) && IsHeldOrBeaten(view, k - 4))))
            || (view.TextIs(k, "to") && view.IsLowerWord(k - 1) && (view.TextIs(k - 1, "lost") || (view.TextIs(k - 1, "home") && view.TextIs(k - 2, "at"))))
            || (view.TextIs(k, "with") && view.IsLowerWord(k - 1) && view.TextIs(k - 1, "drew"))
            || view.TextIs(k, "host") || view.TextIs(k, "hosts") || view.TextIs(k, "face") || view.TextIs(k, "faces")); // "who host Valencia", "to face Club Brugge", "lost at home to Celta"

    // "won 5-2 at Isarwölfe München", "were held 0-0 at Birmingham", "won 3-0 away at Shonan Bellmare": a score, then "at"
    // and the side that played host, named after its town or in more words than one; a ground is named by its own head
    // ("2-1 at Stamford Bridge", "at the San Siro") or in one word no list knows ("4-0 at Highbury").
    private static bool IsHostAfterScore(TokenView view, NameCandidate c, int at) =>
        view.IsLowerWord(at) && view.TextIs(at, "at") && (IsScore(view, at - 3) || (view.TextIs(at - 1, "away") && IsScore(view, at - 4)))
        && !view.In(WordLists.PlaceSuffixes, c.LastToken) && c.Evidence((int)EntityKind.Place) < 2
        && (c.Words > 1 || view.In(WordLists.Places, c.FirstToken) || (view.WorldBits(c.FirstToken) & WorldNames.Place) != 0);

    private static bool IsHeldOrBeaten(TokenView view, int k) => view.IsLowerWord(k) && (view.TextIs(k, "held") || view.TextIs(k, "beaten"));

    // "Ajax Amsterdam 2 (Kiefte 23, Martensson 71)": the scorers and their minutes in brackets after a side's score.
    // The bracket is looked for a few tokens back on the same line, so the walk is bounded.
    private static bool IsScorerAfterScore(TokenView view, NameCandidate c)
    {
        if (c.Words > 3 || !IsSmallNumber(view, c.LastToken + 1))
        {
            return false;
        }

        for (var k = c.FirstToken - 1; k >= 1 && c.FirstToken - k <= 24; k--)
        {
            if (view.Tokens[k + 1].Has(TokenFlags.LineBreakBefore))
            {
                return false;
            }

            if (view.IsPunct(k, '('))
            {
                return IsSmallNumber(view, k - 1);
            }

            if (!(view.IsPunct(k, ',') || view.IsPunct(k, ';') || view.IsWord(k)))
            {
                return false;
            }
        }

        return false;
    }

    // "NEW YORK 1996-08-29", "BOLOGNA, Italy, Feb 9 (Reuters) -": a city in capitals that opens a line, then a comma,
    // a bracket or a date; not a results line or a standings row ("PITTSBURGH 5 Hartford 2", "BUFFALO 22 15 6").
    private static bool IsStoryDateline(TokenView view, NameCandidate c)
    {
        if (!EntityClassifier.IsDateline(view, c.FirstToken, c.LastToken))
        {
            return false;
        }

        var next = c.LastToken + 1;
        return view.IsPunct(next, ',') || view.IsPunct(next, '(')
            || (view.Tokens[next].Length == 4 && next + 1 < view.Count && view.Touches(next + 1) && view.IsPunct(next + 1, '-'));
    }

    // A batsman's dismissal names the fielder and the bowler after "c", "b", "st" or "lbw"; a bowler's figures are four
    // numbers joined by hyphens (overs, maidens, runs, wickets).
    private static bool IsInScorecard(TokenView view, NameCandidate c)
    {
        var before = c.FirstToken - 1;
        if (c.Words <= 2 && before >= 0 && view.IsLowerWord(before) && view.Tokens[before].Length <= 3
            && IsDismissal(view, before))
        {
            return true;
        }

        // "Waqas Butt b Chikore 5", "Farhan Iqbal not out 88": the batsman opening his line, before how he was out.
        var after = c.LastToken + 1;
        if (c.Words <= 3 && view.IsLowerWord(after) && view.Tokens[after].Length <= 3 && StartsLine(view, c.FirstToken)
            && (IsDismissal(view, after) || ((view.TextIs(after, "run") || view.TextIs(after, "not")) && view.IsLowerWord(after + 1) && view.TextIs(after + 1, "out"))))
        {
            return true;
        }

        var k = after;
        for (var part = 0; part < 4; part++, k += 2)
        {
            if (!IsSmallNumber(view, k) || (part < 3 && !(k + 1 < view.Count && view.Touches(k + 1) && view.IsPunct(k + 1, '-') && view.Touches(k + 2))))
            {
                return false;
            }
        }

        return true;
    }

    // The letters of a scorecard's dismissals: caught, bowled, stumped, leg before wicket.
    private static bool IsDismissal(TokenView view, int k) =>
        view.TextIs(k, "b") || view.TextIs(k, "c") || view.TextIs(k, "st") || view.TextIs(k, "lbw");

    /// <summary>"2-1" starting at token <paramref name="k"/>: a number, a hyphen or dash, a number.</summary>
    private static bool IsScore(TokenView view, int k) =>
        view.IsNumber(k) && view.Tokens[k].Length <= 3 && k + 2 < view.Count && view.Touches(k + 1) && view.Touches(k + 2)
        && (view.IsPunct(k + 1, '-') || view.IsPunct(k + 1, '\u2013')) && view.IsNumber(k + 2) && view.Tokens[k + 2].Length <= 3;

    private static bool IsSmallNumber(TokenView view, int k) => view.IsNumber(k) && view.Tokens[k].Length <= 3;

    // A cheap first test for StartsLine: the line breaks before the token, or punctuation before it may close a
    // list entry's number.
    private static bool MayStartLine(Token[] tokens, int k) =>
        k == 0 || tokens[k].Has(TokenFlags.LineBreakBefore) || (k >= 2 && tokens[k - 1].Kind == TokenKind.Punct);

    // A cheap first test for IsResultLine: a name word at k goes on with another name word or a number on its line
    // (most capitals that open a line are followed by a lower-case word or punctuation).
    private static bool NameOrNumberFollows(Token[] tokens, int count, int k)
    {
        if (k + 1 >= count)
        {
            return false;
        }

        var next = tokens[k + 1];
        return !next.Has(TokenFlags.LineBreakBefore)
            && ((next.Flags & (TokenFlags.Capitalized | TokenFlags.MixedCase | TokenFlags.HasDigit)) != 0 || next.Kind == TokenKind.Cjk);
    }

    /// <summary>Token <paramref name="k"/> opens a line, or an entry of a numbered list ("1. Williams 119", "3 - Marek Dvoracek").</summary>
    private static bool StartsLine(TokenView view, int k)
    {
        if (k == 0 || view.Tokens[k].Has(TokenFlags.LineBreakBefore))
        {
            return true;
        }

        var number = k - 2;
        return number >= 0 && IsSmallNumber(view, number) && (number == 0 || view.Tokens[number].Has(TokenFlags.LineBreakBefore))
            && (view.IsPunct(k - 1, '.') || view.IsPunct(k - 1, '-') || view.IsPunct(k - 1, ')'));
    }

    private static bool LineHas(TokenView view, int from, char c)
    {
        for (var k = from; k < view.Count && (k == from || !view.Tokens[k].Has(TokenFlags.LineBreakBefore)); k++)
        {
            if (view.IsPunct(k, c))
            {
                return true;
            }
        }

        return false;
    }
}
