using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Quotes;

/// <summary>The word-list classes a word belongs to; a word may be in several ("that": determiner and boundary).</summary>
/// <remarks>Sixteen bits, which the table of short words (<see cref="WordClassTable"/>) keeps a word's classes in.</remarks>
[Flags]
internal enum WordClass : ushort
{
    /// <summary>In no list.</summary>
    None = 0,

    /// <summary>A reporting verb form ("said").</summary>
    SpeechVerb = 1,

    /// <summary>A determiner or quantifier ("the", "one").</summary>
    Determiner = 2,

    /// <summary>A personal pronoun ("he").</summary>
    Pronoun = 4,

    /// <summary>An auxiliary or modal verb ("has").</summary>
    Auxiliary = 8,

    /// <summary>A time or focus adverb ("also").</summary>
    Adverb = 16,

    /// <summary>A conjunction, preposition or relative word ("and", "in", "who").</summary>
    Boundary = 32,

    /// <summary>A one-word naming cue ("dubbed").</summary>
    Naming = 64,

    /// <summary>An abbreviation that keeps its dot ("Mr").</summary>
    Abbreviation = 128,

    /// <summary>A common noun that refers back to an organisation ("the company").</summary>
    OrganisationNoun = 256,

    /// <summary>The second word of a naming cue of two words ("known as", "the term").</summary>
    NamingPhraseEnd = 512,
}

/// <summary>
/// A case-insensitive word → <see cref="WordClass"/> table that looks words up in place, by offset and length,
/// so classifying the words around a quotation allocates nothing.
/// </summary>
internal sealed class WordClassTable
{
    private readonly string?[] _words;
    private readonly WordClass[] _classes;
    private readonly int _mask;
    private readonly int _longest;

    // By a word's length (one, two, three, or four and more), first, middle and last characters (see Key), what the
    // look-up can tell from them alone: a word of up to three letters is all of its key, so its entry holds its
    // classes; any other key that a listed word has holds Probe and, when it is the only listed word with that key,
    // the word's slot plus one (so the word is compared with no hash and no probe), and any other key nothing. One
    // read here answers the short words ("a", "to", "the", "he"), which are a good part of the words around a
    // quotation, and turns away most longer words in no list, with no branch on the word's length (which, short and
    // long words coming mixed, mispredicted about every other word where the two had tables of their own). The few
    // keys read keep their entries in the cache, however large the table.
    private readonly ushort[] _keyed = new ushort[4 << 15];

    // A _keyed entry's bit for a key that only the listed words can answer: above every WordClass and every slot.
    private const ushort Probe = 0x8000;

    public WordClassTable(IEnumerable<KeyValuePair<string, WordClass>> entries)
    {
        var merged = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            merged[entry.Key] = (merged.TryGetValue(entry.Key, out var existing) ? existing : WordClass.None) | entry.Value;
        }

        var size = 16;
        while (size < merged.Count * 4)
        {
            size *= 2;
        }

        if (size >= Probe)
        {
            throw new ArgumentException("Too many words for a keyed entry to name a slot.", nameof(entries));
        }

        _words = new string?[size];
        _classes = new WordClass[size];
        _mask = size - 1;

        // A listed word with a key character outside ASCII matches words whose keys say nothing of it.
        var letAllThrough = false;
        foreach (var entry in merged)
        {
            var slot = Hash(entry.Key, 0, entry.Key.Length) & _mask;
            while (_words[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _words[slot] = entry.Key;
            _classes[slot] = entry.Value;
            _longest = Math.Max(_longest, entry.Key.Length);
            var length = entry.Key.Length;
            var first = entry.Key[0];
            var middle = entry.Key[length >> 1];
            var last = entry.Key[length - 1];
            if ((first | middle | last) >= 128)
            {
                letAllThrough = true;
                continue;
            }

            var key = Key(length, first, middle, last);
            if (length <= 3 && IsAsciiLetter(first) && IsAsciiLetter(middle) && IsAsciiLetter(last))
            {
                _keyed[key] = (ushort)entry.Value;
            }
            else
            {
                // The only word with this key so far is named; a second makes the key one for the probe.
                _keyed[key] = _keyed[key] == 0 ? (ushort)(Probe | (slot + 1)) : Probe;
            }
        }

        if (letAllThrough)
        {
            for (var j = 0; j < _keyed.Length; j++)
            {
                _keyed[j] = Probe;
            }
        }
    }

    /// <summary>
    /// The classes of <c>text[start..start+length)</c>, compared ignoring case (ordinal). The range must lie inside
    /// <paramref name="text"/> (every caller takes it from the text): it is read without bounds checks.
    /// </summary>
    public WordClass Lookup(string text, int start, int length) => length == 0 ? WordClass.None : LookupInline(text, start, length);

    /// <summary>
    /// <see cref="Lookup(string, int, int)"/>, written into the word reader, which asks it of every word it splits.
    /// The range must lie inside <paramref name="text"/> and be one character long at least: the characters and the
    /// keyed table are read without bounds checks in the net8.0 build (every key is built below the table's length), as
    /// the checks, inlined into the word reader's loops, left those loops short of registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal WordClass LookupInline(string text, int start, int length)
    {
        var chars = new UncheckedText(text);
        var first = chars[start];
        var middle = chars[start + (length >> 1)];
        var last = chars[start + length - 1];
        var entry = (int)Probe;
        if ((first | middle | last) < 128)
        {
            entry = new Unchecked<ushort>(_keyed)[Key(length, first, middle, last)];
            if ((entry & Probe) == 0)
            {
                return (WordClass)entry;
            }
        }

        return LookupListed(text, start, length, entry);
    }

    /// <summary>
    /// The classes of a word its key's <paramref name="entry"/> does not tell: compared with the one listed word the
    /// entry names, or else looked up in the table proper.
    /// </summary>
    private WordClass LookupListed(string text, int start, int length, int entry)
    {
        var chars = new UncheckedText(text);
        var one = (entry & ~Probe) - 1;
        if (one >= 0)
        {
            var listed = new Unchecked<string?>(_words)[one]!;
            return listed.Length == length && SameIgnoringCaseInline(listed, text, chars, start)
                ? new Unchecked<WordClass>(_classes)[one]
                : WordClass.None;
        }

        if (length > _longest)
        {
            // A word longer than every listed one is in no list.
            return WordClass.None;
        }

        var first = chars[start];
        var last = chars[start + length - 1];
        var words = new Unchecked<string?>(_words);
        for (var slot = Hash(first, length > 1 ? chars[start + 1] : '\0', last, length) & _mask; words[slot] is { } word; slot = (slot + 1) & _mask)
        {
            if (word.Length == length && SameIgnoringCaseInline(word, text, chars, start))
            {
                return new Unchecked<WordClass>(_classes)[slot];
            }
        }

        return WordClass.None;
    }

    /// <summary>
    /// A filter of the words of two or more characters the table lists in any of <paramref name="classes"/> and of
    /// <paramref name="others"/> (see <see cref="MayBeIn(uint[], string, int, int)"/>): for a pass that asks of many words whether they may be
    /// one of those few, and looks up only those that pass.
    /// </summary>
    internal uint[] FilterOf(WordClass classes, params string[] others)
    {
        // Two tables of bits: by length and first letter a bit for the last one, and by length and second letter a
        // bit for the last but one. Asked together they let through about one word in twenty-five
        // of English prose for the speech verbs, where the first alone lets through one in ten.
        var filter = new uint[2 * 16 * 32];
        var words = new List<string>(others);
        for (var slot = 0; slot < _words.Length; slot++)
        {
            if (_words[slot] is { } word && (_classes[slot] & classes) != 0)
            {
                words.Add(word);
            }
        }

        foreach (var word in words)
        {
            if (word.Length < 2)
            {
                continue;
            }

            var first = word[0];
            var second = word[1];
            var last = word[word.Length - 1];
            var beforeLast = word[word.Length - 2];
            if ((first | second | last | beforeLast) >= 128)
            {
                // Such a word matches words whose low bits say nothing of it (see Filter): everything passes.
                for (var j = 0; j < filter.Length; j++)
                {
                    filter[j] = uint.MaxValue;
                }

                break;
            }

            filter[Filter(word.Length, first)] |= 1u << (last & 31);
            filter[SecondFilter + Filter(word.Length, second)] |= 1u << (beforeLast & 31);
        }

        return filter;
    }

    // Where FilterOf's second table starts.
    private const int SecondFilter = 16 * 32;

    /// <summary>
    /// Whether <c>text[start..start+length)</c>, ASCII letters or digits, passes <paramref name="filter"/> (see
    /// <see cref="FilterOf"/>): false when it is shorter than two or none of the filter's words has its length and
    /// first, second, last but one and last letters where they are, ignoring case.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool MayBeIn(uint[] filter, string text, int start, int length)
        => length >= 2
            && (filter[Filter(length, text[start])] & (1u << (text[start + length - 1] & 31))) != 0
            && (filter[SecondFilter + Filter(length, text[start + 1])] & (1u << (text[start + length - 2] & 31))) != 0;

    /// <summary>
    /// <see cref="MayBeIn(uint[], string, int, int)"/> of a word of two characters or more, with no bounds checks in the
    /// net8.0 build, for a loop that asks it of every word of a window and drops the words of one character first:
    /// <paramref name="filter"/> must be a <see cref="FilterOf"/> table (every index the test makes is below its length)
    /// and the word must lie inside <paramref name="text"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool MayBeInTwoOrMore(Unchecked<uint> filter, UncheckedText text, int start, int length)
        => (filter[Filter(length, text[start])] & (1u << (text[start + length - 1] & 31))) != 0
            && (filter[SecondFilter + Filter(length, text[start + 1])] & (1u << (text[start + length - 2] & 31))) != 0;

    /// <summary>
    /// A word's hash, from its length and its first two and last characters upper-cased: reading those few costs
    /// no pass over the word (the reader has just found where it ends), and the comparison on a hit is exact, so a
    /// word that shares them with a listed one only costs a probe further.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(string text, int start, int length)
        => Hash(text[start], length > 1 ? text[start + 1] : '\0', text[start + length - 1], length);

    /// <summary>The hash of a word of <paramref name="length"/> characters from those characters (<paramref name="secondChar"/> unread for a word of one).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(char firstChar, char secondChar, char lastChar, int length)
    {
        // secondChar is '\0' for a word of one, whose upper case is itself: no test of the length. Words of ASCII
        // (nearly all) are upper-cased by arithmetic, one test for the three, where a test of each letter's range
        // mispredicted on the mix of cases prose has.
        int first, second, last;
        if ((firstChar | secondChar | lastChar) < 128)
        {
            first = UpperAscii(firstChar);
            second = UpperAscii(secondChar);
            last = UpperAscii(lastChar);
        }
        else
        {
            first = Upper(firstChar);
            second = Upper(secondChar);
            last = Upper(lastChar);
        }

        var mixed = unchecked((uint)((((first * 31) + second) * 31 + last) * 31 + length) * 0x9E3779B1u);
        return (int)(mixed ^ (mixed >> 16));
    }

    /// <summary>A character upper-cased as an ordinal comparison ignoring case folds it: ASCII in place, anything else out of line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Upper(char c) => c is >= 'a' and <= 'z' ? c - 32 : c < 128 ? c : UpperOutsideAscii(c);

    /// <summary>
    /// An ASCII character upper-cased with no branch: bit 7 of <c>c + 0x1F</c> is set from 'a' on and that of
    /// <c>c + 0x05</c> from '{' on, so both differ just for 'a' to 'z', whose 32 it takes off.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int UpperAscii(int c) => c - ((((c + 0x1F) & ~(c + 0x05)) & 0x80) >> 2);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static char UpperOutsideAscii(char c) => char.ToUpperInvariant(c);

    /// <summary>
    /// Whether <paramref name="word"/> is spelled at <paramref name="start"/>, ordinal and ignoring case: ASCII letters
    /// are compared here, anything else (rare around quotations) by the framework's ordinal comparison. The word's
    /// length from <paramref name="start"/> must lie inside <paramref name="text"/> (each caller has compared the lengths):
    /// it is read without bounds checks.
    /// </summary>
    public static bool SameIgnoringCase(string word, string text, int start) => SameIgnoringCaseInline(word, text, new UncheckedText(text), start);

    /// <summary><see cref="SameIgnoringCase"/>, written into the look-up (<paramref name="chars"/> are <paramref name="text"/>'s, the word inside it), which makes one for nearly every word it is asked.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SameIgnoringCaseInline(string word, string text, UncheckedText chars, int start)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var a = word[i];
            var b = chars[start + i];
            if (a == b)
            {
                continue;
            }

            if ((a | b) >= 0x80)
            {
                return string.Compare(word, 0, text, start, word.Length, StringComparison.OrdinalIgnoreCase) == 0;
            }

            // Two different ASCII characters match only as the two cases of one letter.
            if ((a | 0x20) != (b | 0x20) || (a | 0x20) is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The filter's word for a length and first character: the low five bits of an ASCII letter are the same in
    /// either case. A word that starts or ends outside ASCII is not filtered: an ordinal comparison ignoring case
    /// matches "ſaid" to "said", and the low bits of "ſ" are not those of "s".
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Filter(int length, char first) => ((length & 15) << 5) | (first & 31);

    /// <summary>
    /// Where <see cref="_keyed"/> keeps a word: by its length up to four, and its first, middle and last characters,
    /// each its low five bits if an ASCII letter (the same in either case) and 0 if another ASCII character (see
    /// <see cref="KeyCodes"/>). Two words that match ignoring case have one key; a word of up to three letters is
    /// all of its key.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Key(int length, char first, char middle, char last)
    {
        var codes = new Unchecked<byte>(KeyCodes);
        return ((Math.Min(length, 4) - 1) << 15) | (codes[first] << 10) | (codes[middle] << 5) | codes[last];
    }

    // By ASCII character, its code in a key: the low five bits of a letter, 0 for anything else.
    private static readonly byte[] KeyCodes = BuildKeyCodes();

    private static byte[] BuildKeyCodes()
    {
        var codes = new byte[128];
        for (var c = (char)0; c < codes.Length; c++)
        {
            codes[c] = IsAsciiLetter(c) ? (byte)(c & 31) : (byte)0;
        }

        return codes;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    /// <summary>The classes of <paramref name="word"/>.</summary>
    public WordClass Lookup(string word) => Lookup(word, 0, word.Length);
}
