using System.Runtime.CompilerServices;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Quotes;

/// <summary>
/// Decides whether quoted words are reported speech (a Quotation) or a scare-quoted name used as a noun (a Term),
/// by weighing evidence rather than cutting at one length: an attribution, a colon, sentence punctuation inside the
/// marks and length speak for a Quotation; a naming cue ("so-called", "dubbed"), a short phrase and a place inside
/// a noun phrase ("the hyped “four tigers”", "“smart” devices") speak for a Term.
/// </summary>
internal static class QuoteClassifier
{
    // The score tells no word count from another past eight, so counting stops there: a long quotation's
    // words are not all read.
    private const int EnoughWords = 8;

    /// <summary>
    /// The kind of the quotation in <paramref name="context"/>, given the speaker phrase found beside it;
    /// <paramref name="source"/> is the whole text it stands in.
    /// </summary>
    public static QuoteKind Classify(string source, in QuoteContext context, SpeakerPhrase speaker)
    {
        var words = QuoteLexicon.Instance;
        var text = context.Text;
        var score = speaker.Cue switch
        {
            SpeakerCue.Direct => 4,
            SpeakerCue.Distant => 3,
            _ => 0,
        };

        // “We will never give up.” — a complete statement; “smart” — a word. The last character's score is read from
        // a table: which of the marks ends a quotation comes at random, and a chain of tests on it mispredicted.
        var last = text.Length > 0 ? text[text.Length - 1] : ' ';
        var lastScore = last < LastScores.Length ? LastScores[last] : last == '\u2026' ? EndsStatement : 0;
        var endsStatement = lastScore == EndsStatement;
        score += lastScore;

        // Whether a word stands before the opening mark is asked once (the run splits its last word at most once).
        var before = context.Before;
        if (!before.HasFromEnd(0))
        {
            if (endsStatement && char.IsUpper(text[0]))
            {
                // “Absolute chaos.” standing as a sentence of its own is something someone said.
                score += 3;
            }
        }
        else
        {
            var previous = before.FromEnd(0);
            if ((previous.Length == 1) & (previous.Source[previous.Start] == ':'))
            {
                // The ministry's statement read: “…” — a colon introduces reported words.
                score += 3;
            }
            else if (HasNamingCue(before, words))
            {
                // a start-up dubbed “the next Google”; the so-called “smart” speakers
                score -= 4;
            }
            else if (previous.IsLowerCaseWordOutside(WordClass.SpeechVerb | WordClass.Boundary | WordClass.Auxiliary | WordClass.Pronoun))
            {
                // the hyped “four tigers”: the quoted words sit inside a noun phrase. (Not after "had" or "it":
                // "the government had “lost control”", "called it “a farce”" are the speaker's words.)
                score--;
            }
        }

        var after = context.After;
        if (after.Has(0))
        {
            // “smart” devices: the quoted words modify the noun that follows.
            var next = after[0];
            score -= (next.IsLowerCaseWordOutside(WordClass.SpeechVerb | WordClass.Boundary | WordClass.Pronoun | WordClass.Auxiliary)
                & (next.Start == context.Quote.End + 1)) ? 1 : 0;
        }

        // The evidence read from the quoted words themselves (their count, a capital, title case) takes a pass over
        // them, so it is read only when it can still change the answer: the count and the capital add between -2
        // and +3, a title takes 2.
        var mayBeTitle = (speaker.Cue != SpeakerCue.Direct) & !endsStatement;
        if (score - 2 - (mayBeTitle ? 2 : 0) > 0)
        {
            return QuoteKind.Quotation;
        }

        if (score + 3 <= 0)
        {
            return QuoteKind.Term;
        }

        var masks = KeptInside(context, out var from, out var to);
        var count = masks is null ? CountWords(text) : CountWords(source, masks, from, to);
        score += CountScores[count];
        if (count >= 3 && text.Length > 0 && char.IsUpper(text[0]))
        {
            score++;
        }

        if (mayBeTitle && score is > 0 and <= 2 && (masks is null ? IsTitleCase(text) : IsTitleCase(source, masks, from, to)))
        {
            // Her memoir, “The Long Road Home,” was published — a title: every longer word capitalised.
            score -= 2;
        }

        return score > 0 ? QuoteKind.Quotation : QuoteKind.Term;
    }

    // The score of a quotation's last character, by ASCII character: 2 (EndsStatement) for . ! ?, 1 for , ; : (and 2
    // for an ellipsis, outside the table).
    private const int EndsStatement = 2;
    private static readonly byte[] LastScores = BuildLastScores();

    private static byte[] BuildLastScores()
    {
        var scores = new byte[128];
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = c is '.' or '!' or '?' ? (byte)EndsStatement : c is ',' or ';' or ':' ? (byte)1 : (byte)0;
        }

        return scores;
    }

    // The score of a word count (at most EnoughWords, as the counts stop there): 2 from EnoughWords, 1 from five, -1 for
    // four, -2 below; read from a table, as the counts come at random.
    private static readonly int[] CountScores = BuildCountScores();

    private static int[] BuildCountScores()
    {
        var scores = new int[EnoughWords + 1];
        for (var count = 0; count < scores.Length; count++)
        {
            scores[count] = count >= EnoughWords ? 2 : count >= 5 ? 1 : count <= 3 ? -2 : -1;
        }

        return scores;
    }

    private static bool HasNamingCue(WordTokens before, QuoteLexicon words)
    {
        // Counted from the end: the words right before the opening mark, which are all this reads, and each only when
        // it can still change the answer (the caller knows there is a last one).
        var p = 0;
        if (before.FromEnd(p).Has(WordClass.Determiner) && before.HasFromEnd(p + 1))
        {
            // dubbed the “four tigers”: look past one determiner.
            p++;
        }

        var word = before.FromEnd(p);
        if (!word.IsWord)
        {
            return false;
        }

        // Without a naming word here, only a two-word cue that ends in this one names: most words end none.
        var naming = word.Has(WordClass.Naming);
        if (!naming && !word.Has(WordClass.NamingPhraseEnd))
        {
            return false;
        }

        var hasPrevious = before.HasFromEnd(p + 1);
        var previous = hasPrevious ? before.FromEnd(p + 1) : default;
        if (hasPrevious && naming && previous.IsWord
            && (previous.Has(WordClass.Pronoun) || previous.IsCapitalised) && !previous.Has(WordClass.Determiner))
        {
            // "the penalty, which he called “a complete mystery”": a person calling something so is giving a verdict
            // in their own words, unlike "a start-up called “Bright”", where the thing is named.
            return false;
        }

        return naming || (hasPrevious && previous.IsWord && words.IsNamingPhrase(previous, word));
    }

    /// <summary>
    /// The tokenizer's masks of the text when this thread still keeps them (as the context's runs were given them,
    /// asked once for all the quotations of the text), and where the quoted text lies between the marks: the word count and the title-case test then read it there (see
    /// <see cref="CountWords(string, ulong[], int, int)"/>), else in <see cref="QuoteContext.Text"/>. The two read
    /// alike: the quoted text only folds white space and drops the marks that restart a quotation and the '&gt;' that
    /// start a line, all of which stand after white space and count as it does.
    /// </summary>
    private static ulong[]? KeptInside(in QuoteContext context, out int from, out int to)
    {
        var quote = context.Quote;
        from = quote.Open + QuoteMarks.Width(quote.Family);
        to = quote.Close;
        return context.Before.Masks;
    }

    /// <summary>
    /// <see cref="IsTitleCase(string)"/> of <c>text[from..to)</c> from the tokenizer's masks, as
    /// <see cref="CountWords(string, ulong[], int, int)"/> reads them: here a word starts at a letter and goes on over
    /// letters and the joiners ' ’ -. Windows of 64 characters step on by 60, so that the four characters from any
    /// word start counted in a window are in it: a word of four or more starts where all four are inside a word.
    /// </summary>
    private static bool IsTitleCase(string text, ulong[] masks, int from, int to)
    {
        const int Step = 60;
        var words = 0;
        var carry = 0UL;
        for (var i = from; i < to; i += Step)
        {
            var left = to - i;
            var valid = left >= 64 ? ulong.MaxValue : (1UL << left) - 1;
            var counted = left >= Step ? (1UL << Step) - 1 : valid;
            var letters = (TokenMasks.LoadUnchecked(masks, i, TokenMasks.Word) & ~TokenMasks.LoadUnchecked(masks, i, TokenMasks.Digit)) & valid;
            var upper = TokenMasks.LoadUnchecked(masks, i, TokenMasks.Upper);
            var special = TokenMasks.LoadUnchecked(masks, i, TokenMasks.Special) & valid;
            var joiners = ReadSpecial(text, i, special, lettersOnly: true, ref letters, ref upper);
            joiners |= MarkJoiners(text, i, valid & ~(TokenMasks.LoadUnchecked(masks, i, TokenMasks.Word) | special | TokenMasks.LoadUnchecked(masks, i, TokenMasks.Space)));
            var inWord = InWord(letters, joiners, carry);
            var starts = letters & ~((inWord << 1) | carry) & counted;
            var long4 = inWord & (inWord >> 1) & (inWord >> 2) & (inWord >> 3);
            if ((starts & long4 & ~upper) != 0)
            {
                return false;
            }

            words += Bits.PopCount(starts);
            carry = (inWord >> (Step - 1)) & 1;
        }

        return words >= 2;
    }

    /// <summary>Whether every word of four or more letters starts with a capital, and there are at least two words.</summary>
    private static bool IsTitleCase(string text)
    {
        var words = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '\'' or '\u2019' or '-'))
            {
                i++;
            }

            words++;
            if (i - start >= 4 && !char.IsUpper(text[start]))
            {
                return false;
            }
        }

        return words >= 2;
    }

    /// <summary>
    /// <see cref="CountWords(string)"/> of <c>text[from..to)</c> from the tokenizer's masks, 64 characters at a time: the
    /// ASCII letters and digits are the word mask; only the other marks and the characters outside ASCII are read, for
    /// the joiners (' ’ -) and the letters outside ASCII. A joiner is inside a word when the run of joiners it stands in
    /// follows a word character, which one addition tells for all the runs of a window; a word starts at a word
    /// character that follows none inside a word.
    /// </summary>
    private static int CountWords(string text, ulong[] masks, int from, int to)
    {
        var count = 0;
        var carry = 0UL;
        for (var i = from; i < to && count < EnoughWords; i += 64)
        {
            var left = to - i;
            var valid = left >= 64 ? ulong.MaxValue : (1UL << left) - 1;
            var word = TokenMasks.LoadUnchecked(masks, i, TokenMasks.Word) & valid;
            var special = TokenMasks.LoadUnchecked(masks, i, TokenMasks.Special) & valid;
            var capitals = 0UL; // (not asked)
            var joiners = ReadSpecial(text, i, special, lettersOnly: false, ref word, ref capitals);
            joiners |= MarkJoiners(text, i, valid & ~(word | special | TokenMasks.LoadUnchecked(masks, i, TokenMasks.Space)));
            var inWord = InWord(word, joiners, carry);
            count += Bits.PopCount(word & ~((inWord << 1) | carry));
            carry = inWord >> 63;
        }

        return count < EnoughWords ? count : EnoughWords;
    }

    /// <summary>
    /// The apostrophes (' ’), joiners, among the special characters of a window (<paramref name="special"/>, its bits
    /// from <paramref name="i"/>), returned; and the word characters outside ASCII among them added to
    /// <paramref name="word"/>: the letters, with the capitals among them added to <paramref name="upper"/>, when
    /// <paramref name="lettersOnly"/> (the title-case test), else the letters and digits (the word count). Inlined with
    /// a constant for <paramref name="lettersOnly"/>, which the compiler folds: each caller keeps its own loop.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong ReadSpecial(string text, int i, ulong special, bool lettersOnly, ref ulong word, ref ulong upper)
    {
        var joiners = 0UL;
        for (var rest = special; rest != 0; rest &= rest - 1)
        {
            var at = Bits.TrailingZeroCount(rest);
            var c = text[i + at];
            if (c is '\'' or '\u2019')
            {
                joiners |= 1UL << at;
            }
            else if (c >= 128 && (lettersOnly ? char.IsLetter(c) : char.IsLetterOrDigit(c)))
            {
                word |= 1UL << at;
                if (lettersOnly && char.IsUpper(c))
                {
                    upper |= 1UL << at;
                }
            }
        }

        return joiners;
    }

    /// <summary>
    /// The joiners among the ASCII marks of a window that are neither word characters, white space nor special (the
    /// hyphen and the straight apostrophe), given as <paramref name="marks"/>, the window's bits from <paramref name="i"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MarkJoiners(string text, int i, ulong marks)
    {
        var joiners = 0UL;
        for (var rest = marks; rest != 0; rest &= rest - 1)
        {
            var at = Bits.TrailingZeroCount(rest);
            if (text[i + at] is '-' or '\'')
            {
                joiners |= 1UL << at;
            }
        }

        return joiners;
    }

    /// <summary>
    /// The characters of a window that are inside a word: its word characters, and the joiners of each run of joiners
    /// that follows a word character (here or, by <paramref name="carry"/>, at the end of the window before), which one
    /// addition tells for all the runs.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong InWord(ulong word, ulong joiners, ulong carry)
    {
        var seeds = joiners & ((word << 1) | carry);
        return word | (((joiners + seeds) ^ joiners) & joiners);
    }

    /// <summary>The number of words in <paramref name="text"/>, counted up to <see cref="EnoughWords"/> at most.</summary>
    private static int CountWords(string text)
    {
        // A word starts at a letter or digit and goes on over letters, digits and the joiners ' ’ -. The state is
        // kept in 0/1 integers rather than branches: word boundaries come every few characters, too often to
        // predict (a bool turned into a count takes a branch). The table is read through a local (read as a static
        // field, its class's initialisation is checked again at every character), and characters outside ASCII are
        // classed by a call kept out of line, so the loop's state stays in registers.
        var kinds = AsciiWordKinds;
        var count = 0;
        var inWord = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            int kind = c < kinds.Length ? kinds[c] : KindOutsideAscii(c);
            var wordChar = (kind & WordStart) | (inWord & (kind >> 1));
            count += wordChar & (inWord ^ 1);
            inWord = wordChar;
            if (count == EnoughWords)
            {
                break;
            }
        }

        return count;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static int KindOutsideAscii(char c) => char.IsLetterOrDigit(c) ? WordStart : c == '\u2019' ? Joiner : 0;

    // The kinds are bits, so a kind reads as 0/1 flags: kind & WordStart, kind >> 1 for a joiner.
    private const byte WordStart = 1;
    private const byte Joiner = 2;

    // By ASCII character: a letter or digit, or a joiner (' and -), for CountWords.
    private static readonly byte[] AsciiWordKinds = BuildAsciiWordKinds();

    private static byte[] BuildAsciiWordKinds()
    {
        var kinds = new byte[128];
        for (var c = 0; c < kinds.Length; c++)
        {
            kinds[c] = char.IsLetterOrDigit((char)c) ? WordStart : c is '\'' or '-' ? Joiner : (byte)0;
        }

        return kinds;
    }
}
