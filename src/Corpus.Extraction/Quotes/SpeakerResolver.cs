using System;

namespace Corpus.Extraction.Quotes;

/// <summary>
/// Turns a speaker phrase into the entity it names: the last entity mention that ends the phrase's head
/// ("investment bank Goldman Sachs" → Goldman Sachs; "Jane Doe, chief executive of Acme" → Jane Doe, not Acme),
/// and a pronoun ("he said") into the one person mentioned shortly before, when only one is. Its sorted mentions are
/// per-thread scratch: a resolver is read only until the next one is made on its thread.
/// </summary>
internal sealed class SpeakerResolver
{
    private readonly string _text;
    private readonly EntityInfo[] _entities;
    private readonly ParagraphLayout _layout;

    // Every mention of every entity, sorted (see SortedMentions): the first _count of _mentions, a per-thread array
    // that the next document's resolver on this thread takes over.
    private readonly (int Start, int End, int Entity)[] _mentions;
    private readonly int _count;

    // Where FirstMentionEndingAfter's search ended last, and its next one starts.
    private int _lastFirst;

    // The people with a role, gathered when a description first asks (see RoleHolders).
    private EntityInfo[]? _roleHolders;

    /// <summary>
    /// A resolver of <paramref name="entities"/>, whose mentions are sorted here unless the entity stage gave them
    /// sorted: the first <paramref name="sortedCount"/> of <paramref name="sorted"/> (see <see cref="SortedMentionsScratch"/>).
    /// </summary>
    public SpeakerResolver(string text, EntityInfo[] entities, ParagraphLayout layout, (int Start, int End, int Entity)[]? sorted = null, int sortedCount = 0)
    {
        _text = text;
        _entities = entities;
        _layout = layout;
        if (sorted is null)
        {
            _mentions = SortedMentions(entities, text.Length, out _count);
        }
        else
        {
            _mentions = sorted;
            _count = sortedCount;
        }
    }

    /// <summary>
    /// Every mention of every entity, ordered by start, then end, then entity: the first <paramref name="count"/>
    /// of the returned array, which is this thread's scratch (as the resolver lives only while its document's
    /// quotations are read). Each entity's mentions are already
    /// in text order, so a counting pass into buckets of <see cref="BucketWidth"/> characters leaves the list sorted
    /// but within a bucket, where an insertion pass finishes it: linear in the mentions, with no comparison calls.
    /// </summary>
    private static (int Start, int End, int Entity)[] SortedMentions(EntityInfo[] entities, int textLength, out int count)
    {
        count = 0;
        foreach (var entity in entities)
        {
            count += entity.Mentions.Count;
        }

        // Each mention's span is read once (two objects away from its entity) into a per-thread scratch array, in
        // entity order, while its bucket is counted; the placing pass reads that array instead of the objects again.
        var scratch = Scratch.Take(count, textLength / BucketWidth + 2);
        var spans = scratch.Spans;
        var firsts = scratch.Firsts;
        var n = 0;
        for (var e = 0; e < entities.Length; e++)
        {
            var mentions = entities[e].Mentions;
            for (var k = 0; k < mentions.Count; k++)
            {
                var span = mentions[k].Span;
                var start = span.Start;
                spans[n++] = (start, start + span.Length, e);
                firsts[BucketOf(start, textLength) + 1]++;
            }
        }

        var buckets = textLength / BucketWidth + 2;
        for (var b = 1; b < buckets; b++)
        {
            firsts[b] += firsts[b - 1];
        }

        // Placed bucket by bucket, in entity order within each bucket.
        var sorted = scratch.Sorted;
        for (var i = 0; i < count; i++)
        {
            sorted[firsts[BucketOf(spans[i].Start, textLength)]++] = spans[i];
        }

        // A stable insertion sort by start and end: ties keep the entity order they were placed in.
        for (var i = 1; i < count; i++)
        {
            var mention = sorted[i];
            var j = i;
            while (j > 0 && (sorted[j - 1].Start > mention.Start || (sorted[j - 1].Start == mention.Start && sorted[j - 1].End > mention.End)))
            {
                sorted[j] = sorted[j - 1];
                j--;
            }

            sorted[j] = mention;
        }

        return sorted;
    }

    /// <summary>
    /// This thread's array for the mentions of the entities being built, with room for <paramref name="mentions"/>: the
    /// entity stage sorts them into it as it builds the entities, and hands it to the resolver of the same entities
    /// (see <see cref="Names.MentionTables"/>), which takes it instead of sorting again.
    /// </summary>
    public static (int Start, int End, int Entity)[] SortedMentionsScratch(int mentions) => Scratch.Take(mentions, 0).Sorted;

    /// <summary>
    /// The scratch arrays of <see cref="SortedMentions"/>, kept per thread (the engine runs on many threads; each
    /// has its own, and nothing in them outlives the call but the sorted mentions, which outlive it only as long as
    /// their resolver, while one document's quotations are read): a document's mentions and bucket counts would
    /// otherwise be allocated, and cleared by the runtime, for every seed.
    /// </summary>
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch? _current;

        public (int Start, int End, int Entity)[] Spans = Array.Empty<(int, int, int)>();

        public int[] Firsts = Array.Empty<int>();

        public (int Start, int End, int Entity)[] Sorted = Array.Empty<(int, int, int)>();

        /// <summary>This thread's scratch with room for <paramref name="mentions"/> spans and <paramref name="buckets"/> zeroed counts.</summary>
        public static Scratch Take(int mentions, int buckets)
        {
            var scratch = _current ??= new Scratch();
            if (scratch.Spans.Length < mentions)
            {
                scratch.Spans = new (int, int, int)[Math.Max(mentions, scratch.Spans.Length * 2)];
                scratch.Sorted = new (int, int, int)[scratch.Spans.Length];
            }

            if (scratch.Firsts.Length < buckets)
            {
                scratch.Firsts = new int[Math.Max(buckets, scratch.Firsts.Length * 2)];
            }
            else
            {
                Array.Clear(scratch.Firsts, 0, buckets);
            }

            return scratch;
        }
    }

    // Mentions per bucket of this many characters are few (a name every few dozen characters at most).
    private const int BucketWidth = 128;

    private static int BucketOf(int start, int textLength) => (start < textLength ? start : textLength) / BucketWidth;

    /// <summary>The kind of the entity named <paramref name="name"/> (the last one, should two share the name).</summary>
    private bool TryGetKind(string name, out EntityKind kind)
    {
        // Asked only by a pronoun that finds nobody in its paragraphs, a few times per document: a scan costs less
        // than building a dictionary of every name.
        for (var e = _entities.Length - 1; e >= 0; e--)
        {
            if (string.Equals(_entities[e].Name, name, StringComparison.Ordinal))
            {
                kind = _entities[e].Kind;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>The name of the entity <paramref name="phrase"/> names, or null.</summary>
    /// <param name="phrase">The speaker phrase.</param>
    /// <param name="quoteStart">Where the quotation opens; a pronoun looks for people mentioned before it.</param>
    /// <param name="previousSpeaker">The entity that spoke the quotation before, which breaks a tie for a pronoun.</param>
    public string? Resolve(SpeakerPhrase phrase, int quoteStart, string? previousSpeaker)
    {
        if (!phrase.Found || _count == 0)
        {
            return null;
        }

        var pronoun = PronounKind(phrase);
        if (pronoun is { } kind)
        {
            return ResolvePronoun(kind, Math.Min(quoteStart, phrase.Start), previousSpeaker);
        }

        var described = ResolveDescription(phrase, Math.Min(quoteStart, phrase.Start), previousSpeaker);
        if (described is not null)
        {
            return described;
        }

        var headEnd = HeadEnd(phrase.Start, phrase.HeadEnd);
        var named = NameEnding(phrase.Start, headEnd);
        if (named is not null)
        {
            return named;
        }

        if (phrase.HeadEnd >= phrase.End)
        {
            return OrganisationOwning(phrase.Start, headEnd) ?? NamedAfterRelativeClause(phrase.End, quoteStart);
        }

        // "the company’s chief executive, Jane Doe": when the head names nobody, a capitalised appositive may.
        var appositive = phrase.HeadEnd;
        while (appositive < phrase.End && (char.IsWhiteSpace(_text[appositive]) || _text[appositive] == ','))
        {
            appositive++;
        }

        return appositive < phrase.End && char.IsUpper(_text[appositive])
            ? NameEnding(appositive, HeadEnd(appositive, phrase.End))
            : null;
    }

    /// <summary>
    /// The organisation whose possessive opens a head of common nouns: "The African Union’s observer mission said"
    /// speaks for the African Union, as "the company’s board" does for the company. (Not for people: "Smith’s
    /// lawyer said" is the lawyer talking, not Smith.)
    /// </summary>
    private string? OrganisationOwning(int start, int headEnd)
    {
        string? owner = null;
        for (var m = FirstMentionEndingAfter(start); m < _count && _mentions[m].Start < headEnd; m++)
        {
            var end = _mentions[m].End;
            if (_mentions[m].Start < start || end + 2 >= headEnd || _text[end] is not ('\'' or '\u2019') || _text[end + 1] != 's'
                || _text[end + 2] != ' ')
            {
                continue;
            }

            var entity = _entities[_mentions[m].Entity];
            owner = entity.Kind == EntityKind.Organization && OnlyLowerCaseWords(end + 3, headEnd) ? entity.Name : null;
        }

        return owner;
    }

    /// <summary>
    /// "A cleaner who asked to be identified only by her first name, Rosa, put it bluntly: “…”": a description
    /// followed by a relative clause that ends by naming the person between commas is that person.
    /// </summary>
    private string? NamedAfterRelativeClause(int phraseEnd, int quoteStart)
    {
        if (!IsWordAt(phraseEnd + 1, "who") || quoteStart <= phraseEnd)
        {
            return null;
        }

        string? named = null;
        for (var m = FirstMentionEndingAfter(phraseEnd); m < _count && _mentions[m].End < quoteStart; m++)
        {
            var (start, end, entity) = _mentions[m];
            if (start >= phraseEnd + 2 && _text[start - 2] == ',' && _text[start - 1] == ' ' && _text[end] == ','
                && _entities[entity].Kind == EntityKind.Person)
            {
                named = _entities[entity].Name;
            }
        }

        return named;
    }

    private bool OnlyLowerCaseWords(int from, int to)
    {
        var wordStart = true;
        for (var i = from; i < to; i++)
        {
            var c = _text[i];
            if (wordStart && char.IsLetter(c) && !char.IsLower(c))
            {
                return false;
            }

            wordStart = c == ' ';
        }

        return to > from;
    }

    /// <summary>The entity whose mention ends the head <c>[start, headEnd)</c>: only spaces and punctuation may follow it.</summary>
    private string? NameEnding(int start, int headEnd)
    {
        var best = -1;
        for (var m = FirstMentionEndingAfter(start); m < _count && _mentions[m].Start < headEnd; m++)
        {
            if (_mentions[m].End > start && (best < 0 || _mentions[m].End >= _mentions[best].End))
            {
                best = m;
            }
        }

        if (best < 0)
        {
            return null;
        }

        for (var i = _mentions[best].End; i < headEnd; i++)
        {
            if (char.IsLetterOrDigit(_text[i]))
            {
                return null;
            }
        }

        return _entities[_mentions[best].Entity].Name;
    }

    /// <summary>
    /// People mentioned in <c>[from, to)</c> other than <paramref name="except"/>: the one such person and their
    /// last mention, or <paramref name="several"/> when more than one is. Between two quotations, a newly named
    /// person usually takes the floor: "“We won,” Smith said. Jones disagreed. “Nobody won.”"
    /// </summary>
    public string? OtherPersonBetween(int from, int to, string? except, out int mentionStart, out int mentionEnd, out bool several)
    {
        string? other = null;
        mentionStart = mentionEnd = -1;
        several = false;
        for (var m = FirstMentionEndingAfter(from); m < _count && _mentions[m].Start < to; m++)
        {
            var entity = _entities[_mentions[m].Entity];
            if (entity.Kind != EntityKind.Person || _mentions[m].Start < from || string.Equals(entity.Name, except, StringComparison.Ordinal))
            {
                continue;
            }

            several |= other is not null && !string.Equals(other, entity.Name, StringComparison.Ordinal);
            other ??= entity.Name;
            mentionStart = _mentions[m].Start;
            mentionEnd = _mentions[m].End;
        }

        return several ? null : other;
    }

    /// <summary>
    /// "the company said" → the one organisation named in the paragraph (or the one before); "the minister said" →
    /// the one person whose role is minister. A definite description refers back like a pronoun.
    /// </summary>
    private string? ResolveDescription(SpeakerPhrase phrase, int before, string? previousSpeaker)
    {
        // Most phrases are names: the four characters are compared in place (no letter outside ASCII folds to one of
        // "the"), before any search.
        var at = phrase.Start;
        if (phrase.End - at < 4 || (_text[at] | 0x20) != 't' || (_text[at + 1] | 0x20) != 'h' || (_text[at + 2] | 0x20) != 'e'
            || _text[at + 3] != ' ')
        {
            return null;
        }

        var nounStart = at + 4;
        var nounLength = phrase.End - nounStart;
        if (nounLength <= 0 || _text.IndexOf(' ', nounStart, nounLength) >= 0 || !char.IsLower(_text[nounStart]))
        {
            return null;
        }

        if ((QuoteLexicon.Instance.Classes.Lookup(_text, nounStart, nounLength) & WordClass.OrganisationNoun) != 0)
        {
            return ResolvePronoun(EntityKind.Organization, before, previousSpeaker);
        }

        string? holder = null;
        foreach (var entity in RoleHolders())
        {
            var role = entity.Role!;
            if (role.Length == nounLength
                && string.Compare(role, 0, _text, nounStart, nounLength, StringComparison.OrdinalIgnoreCase) == 0)
            {
                if (holder is not null)
                {
                    return null;
                }

                holder = entity.Name;
            }
        }

        return holder;
    }

    /// <summary>
    /// The people given a role, in entity order: gathered on the first "the minister said" of a seed, so later
    /// ones compare a handful of roles instead of reading every entity again.
    /// </summary>
    private EntityInfo[] RoleHolders()
    {
        if (_roleHolders is null)
        {
            var holders = new System.Collections.Generic.List<EntityInfo>();
            foreach (var entity in _entities)
            {
                if (entity.Kind == EntityKind.Person && entity.Role is not null)
                {
                    holders.Add(entity);
                }
            }

            _roleHolders = holders.ToArray();
        }

        return _roleHolders;
    }

    /// <summary>The entity a pronoun before <paramref name="before"/> stands for, when only one fits.</summary>
    private string? ResolvePronoun(EntityKind kind, int before, string? previousSpeaker)
    {
        // The paragraph of the quotation first ("Ofgem chief Jane Roe defended the rise. “We understand,” she said."),
        // then the one before it, where news prose introduces a speaker it quotes in the next paragraph.
        var paragraph = _layout.IndexOf(before);
        var current = OnlyMentioned(kind, _layout.StartOf(paragraph), before, previousSpeaker, out var several);
        if (current is not null || several)
        {
            return current;
        }

        var earlier = paragraph == 0 ? null : OnlyMentioned(kind, _layout.StartOf(paragraph - 1), before, previousSpeaker, out several);
        if (earlier is not null || several)
        {
            return earlier;
        }

        // With nobody named in either paragraph, "she said" goes on with the person quoted last: news prose quotes
        // one speaker over several paragraphs and names them only in the first.
        if (previousSpeaker is not null && TryGetKind(previousSpeaker, out var previousKind) && previousKind == kind)
        {
            return previousSpeaker;
        }

        // “Was it arson?” one reporter asked. / “It is too early to say,” she replied. — nobody named is quoted
        // last, so the pronoun goes back to the person last named as the subject of a clause (“Park said the …”),
        // a few paragraphs up at most.
        var from = _layout.StartOf(Math.Max(0, paragraph - PronounReachParagraphs));
        return kind == EntityKind.Person ? LastSubject(from, before) : null;
    }

    // How many paragraphs back a pronoun may reach for its person when nobody was quoted since.
    private const int PronounReachParagraphs = 3;

    /// <summary>The person of the last person mention in <c>[from, before)</c>, when that mention reads as a subject.</summary>
    private string? LastSubject(int from, int before)
    {
        var last = -1;
        for (var m = FirstMentionEndingAfter(from); m < _count && _mentions[m].End <= before; m++)
        {
            if (_mentions[m].Start >= from && _entities[_mentions[m].Entity].Kind == EntityKind.Person)
            {
                last = m;
            }
        }

        return last >= 0 && IsSubjectLike(_mentions[last].End) ? _entities[_mentions[last].Entity].Name : null;
    }

    /// <summary>
    /// Whether the words after a name make it the subject of a clause: an appositive comma ("Élodie Marchand, who
    /// will join Veridian, said") or a lower-case word that is not a preposition, determiner or conjunction
    /// ("Park said", "Ortega backed her"); "met Raj Patel at the station" and "criticised Jones." are objects.
    /// </summary>
    private bool IsSubjectLike(int end)
    {
        var i = end;
        if (i + 1 < _text.Length && _text[i] is '\'' or '\u2019' && _text[i + 1] == 's')
        {
            // "Park's statement said" — a possessive is not the subject.
            return false;
        }

        while (i < _text.Length && _text[i] == ' ')
        {
            i++;
        }

        if (i >= _text.Length)
        {
            return false;
        }

        if (_text[i] == ',')
        {
            return true;
        }

        var wordEnd = i;
        while (wordEnd < _text.Length && char.IsLetter(_text[wordEnd]))
        {
            wordEnd++;
        }

        if (wordEnd == i || !char.IsLower(_text[i]))
        {
            return false;
        }

        var classes = QuoteLexicon.Instance.Classes.Lookup(_text, i, wordEnd - i);
        return (classes & (WordClass.Boundary | WordClass.Determiner)) == 0;
    }

    /// <summary>
    /// The one entity of <paramref name="kind"/> mentioned in <c>[from, before)</c>; with several, the previous
    /// speaker when it is the last of them (and <paramref name="several"/> is set); otherwise null.
    /// </summary>
    private string? OnlyMentioned(EntityKind kind, int from, int before, string? previousSpeaker, out bool several)
    {
        string? only = null;
        string? last = null;
        several = false;
        for (var m = FirstMentionEndingAfter(from); m < _count && _mentions[m].End <= before; m++)
        {
            var entity = _entities[_mentions[m].Entity];
            if (entity.Kind != kind || _mentions[m].Start < from)
            {
                continue;
            }

            several |= only is not null && !string.Equals(only, entity.Name, StringComparison.Ordinal);
            only ??= entity.Name;
            last = entity.Name;
        }

        if (!several)
        {
            return only;
        }

        if (previousSpeaker is not null && string.Equals(previousSpeaker, last, StringComparison.Ordinal))
        {
            return last;
        }

        // "Lumenor co-founder Élodie Marchand, who will join Veridian, said … “We said no,” she said." — with
        // several people named, the last one named as a subject is the one a speech pronoun picks up.
        return kind == EntityKind.Person ? LastSubject(from, before) : null;
    }

    /// <summary>
    /// Where the head noun of the phrase ends: "a spokesperson for Acme" and "the head of the agency" are headed
    /// by the common noun before "for" or "of"; "Bank of America" keeps its "of" because a name precedes it.
    /// </summary>
    private int HeadEnd(int start, int end)
    {
        var wordStart = start;
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(_text[i]))
            {
                continue;
            }

            // Most words start with another letter: told before the words are compared.
            var next = i + 1;
            var first = next < _text.Length ? _text[next] : ' ';
            if (first is 'o' or 'f' or 'a' && (IsWordAt(next, "of") || IsWordAt(next, "for") || IsWordAt(next, "at")))
            {
                // "Professor Naomi Feld of the LBJ School": a name that ends before "of" is the head.
                if (char.IsLower(_text[wordStart]) || MentionEndsAt(start, i))
                {
                    return i;
                }
            }

            wordStart = next;
        }

        return end;
    }

    private bool MentionEndsAt(int from, int end)
    {
        for (var m = FirstMentionEndingAfter(from); m < _count && _mentions[m].Start < end; m++)
        {
            if (_mentions[m].End == end)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsWordAt(int at, string word)
        => at + word.Length < _text.Length
            && string.CompareOrdinal(_text, at, word, 0, word.Length) == 0
            && char.IsWhiteSpace(_text[at + word.Length]);

    private EntityKind? PronounKind(SpeakerPhrase phrase)
    {
        var length = phrase.End - phrase.Start;
        if (length > 4)
        {
            return null;
        }

        if (IsSpelled(phrase.Start, length, "he") || IsSpelled(phrase.Start, length, "she"))
        {
            return EntityKind.Person;
        }

        return IsSpelled(phrase.Start, length, "it") ? EntityKind.Organization : null;
    }

    /// <summary>Whether <c>text[start..start+length)</c> is <paramref name="pronoun"/>, ignoring case, read in place.</summary>
    private bool IsSpelled(int start, int length, string pronoun)
        => length == pronoun.Length && string.Compare(_text, start, pronoun, 0, length, StringComparison.OrdinalIgnoreCase) == 0;

    private int FirstMentionEndingAfter(int offset)
    {
        // The first mention that starts at or after the offset, found by galloping from the one found last (the
        // offsets asked come in text order, give or take a few paragraphs), then stepping back over mentions that
        // start before it and still reach it (mentions do not nest much).
        var mentions = _mentions;
        var count = _count;
        var last = Math.Min(_lastFirst, count);
        int lo, hi;
        var step = 1;
        if (last < count && mentions[last].Start < offset)
        {
            // Every mention up to lo starts before the offset; hi starts at or after it, or is the end.
            lo = last + 1;
            hi = lo;
            while (hi < count && mentions[hi].Start < offset)
            {
                lo = hi + 1;
                hi = lo + step;
                step *= 2;
            }

            hi = Math.Min(hi, count);
        }
        else
        {
            hi = last;
            lo = hi - 1;
            while (lo >= 0 && mentions[lo].Start >= offset)
            {
                hi = lo;
                lo = hi - step;
                step *= 2;
            }

            lo = Math.Max(lo + 1, 0);
        }

        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (mentions[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        _lastFirst = lo;
        while (lo > 0 && mentions[lo - 1].End > offset)
        {
            lo--;
        }

        return lo;
    }
}
