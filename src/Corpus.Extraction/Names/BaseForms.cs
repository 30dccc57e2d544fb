using System.Collections.Generic;

namespace Corpus.Extraction.Names;

/// <summary>
/// The base forms <see cref="WordForms"/> reads a word against (function words, common words, role nouns and the
/// English dictionary) merged into one table whose slots hold their words' characters. A word asked about is
/// most often in the dictionary, whose own table keeps each entry as a string of its own: a found word cost a
/// read of the slot and one of the string, both far out of cache. Here it costs the slot.
/// </summary>
internal sealed class BaseForms
{
    /// <summary>The lists <see cref="WordForms.IsOrdinary"/> counts as ordinary; built once.</summary>
    public static readonly BaseForms Ordinary = new(new[] { WordLists.FunctionWords, WordLists.CommonWords, WordLists.Roles, WordLists.EnglishWords });

    // A slot is 16 characters (32 bytes): the hash in two, the length, and the first 13 characters of the word (a
    // length of 0 marks an empty slot). The rest of a longer word is kept aside, by slot.
    private const int SlotChars = 16;
    private const int InlineChars = SlotChars - 3;
    private readonly char[] _slots;
    private readonly int _mask;
    private readonly Dictionary<int, string> _rest = new();

    // A bit per hash of every word, sixteen bits per word: most forms tried are no word ("Johnsons", "Smit"), and
    // this table, a sixteenth of the slots', is more often in cache.
    private readonly ulong[] _hashBits;
    private readonly int _hashBitsMask;

    // For each folded ASCII first (and last) character, the lengths of the words that start (end) with it.
    private readonly ulong[] _startLengths = new ulong[128];
    private readonly ulong[] _endLengths = new ulong[128];
    private ulong _lengths;

    private BaseForms(WordSet[] sets)
    {
        var count = 0;
        foreach (var set in sets)
        {
            count += set.IgnoreCase ? set.Count : throw new System.ArgumentException("The base forms are matched ignoring case", nameof(sets));
        }

        var size = 16;
        while (size < count * 2)
        {
            size <<= 1;
        }

        _slots = new char[size * SlotChars];
        _mask = size - 1;
        var filterWords = 1;
        while (filterWords * 64 < count * 16)
        {
            filterWords <<= 1;
        }

        _hashBits = new ulong[filterWords];
        _hashBitsMask = filterWords - 1;
        foreach (var set in sets)
        {
            foreach (var word in set.Entries())
            {
                Add(word); // stored folded
            }
        }
    }

    // Adds a folded word, once: a word of two lists ("chief", a common word and a role) is found on its way to
    // an empty slot and kept where it is.
    private void Add(string word)
    {
        var hash = WordSet.HashFolded(word, 0, word.Length);
        var slot = hash & _mask;
        for (; _slots[slot * SlotChars + 2] != 0; slot = (slot + 1) & _mask)
        {
            if (_slots[slot * SlotChars + 2] == word.Length && _slots[slot * SlotChars] == (char)hash && _slots[slot * SlotChars + 1] == (char)(hash >> 16)
                && Same(word, word.Length, '\0', word.Length, slot))
            {
                return;
            }
        }

        var at = slot * SlotChars;
        _slots[at] = (char)hash;
        _slots[at + 1] = (char)(hash >> 16);
        _slots[at + 2] = checked((char)word.Length);
        for (var i = 0; i < word.Length && i < InlineChars; i++)
        {
            _slots[at + 3 + i] = word[i];
        }

        if (word.Length > InlineChars)
        {
            _rest[slot] = word.Substring(InlineChars);
        }

        _hashBits[(hash >> 6) & _hashBitsMask] |= 1UL << (hash & 63);
        var length = 1UL << System.Math.Min(word.Length, 63);
        _lengths |= length;
        if (word[0] < 128)
        {
            _startLengths[word[0]] |= length;
        }

        if (word[word.Length - 1] < 128)
        {
            _endLengths[word[word.Length - 1]] |= length;
        }
    }

    /// <summary>
    /// Whether the first <paramref name="length"/> characters of <paramref name="word"/> (folded) are a base form,
    /// <paramref name="hash"/> being their <see cref="WordSet.HashFolded"/>.
    /// </summary>
    public bool Contains(string word, int length, int hash) => length > 0 && Find(word, length, '\0', length, hash);

    /// <summary>
    /// Whether the first <paramref name="length"/> characters of <paramref name="word"/> followed by
    /// <paramref name="ending"/> are a base form ("compan" + "y"), <paramref name="hash"/> being that form's
    /// <see cref="WordSet.HashFolded"/>.
    /// </summary>
    public bool ContainsWithEnding(string word, int length, char ending, int hash) => length > 0 && Find(word, length, WordSet.Fold(ending), length + 1, hash);

    private bool Find(string word, int length, char ending, int total, int hash)
    {
        var first = WordSet.Fold(word[0]);
        var last = total > length ? ending : WordSet.Fold(word[length - 1]);
        var lengths = (first < 128 ? _startLengths[first] : _lengths) & (last < 128 ? _endLengths[last] : _lengths);
        if ((lengths & (1UL << System.Math.Min(total, 63))) == 0 || (_hashBits[(hash >> 6) & _hashBitsMask] & (1UL << (hash & 63))) == 0)
        {
            return false;
        }

        var slots = _slots;
        for (var slot = hash & _mask; ; slot = (slot + 1) & _mask)
        {
            var at = slot * SlotChars;
            int stored = slots[at + 2];
            if (stored == 0)
            {
                return false;
            }

            if (stored == total && slots[at] == (char)hash && slots[at + 1] == (char)(hash >> 16) && Same(word, length, ending, total, slot))
            {
                return true;
            }
        }
    }

    private bool Same(string word, int length, char ending, int total, int slot)
    {
        var at = slot * SlotChars + 3;
        var inline = System.Math.Min(total, InlineChars);
        for (var i = 0; i < inline; i++)
        {
            if ((i < length ? WordSet.Fold(word[i]) : ending) != _slots[at + i])
            {
                return false;
            }
        }

        if (total <= InlineChars)
        {
            return true;
        }

        var rest = _rest[slot];
        for (var i = InlineChars; i < total; i++)
        {
            if ((i < length ? WordSet.Fold(word[i]) : ending) != rest[i - InlineChars])
            {
                return false;
            }
        }

        return true;
    }
}
