using System;
using System.Collections.Generic;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Quotes;

/// <summary>
/// Finds the phrase that names who said a quotation, from the patterns English news prose uses:
/// <c>“…,” X said</c>, <c>“…,” said X</c>, <c>“…,” according to X</c>, <c>X said, “…”</c>,
/// <c>As X noted late last year, “…”</c>, <c>X: “…”</c>, <c>X put it this way: “…”</c>, and a dash line after a
/// block quotation. Works on the tokens of the quotation's own sentence only, so each lookup is bounded.
/// </summary>
internal sealed class SpeakerFinder
{
    private const int MaxLookBehind = 400;
    private const int MaxLookAhead = 300;
    private const int MaxPhraseWords = 10;

    private readonly string _text;
    private readonly List<FoundQuote> _quotes;
    private readonly ParagraphLayout _layout;

    // The tokenizer's masks of the text, when this thread still keeps them, for the token runs: asked once, as
    // nothing tokenizes another text on the thread while its quotations are read.
    private readonly ulong[]? _masks;
    private readonly WordClassTable _words = QuoteLexicon.Instance.Classes;

    // The characters that can end a sentence, to jump between candidates for EndsSentence (see SentenceEnds).
    private static readonly char[] SentencePunctuation = { '.', '!', '?', '\u2026' };

    // The token runs of the contexts handed out since ForgetContexts (kept for reuse after it), and the
    // characters of the quotation being copied out.
    private WordTokens[] _runs = { new(), new() };
    private int _runsUsed;
    private char[] _quoteChars = new char[256];

    // The quotation whose context's words after it are the run at AfterSlot, where a context made after
    // ForgetContexts puts them, or -1.
    private int _afterOf = -1;
    private const int AfterSlot = 1;

    public SpeakerFinder(string text, List<FoundQuote> quotes, ParagraphLayout layout)
    {
        _text = text;
        _quotes = quotes;
        _layout = layout;
        _masks = Text.TokenMasks.Kept(text);
    }

    /// <summary>The quotation at <paramref name="index"/> with the words of its sentence before and after it.</summary>
    public QuoteContext ContextOf(int index)
    {
        // The quotation's end and the one before's read once: each is a sum, and each read of the list an item's
        // copy behind two range checks (one through ListItems).
        var quotes = new ListItems<FoundQuote>(_quotes);
        var quote = quotes[index];
        var end = quote.End;
        var previousEnd = index > 0 ? quotes[index - 1].End : -1;
        var paragraph = _layout.IndexOf(quote.Open);
        var lowest = Math.Max(Math.Max(_layout.StartOf(paragraph), quote.Open - MaxLookBehind), previousEnd);

        // Back to just after the last sentence end in [lowest, Open), or to lowest.
        var start = lowest;
        for (var k = quote.Open - 1; k >= lowest; k--)
        {
            k = _text.LastIndexOfAny(SentencePunctuation, k, k - lowest + 1);
            if (k < 0)
            {
                break;
            }

            if (EndsSentence(k))
            {
                start = k + 1;
                break;
            }
        }

        // The words are split only as far as the patterns read them: before the quotation from its opening mark
        // back, after it from its closing mark on, to the end of its sentence, which is found as they are split.
        // “…,” says the friend, “…”: the words after the quotation before, split as far as its patterns read
        // them, are often the words before this one, all or the first of them, which then need no splitting again.
        WordTokens before;
        // A first quotation has no end before it (-1): start is never below 0.
        if (start == previousEnd && _runsUsed == 0 && _afterOf == index - 1
            && _runs[AfterSlot].TryTake(start, quote.Open))
        {
            (_runs[0], _runs[AfterSlot]) = (_runs[AfterSlot], _runs[0]);
            before = NextRun();
        }
        else
        {
            before = NextRun();
            before.Reset(_text, _masks, start, quote.Open, backward: true);
        }

        // The next quotation is read through the list's items taken above (no second range check).
        var after = NextRun();
        after.ResetToSentenceEnd(_text, _masks, end, Math.Max(end, HighestAfter(quotes, index, quote.Close, end)));
        _afterOf = _runsUsed - 1 == AfterSlot ? index : -1;
        return new QuoteContext(quote, TextOf(quote), before, after);
    }

    /// <summary>
    /// Where the words after the quotation at <paramref name="index"/> end (its context's <see cref="QuoteContext.After"/>):
    /// just past the last of them, or at the closing mark's end when there are none.
    /// </summary>
    public int EndOfWordsAfter(int index)
    {
        // Asked for a few quotations only, so the sentence end is searched in the text rather than split to.
        var quote = _quotes[index];
        var highest = HighestAfter(new ListItems<FoundQuote>(_quotes), index, quote.Close, quote.End);
        var end = highest;
        for (var k = quote.End; k < highest; k++)
        {
            k = _text.IndexOfAny(SentencePunctuation, k, highest - k);
            if (k < 0)
            {
                break;
            }

            if (EndsSentence(k))
            {
                end = k + 1;
                break;
            }
        }

        for (var i = end - 1; i >= quote.End; i--)
        {
            if (!char.IsWhiteSpace(_text[i]))
            {
                return i + 1;
            }
        }

        return quote.End;
    }

    /// <summary>
    /// How far the words after the quotation at <paramref name="index"/>, which closes at <paramref name="close"/> and
    /// ends at <paramref name="end"/>, may reach: its paragraph, a few lines, the next quotation.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int HighestAfter(ListItems<FoundQuote> quotes, int index, int close, int end)
    {
        var highest = Math.Min(_layout.EndOf(_layout.IndexOf(close), _text.Length), end + MaxLookAhead);
        return index + 1 < quotes.Count ? Math.Min(highest, quotes[index + 1].Open) : highest;
    }

    /// <summary>
    /// Declares the contexts handed out so far finished with, so the next ones reuse their token runs: a caller
    /// that reads one quotation at a time then splits every context into the same few runs.
    /// </summary>
    public void ForgetContexts() => _runsUsed = 0;

    /// <summary>The next token run to hand out: taken inline from those made already (a context takes two, a dash line after a block quotation a third).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private WordTokens NextRun()
    {
        var used = _runsUsed;
        var runs = _runs;
        if ((uint)used < (uint)runs.Length)
        {
            _runsUsed = used + 1;
            return runs[used];
        }

        return NewRun();
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private WordTokens NewRun()
    {
        var run = new WordTokens();
        System.Array.Resize(ref _runs, _runs.Length + 1);
        _runs[_runsUsed++] = run;
        return run;
    }

    /// <summary>The quoted words (see <see cref="QuoteFinder.TextOf"/>), copied out through one reused buffer.</summary>
    private string TextOf(FoundQuote quote)
    {
        // Room for the quotation and a window more, which QuoteFinder's vector copy may write past what it keeps.
        var room = quote.Close - quote.Open + 64;
        if (_quoteChars.Length < room)
        {
            _quoteChars = new char[Math.Max(room, _quoteChars.Length * 2)];
        }

        return QuoteFinder.TextOf(_text, quote, _quoteChars, _masks);
    }

    /// <summary>The speaker phrase given by an attribution pattern beside the quotation, or none.</summary>
    public SpeakerPhrase Find(in QuoteContext context)
    {
        var text = context.Text;
        var last = text.Length > 0 ? text[text.Length - 1] : ' ';
        var endsSentence = last is '.' or '!' or '?' or '\u2026';
        var after = context.After;

        // “The vote is tomorrow.” Smith left early. — a full stop inside the marks before a capital ends the
        // sentence, so the words after it do not attribute the quotation.
        var closed = last is '.' or '\u2026' && after.Has(0) && after[0].IsWord && after[0].IsCapitalised;
        var fromAfter = closed ? default : FromAfter(context);
        if (fromAfter.Found && endsSentence && context.Before.HasFromEnd(0)
            && (context.Before.FromEnd(0).Is(',') || context.Before.FromEnd(0).Is(':')))
        {
            // The judge asked, “Did you read it?” The witness replied, “No.” — the verb right before a question
            // attributes it; the clause after it belongs to the next quotation.
            var fromBefore = FromBefore(context.Before);
            if (fromBefore.Cue == SpeakerCue.Direct)
            {
                return fromBefore;
            }
        }

        return fromAfter.Found ? fromAfter : FromBefore(context.Before);
    }

    /// <summary>
    /// The subject of the clause that holds the quotation, for a quotation that no speech verb attributes:
    /// "One shopper prompted a text-to-visual app with “a cat on a skateboard.”" → "One shopper".
    /// </summary>
    public SpeakerPhrase FindSubject(in QuoteContext context)
    {
        var t = context.Before;
        var from = ClauseStart(t, t.Count);
        if (from >= t.Count)
        {
            return default;
        }

        var end = SubjectEnd(t, from, t.Count);
        if (end < from || end + 1 >= t.Count)
        {
            return default;
        }

        // The subject must be followed by its verb, a lower-case word ("prompted", "chanted", "read").
        var verb = t[end + 1];
        return verb.IsWord && !verb.IsCapitalised && !verb.Has(WordClass.Boundary)
            ? Phrase(t, from, end, end, SpeakerCue.Subject)
            : default;
    }

    private SpeakerPhrase FromAfter(in QuoteContext context)
    {
        var t = context.After;
        if (!t.Has(0) || (IsSentenceEnd(t[0]) && !t.Has(1)) || OnlyBlockQuoteMarkers(t))
        {
            return FromAttributionLine(context.Quote);
        }

        var i = t[0].Is(',') ? 1 : 0;
        if (!t.Has(i))
        {
            return default;
        }

        var first = t[i];
        if (IsDash(first))
        {
            // “We choose to go to the Moon.” — John F. Kennedy. Not “four tigers”—Baichuan, Zhipu AI…, where the
            // dash is glued to a phrase with no sentence punctuation: that dash opens a list.
            return EndsStatement(context.Quote) ? Forward(t, i + 1, requireCapital: true) : default;
        }

        if (!first.IsWord)
        {
            return default;
        }

        // “…,” said Jane Doe, the company's chief executive.
        if (IsSpeechVerb(first))
        {
            return Forward(t, i + 1, requireCapital: false);
        }

        // “…,” according to the ministry.
        if (IsWord(first, "according") && t.Has(i + 1) && IsWord(t[i + 1], "to"))
        {
            return Forward(t, i + 2, requireCapital: false);
        }

        // “…,” Jane Doe, the company's chief executive, told reporters. (Not “…” and then he said: a conjunction,
        // preposition or auxiliary starts no speaker phrase, so the words after it are not read.)
        if (!CanStartPhrase(first))
        {
            return default;
        }

        // “…” is a line she often quotes: most words after a quotation that may start a phrase have no speech verb
        // after them before a mark that stops the loop below, which would split every one of them to learn so. The
        // masks tell it first (see CuesIn), read from the word on to the first such mark.
        if ((CuesIn(first.End, t.To, toMark: true) & VerbCue) == 0)
        {
            return default;
        }

        var verb = -1;
        for (var k = i; k - i <= 20 && t.Has(k); k++)
        {
            if (t[k].Is('(') && k > i)
            {
                // “…,” Rep. Luis Moreno (D-Calif.) wrote on X: a party tag or an age in brackets sits inside the phrase.
                k = ClosingParenthesis(t, k);
                if (k < 0)
                {
                    break;
                }

                continue;
            }

            if (!t[k].IsWord && !t[k].Is(','))
            {
                break;
            }

            if (t[k].IsWord && IsSpeechVerb(t[k]) && k > i)
            {
                verb = k;
                break;
            }
        }

        if (verb < 0)
        {
            return default;
        }

        var end = SkipBackFillers(t, verb - 1, i);
        if (end >= i && t[end].Is(','))
        {
            end--;
        }

        end = SkipParenthesis(t, end);

        if (end < i)
        {
            return default;
        }

        var head = end;
        var inAppositive = false;
        for (var k = i; k <= end; k++)
        {
            if (t[k].Is(','))
            {
                if (!inAppositive)
                {
                    head = k - 1;
                }

                inAppositive = true;
            }
            else if (!inAppositive && t[k].Has(WordClass.Boundary) && !IsPhraseJoiner(t, k, end))
            {
                // “…,” Smith on Tuesday said: the phrase ends before the preposition. “…” and then he said: no phrase.
                if (k == i)
                {
                    return default;
                }

                end = head = k - 1;
                break;
            }
        }

        return head < i ? default : Phrase(t, i, end, head, SpeakerCue.Direct);
    }

    private SpeakerPhrase FromBefore(WordTokens t)
    {
        var cues = CuesIn(t.From, t.To, toMark: false);
        if ((cues & VerbCue) == 0)
        {
            // No speech verb and no "according to" among the words, which the loop below would read every one of to
            // learn so: only a colon or a comma right before the mark can still attribute the quotation. Both are
            // tokens of one character, told in the text: the last that is not white space, with another before it.
            var last = LastNonSpace(t.From, t.To);
            if (last < 0)
            {
                return default;
            }

            if (_text[last] == ':')
            {
                return LastNonSpace(t.From, last) >= 0 ? FromColon(t) : default;
            }

            return (cues & AsCue) != 0 && _text[last] == ',' && t.HasFromEnd(2) ? FromAs(t) : default;
        }

        for (var v = t.Count - 1; v >= 0; v--)
        {
            // Nearly every word is no speech verb: then only "according to" can start a phrase here.
            var word = t[v];
            if (!IsSpeechVerb(word))
            {
                // According to the ministry, “…” / according to a statement from the ministry, it “…”
                if (IsWord(word, "to") && v > 0 && IsWord(t[v - 1], "according"))
                {
                    var phrase = Forward(t, v + 1, requireCapital: false);
                    if (phrase.Found)
                    {
                        return phrase with { Cue = t.Count - v <= MaxPhraseWords ? SpeakerCue.Direct : SpeakerCue.Distant };
                    }
                }

                continue;
            }

            if (!IsVerbHere(t, v) || (v > 0 && IsWord(t[v - 1], "to")))
            {
                // "the report", "his tweets", "declined to comment": the verb form is a noun or an infinitive.
                continue;
            }

            var cue = t.Count - 1 - v <= 5 ? SpeakerCue.Direct : SpeakerCue.Distant;
            var subject = Backward(t, v, cue);
            if (subject.Found)
            {
                return subject;
            }

            if (ClauseBoundaryBefore(t, v))
            {
                // Said Jane Doe: “…” / …, said the minister, “…” — the phrase must run up to a comma or colon right
                // before the mark; "…, called the vote “a turning point”" is a verb and its object.
                var after = Forward(t, v + 1, requireCapital: false);
                if (after.Found && !word.EndsWith("ing") && t.Count >= 2 && after.End == t[t.Count - 2].End
                    && (t[t.Count - 1].Is(',') || t[t.Count - 1].Is(':')))
                {
                    return after with { Cue = cue };
                }

                // Smith rejected the plan, saying “…”: the participle's subject is the clause's subject.
                var from = ClauseStart(t, v);
                var end = from < v ? SubjectEnd(t, from, v) : -1;
                if (end >= from && from < v)
                {
                    return Phrase(t, from, end, end, cue);
                }
            }
        }

        if (t.Count > 1 && t[t.Count - 1].Is(':'))
        {
            return FromColon(t);
        }

        return t.Count > 2 && t[t.Count - 1].Is(',') ? FromAs(t) : default;
    }

    // What CuesIn finds: a word that is a speech verb or "according", and the word "as" (see FromAs).
    private const int VerbCue = 1;
    private const int AsCue = 2;

    // The filter of those words' lengths and first two and last two letters, which CuesIn tests every word against.
    private static readonly uint[] CueFilter = QuoteLexicon.Instance.Classes.FilterOf(WordClass.SpeechVerb, "according", "as");

    /// <summary>
    /// The cues among the words of <c>_text[from..to)</c>, up to the first mark that stops the words after a quotation
    /// when <paramref name="toMark"/> (see <see cref="FirstStoppingMark"/>) (<see cref="VerbCue"/>, <see cref="AsCue"/>),
    /// told from the tokenizer's masks of the text without splitting a run: most runs before a quotation hold no speech verb, and
    /// splitting all their words (each looked up in the word lists) only to learn so was most of what the patterns
    /// before a quotation cost. A speech verb, "according" and "as" are words of ASCII letters alone, so such a token
    /// is one whole run of the masks' letters and digits (cut at the run's ends): each run is tested against the
    /// cues' lengths and outer letters (see <see cref="CueFilter"/>), and looked up only when it passes. Without the
    /// masks, or with a character outside ASCII that may be a letter (one could match an ASCII letter ignoring case,
    /// "ſ" as "s"), both cues are reported.
    /// </summary>
    private int CuesIn(int from, int to, bool toMark)
    {
        var masks = _masks;
        if (masks is null)
        {
            return VerbCue | AsCue;
        }

        var text = _text;
        var filter = CueFilter;
        var cues = 0;
        var i = from;
        while (i < to)
        {
            var left = to - i;
            var valid = left >= 64 ? ulong.MaxValue : (1UL << left) - 1;
            var special = TokenMasks.LoadUnchecked(masks, i, TokenMasks.Special) & valid;
            if (toMark)
            {
                // The ASCII marks are what is neither a letter, a digit, white space nor special; a full stop that
                // ends the sentence, which ends the words, is special.
                var cut = FirstStoppingMark(text, i, valid & ~(special | TokenMasks.LoadUnchecked(masks, i, TokenMasks.Word) | TokenMasks.LoadUnchecked(masks, i, TokenMasks.Space)));
                if (cut < 0)
                {
                    return VerbCue | AsCue;
                }

                cut = FirstSentenceEnd(i, cut < 64 ? special & ((1UL << cut) - 1) : special, cut);
                if (cut < 64)
                {
                    // Nothing after the mark is read.
                    valid = (1UL << cut) - 1;
                    special &= valid;
                    to = i + cut;
                    left = cut;
                }
            }

            // The runs' first and last characters pair up in order. Every run lies inside the text, and the filter is
            // FilterOf's: both are read without bounds checks, which with the loop's other values left it no registers.
            var chars = new UncheckedText(text);
            for (; special != 0; special &= special - 1)
            {
                var c = chars[i + Bits.TrailingZeroCount(special)];
                if (c >= 128 && c != '\u2019')
                {
                    return VerbCue | AsCue;
                }
            }

            var word = TokenMasks.LoadUnchecked(masks, i, TokenMasks.Word) & valid;
            if (word == ulong.MaxValue)
            {
                // Sixty-four letters and digits in a row: no cue is that long, but the run is not read through.
                return VerbCue | AsCue;
            }

            var next = i + 64;
            var filterBits = new Unchecked<uint>(filter);
            var ends = word & ~(word >> 1);
            var starts = word & ~(word << 1);

            if (left > 64 && (long)word < 0)
            {
                // The window's last run may go on past it: the next window starts at its start, which is past the
                // window's first character (a run over all 64 returned above), and the run is taken out of the pairs
                // here rather than told by its end inside the loop. It is the highest of both masks, so the pairs
                // below stay in step.
                var last = Bits.HighestBit(starts);
                next = i + last;
                starts &= ~(1UL << last);
                ends &= ~(1UL << 63);
            }

            // Runs of one character ("a", "I") are no cue, which has two letters at least: dropped here at once, not
            // tested one by one.
            var single = starts & ends;
            ends &= ~single;
            for (starts &= ~single; starts != 0; starts &= starts - 1, ends &= ends - 1)
            {
                var s = Bits.TrailingZeroCount(starts);
                var e = Bits.TrailingZeroCount(ends);
                if (WordClassTable.MayBeInTwoOrMore(filterBits, chars, i + s, e - s + 1))
                {
                    var cue = CueAt(i + s, e - s + 1);
                    if (cue == VerbCue)
                    {
                        return cue;
                    }

                    cues |= cue;
                }
            }

            i = next;
        }

        return cues;
    }

    /// <summary>
    /// Where the first of <paramref name="marks"/> (ASCII marks of the window at <paramref name="i"/>) that stops the
    /// words after a quotation lies (see FromAfter): any but a comma, which the loop there reads past, and a hyphen or an
    /// ampersand, which may stand inside a word. 64 when none does; -1 at a parenthesis, whose content that loop steps
    /// over whatever marks it holds.
    /// </summary>
    private static int FirstStoppingMark(string text, int i, ulong marks)
    {
        for (; marks != 0; marks &= marks - 1)
        {
            var at = Bits.TrailingZeroCount(marks);
            var c = text[i + at];
            if (c is not (',' or '-' or '&'))
            {
                return c == '(' ? -1 : at;
            }
        }

        return 64;
    }

    /// <summary>
    /// Where the first full stop among <paramref name="specials"/> (special characters of the window at
    /// <paramref name="i"/>) that ends a sentence lies, or <paramref name="otherwise"/>.
    /// </summary>
    private int FirstSentenceEnd(int i, ulong specials, int otherwise)
    {
        for (; specials != 0; specials &= specials - 1)
        {
            var at = Bits.TrailingZeroCount(specials);
            if (_text[i + at] == '.' && EndsSentence(i + at))
            {
                return at;
            }
        }

        return otherwise;
    }

    /// <summary>The cue the word <c>_text[start..start+length)</c> is, or 0.</summary>
    private int CueAt(int start, int length)
    {
        if (length == 2)
        {
            return WordClassTable.SameIgnoringCase("as", _text, start) ? AsCue : 0;
        }

        if (length == 9 && WordClassTable.SameIgnoringCase("according", _text, start))
        {
            return VerbCue;
        }

        return (_words.Lookup(_text, start, length) & WordClass.SpeechVerb) != 0 ? VerbCue : 0;
    }

    /// <summary>The index of the last character in <c>[from, to)</c> that is not white space, or -1.</summary>
    private int LastNonSpace(int from, int to)
    {
        for (var k = to - 1; k >= from; k--)
        {
            if (!char.IsWhiteSpace(_text[k]))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Jane Doe: “…” / The minister put it this way: “…”</summary>
    private SpeakerPhrase FromColon(WordTokens t)
    {
        var last = t.Count - 1;
        var from = ClauseStart(t, last);
        if (from >= last)
        {
            return default;
        }

        var end = SubjectEnd(t, from, last);
        return end >= from ? Phrase(t, from, end, end, SpeakerCue.Direct) : default;
    }

    /// <summary>
    /// As investment bank Goldman Sachs noted late last year, “…”: "As", a noun phrase, its verb (any verb, not
    /// only a listed one), and a comma right before the opening mark is an attribution.
    /// </summary>
    private SpeakerPhrase FromAs(WordTokens t)
    {
        var comma = t.Count - 1;
        var asIndex = comma - 1;
        while (asIndex >= 0 && t[asIndex].IsWord && !IsWord(t[asIndex], "as"))
        {
            asIndex--;
        }

        if (asIndex < 0 || !IsWord(t[asIndex], "as") || (asIndex > 0 && !t[asIndex - 1].Is(',')) || comma - asIndex > 16)
        {
            return default;
        }

        var end = SubjectEnd(t, asIndex + 1, comma);
        return end > asIndex && end + 1 < comma ? Phrase(t, asIndex + 1, end, end, SpeakerCue.Direct) : default;
    }

    /// <summary>A line "— Jane Doe" (or "-- Jane Doe") right after a block quotation that ends its paragraph.</summary>
    private SpeakerPhrase FromAttributionLine(FoundQuote quote)
    {
        var next = _layout.EndOf(_layout.IndexOf(quote.Close), _text.Length);
        while (next < _text.Length && (char.IsWhiteSpace(_text[next]) || _text[next] == '>'))
        {
            // A Markdown block quotation marks its lines with '>': "> — Albert Einstein".
            next++;
        }

        if (next >= _text.Length || !QuoteMarks.IsDash(_text[next]))
        {
            return default;
        }

        var lineEnd = next;
        while (lineEnd < _text.Length && !QuoteMarks.IsLineBreak(_text[lineEnd]) && lineEnd - next < MaxLookAhead)
        {
            lineEnd++;
        }

        var t = NextRun();
        t.Reset(_text, _masks, next, lineEnd, backward: false);
        return t.Has(1) && IsDash(t[0]) ? Forward(t, 1, requireCapital: true) : default;
    }

    /// <summary>The noun phrase that starts at <paramref name="from"/>: "Jane Doe", "the head of the agency".</summary>
    private SpeakerPhrase Forward(WordTokens t, int from, bool requireCapital)
    {
        if (!t.Has(from) || !t[from].IsWord || (requireCapital && !t[from].IsCapitalised))
        {
            return default;
        }

        var k = from;
        while (k - from < MaxPhraseWords && t.Has(k) && t[k].IsWord)
        {
            var w = t[k];
            if (w.Has(WordClass.Boundary) && !(k > from && IsPhraseJoiner(t, k, ToRunEnd)))
            {
                break;
            }

            if (w.Has(WordClass.Auxiliary) || (k > from && IsVerbHere(t, k)))
            {
                break;
            }

            k++;
        }

        return k > from ? Phrase(t, from, k - 1, k - 1, SpeakerCue.Direct) : default;
    }

    /// <summary>The subject before the speech verb at <paramref name="verb"/>: "Smith", "Jane Doe, the chief executive".</summary>
    private SpeakerPhrase Backward(WordTokens t, int verb, SpeakerCue cue)
    {
        var end = SkipParenthesis(t, SkipBackFillers(t, verb - 1, 0));
        if (end < 0)
        {
            return default;
        }

        if (t[end].Is(','))
        {
            // Jane Doe, the chief executive, said / Smith, who leads the union, said: the head is before the first comma.
            var open = end - 1;
            while (open >= 0 && t[open].IsWord && end - open <= 12)
            {
                open--;
            }

            var headEnd = open > 0 && t[open].Is(',') ? SkipParenthesis(t, open - 1) : -1;
            if (open == end - 1 || headEnd < 0 || !t[headEnd].IsWord)
            {
                return default;
            }

            var headStart = CollectBack(t, headEnd);
            return headStart < 0 ? default : Phrase(t, headStart, end - 1, headEnd, cue);
        }

        if (!t[end].IsWord)
        {
            return default;
        }

        var start = CollectBack(t, end);
        return start < 0 ? default : Phrase(t, start, end, end, cue);
    }

    /// <summary>The index of the ")" that closes the "(" at <paramref name="open"/> within a few tokens, or -1.</summary>
    private static int ClosingParenthesis(WordTokens t, int open)
    {
        for (var k = open + 1; k - open <= 8 && t.Has(k); k++)
        {
            if (t[k].Is(')'))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// "Sen. Margaret Hollis (D-Mass.), who wrote the measure, said": steps back over a parenthesis that ends at
    /// <paramref name="k"/> to the word before it.
    /// </summary>
    private static int SkipParenthesis(WordTokens t, int k)
    {
        if (k < 0 || !t[k].Is(')'))
        {
            return k;
        }

        for (var open = k - 1; open >= 0 && k - open <= 8; open--)
        {
            if (t[open].Is('('))
            {
                return open - 1;
            }
        }

        return k;
    }

    /// <summary>Walks back from <paramref name="end"/> over a noun phrase; the index of its first word, or -1.</summary>
    private int CollectBack(WordTokens t, int end)
    {
        if (t[end].Has(WordClass.Pronoun))
        {
            return end;
        }

        var k = end;
        while (k >= 0 && end - k < MaxPhraseWords && t[k].IsWord)
        {
            var w = t[k];
            if (w.Has(WordClass.Pronoun) || w.Has(WordClass.Auxiliary) || IsVerbHere(t, k))
            {
                break;
            }

            if (w.Has(WordClass.Boundary) && !(k < end && IsPhraseJoiner(t, k, end)))
            {
                break;
            }

            k--;
            if (k >= 2 && k < end && t[k].IsWord && t[k].Has(WordClass.Boundary) && IsParticipleAfterNoun(t, k - 1))
            {
                // "A 58-year-old patient recovering from hip surgery said": a participle phrase after the head
                // noun belongs to the subject; step over the preposition and the participle to the noun.
                k -= 2;
            }
        }

        var start = k + 1;
        if (start > end || OnlyDeterminers(t, start, end))
        {
            return -1;
        }

        // "After the meeting Smith said": a preposition before the phrase means its first words are the
        // preposition's object; the subject is the name that ends it. "As investment bank Goldman Sachs noted"
        // keeps its descriptor, since "as" introduces the whole subject.
        if (k >= 0 && t[k].IsWord && !IsWord(t[k], "as") && t[k].Has(WordClass.Boundary) && !t[end].IsPossessive && t[end].IsCapitalised)
        {
            var run = end;
            while (run > start && t[run - 1].IsCapitalised)
            {
                run--;
            }

            if (run > start)
            {
                start = run;
            }
        }

        return start;
    }

    /// <summary>
    /// The last word of the subject noun phrase that starts at <paramref name="from"/>, or -1: it ends before a
    /// verb, told by an auxiliary, a speech verb, an -ed form, a word followed by a determiner or pronoun ("put it",
    /// "prompted a"), or a lower-case word after a name ("Goldman Sachs noted").
    /// </summary>
    private int SubjectEnd(WordTokens t, int from, int to)
    {
        var nameSeen = false;
        var k = from;
        while (k < to && k - from < MaxPhraseWords && t[k].IsWord)
        {
            var w = t[k];
            if (w.Has(WordClass.Pronoun))
            {
                return k == from ? k : k - 1;
            }

            if (w.Has(WordClass.Boundary))
            {
                // "analysts at Deka Capital", "the head of the agency": a joiner keeps the phrase going.
                if (!(k > from && IsPhraseJoiner(t, k, to - 1)))
                {
                    break;
                }

                nameSeen = false;
                k++;
                continue;
            }

            if (w.Has(WordClass.Auxiliary) || IsVerbHere(t, k))
            {
                break;
            }

            // "one veteran trader memorably summed up": an -ly adverb before a verb ends the subject.
            if (k > from && IsLyAdverb(w) && k + 1 < to && (t[k + 1].EndsWith("ed") || IsSpeechVerb(t[k + 1])))
            {
                break;
            }

            var determiner = w.Has(WordClass.Determiner);
            if (!w.IsCapitalised && !determiner && k > from)
            {
                var previousIsDeterminer = t[k - 1].Has(WordClass.Determiner);
                if (nameSeen
                    || (!previousIsDeterminer && w.EndsWith("ed"))
                    || (k + 1 < to && (t[k + 1].Has(WordClass.Pronoun) || t[k + 1].Has(WordClass.Determiner))))
                {
                    break;
                }
            }
            else if (w.IsCapitalised && !determiner)
            {
                nameSeen = !w.IsPossessive;
            }

            k++;
        }

        var end = k - 1;
        return end >= from && !OnlyDeterminers(t, from, end) ? end : -1;
    }

    /// <summary>An -ing word ("recovering", "living") right after a common noun: "a patient recovering from …".</summary>
    private bool IsParticipleAfterNoun(WordTokens t, int k)
    {
        var w = t[k];
        var noun = t[k - 1];
        return w.IsWord && !w.IsCapitalised && w.Length > 5 && w.EndsWith("ing")
            && noun.IsWord && !noun.IsCapitalised && !noun.Has(WordClass.Boundary | WordClass.Pronoun | WordClass.Auxiliary | WordClass.Determiner)
            && !IsVerbHere(t, k - 1);
    }

    /// <summary>Skips an introductory phrase ("In a statement, …", "However, …") to where the clause starts.</summary>
    private int ClauseStart(WordTokens t, int limit)
    {
        var from = 0;
        for (var k = limit - 1; k >= 0; k--)
        {
            if (StartsClauseAfter(t[k]))
            {
                from = k + 1;
                break;
            }
        }

        if (from < limit && t[from].IsWord && (t[from].Has(WordClass.Boundary) || t[from].Has(WordClass.Adverb) || IsLyAdverb(t[from]) || !IsNounPhraseStart(t, from)))
        {
            for (var k = from; k < limit; k++)
            {
                if (t[k].Is(','))
                {
                    return k + 1;
                }
            }
        }

        return from;
    }

    /// <summary>
    /// Whether the token is ';', '(' or a dash (see <see cref="IsDash"/>), which start a clause after them: the
    /// token's length is asked once for the three, as ClauseStart tests every word back to the run's start.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool StartsClauseAfter(WordToken w)
    {
        if (w.Length == 1)
        {
            var c = w.Source[w.Start];
            return c is ';' or '(' || QuoteMarks.IsDash(c);
        }

        return w.Length == 2 && IsDoubleHyphen(w);
    }

    private bool IsNounPhraseStart(WordTokens t, int k)
        => t[k].IsCapitalised || t[k].Has(WordClass.Determiner) || t[k].Has(WordClass.Pronoun) || t[k].IsNumber || k == 0;

    private int SkipBackFillers(WordTokens t, int k, int floor)
    {
        // "Smith has also said", "Smith later told": auxiliaries and adverbs sit between subject and verb.
        while (k >= floor && t[k].IsWord && !t[k].IsCapitalised
            && (t[k].Has(WordClass.Auxiliary) || t[k].Has(WordClass.Adverb) || IsLyAdverb(t[k])))
        {
            k--;
        }

        return k;
    }

    // An end for IsPhraseJoiner: the run's last token, found by asking whether the next token is there.
    private const int ToRunEnd = int.MaxValue;

    /// <summary>"of", "for", "and" or "&amp;" inside a name phrase: "head of the agency", "Smith and Jones".</summary>
    private bool IsPhraseJoiner(WordTokens t, int k, int end)
    {
        if (k >= end || !t.Has(k + 1) || !t[k + 1].IsWord)
        {
            return false;
        }

        var next = t[k + 1];
        if (IsWord(t[k], "at"))
        {
            // "analysts at Deka Capital": an affiliation, not a place or time ("at noon", "at the meeting").
            return next.IsCapitalised;
        }

        if (IsWord(t[k], "of") || IsWord(t[k], "for"))
        {
            return next.IsCapitalised || next.Has(WordClass.Determiner);
        }

        return (IsWord(t[k], "and") || t[k].Is('&')) && next.IsCapitalised;
    }

    private bool CanStartPhrase(WordToken w)
        => !w.Has(WordClass.Boundary) && !w.Has(WordClass.Auxiliary) && !IsSpeechVerb(w);

    private bool OnlyDeterminers(WordTokens t, int from, int end)
    {
        for (var k = from; k <= end; k++)
        {
            if (!t[k].Has(WordClass.Determiner))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A speech verb used as a verb: after a determiner it is a noun ("the report"), capitalised inside a phrase a name ("the State Department").</summary>
    private static bool IsVerbHere(WordTokens t, int k)
        => IsSpeechVerb(t[k]) && !(k > 0 && (t[k - 1].Has(WordClass.Determiner) || t[k].IsCapitalised));

    private static bool IsSpeechVerb(WordToken w) => w.Has(WordClass.SpeechVerb);

    private static bool ClauseBoundaryBefore(WordTokens t, int k) => k == 0 || t[k - 1].Is(',') || t[k - 1].Is(';') || t[k - 1].Is(':');

    private static bool IsLyAdverb(WordToken w)
        => !w.IsCapitalised && w.Length > 4 && w.EndsWith("ly");

    private static bool IsWord(WordToken w, string word) => w.Is(word);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsDash(WordToken w)
        => w.Length == 2 ? IsDoubleHyphen(w) : w.Length == 1 && QuoteMarks.IsDash(w.Source[w.Start]);

    // "--", a dash typed as two hyphens, of a token two characters long.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsDoubleHyphen(WordToken w) => w.Source[w.Start] == '-' && w.Source[w.Start + 1] == '-';

    private static bool OnlyBlockQuoteMarkers(WordTokens t)
    {
        for (var k = 0; t.Has(k); k++)
        {
            if (!t[k].Is('>'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSentenceEnd(WordToken w) => w.Is('.') || w.Is('!') || w.Is('?') || w.Is('\u2026');

    private static SpeakerPhrase Phrase(WordTokens t, int from, int to, int head, SpeakerCue cue)
        => new(t[from].Start, t[to].End, t[head].End, cue);

    /// <summary>A quotation that ends a statement: sentence punctuation before its closing mark, or a space after it.</summary>
    private bool EndsStatement(FoundQuote quote)
    {
        var before = _text[quote.Close - 1];
        return before is '.' or '!' or '?' or '\u2026' || (quote.End < _text.Length && char.IsWhiteSpace(_text[quote.End]));
    }

    /// <summary>Whether the character at <paramref name="k"/> ends a sentence (see <see cref="SentenceEnds.At"/>).</summary>
    private bool EndsSentence(int k) => SentenceEnds.At(_text, k, _words, _masks);
}
