using System;
using System.Collections.Generic;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Quotes;

/// <summary>
/// Finds the quotations of one seed, decides Quotation or Term, and names their speakers: the pipeline
/// QuoteFinder (marks) → SpeakerFinder (attribution patterns) → QuoteClassifier → SpeakerResolver (entities).
/// </summary>
internal static class QuoteExtractor
{
    /// <summary>Every quotation of <paramref name="text"/> in text order; unclosed ones go to <paramref name="problems"/>.</summary>
    public static QuoteInfo[] Extract(string text, Sentence[] sentences, EntityInfo[] entities, LineMap map, List<Problem> problems) =>
        Extract(text, sentences, entities, map, problems, default);

    /// <summary>
    /// <see cref="Extract(string, Sentence[], EntityInfo[], LineMap, List{Problem})"/> with the tables the entity stage
    /// just made for <paramref name="entities"/>, which it reads instead of making them again.
    /// </summary>
    public static QuoteInfo[] Extract(string text, Sentence[] sentences, EntityInfo[] entities, LineMap map, List<Problem> problems, Names.MentionTables mentions)
    {
        var layout = ParagraphLayout.Of(text, map);
        var found = _found ?? new List<FoundQuote>();
        _found = null;
        QuoteFinder.Find(text, layout, map, problems, found);
        try
        {
            return found.Count == 0 ? Array.Empty<QuoteInfo>() : Extract(text, sentences, entities, map, layout, found, mentions);
        }
        finally
        {
            // Kept for the thread's next seed unless a seed of very many quotations grew it large.
            found.Clear();
            _found = found.Capacity <= MaxKeptQuotes ? found : null;
        }
    }

    // The found quotations of the seed being read, a list kept per thread: one per seed would be allocated and grown
    // again every time.
    [ThreadStatic]
    private static List<FoundQuote>? _found;

    // The most found quotations whose list a thread keeps (some 50 KB).
    private const int MaxKeptQuotes = 2048;

    private static QuoteInfo[] Extract(string text, Sentence[] sentences, EntityInfo[] entities, LineMap map, ParagraphLayout layout, List<FoundQuote> found, Names.MentionTables mentions)
    {
        var finder = new SpeakerFinder(text, found, layout);
        var masks = TokenMasks.Kept(text);
        var resolver = new SpeakerResolver(text, entities, layout, mentions.Sorted, mentions.SortedCount);
        var lines = mentions.Lines.HasTables ? mentions.Lines : new Names.MentionLines(map);

        // The sentences' starts in an array of their own, as the splitter kept them: the search of each quotation's
        // sentence reads those, not the sentence objects, long out of the cache by now.
        var starts = SentenceSplitter.StartsOf(sentences) ?? StartsOf(sentences);
        var quotes = new QuoteInfo[found.Count];
        var previous = -1;
        SpeakerPhrase previousPhrase = default;
        string? previousSpeaker = null;
        var sentence = 0;

        // Read by place (ListItems): nothing adds to the list or takes from it while its quotations are read.
        var items = new ListItems<FoundQuote>(found);
        for (var i = 0; i < items.Count; i++)
        {
            var quote = items[i];
            var context = finder.ContextOf(i);
            var phrase = finder.Find(context);
            var kind = QuoteClassifier.Classify(text, context, phrase);
            string? speaker = null;
            if (previous >= 0 && previous == i - 1 && IsCoordinated(context.Before))
            {
                // She described the film as “a triumph” and “long overdue.” — the second part shares the first's kind
                // and speaker.
                kind = QuoteKind.Quotation;
                phrase = previousPhrase.Found ? previousPhrase with { Cue = SpeakerCue.Inherited } : default;
                speaker = previousSpeaker;
            }
            else if (kind == QuoteKind.Term)
            {
                // A scare-quoted name has no speaker, even inside a sentence that reports someone's words.
                phrase = default;
            }
            else
            {
                if (!phrase.Found)
                {
                    phrase = finder.FindSubject(context);
                }

                if (!phrase.Found && previous >= 0 && previousPhrase.Found
                    && layout.IndexOf(quote.Open) - layout.IndexOf(items[previous].Close) <= 1)
                {
                    // Only people named after the previous quotation's own sentence (its attribution and appositive) count.
                    var since = Math.Min(quote.Open, Math.Max(items[previous].End, finder.EndOfWordsAfter(previous)));
                    var other = resolver.OtherPersonBetween(since, quote.Open, previousSpeaker, out var start, out var end, out var several);
                    if (other is not null)
                    {
                        // “We won,” Smith said. Jones disagreed. “Nobody won.” — the person named since speaks.
                        phrase = new SpeakerPhrase(start, end, end, SpeakerCue.Inherited);
                        speaker = other;
                    }
                    else if (!several)
                    {
                        // “We will appeal,” she said. “This is not over.” — the next quotation goes on with the same
                        // speaker, within the paragraph or into the next one, as news style writes it.
                        phrase = previousPhrase with { Cue = SpeakerCue.Inherited };
                        speaker = previousSpeaker;
                    }
                }
                else
                {
                    speaker = resolver.Resolve(phrase, quote.Open, previousSpeaker);
                }
            }

            if (kind == QuoteKind.Quotation)
            {
                previous = i;
                previousPhrase = phrase;
                previousSpeaker = speaker;
            }

            quotes[i] = new QuoteInfo(
                context.Text,
                kind,
                lines.Span(quote.Open, quote.End - quote.Open),
                sentence = SentenceIndex(starts, sentences.Length, quote.Open, sentence),
                speaker,
                phrase.Found ? Folded(text, masks, phrase.Start, phrase.End) : null,
                phrase.Found ? lines.Span(phrase.Start, phrase.End - phrase.Start) : null);
            finder.ForgetContexts();
        }

        BlockAttribution.FillBackwards(text, layout, found, quotes);
        return quotes;
    }

    /// <summary>Whether the words between two quotations only join them: "and", "or", "but", a comma.</summary>
    private static bool IsCoordinated(WordTokens between)
    {
        // Read from the end, as the words before a quotation are split, one token at a time: the last one nearly
        // always settles it, and at most two may join.
        if (!between.HasFromEnd(0) || !IsJoining(between.FromEnd(0)))
        {
            return false;
        }

        return !between.HasFromEnd(1) || (IsJoining(between.FromEnd(1)) && !between.HasFromEnd(2));
    }

    /// <summary>Whether a token is "and", "or", "but" or a comma, told by its length first.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsJoining(WordToken token) => token.Length switch
    {
        1 => token.Is(','),
        2 => token.Is("or"),
        3 => token.Is("and") || token.Is("but"),
        _ => false,
    };

    /// <summary>The start of each sentence, for a caller whose sentences the splitter did not make last.</summary>
    private static int[] StartsOf(Sentence[] sentences)
    {
        var starts = new int[sentences.Length];
        for (var k = 0; k < starts.Length; k++)
        {
            starts[k] = sentences[k].Start;
        }

        return starts;
    }

    /// <summary>
    /// The index of the last of the <paramref name="count"/> sentences <paramref name="starts"/> holds that starts at
    /// or before <paramref name="offset"/> (0 when none does), at or after <paramref name="from"/>: quotations come in
    /// text order, so the search goes on from the last answer.
    /// </summary>
    private static int SentenceIndex(int[] starts, int count, int offset, int from)
    {
        // The next quotation is usually a sentence or a few on: the starts ascend, so the number of the next eight
        // at or before the offset is how many to step, counted without a branch (a loop that stopped at the first
        // start past it mispredicted its exit at nearly every quotation, some four times each).
        var best = from;
        if (best + SentenceSteps >= count)
        {
            return LastAtOrBefore(starts, count, offset, best);
        }

        // Read unchecked (Unchecked): best + 8 is below count, and the array holds count starts at least.
        var next = new Unchecked<int>(starts);
        var steps = AtOrBefore(next[best + 1], offset) + AtOrBefore(next[best + 2], offset)
            + AtOrBefore(next[best + 3], offset) + AtOrBefore(next[best + 4], offset)
            + AtOrBefore(next[best + 5], offset) + AtOrBefore(next[best + 6], offset)
            + AtOrBefore(next[best + 7], offset) + AtOrBefore(next[best + 8], offset);
        best += steps;
        if (steps < SentenceSteps)
        {
            return best;
        }

        // Further on, gallop: steps doubling until past the offset, then a binary search of the last one.
        var stride = 1;
        var hi = best + 1;
        while (hi < count && starts[hi] <= offset)
        {
            best = hi;
            stride *= 2;
            hi = best + stride;
        }

        var lo = best + 1;
        hi = Math.Min(hi, count) - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (starts[mid] <= offset)
            {
                best = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return best;
    }

    // How many sentences SentenceIndex steps over one by one before it gallops.
    private const int SentenceSteps = 8;

    /// <summary>1 when a sentence that starts at <paramref name="start"/> starts at or before <paramref name="offset"/>, else 0, without a branch.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int AtOrBefore(int start, int offset) => start <= offset ? 1 : 0;

    /// <summary>The last of the last few starts from <paramref name="from"/> on at or before <paramref name="offset"/>, one at a time.</summary>
    private static int LastAtOrBefore(int[] starts, int count, int offset, int from)
    {
        var best = from;
        while (best + 1 < count && starts[best + 1] <= offset)
        {
            best++;
        }

        return best;
    }

    /// <summary>Whether a span's only white space is single spaces between other characters: then folding leaves it as it is.</summary>
    private static bool IsPlain(string text, ulong[]? masks, int start, int end)
    {
        var length = end - start;
        if (masks is not null && length is > 0 and <= 64)
        {
            // The tokenizer's masks of the text tell its ASCII white space (see TokenMasks) for the whole phrase at
            // once: none first, last or twice in a row, and all of it spaces; the characters outside ASCII are few.
            var valid = length == 64 ? ulong.MaxValue : (1UL << length) - 1;
            var spaces = TokenMasks.LoadUnchecked(masks, start, TokenMasks.Space) & valid;
            if ((spaces & (1UL | (1UL << (length - 1)) | (spaces >> 1))) != 0)
            {
                return false;
            }

            for (var space = spaces; space != 0; space &= space - 1)
            {
                if (text[start + Bits.TrailingZeroCount(space)] != ' ')
                {
                    return false;
                }
            }

            for (var special = TokenMasks.LoadUnchecked(masks, start, TokenMasks.Special) & valid; special != 0; special &= special - 1)
            {
                var c = text[start + Bits.TrailingZeroCount(special)];
                if (c >= 128 && char.IsWhiteSpace(c))
                {
                    return false;
                }
            }

            return true;
        }

        var plain = true;
        for (var i = start; i < end && plain; i++)
        {
            plain = text[i] == ' '
                ? i > start && i + 1 < end && !char.IsWhiteSpace(text[i + 1])
                : !char.IsWhiteSpace(text[i]);
        }

        return plain;
    }

    /// <summary>
    /// The text of a span with each run of white space (a line break too) folded to one space; <paramref name="masks"/>
    /// are the tokenizer's masks of the text as <see cref="TokenMasks.Kept"/> gives them, or null.
    /// </summary>
    private static string Folded(string text, ulong[]? masks, int start, int end)
    {
        // A speaker phrase is nearly always written on one line with single spaces: then it is its own folded text.
        if (IsPlain(text, masks, start, end))
        {
            return text.Substring(start, end - start);
        }

        var chars = new char[end - start];
        var length = 0;
        var space = false;
        for (var i = start; i < end; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                space = true;
                continue;
            }

            if (space && length > 0)
            {
                chars[length++] = ' ';
            }

            space = false;
            chars[length++] = text[i];
        }

        return new string(chars, 0, length);
    }
}
