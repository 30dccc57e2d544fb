using System.Collections.Generic;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// Finds the named entities of one seed: candidates from the tokens, evidence from the names and their
/// context, aliases, coreference, then one <see cref="EntityInfo"/> per entity in order of first mention.
/// </summary>
internal static class EntityExtractor
{
    public static EntityInfo[] Extract(string text, Sentence[] sentences, LineMap map) => Extract(text, sentences, map, out _);

    /// <summary>
    /// The entities of the seed, and the tables made for their mentions (see <see cref="MentionTables"/>), which the
    /// quotation stage reads next.
    /// </summary>
    public static EntityInfo[] Extract(string text, Sentence[] sentences, LineMap map, out MentionTables tables)
    {
        tables = default;
        var tokens = Tokenizer.TokenizeCached(text, out var count);
        if (count == 0 || sentences.Length == 0)
        {
            return System.Array.Empty<EntityInfo>();
        }

        var view = new TokenView(text, tokens, count);
        try
        {
            var tokenSentences = new TokenSentences(view, sentences);
            var candidates = NameCandidateFinder.Find(view, tokenSentences, out var caseAliases);
            TitleCaseHeadlines.Apply(view, tokenSentences, candidates);
            OpeningWords.Apply(view, candidates, caseAliases);
            PossessiveNames.Apply(view, candidates);
            var found = new ListItems<NameCandidate>(candidates); // by place: one range check a read, not the list's two
            for (var i = 0; i < found.Count; i++)
            {
                EntityClassifier.AddShapeEvidence(view, found[i]);
            }

            // Which names the role finder, the context rules and the market rule read is told once for all three.
            var reading = CandidateReading.Of(view, candidates);
            var owners = RoleFinder.Apply(view, candidates, reading);
            SportsTeams.Apply(view, candidates);
            var titleWords = ContextKinds.Apply(view, candidates, reading);
            MarketMoves.Apply(view, candidates, reading);
            OtherKinds.Apply(view, candidates);
            if (titleWords >= 0)
            {
                // The words of quoted titles leave the names once the rules that read names by their place in the list are done.
                ContextKinds.DropTitleWords(candidates, titleWords);
            }

            var aliases = AliasFinder.Find(view, candidates);
            foreach (var pair in caseAliases)
            {
                if (!aliases.ContainsKey(pair.Key))
                {
                    aliases[pair.Key] = aliases.TryGetValue(pair.Value, out var canonical) ? canonical : pair.Value;
                }
            }

            var groups = Group(view, candidates, aliases);
            AliasFinder.Release(aliases);

            ApplyOwners(owners, groups);
            OwnPronouns.Apply(view, groups);
            ListPropagation.Apply(view, candidates, groups);
            Coreference.Resolve(groups);
            var starts = DropOrMarkTentative(view, groups, out var tentative, out var inOrder);

            var lines = new MentionLines(map, text);
            var entities = Build(groups, tentative, lines, starts, inOrder);
            tables = new MentionTables(lines, SortedMentions(candidates, out var sorted), sorted);
            return entities;
        }
        finally
        {
            view.ReleaseScratch(); // candidates and groups are scratch: the model holds their strings, not them
            view.Release(); // its per-token facts serve the thread's next seed
        }
    }

    private static List<EntityGroup> Group(TokenView view, List<NameCandidate> candidates, Dictionary<string, string> aliases)
    {
        var groups = view.NewGroupList(candidates.Count);
        var byName = new GroupsByName(candidates.Count, groups, view);
        var aliasTable = aliases.Count > 0 ? new AliasTable(aliases) : null;

        // Each candidate's group, by index: the occurrences are then placed from these integers alone, with no
        // second walk over the candidates' and groups' objects.
        var groupOf = GroupingScratch.ByCandidate(candidates.Count);
        var groupAt = new Unchecked<int>(groupOf); // written unchecked: the array holds one for each candidate
        Dictionary<string, int>? datelines = null; // the groups of the places kept apart from sides of their name, by their place in the list

        // The candidates are read by place twice over, and the groups once: in the net8.0 build as spans, with one range
        // check a read where the list's indexer made two. Grouping adds only groups, and the groups only in this loop.
        var all = new ListItems<NameCandidate>(candidates);
        for (var i = 0; i < all.Count; i++)
        {
            // The name is hashed once for both tables, unless it is an alias; a one-token name is its token, whose
            // hash the view kept when the candidate finder looked it up. Whether a name is one token whole or several
            // falls at random, and the branch on it was mispredicted at a third of the names: the first token's hash
            // and the name's own kept hash are both read, and one taken by a mask. Only a name of several tokens that
            // no shape rule hashed is hashed here.
            var c = all[i];
            var name = c.Name;
            var first = c.FirstToken;
            var whole = ~(Differ(first, c.LastToken) | Differ(name.Length, view[first].Length)); // -1 when the name is its first token whole
            var token = first | ~whole; // the token the name is, whole, or -1
            var hash = (view.TextHash(first) & whole) | (c.NameHash & ~whole); // a name of several tokens was hashed by its shape rules, or is -1
            if (hash < 0)
            {
                hash = GroupsByName.Hash(name);
            }

            if (aliasTable is not null && !c.VenueDateline && aliasTable.TryGetValue(name, hash, out var canonical))
            {
                name = canonical;
                hash = GroupsByName.Hash(name);
            }

            // The group's name is the candidate's unless an alias led to it (the table compared the two).
            var asNamed = ReferenceEquals(name, c.Name) || name == c.Name;
            var group = c.VenueDateline
                ? DatelineGroup(view, groups, ref datelines, c, name, hash, asNamed, token, out groupAt[i])
                : byName.File(c, name, hash, asNamed, token, out groupAt[i]);
            c.Group = group;
            if (!asNamed)
            {
                group.AddAlias(c.Name);
            }
        }

        // The occurrences of all groups share one array, each group a range of it, filled in the candidates' order.
        // The same walk over the groups settles each one's kind: all it needs was kept as its occurrences were counted.
        var shared = view.NewOccurrences(candidates.Count);
        var next = GroupingScratch.ByGroup(groups.Count);
        var offset = 0;
        var made = new ListItems<EntityGroup>(groups);
        for (var i = 0; i < made.Count; i++)
        {
            var g = made[i];
            next[i] = offset;
            offset = g.PlaceIn(shared, offset);

            // EntityClassifier.Decide weighs the connector only for a two- or three-word name without any
            // evidence, and later rules only add evidence: other names need not read their words again. The three
            // tests are made with no branch between them: whether a name has two or three words falls at random, and
            // a branch on it was mispredicted at a third of the groups; all three hold for few.
            if (((uint)(g.Words - 2) <= 1u) & g.HasNoVote & g.HasNamedOccurrence)
            {
                g.HasConnector = HasConnector(view, g.NamedFirstToken, g.NamedLastToken);
            }

            g.Decide();
        }

        // Written through a reference in the net8.0 build: a store into the array itself checks the candidate's type
        // against the array's (a call of the runtime's helper for each) before the write barrier's call. Unchecked: each
        // candidate's group is one of the groups, and the next place of a group is below the count of candidates,
        // which the shared array holds.
        var placed = new Unchecked<NameCandidate>(shared);
        var nextOf = new Unchecked<int>(next);
        for (var i = 0; i < all.Count; i++)
        {
            placed[nextOf[groupOf[i]]++] = all[i];
        }

        return groups;
    }

    // The city a sports story is filed from, or a side's city a game is played in, is a group of its own, apart from
    // the side of the same name ("NEW YORK 1996-11-10" above "NEW YORK 99 Philadelphia 91"). Few names are kept apart,
    // but a seed may hold many: they are found by name in a table of their own, made when the first is met.
    // Out of the grouping loop (it is seldom called, and its calls would keep more of the loop's values out of registers).
    // It files the candidate in its group as GroupsByName.File does.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static EntityGroup DatelineGroup(
        TokenView view, List<EntityGroup> groups, ref Dictionary<string, int>? datelines, NameCandidate c, string name, int hash, bool asNamed, int token, out int index)
    {
        datelines ??= new Dictionary<string, int>(System.StringComparer.Ordinal);
        if (datelines.TryGetValue(name, out index))
        {
            var found = groups[index];
            found.CountLater(c, asNamed, token);
            return found;
        }

        var group = view.NewGroup(name, hash);
        groups.Add(group);
        index = groups.Count - 1;
        datelines.Add(name, index);
        group.CountFirst(c, asNamed, token);
        return group;
    }

    // -1 when a and b differ, else 0: a mask to choose between two values with no branch (the compiler keeps a branch
    // for a choice inside a loop).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Differ(int a, int b)
    {
        var x = a ^ b;
        return (x | -x) >> 31;
    }

    // Whether the tokens from first to last, a name's, hold one that is no name word.
    private static bool HasConnector(TokenView view, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            // "Kälin-Brunner": a hyphen between two name words joins them, it connects nothing.
            if (!view.IsNameWord(k) && !view.IsModelNumber(k) && !(view.IsPunct(k, '-') && view.Touches(k) && view.Touches(k + 1)))
            {
                return true;
            }
        }

        return false;
    }

    // "Nvidia’s A100 chip", "Huawei’s Ascend processors": the owner of a product is an organisation.
    private static void ApplyOwners(List<(NameCandidate Owner, NameCandidate Owned)> owners, List<EntityGroup> groups)
    {
        foreach (var (owner, owned) in owners)
        {
            var ownedGroup = owned.Group;
            var ownerGroup = owner.Group;
            if (ownedGroup is null || ownerGroup is null || ownedGroup == ownerGroup)
            {
                continue;
            }

            if (ownedGroup.Kind == EntityKind.Product)
            {
                ownerGroup.AddVote(EntityKind.Organization, 2);
                owned.Affiliation ??= owner;
                ownerGroup.Decide();
            }
        }
    }

    // The first walk of DropOrMarkTentative, its own method so that its values (the last start above all, and whether
    // the starts ascend) stay in registers: in the caller, with many values live after it, they were kept on the stack.
    // Notes each group's first start, the places of the emptied groups and of the groups of bare words (the counts of
    // those two go out), and returns whether the starts of the groups not emptied ascend.
    private static bool NoteGroups(ListItems<EntityGroup> listed, Unchecked<int> startOf, Unchecked<int> emptiedAt, Unchecked<int> bareAt, out int emptiedCount, out int bareCount)
    {
        var count = listed.Count;
        var last = int.MinValue;
        var ascending = true;
        var emptied = 0;
        var bare = 0;
        for (var i = 0; i < count; i++)
        {
            var g = listed[i];
            var start = g.FirstStart;
            startOf[i] = start;
            if (g.IsEmpty)
            {
                emptiedAt[emptied++] = i;
                continue;
            }

            ascending &= start > last;
            last = start;
            bareAt[bare] = i;
            bare += g.AllBareWords ? 1 : 0;
        }

        emptiedCount = emptied;
        bareCount = bare;
        return ascending;
    }

    /// <summary>
    /// A capitalised word at the start of a sentence with no other sign of being a name ("Sheep have long been
    /// known ...") is dropped when the seed also writes it in lower case ("... transmitted to sheep"); an
    /// ordinary English word ("Final week, ...") is otherwise only tentative. The groups coreference left empty are
    /// taken out of the list in the same compaction. Returns where each group kept first occurs, in the list's order
    /// (the thread's array, read by the build), and whether those starts ascend already (<paramref name="inOrder"/>;
    /// false only says they may not).
    /// </summary>
    private static int[] DropOrMarkTentative(TokenView view, List<EntityGroup> groups, out int tentative, out bool inOrder)
    {
        tentative = 0;

        // Each group's first start, read here for the build's sort, where the group is read anyway (the groups lie
        // scattered in memory, and a pass of its own over them cost more than its reads).
        var count = groups.Count;
        var starts = GroupingScratch.Starts(count);

        // The places of the groups coreference emptied, in order. The array is taken before the walk, so that the walk
        // makes no call (with one, its values were kept on the stack).
        var emptied = GroupingScratch.Emptied(count);

        // The places of the groups of bare words, in order, and then of the suspects among them (the first `suspects`),
        // each written over
        // the place it was found from (grouping and coreference are done with the array): so that the dropped are
        // taken out of the list without reading every group again. Half the groups are of bare words, in no order a
        // branch could learn, so each group's place is written and the count moved on by the flag.
        var places = GroupingScratch.ByGroup(count);

        // The groups are read by place as a span in the net8.0 build (one range check a read, not the list's two); the
        // list is not changed before the walk that takes groups out.
        // The three arrays hold one for each group at least (GroupingScratch), and the walk writes each below its
        // place in the list: written unchecked.
        var listed = new ListItems<EntityGroup>(groups);
        var startOf = new Unchecked<int>(starts);
        var emptiedAt = new Unchecked<int>(emptied);
        var bareAt = new Unchecked<int>(places);
        inOrder = NoteGroups(listed, startOf, emptiedAt, bareAt, out var emptiedCount, out var bare);

        // Each suspect's name's folded hash, which the echo search and the English words both take.
        int[]? hashes = null;
        bool[]? onlyIfEchoed = null; // the suspects that only an echo in lower case condemns (see Weakness.IfEchoed), rare
        var suspects = 0; // the suspects are the groups at places[0 .. suspects), a list of groups written no reference
        for (var b = 0; b < bare; b++)
        {
            var i = bareAt[b];
            var g = listed[i];
            if (!g.HasOnlyCaseAliases())
            {
                continue;
            }

            var weakness = g.AllWeakInitial ? Weakness.Weak : WeaknessOf(view, g); // AllWeakInitial holds only with AllBareWords
            if (weakness != Weakness.None)
            {
                hashes ??= GroupingScratch.ByCandidate(count);
                var n = suspects++;
                bareAt[n] = i;
                hashes[n] = FoldedHash(view, g);
                if (weakness == Weakness.IfEchoed)
                {
                    (onlyIfEchoed ??= new bool[count])[n] = true;
                }
            }
        }

        var removal = new Removal(groups, starts);
        var next = 0; // the next emptied group to take out
        if (suspects > 0)
        {
            // The groups at the suspects' places stay there until the walk below takes each out: a group is moved down
            // the list only once every suspect before it is settled, and only to an earlier place.
            var echoed = LowerCaseEchoes.Find(view, groups, places, suspects, hashes!);
            if (onlyIfEchoed is not null)
            {
                // A long word in capitals echoed in lower case is stressed only when it is an English word: a name that is
                // no word ("EMACS", "ASCII") is also written in lower case by its users.
                for (var i = 0; i < suspects; i++)
                {
                    echoed[i] &= !onlyIfEchoed[i] || WordForms.IsOrdinary(groups[places[i]].Name);
                }
            }

            WarmEnglishWords(suspects, echoed, hashes!);
            var notEchoed = 0; // the hashes of the groups not dropped are at the front, in order
            for (var i = 0; i < suspects; i++)
            {
                // Read by place as the first walks did: the removal moves groups within the list's array, and the
                // suspect's is still at its place (see above).
                var place = bareAt[i];
                var g = listed[place];
                if (echoed[i])
                {
                    g.Dropped = true;

                    // The emptied groups before it go first: the places are taken out in order.
                    for (; next < emptiedCount && emptied[next] < place; next++)
                    {
                        removal.TakeOut(emptied[next]);
                    }

                    removal.TakeOut(place);
                }
                else if (IsOrdinary(view, g, hashes![notEchoed++]) && (onlyIfEchoed is null || !onlyIfEchoed[i]))
                {
                    g.Tentative = true;
                    tentative++;
                }
            }
        }

        for (; next < emptiedCount; next++)
        {
            removal.TakeOut(emptied[next]);
        }

        removal.Done();
        return starts;
    }

    // List.RemoveAll's compaction of the groups and their starts, from the first group taken out on: the groups
    // between two taken out move down, a range at a time.
    private struct Removal
    {
        private readonly List<EntityGroup> _groups;
        private readonly int[] _starts;
        private int _kept; // where the next group kept goes, once one is taken out
        private int _last; // the last place taken out

        public Removal(List<EntityGroup> groups, int[] starts)
        {
            _groups = groups;
            _starts = starts;
            _kept = -1;
            _last = -1;
        }

        // Takes out the group at place, after any taken out before it.
        public void TakeOut(int place)
        {
            _kept = _kept < 0 ? place : MoveDown(_last + 1, place);
            _last = place;
        }

        // Moves the groups after the last taken out down, and shortens the list.
        public void Done()
        {
            if (_kept >= 0)
            {
                var kept = MoveDown(_last + 1, _groups.Count);
                _groups.RemoveRange(kept, _groups.Count - kept);
            }
        }

        // Moves the groups at [from, to) and their starts down to _kept on; returns where the next kept group goes.
        private readonly int MoveDown(int from, int to)
        {
            var length = to - from;
            if (length <= 0)
            {
                return _kept;
            }

            new ListItems<EntityGroup>(_groups).Move(from, _kept, length);
            System.Array.Copy(_starts, from, _starts, _kept, length);
            return _kept + length;
        }
    }

    // WordForms.IsOrdinary asks the English words first about each name kept, by the name's folded hash, and the list
    // is far larger than the nearest caches: the probes' reads are begun together for all the names (the loop after
    // asked one after another, each waiting on memory). Only reads: no answer changes. The hashes of the names kept
    // are moved to the front of the suspects' hashes, in order, for the loop that asks (the echo search is done with them).
    private static void WarmEnglishWords(int suspects, bool[] echoed, int[] hashes)
    {
        var count = 0;
        for (var i = 0; i < suspects; i++)
        {
            if (!echoed[i])
            {
                hashes[count++] = hashes[i];
            }
        }

        _ = WordLists.EnglishWords.Warm(hashes, count);
    }

    // WordForms.IsOrdinary of a group's name of folded hash `hash`, asked of the token it is written as when it is one.
    private static bool IsOrdinary(TokenView view, EntityGroup g, int hash)
    {
        var k = g.NameToken;
        return k >= 0 ? WordForms.IsOrdinary(g.Name, hash, view, k) : WordForms.IsOrdinary(g.Name);
    }

    // A suspect's name's folded hash: a name written as one token is the token, whose hash the view kept when the
    // candidate finder looked it up. Inlined: asked of every suspect.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int FoldedHash(TokenView view, EntityGroup g)
    {
        var k = g.NameToken;
        return k >= 0 ? view.FoldedTextHash(k) : WordSet.HashFolded(g.Name, 0, g.Name.Length);
    }

    // How weak a group's capitals are.
    private enum Weakness
    {
        // Some occurrence is a name's.
        None,

        // Every occurrence is a capital that its position explains: a sentence's first word, a word of a headline
        // written in capitals ("GERMAN FIRST DIVISION RESULTS/STANDINGS"), or a word stressed in capitals ("I'd LOVE to").
        Weak,

        // The one occurrence is a long word in capitals amid lower case ("a GOOD OCULIST", "the MOUSTACHE"), which
        // stands where an acronym would ("the SWIFT network"): a name unless the seed also writes the word in lower
        // case. Acronyms are short, so a word of five letters or more that the seed uses as a word is one stressed.
        IfEchoed,
    }

    private static Weakness WeaknessOf(TokenView view, EntityGroup g)
    {
        var occurrences = g.Occurrences;
        foreach (var c in occurrences)
        {
            // One word without context evidence, capitalised by its place: a sentence's first word, a shouted line, a
            // stressed word or one in title case.
            if (c.Words != 1 || c.ContextWeight != 0)
            {
                return Weakness.None;
            }

            if (c.Initial)
            {
                continue;
            }

            // Only a word in capitals can be shouted or stressed, and the token's flags settle that before any walk; a
            // capitalised word is weak only in title case.
            var k = c.FirstToken;
            if (!view[k].Has(TokenFlags.AllCaps))
            {
                if (TitleCaseLines.Capitalises(view, k))
                {
                    continue;
                }

                return Weakness.None;
            }

            if (!InShoutedLine(view, k) && !EmphasisCapitals.Stressed(view, k) && !TitleCaseLines.Capitalises(view, k))
            {
                return occurrences.Count == 1 && EmphasisCapitals.StressedIfEchoed(view, k) ? Weakness.IfEchoed : Weakness.None;
            }
        }

        return Weakness.Weak;
    }

    /// <summary>Token <paramref name="k"/> is in capitals on a line of three or more words all in capitals.</summary>
    private static bool InShoutedLine(TokenView view, int k) =>
        view[k].Has(TokenFlags.AllCaps) && view[k].Length >= 2 && view.CapitalWordsOnLineOf(k) >= 3;

    // tentative: how many groups DropOrMarkTentative marked Tentative; starts and inOrder: what it returned of their first starts.
    private static EntityInfo[] Build(List<EntityGroup> groups, int tentative, MentionLines lines, int[] starts, bool inOrder)
    {
        var order = inOrder ? null : OrderByFirstMention(groups, starts);
        var result = new EntityInfo[groups.Count];

        // The groups and each one's occurrences are read by place: in the net8.0 build as spans, one range check a
        // read where the list's indexer and the occurrences' window made two.
        var listed = new ListItems<EntityGroup>(groups);
        var spans = lines.Read();

        // Bounded by the result's length (the groups' count), which no store in the loop changes: the list's count was
        // read again at every pass, and the result's stores were range-checked.
        for (var i = 0; i < result.Length; i++)
        {
            var g = listed[order is null ? i : order[i]];
            g.Place = i;
            string? role = null;
            string? affiliation = null;
            string? description = null;
            var noted = false; // whether some occurrence has notes: the kind is then read for which of them it keeps
#if NET
            var occurrences = g.OccurrenceSpan;
            var mentions = new EntityMention[occurrences.Length];
            for (var m = 0; m < occurrences.Length; m++)
#else
            var occurrences = g.Occurrences;
            var mentions = new EntityMention[occurrences.Count];
            for (var m = 0; m < occurrences.Count; m++)
#endif
            {
                var c = occurrences[m];
                mentions[m] = new EntityMention(spans.Span(c.Start, c.End - c.Start), c.Sentence);
                if (!c.HasNotes)
                {
                    continue; // most occurrences: no role, descriptor or affiliation to read
                }

                noted = true;
                role ??= c.Role;
                description ??= c.Description;
                // An affiliation is named only when its entity survived into the result: the group of a candidate
                // always holds it, so only a group dropped as a lower-case word is missing from the list.
                if (affiliation is null && c.Affiliation?.Group is EntityGroup other && other != g && !other.Dropped)
                {
                    affiliation = other.Name;
                }
            }

            // A person keeps a role and no description, anything else the reverse. Most entities have neither, and
            // the kind is not asked of them: whether an entity is a person falls at random, and was mispredicted.
            if (noted)
            {
                if (g.Kind == EntityKind.Person)
                {
                    description = null;
                }
                else
                {
                    role = null;
                }
            }

            // Most entities have no notes and no aliases: their nulls and empty array are stored as constants, which
            // need no call of the collector's write barrier (four of an entity's eight stores of a reference).
            var tentativeEntity = tentative > 0 && g.Tentative;
            if (!noted && g.AliasCount == 0)
            {
                result[i] = new EntityInfo(
                    g.Name,
                    g.Kind,
                    null,
                    null,
                    null,
                    new EquatableArray<string>(System.Array.Empty<string>()),
                    new EquatableArray<EntityMention>(mentions),
                    tentativeEntity);
                continue;
            }

            result[i] = new EntityInfo(
                g.Name,
                g.Kind,
                role,
                affiliation,
                description,
                new EquatableArray<string>(g.AliasCount == 0 ? System.Array.Empty<string>() : g.SortedAliases()),
                new EquatableArray<EntityMention>(mentions),
                tentativeEntity);
        }

        return result;
    }

    /// <summary>
    /// Every mention of the entities just built, in the order the speaker resolver reads them (by start, end and
    /// entity): the first <paramref name="count"/> of the array returned, taken from the candidates, which come nearly
    /// in that order already (the resolver would otherwise sort them again from the entities). Each candidate is a
    /// mention of its group's entity, unless the group was dropped. Null for a candidate list far out of order, which
    /// is left to the resolver's own sort.
    /// </summary>
    private static (int Start, int End, int Entity)[]? SortedMentions(List<NameCandidate> candidates, out int count)
    {
        var sorted = Quotes.SpeakerResolver.SortedMentionsScratch(candidates.Count);
        var at = new Unchecked<(int Start, int End, int Entity)>(sorted); // unchecked: it holds one for each candidate, and j is below their count
        count = 0;
        var made = 0; // the count, in a register (the out parameter is written through memory)
        var moves = 0;
        var limit = (4 * candidates.Count) + 64;
        var all = new ListItems<NameCandidate>(candidates); // one range check a read, not the list's two
        for (var i = 0; i < all.Count; i++)
        {
            var c = all[i];
            var g = c.Group;
            if (g is null || g.Dropped)
            {
                continue;
            }

            var start = c.Start;
            var end = c.End;
            var entity = g.Place;
            var j = made++;
            while (j > 0 && (at[j - 1].Start > start
                || (at[j - 1].Start == start && (at[j - 1].End > end || (at[j - 1].End == end && at[j - 1].Entity > entity)))))
            {
                at[j] = at[j - 1];
                j--;
                if (++moves > limit)
                {
                    return null;
                }
            }

            at[j] = (start, end, entity);
        }

        count = made;
        return sorted;
    }

    // Groups are made in order of first mention, and only coreference moves an earlier mention into a group:
    // many seeds need no sort, and then there is no order (null): the list is in it. When one is needed the result
    // must be that of the (unstable) sort on the same keys as always, so ties keep their order: the groups are put in
    // order by their keys as plain integers (no comparer call per comparison), which gives that result whenever no
    // two keys are equal, and the old sort of the list is kept for ties. The keys are read from starts, the first
    // of which are the groups' in the list's order.
    private static int[]? OrderByFirstMention(List<EntityGroup> groups, int[] starts)
    {
        for (var i = 1; i < groups.Count; i++)
        {
            if (starts[i - 1] >= starts[i])
            {
                return OrderByKeys(groups, starts);
            }
        }

        return null;
    }

    // The places in the list of the groups in order of their keys. The groups that keep ascending keys stay in their
    // order; the rest are sorted among themselves and merged in. Any order comes out sorted, but this is cheap only
    // because keys only ever decrease (coreference moves earlier mentions into a few groups, and empties the groups
    // it takes them from). The order is of places, not groups, so that no group is written anywhere: with no two keys
    // equal the sorted order is the one any sort gives; with ties the list itself is sorted the old way (and null
    // returned).
    private static int[]? OrderByKeys(List<EntityGroup> groups, int[] starts)
    {
        var count = groups.Count;
        var order = SpareArrays.Take(ref _order, System.Math.Max(count, 64), MaxRetainedSort);

        // First the places of the groups taken out of the ascending run, with their keys. Order is free until the merge:
        // the places are noted at its front (at most one per group, each at or below its own place), with no call in
        // the walk (a list's add there kept the walk's values on the stack). The starts hold one for each group at
        // least (the drop rule's count, before it took any out): read unchecked, as is order, as long.
        var orderAt = new Unchecked<int>(order);
        var startAt = new Unchecked<int>(starts);
        var moved = 0;
        var last = int.MinValue;
        for (var i = 0; i < count; i++)
        {
            var start = startAt[i];
            if (start > last)
            {
                last = start;
            }
            else
            {
                orderAt[moved++] = i;
            }
        }

        if (moved == 0)
        {
            return null; // in order already (the caller found two groups out of order or tied, so this does not happen)
        }

        var places = new int[moved];
        System.Array.Copy(order, places, moved);
        var keys = new int[moved];
        for (var i = 0; i < places.Length; i++)
        {
            keys[i] = starts[places[i]];
        }

        System.Array.Sort(keys, places);

        // The merge walks the run again: the places taken out are marked in starts (their keys are in keys now), and
        // the run is the rest, whose starts ascend. Two keys tie only side by side in the merged order: two sorted keys,
        // or a sorted key and the start of the run it would go before.
        for (var i = 0; i < places.Length; i++)
        {
            starts[places[i]] = TakenOut;
        }

        for (var i = 1; i < keys.Length; i++)
        {
            if (keys[i - 1] == keys[i])
            {
                return SortWithTies(groups);
            }
        }

        var k = 0;
        var b = 0; // the next of the sorted ones
        var nextKey = keys[0]; // its key, or int.MaxValue (past every start) when all are placed
        for (var a = 0; a < count; a++)
        {
            var key = startAt[a];
            if (key == TakenOut)
            {
                continue;
            }

            while (nextKey <= key)
            {
                if (nextKey == key)
                {
                    return SortWithTies(groups);
                }

                orderAt[k++] = places[b++];
                nextKey = b < keys.Length ? keys[b] : int.MaxValue;
            }

            // k stays below the count: each group's place is written once, the sorted ones' and the run's.
            orderAt[k++] = a;
        }

        while (b < places.Length)
        {
            order[k++] = places[b++];
        }

        return order;
    }

    // A start no group has: the mark of a place taken out of the run.
    private const int TakenOut = int.MinValue;

    // The list sorted the old way, for keys that tie (the unstable sort decides their order its own way); no order.
    private static int[]? SortWithTies(List<EntityGroup> groups)
    {
        groups.Sort((x, y) => x.FirstStart.CompareTo(y.FirstStart));
        return null;
    }

    // The array OrderByKeys writes the order in, kept per thread for the next build's sort. One that grew for a very
    // large seed is let go.
    private const int MaxRetainedSort = 1 << 14;

    [System.ThreadStatic]
    private static int[]? _order;
}
