using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Corpus.Extraction.Quotes;

/// <summary>The word-list classes a word belongs to; a word may be in several ("that": determiner and boundary).</summary>
[Flags]
internal enum WordClass
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

        _words = new string?[size];
        _classes = new WordClass[size];
        _mask = size - 1;
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
        }
    }

    /// <summary>The classes of <c>text[start..start+length)</c>, compared ignoring case (ordinal).</summary>
    public WordClass Lookup(string text, int start, int length)
        => length > _longest ? WordClass.None : Lookup(text, start, length, Hash(text, start, length));

    /// <summary>
    /// The classes of <c>text[start..start+length)</c> whose <paramref name="hash"/> the caller has already summed
    /// with <see cref="HashAdd"/> while reading the word.
    /// </summary>
    public WordClass Lookup(string text, int start, int length, int hash)
    {
        if (length > _longest)
        {
            // A word longer than every listed one is in no list.
            return WordClass.None;
        }

        for (var slot = hash & _mask; _words[slot] is { } word; slot = (slot + 1) & _mask)
        {
            if (word.Length == length && SameIgnoringCase(word, text, start))
            {
                return _classes[slot];
            }
        }

        return WordClass.None;
    }

    /// <summary>The hash of no characters, to start <see cref="HashAdd"/> with.</summary>
    public const int HashSeed = unchecked((int)2166136261);

    /// <summary>Adds one character to a word's hash (FNV-1a over the upper-cased characters).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int HashAdd(int hash, char c)
    {
        // Inlined into the tokenizer's loop over each word; only a non-ASCII letter takes the call.
        c = c is >= 'a' and <= 'z' ? (char)(c - 32) : c < 128 ? c : UpperOutsideAscii(c);
        return unchecked((hash ^ c) * 16777619);
    }

    // Out of line, so the loops HashAdd is inlined into stay small.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static char UpperOutsideAscii(char c) => char.ToUpperInvariant(c);

    /// <summary>
    /// Whether <paramref name="word"/> is spelled at <paramref name="start"/>, ordinal and ignoring case: ASCII letters
    /// are compared here, anything else (rare around quotations) by the framework's ordinal comparison.
    /// </summary>
    public static bool SameIgnoringCase(string word, string text, int start)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var a = word[i];
            var b = text[start + i];
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

    /// <summary>The classes of <paramref name="word"/>.</summary>
    public WordClass Lookup(string word) => Lookup(word, 0, word.Length);

    private static int Hash(string text, int start, int length)
    {
        var hash = HashSeed;
        for (var i = start; i < start + length; i++)
        {
            hash = HashAdd(hash, text[i]);
        }

        return hash;
    }
}
