using System.Collections.Generic;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// Reads the words around each name candidate for roles, affiliations and descriptors:
/// "Baidu founder Robin Li" (role and affiliation), "investment bank Goldman Sachs" (a descriptor before),
/// "Kuaishou’s text-to-visual software Kling" (a descriptor with an owner), "Nvidia’s A100 chip" (a descriptor
/// after), "Tim Cook, chief executive of Apple," (an apposition), "a Sora-like product" (a hyphenated use) and
/// "an app from Moore Threads" (a maker).
/// </summary>
internal static class RoleFinder
{
    // Small closed lists the rules below read a word against (as written, except OwnershipWords).
    private static readonly WordSet NearbyWords = new(new[] { "nearby", "neighbouring", "neighboring", "downtown", "suburban" }, false);
    private static readonly WordSet PlacePrepositions = new(new[] { "near", "across", "throughout" }, false);
    private static readonly WordSet ProductUses = new(new[] { "like", "style", "esque", "powered", "branded", "compatible" }, false);
    private static readonly WordSet PlaceUses = new(new[] { "based", "born", "bred", "headquartered" }, false);
    private static readonly WordSet OrganizationUses = new(new[] { "backed", "owned", "funded", "controlled", "affiliated" }, false);
    private static readonly WordSet VerbLikeWords = new(new[] { "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "said", "says" }, false);
    private static readonly WordSet AppositionEndWords = new(new[] { "of", "at", "in", "for", "who", "which", "that", "based", "since", "with", "and", "whose" }, false);
    private static readonly WordSet Determiners = new(new[] { "a", "an", "the", "its", "their", "his", "her" }, false);
    // What one holds "in" a company; workers, staff and units "in" a name are mostly somewhere.
    private static readonly WordSet StakeWords = new(new[] { "shares", "stock", "stake", "stakes", "holding", "holdings", "shareholding" }, true);

    private static readonly WordSet OwnershipWords = new(new[] { "shares", "stock", "stake", "unit", "division", "subsidiary", "employees", "staff", "workers", "shareholders", "customers" }, true);

    // The words a rule below reads right before a name (lists, and words compared as written: "In" and "in" have one
    // shape), and those it reads right after (a common-noun acronym, then a list's word): most words there are none,
    // which their shape tells (WordShapes).
    internal static readonly WordShapes WordsBefore = new(
        new[] { WordLists.Roles, WordLists.DescriptorHeads, WordLists.OrgDescriptors, WordLists.PlaceDescriptors, NearbyWords, PlacePrepositions },
        new[] { "from", "by", "of", "in", "at", "up", "profit" }, // and the ends of the hyphenated heads "start-up", "non-profit"
        System.Array.Empty<WordSet>());

    internal static readonly WordShapes WordsAfter = new(
        new[] { WordLists.ProductDescriptors, WordLists.ReportingVerbs, WordLists.NonEntityAcronyms },
        System.Array.Empty<string>(),
        new[] { WordLists.ProductDescriptors, WordLists.NonEntityAcronyms });

    /// <summary>Adds context evidence to every candidate; returns possessive owner links (owner, owned).</summary>
    public static List<(NameCandidate Owner, NameCandidate Owned)> Apply(TokenView view, List<NameCandidate> candidates, CandidateReading reading)
    {
        var names = new Neighbours(view, candidates, reading.InOrder);
        var owners = new List<(NameCandidate, NameCandidate)>();

        // Most names have nothing right before or after them that a rule below reads (a line's start, a word no list
        // holds, a full stop). Which names have is told first for all of them (CandidateReading), by tests with no branch
        // on what the tokens are, and only those names are read. The rules
        // before a name and those after it share nothing but the name's own fields and votes (a person's vote, which
        // the rules after a name read, is given by the rules before that name or after it, never another's), so all
        // the rules before names are asked first, then all the rules after.
        var before = reading.Before;
        var count = reading.BeforeCount;
        for (var i = 0; i < count; i++)
        {
            names.At = before[i];
            Before(view, candidates[before[i]], names, owners);
        }

        var after = reading.After;
        count = reading.AfterCount;
        for (var i = 0; i < count; i++)
        {
            names.At = after[i];
            After(view, candidates[after[i]], names);
        }

        names.Release();
        return owners;
    }

    /// <summary>
    /// The name that ends (or starts) at a token before (or after) the name read, as an index of the candidates by
    /// their first and last tokens answers (CandidateIndex: the later of two at one token). The rules ask it of a few
    /// names in a seed, and of tokens next to the name read: in a list in text order (CandidateReading.InOrder) the
    /// answer is among the names beside the one read in the list, which are asked directly, where the index cost
    /// two marks for every name of the seed to build. A list out of order is indexed.
    /// </summary>
    private sealed class Neighbours
    {
        private readonly List<NameCandidate> _candidates;
        private readonly int _tokenCount;
        private readonly CandidateIndex? _startingAt;
        private readonly CandidateIndex? _endingAt;

        public Neighbours(TokenView view, List<NameCandidate> candidates, bool inOrder)
        {
            _candidates = candidates;
            _tokenCount = view.Count;
            if (!inOrder)
            {
                CandidateIndex.ByFirstAndLastToken(view, candidates, out var startingAt, out var endingAt);
                _startingAt = startingAt;
                _endingAt = endingAt;
            }
        }

        /// <summary>The place in the list of the name read, which the tokens asked about are before or after.</summary>
        public int At { get; set; }

        /// <summary>The name that ends at <paramref name="token"/>, a token before the name read, if any.</summary>
        public bool EndingAt(int token, out NameCandidate candidate)
        {
            if (_endingAt is not null)
            {
                return _endingAt.TryGetValue(token, out candidate);
            }

            // In order, the names after the one read end after it, and the last tokens of those before it fall as the
            // list is walked back: the first that ends at or before the token is the last in the list that may end there.
            if ((uint)token < (uint)_tokenCount)
            {
                for (var j = At - 1; j >= 0; j--)
                {
                    var name = _candidates[j];
                    if (name.LastToken <= token)
                    {
                        if (name.LastToken == token)
                        {
                            candidate = name;
                            return true;
                        }

                        break;
                    }
                }
            }

            candidate = null!;
            return false;
        }

        /// <summary>The name that starts at <paramref name="token"/>, a token after the name read, if any.</summary>
        public bool StartingAt(int token, out NameCandidate candidate)
        {
            if (_startingAt is not null)
            {
                return _startingAt.TryGetValue(token, out candidate);
            }

            // In order, the names before the one read start before it: the last of those after it that start at the
            // token is the one, as the index's later one wins.
            var found = false;
            candidate = null!;
            if ((uint)token < (uint)_tokenCount)
            {
                for (var j = At + 1; j < _candidates.Count; j++)
                {
                    var name = _candidates[j];
                    if (name.FirstToken > token)
                    {
                        break;
                    }

                    if (name.FirstToken == token)
                    {
                        candidate = name;
                        found = true;
                    }
                }
            }

            return found;
        }

        /// <summary>Lets go of the index's candidates, when a list out of order was indexed.</summary>
        public void Release()
        {
            _startingAt?.Release();
            _endingAt?.Release();
        }
    }

    // A candidate CandidateReading lets by for the rules before a name: spaced from a token before it that a rule may read.
    private static void Before(TokenView view, NameCandidate c, Neighbours names, List<(NameCandidate, NameCandidate)> owners)
    {
        var b = c.FirstToken - 1;
        var before = view[b];
        var wordBefore = before.IsLowerWord || (before.IsWord && before.Has(TokenFlags.AllCaps));
        if (wordBefore && c.Words >= 2 && view.In(WordLists.OrgSuffixes, c.LastToken) && RolePhraseEndingAt(view, b, out var makerStart))
        {
            // "Brazilian flat steel producer Siderurgica Paranaense SA": a name in a company's legal form is the company,
            // and the role noun before it ("producer", "developer", "owner") describes it.
            c.Vote(EntityKind.Organization, 3);
            c.Description ??= Span(view, makerStart, b);
            return;
        }

        // A descriptor of several words that takes in the whole role phrase is the better match ("state trader
        // Energocom", where "state" may open a role too); a descriptor after the name makes the word before it an
        // adjective, not a role ("the official MAP news agency").
        if (wordBefore && RolePhraseEndingAt(view, b, out var roleStart) && !IsVerbUse(view, roleStart)
            && !(DescriptorEndingAt(view, b, out var longerStart, out _) && longerStart < b && longerStart <= roleStart)
            && !ContextKinds.IsDescriptorAfter(view, b, c.LastToken + 1))
        {
            var state = StateBefore(view, roleStart);
            if (state >= 0 && view.In(WordLists.OrgDescriptors, b))
            {
                // "state salt producer Visalco": what a company does, said of one the state owns.
                c.Vote(EntityKind.Organization, 3);
                c.Description ??= Span(view, state, b);
                return;
            }

            // "Baidu founder Robin Li", "Chinese premier Li Qiang", "Apple CEO Tim Cook".
            c.Vote(EntityKind.Person, 3);
            c.Role ??= Span(view, roleStart, b);
            c.Affiliation ??= AffiliationBefore(view, roleStart - 1, names);
            return;
        }

        if (wordBefore && DescriptorEndingAt(view, b, out var descStart, out var kind))
        {
            // "investment bank Goldman Sachs", "Kuaishou’s text-to-visual software Kling".
            c.Vote(kind, 3);
            c.Description ??= Span(view, descStart, b);
            var owner = PossessorBefore(view, descStart - 1, names);
            if (owner is not null)
            {
                owner.Vote(EntityKind.Organization, 2);
                if (kind != EntityKind.Organization)
                {
                    c.Affiliation ??= owner;
                }
            }

            return;
        }

        var directOwner = PossessorBefore(view, b, names);
        if (directOwner is not null)
        {
            owners.Add((directOwner, c));
            return;
        }

        if (wordBefore && ModifiedHeadBefore(view, b, out var headKind))
        {
            // "drugs group Glaxo Wellcome", "Swedish group Atlas Copco", "the provincial capital Tuguegarao": a head
            // noun kept out of the list before names ("the ethics committee Anna Berg chairs") still counts, more
            // weakly, after a modifier; a known person's name outweighs it.
            c.Vote(headKind, 2);
            return;
        }

        // (the token before, read once above: b is within the view)
        if (before.Kind == TokenKind.Punct && view.Text[before.Start] == ',')
        {
            if (b > 1 && view.IsLowerWord(b - 1) && DescriptorEndingAt(view, b - 1, out var appositionStart, out var appositionKind)
                && appositionKind == EntityKind.Organization && IsIndefinite(view, appositionStart - 1))
            {
                // "a Greek shipping group, Kallergis Maritime", "a rival chipmaker, Norvex": the descriptor names what follows.
                c.Vote(EntityKind.Organization, 2);
                return;
            }

            if (IsLargerPlaceAfter(view, c, b, names))
            {
                c.Vote(EntityKind.Place, 2); // "of Guildford, Surrey, was acquitted": the county, state or country a town is in
                return;
            }
        }

        if (!before.IsLowerWord)
        {
            // "In Duisburg, home to ...": a sentence-initial preposition says what a lower-case one would.
            if ((view.IsText(b, "In") || view.IsText(b, "Near") || view.IsText(b, "From")) && c.Words == 1 && !view.In(WordLists.OrgSuffixes, c.FirstToken) && view.IsFunctionWord(b))
            {
                c.Vote(EntityKind.Place, 1);
            }
            else if (view.IsText(b, "At") && !c.Possessive && !view.In(WordLists.OrgSuffixes, c.LastToken))
            {
                // "At Hove: Sussex 298", "At Subiaco, West Coast ...": a scoreboard's or a report's venue. A colon after it
                // is a scoreboard's (outweighs a surname: "At Old Trafford:"); a comma says as much as "In" does.
                if (view.IsPunct(c.LastToken + 1, ':'))
                {
                    c.Vote(EntityKind.Place, 3);
                }
                else if (view.IsPunct(c.LastToken + 1, ','))
                {
                    c.Vote(EntityKind.Place, 1);
                }
            }

            return;
        }

        var from = view.TextIs(b, "from");
        var of = view.TextIs(b, "of");
        var inWord = view.TextIs(b, "in");
        if ((from || view.TextIs(b, "by")) && b > 0 && ProductWordNear(view, b - 1))
        {
            // "a text-to-visual app from Moore Threads": the maker of a product.
            c.Vote(EntityKind.Organization, 2);
        }
        else if (of && b > 0 && view.IsLowerWord(b - 1) && view.In(WordLists.PlaceDescriptors, b - 1))
        {
            c.Vote(EntityKind.Place, 3); // "the city of Shenzhen"
        }
        else if ((of || view.TextIs(b, "at")) && b > 0 && view.IsWord(b - 1) && IsMemberWord(view, b - 1))
        {
            c.Vote(EntityKind.Organization, 3); // "analysts at Morgan Stanley", "shares of SK Hynix", "chairman of Alibaba"
        }
        else if (inWord && b > 0 && view.IsWord(b - 1) && view.In(StakeWords, b - 1))
        {
            // "shares in Harbourline", "a stake in Erdenet"; but a person "in" a name is mostly somewhere: "an official
            // in Sukhumi", "a police constable in Eldoret", "analysts in Tokyo".
            c.Vote(EntityKind.Organization, 3);
        }
        else if (view.InFew(NearbyWords, b))
        {
            c.Vote(EntityKind.Place, 2); // "in nearby Taylor", "neighbouring Uganda"
        }
        else if (c.Words == 1 && (inWord || view.InFew(PlacePrepositions, b) || (from && !view.In(WordLists.OrgSuffixes, c.FirstToken))))
        {
            // "protests in Minsk"; but in a line in title case the capital is the title's ("Falling in Love").
            c.Vote(EntityKind.Place, 1, contextual: !TitleCaseLines.InTitleLine(view, c.FirstToken));
        }
    }

    // A candidate CandidateReading lets by for the rules after a name.
    private static void After(TokenView view, NameCandidate c, Neighbours names)
    {
        var a = c.LastToken + 1;
        if (c.Possessive)
        {
            // "SMIC’s manufactured chips": the owner of products is an organisation; but "Men's singles", "Women's
            // doubles": an ordinary word owns nothing.
            if (c.Words == 1 && view.In(WordLists.CommonWords, c.FirstToken))
            {
                return;
            }

            if (!ProductPluralWithin(view, a + 1))
            {
                return; // "Smith's wife", "Apple's shares": no product's plural in reach
            }

            var k = a + 1;
            var steps = 0;
            while (k < view.Count && steps < 3 && view.IsLowerContentWord(k))
            {
                if (IsPluralOf(view, k, WordLists.ProductDescriptors))
                {
                    c.Vote(EntityKind.Organization, 1);
                    break;
                }

                k++;
                steps++;
            }

            return;
        }

        // Not a possessive: CandidateReading let by a comma, a hyphen or a word of a shape the rules below read. The
        // mark after the name is read once: no rule reads on past one but a comma or a hyphen (no mark is a word).
        var t = view[a];
        if (t.Kind == TokenKind.Punct)
        {
            var mark = view.Text[t.Start];
            if (mark == ',')
            {
                // "Earlier, Argentina beat India": an English word opening the sentence before its comma is no town.
                if (IsPlaceAfterComma(view, a + 1, names) && !(IsOrdinaryOpening(view, c) && !WordLists.Places.Contains(c.Name)))
                {
                    c.Vote(EntityKind.Place, 3); // "from El Paso, Texas", "PASADENA, Calif.", "Lyon, France": a place within a place
                    return;
                }

                if (a + 1 < view.Count && view.IsLowerWord(a + 1) && ClauseAfterComma(view, c, a + 1))
                {
                    return;
                }

                Apposition(view, c, a + 1, names);
                return;
            }

            if (mark is '-' or '\u2010' && !t.Has(TokenFlags.SpaceBefore) && a + 1 < view.Count && view.Touches(a + 1) && view.IsLowerWord(a + 1))
            {
                HyphenUse(view, c, a + 1);
            }

            return;
        }

        var next = a;
        while (next < view.Count && view.SpacedFromPrevious(next) && view.IsNonEntityAcronym(next) && next - a < 2)
        {
            next++; // "Ascend 910B AI chip"
        }

        if (next < view.Count && view.IsLowerWord(next) && view.SpacedFromPrevious(next))
        {
            if (IsPluralOf(view, next, WordLists.ProductDescriptors) && !IsOrdinaryOpening(view, c))
            {
                // "Nvidia chips": the maker; but "Huawei’s Ascend processors": a product line of an owner.
                var owned = c.FirstToken > 1 && view[c.FirstToken - 1].IsPossessive(view.Text);
                c.Vote(owned ? EntityKind.Product : EntityKind.Organization, owned ? 2 : 1);
            }
            else if (c.Words == 1 && c.Evidence((int)EntityKind.Person) == 0 && IsStaffRoleAt(view, next))
            {
                c.Vote(EntityKind.Organization, 2); // "a former Flutterwave product manager", "an Apple engineer said": the employer
            }
            else if (view.In(WordLists.ProductDescriptors, next))
            {
                c.Vote(EntityKind.Product, 2); // "the A100 chip"
            }
            else if (view.IsLowerWord(next + 1) && IsIts(view, next + 1) && view.In(OwnReports, next) && c.Evidence((int)EntityKind.Person) <= 1)
            {
                c.Vote(EntityKind.Organization, 2); // "Quenbera said its sales rose": a body speaks of its own
            }
            else if (c.Words > 1 && view.In(WordLists.ReportingVerbs, next))
            {
                c.Vote(EntityKind.Person, 1, contextual: false);
            }
        }

    }

    // The shapes of the plurals of product nouns ("chips", "phones"), which an owner's products are read by.
    private static readonly WordShapes ProductPlurals = new(System.Array.Empty<WordSet>(), System.Array.Empty<string>(), new[] { WordLists.ProductDescriptors });

    // Whether one of the three words from k may be a product noun's plural.
    private static bool ProductPluralWithin(TokenView view, int k)
    {
        var plurals = ProductPlurals; // read once, as in HeadWithin
        var tokens = view.Tokens;
        var text = view.Text;
        var end = System.Math.Min(view.Count, k + 3);
        for (; k < end; k++)
        {
            if (plurals.MayBe(tokens[k], text))
            {
                return true;
            }
        }

        return false;
    }

    // A known place after the comma, closing the phrase (not the first item of a list: "Apple, Google and Meta").
    private static bool IsPlaceAfterComma(TokenView view, int k, Neighbours names)
    {
        if (!names.StartingAt(k, out var place) || !WordLists.Places.Contains(place.Name))
        {
            return false;
        }

        var after = place.LastToken + 1;
        return after >= view.Count || (view[after].Kind == TokenKind.Punct && !view.IsPunct(after, ','))
            || (view.IsLowerWord(after) && !view.IsFunctionWord(after)) || view.IsPunct(after, ',') && !ListGoesOn(view, after + 1);
    }

    // "Kenya, Uganda, Tanzania and ...": after a further comma, another name and a comma or "and" follow.
    private static bool ListGoesOn(TokenView view, int k)
    {
        var steps = 0;
        while (k < view.Count && view.IsNameWord(k) && steps++ < 4)
        {
            k++;
        }

        return steps > 0 && k < view.Count && (view.IsPunct(k, ',') || (view.IsLowerWord(k) && (view.TextIs(k, "and") || view.TextIs(k, "or"))));
    }

    // "Sora-like", "ChatGPT-powered", "Beijing-based", "Kremlin-backed".
    private static void HyphenUse(TokenView view, NameCandidate c, int k)
    {
        if (view.In(ProductUses, k))
        {
            c.Vote(EntityKind.Product, view.In(WordLists.ProductDescriptors, k + 1) || IsPluralOf(view, k + 1, WordLists.ProductDescriptors) ? 2 : 1);
        }
        else if (view.In(PlaceUses, k))
        {
            c.Vote(EntityKind.Place, 2);
        }
        else if (view.In(OrganizationUses, k))
        {
            c.Vote(EntityKind.Organization, 1);
        }
    }

    // "Tim Cook, chief executive of Apple,", "Baidu, the search giant,", "Lviv, a city in western Ukraine".
    private static void Apposition(TokenView view, NameCandidate c, int k, Neighbours names)
    {
        if (k >= view.Count)
        {
            return;
        }

        NameCandidate? owner = null;
        if (view.IsLowerWord(k) && IsDeterminer(view, k))
        {
            k++;
        }
        else if (names.StartingAt(k, out var possessor) && possessor.Possessive)
        {
            owner = possessor;
            k = possessor.LastToken + 2;
        }

        var first = k;
        if (!HeadWithin(view, first))
        {
            return; // "Nvidia, Google and Meta", "Smith, who ...": no role or descriptor in reach
        }

        for (var steps = 0; steps < 5 && k < view.Count; steps++, k++)
        {
            if (view[k].Kind == TokenKind.Punct && view.IsPunct(k, '-') && view.Touches(k))
            {
                continue;
            }

            if (!view.IsLowerWord(k) && !(view.IsWord(k) && (view.In(WordLists.Demonyms, k) || view.IsNonEntityAcronym(k))))
            {
                return;
            }

            if (k == first && view.IsFunctionWord(k) || view.In(WordLists.ReportingVerbs, k) || IsVerbLike(view, k))
            {
                return; // "Nvidia, was the main driver": a clause, not an apposition
            }

            if (!AppositionEnds(view, k + 1))
            {
                continue;
            }

            if (view.In(WordLists.Roles, k))
            {
                c.Vote(EntityKind.Person, 3);
                c.Role ??= Span(view, FirstRoleWord(view, first, k), k);
                if (owner is not null)
                {
                    c.Affiliation ??= owner;
                }
                else if (k + 2 < view.Count && (view.TextIs(k + 1, "of") || view.TextIs(k + 1, "at")) && names.StartingAt(k + 2, out var org))
                {
                    c.Affiliation ??= org;
                    org.Vote(EntityKind.Organization, 1);
                }

                return;
            }

            var kind = DescriptorKind(view, k, k, beforeName: false);
            if (kind == EntityKind.Organization && IsAgentNoun(view, k) && k + 2 < view.Count && (view.TextIs(k + 1, "at") || view.TextIs(k + 1, "with"))
                && names.StartingAt(k + 2, out var employer))
            {
                // "Lim Boon Keat, a broker at Kian Hoe Futures", "a broker with Calhoun": a firm's word for what it does,
                // said of someone at a firm, is the person's job.
                c.Vote(EntityKind.Person, 3);
                c.Role ??= Span(view, k, k);
                c.Affiliation ??= employer;
                employer.Vote(EntityKind.Organization, 1);
                return;
            }

            if (kind is EntityKind found)
            {
                c.Vote(found, 3);
                c.Description ??= Span(view, first, k);
                return;
            }
        }
    }

    // The words that end an apposition and say what it is: a role ("chief executive of Apple") or a descriptor ("the
    // search giant"). Most commas are followed by none within the five words an apposition is read to.
    private static readonly WordShapes AppositionHeads = new(
        new[] { WordLists.Roles, WordLists.OrgDescriptors, WordLists.ProductDescriptors, WordLists.PlaceDescriptors },
        System.Array.Empty<string>(),
        System.Array.Empty<WordSet>());

    // Whether a word in the apposition's reach from first may be a role or a descriptor (their shapes tell most apart
    // before their lists are asked).
    private static bool HeadWithin(TokenView view, int first)
    {
        // The shapes, the tokens and the text read once: each read of the static field tested that the class was ready.
        var heads = AppositionHeads;
        var tokens = view.Tokens;
        var text = view.Text;
        var end = System.Math.Min(view.Count, first + 5);
        for (var k = first; k < end; k++)
        {
            var t = tokens[k];
            if (t.IsWord && heads.MayBe(t, text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsVerbLike(TokenView view, int k) => view.InFew(VerbLikeWords, k);

    // The word "state" among the three tokens before a role phrase ("state salt producer", "state-owned oil producer"),
    // or -1.
    private static int StateBefore(TokenView view, int roleStart)
    {
        for (var k = roleStart; k >= 0 && k >= roleStart - 3; k--)
        {
            if (view.IsLowerWord(k) && view.TextIs(k, "state"))
            {
                return k;
            }
        }

        return -1;
    }

    // "its" told by its letters: TextIs called string.CompareOrdinal for every word of three letters after the verb.
    private static bool IsIts(TokenView view, int k)
    {
        var t = view[k];
        return t.Length == 3 && view.Text[t.Start] == 'i' && view.Text[t.Start + 1] == 't' && view.Text[t.Start + 2] == 's';
    }

    // The verbs a body reports its own results and plans with ("Quenbera said its sales rose"; "Fame lost its appeal" is
    // no report).
    private static readonly WordSet OwnReports = new(new[] { "said", "says", "reported", "reports", "announced", "announces" }, false);

    // What a clause after a name's comma says of it, if anything (k: the lower-case word after the comma): "Kudira, founded
    // in 2019 by ...", "Lovćen, founded in 1976": bodies are founded, people born (13 of 14 such names in the wire sets'
    // gold are organisations, the other a festival). "Which" is said of bodies 116 times there, of places 53 and of
    // works, products and events 23: measured as a vote for a body where nothing else spoke, it cost more than it gained.
    private static bool ClauseAfterComma(TokenView view, NameCandidate c, int k)
    {
        if (view.TextIs(k, "founded") || view.TextIs(k, "established"))
        {
            c.Vote(EntityKind.Organization, 3);
            return true;
        }

        return false;
    }

    // One word that nothing else types, between a comma after a place that only a place's evidence speaks for (a town the
    // world gazetteer knows is enough) and a comma or a full stop ("Guildford, Surrey,", "Ballarat, Victoria."): the
    // larger place the town is in.
    // A name a clause goes on after ("In Paris, Quenberg said") is the clause's subject; a plural or a letter is a list's.
    private static bool IsLargerPlaceAfter(TokenView view, NameCandidate c, int comma, Neighbours names)
    {
        var after = c.LastToken + 1;
        return c.Words == 1 && c.TotalEvidence == 0 && !c.Initial && after < view.Count && (view.IsPunct(after, ',') || view.IsPunct(after, '.'))
            && view[c.FirstToken].Length >= 3 && !EntityClassifier.IsPluralWord(view, c.FirstToken) // not a list's "Joules, Ergs, and BTU's"
            && names.EndingAt(comma - 1, out var town) && town.Evidence((int)EntityKind.Place) > 0
            && town.Evidence((int)EntityKind.Person) == 0 && town.Evidence((int)EntityKind.Organization) == 0;
    }

    // A noun of one who does something ("broker", "dealer", "supplier"), by its ending.
    private static bool IsAgentNoun(TokenView view, int k)
    {
        var t = view[k];
        var text = view.Text;
        return t.Length > 4 && text[t.End - 1] == 'r' && (text[t.End - 2] == 'e' || text[t.End - 2] == 'o');
    }

    private static int FirstRoleWord(TokenView view, int first, int head)
    {
        var start = head;
        while (start - 1 >= first && (view.In(WordLists.RoleModifiers, start - 1) || view.In(WordLists.Roles, start - 1)))
        {
            start--;
        }

        return start;
    }

    private static bool AppositionEnds(TokenView view, int k)
    {
        if (k >= view.Count)
        {
            return true;
        }

        if (view[k].Kind == TokenKind.Punct)
        {
            var c = view.Text[view[k].Start];
            return c is ',' or '.' or ';' or ':' or ')' or '\u2014';
        }

        if (!view.IsLowerWord(k))
        {
            return false;
        }

        return view.InFew(AppositionEndWords, k);
    }

    private static bool IsDeterminer(TokenView view, int k) => view.InFew(Determiners, k);

    /// <summary>A role phrase ending at <paramref name="end"/>: "founder", "chief executive", "co-founder", "CEO".</summary>
    private static bool RolePhraseEndingAt(TokenView view, int end, out int start)
    {
        start = end;
        var t = view[end];
        if (!t.IsWord || !(t.IsLowerWord || t.Has(TokenFlags.AllCaps)) || !view.InFew(WordLists.Roles, end))
        {
            return false;
        }

        while (start - 1 >= 0 && view.SpacedFromPrevious(start))
        {
            if (view.IsLowerWord(start - 1) && (view.In(WordLists.RoleModifiers, start - 1) || view.In(WordLists.Roles, start - 1)))
            {
                start--;
            }
            else
            {
                break;
            }
        }

        // "co-founder" is written with a hyphen; "the 230-member Assembly", "a five-member panel": a count before the
        // hyphen makes an adjective of the noun.
        if (start >= 2 && view.IsPunct(start - 1, '-') && view.Touches(start - 1) && view.Touches(start))
        {
            if (view.IsLowerWord(start - 2) && !view.In(NumberWords, start - 2))
            {
                start -= 2;
            }
            else if (view.IsWord(start - 2) && view[start - 2].Has(TokenFlags.HasDigit) || view.In(NumberWords, start - 2))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly WordSet NumberWords = new(new[]
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "hundred",
    }, false);

    // A company's staff role from k, perhaps after a word of its trade ("product manager", "software engineer"), with
    // no name after it: the name before is the employer.
    private static bool IsStaffRoleAt(TokenView view, int k)
    {
        if (view.IsLowerWord(k + 1) && view.SpacedFromPrevious(k + 1) && view.InFew(StaffRoles, k + 1))
        {
            k++;
        }

        return view.IsLowerWord(k) && view.InFew(StaffRoles, k) && !(k + 1 < view.Count && view.IsNameWord(k + 1) && view.SpacedFromPrevious(k + 1));
    }

    private static readonly WordSet StaffRoles = new(new[]
    {
        "engineer", "engineers", "employee", "employees", "executive", "executives", "manager", "managers", "spokesman",
        "spokeswoman", "spokesperson", "staffer", "staffers", "analyst", "analysts", "economist", "economists", "strategist",
        "researcher", "researchers", "scientist", "scientists", "designer", "developer", "developers",
    }, false);

    // "who host Valencia", "will coach Ajax", "to guard Smith": a role noun after a subject or "to" is a verb.
    private static bool IsVerbUse(TokenView view, int roleStart)
    {
        var k = roleStart - 1;
        return k >= 0 && view.IsLowerWord(k) && view[k].Length <= 5 && view.In(VerbLeads, k);
    }

    private static readonly WordSet VerbLeads = new(new[] { "who", "to", "will", "would", "they", "we", "that", "which", "could", "may", "might", "must", "shall", "should" }, false);

    private static NameCandidate? AffiliationBefore(TokenView view, int k, Neighbours names)
    {
        if (k < 0)
        {
            return null;
        }

        var possessor = PossessorBefore(view, k, names);
        if (possessor is not null)
        {
            return possessor;
        }

        // "Police official Abdul Kader", "Chief executive Hans Roth": an ordinary word capitalised by its place
        // starts the role, it does not name an employer.
        if (names.EndingAt(k, out var name) && !(name.Words == 1 && view.In(WordLists.Demonyms, name.FirstToken))
            && !(name.Words == 1 && name.Initial && WordForms.IsOrdinary(name.Name)))
        {
            name.Vote(EntityKind.Organization, 2);
            return name;
        }

        return null;
    }

    /// <summary>The candidate whose possessive ’s is token <paramref name="k"/> (or whose s’ ends there).</summary>
    private static NameCandidate? PossessorBefore(TokenView view, int k, Neighbours names)
    {
        if (k < 1)
        {
            return null;
        }

        if ((view[k].Kind == TokenKind.Clitic || view[k].Kind == TokenKind.Punct) && names.EndingAt(k - 1, out var owner) && owner.Possessive)
        {
            return owner;
        }

        return null;
    }

    // "a ... group", "an ... maker", with at most two words between ("a Greek shipping group").
    private static bool IsIndefinite(TokenView view, int k)
    {
        for (var steps = 0; steps < 3 && k >= 0; steps++, k--)
        {
            if (view.IsText(k, "a") || view.IsText(k, "an"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An organisation or place head noun at <paramref name="k"/> after a modifier ("drugs group", "Swedish group").</summary>
    private static bool ModifiedHeadBefore(TokenView view, int k, out EntityKind kind)
    {
        kind = EntityKind.Other;
        if (k < 1 || !view.IsLowerWord(k) || !view.SpacedFromPrevious(k))
        {
            return false;
        }

        if (view.InFew(WordLists.OrgDescriptors, k))
        {
            kind = EntityKind.Organization;
        }
        else if (view.InFew(WordLists.PlaceDescriptors, k))
        {
            kind = EntityKind.Place;
        }
        else
        {
            return false;
        }

        var modifier = k - 1;
        return (view.IsLowerWord(modifier) && !view.IsFunctionWord(modifier) && !view.In(WordLists.ReportingVerbs, modifier))
            || (view.IsWord(modifier) && view.In(WordLists.Demonyms, modifier))
            || (OpensSentence(view, modifier) && !view[modifier].Has(TokenFlags.AllCaps) && view.In(WordLists.EnglishWords, modifier));
    }

    // "Cement maker Ciment Dobrogea led the gainers": the modifier capitalised by its place at a sentence's opening.
    private static bool OpensSentence(TokenView view, int k) =>
        view.IsWord(k) && (k == 0 || view[k].Has(TokenFlags.LineBreakBefore) || view.IsPunct(k - 1, '.') || view.IsPunct(k - 1, '?') || view.IsPunct(k - 1, '!'));

    /// <summary>A descriptor ending at token <paramref name="end"/>; the longest entry wins.</summary>
    private static bool DescriptorEndingAt(TokenView view, int end, out int start, out EntityKind kind)
    {
        start = end;
        kind = EntityKind.Other;
        if (!view.IsLowerWord(end) && !(view.IsWord(end) && view[end].Has(TokenFlags.AllCaps)))
        {
            return false;
        }

        // A head of two words joined by a hyphen ("start-up", "non-profit") is one word of the entry.
        var head = end;
        if (end >= 2 && view.Touches(end) && view.IsPunct(end - 1, '-') && view.Touches(end - 1) && view.IsLowerWord(end - 2))
        {
            head = end - 2;
            if (!WordLists.DescriptorHeads.Contains(view.Text, view[head].Start, view[end].End - view[head].Start))
            {
                return false;
            }
        }
        else if (!view.InFew(WordLists.DescriptorHeads, end))
        {
            return false;
        }

        // Up to two words before the head may belong to the entry ("investment bank", "private equity firm").
        EntityKind? found = null;
        var from = head;
        for (var words = 0; words < 3 && from >= 0; words++)
        {
            var kindHere = DescriptorKind(view, from, end, beforeName: true);
            if (kindHere is not null)
            {
                found = kindHere;
                start = from;
            }

            // "State trader Energocom": the entry's first word may be capitalised by its place at the sentence's opening.
            if (from == 0 || !view.SpacedFromPrevious(from) || !(view.IsLowerWord(from - 1) || (view.IsWord(from - 1) && view.IsNonEntityAcronym(from - 1))
                || (view[from - 1].TitleCased && OpensSentence(view, from - 1))))
            {
                break;
            }

            from--;
        }

        if (found is null)
        {
            return false;
        }

        // The description takes in the modifiers before the entry: "text-to-visual software", "funding financial institution".
        start = ModifiersBefore(view, start);
        kind = found.Value;
        return true;
    }

    private static int ModifiersBefore(TokenView view, int start)
    {
        for (var steps = 0; steps < 3; steps++)
        {
            var k = start - 1;
            if (k >= 2 && view.Touches(start) && view.IsPunct(k, '-') && view.Touches(k))
            {
                start = k - 1; // inside a hyphenated compound
                steps--;
                continue;
            }

            if (k >= 0 && view.SpacedFromPrevious(start) && view.IsLowerContentWord(k) && !view.In(WordLists.Roles, k))
            {
                start = k;
                continue;
            }

            break;
        }

        return start;
    }

    /// <summary>The kind a descriptor phrase tokens [from..to] names, or null.</summary>
    private static EntityKind? DescriptorKind(TokenView view, int from, int to, bool beforeName)
    {
        var orgs = beforeName ? WordLists.OrgDescriptorsBefore : WordLists.OrgDescriptors;
        var products = beforeName ? WordLists.ProductDescriptorsBefore : WordLists.ProductDescriptors;
        if (from == to)
        {
            if (view.In(orgs, from))
            {
                return EntityKind.Organization;
            }

            if (view.In(products, from))
            {
                return EntityKind.Product;
            }

            return view.In(WordLists.PlaceDescriptors, from) ? EntityKind.Place : null;
        }

        var phrase = NameCandidateFinder.NameText(view.Text, view[from].Start, view[to].End);
        if (orgs.Contains(phrase))
        {
            return EntityKind.Organization;
        }

        return products.Contains(phrase) ? EntityKind.Product : null;
    }

    /// <summary>People or parts that belong to an organisation: a role noun (or its plural) or a word of ownership.</summary>
    private static bool IsMemberWord(TokenView view, int k)
    {
        // Most words before "of" or "at" ("years of", "one of") have the shape of none of these.
        var t = view.Tokens[k];
        if (!MemberWords.MayBe(t, view.Text))
        {
            return false;
        }

        // A role's plural in any case: "analysts", "Analysts" (IsPluralOf's lower-case plurals among them).
        if (view.In(WordLists.Roles, k) || (t.Length > 2 && view.Text[t.End - 1] == 's' && WordLists.Roles.Contains(view.Text, t.Start, t.Length - 1)))
        {
            return true;
        }

        return view.In(OwnershipWords, k);
    }

    private static readonly WordShapes MemberWords = new(
        new[] { WordLists.Roles, OwnershipWords }, System.Array.Empty<string>(), new[] { WordLists.Roles });

    private static bool ProductWordNear(TokenView view, int k)
    {
        for (var steps = 0; steps < 2 && k >= 0; steps++, k--)
        {
            if (view.IsLowerWord(k) && (view.In(WordLists.ProductDescriptors, k) || IsPluralOf(view, k, WordLists.ProductDescriptors)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"chips" for "chip": a plural of an entry.</summary>
    /// <summary>
    /// An ordinary English word capitalised only because it opens a sentence ("Streaming platforms were ...", "Host
    /// nation Ivory Coast ..."): the noun after it is the phrase's head, not a word about a name.
    /// </summary>
    public static bool IsOrdinaryOpening(TokenView view, NameCandidate c) =>
        c.Initial && c.Words == 1 && !view[c.FirstToken].Has(TokenFlags.AllCaps)
        && view.In(WordLists.EnglishWords, c.FirstToken);

    public static bool IsPluralOf(TokenView view, int k, WordSet set)
    {
        if (k >= view.Count || !view.IsLowerWord(k))
        {
            return false;
        }

        var t = view[k];
        return t.Length > 2 && view.Text[t.End - 1] == 's' && set.Contains(view.Text, t.Start, t.Length - 1);
    }

    private static string Span(TokenView view, int from, int to) =>
        NameCandidateFinder.NameText(view.Text, view[from].Start, view[to].End);
}
