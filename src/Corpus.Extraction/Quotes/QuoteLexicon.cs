using System;
using System.Collections.Generic;
using System.IO;

namespace Corpus.Extraction.Quotes;

/// <summary>
/// The word lists the quotation engine reads: speech verbs (Resources/speech-verbs.txt) and the closed-class
/// words and naming cues of Resources/quote-lexicon.txt. Loaded once; lookups are ordinal and case-insensitive,
/// so a sentence-initial "The" or "Said" is found like "the" or "said".
/// </summary>
internal sealed class QuoteLexicon
{
    private static readonly Lazy<QuoteLexicon> Shared = new(Load);

    private static readonly Dictionary<string, WordClass> SectionClasses = new(StringComparer.Ordinal)
    {
        ["determiners"] = WordClass.Determiner,
        ["pronouns"] = WordClass.Pronoun,
        ["auxiliaries"] = WordClass.Auxiliary,
        ["adverbs"] = WordClass.Adverb,
        ["boundaries"] = WordClass.Boundary,
        ["naming"] = WordClass.Naming,
        ["abbreviations"] = WordClass.Abbreviation,
        ["organisation-nouns"] = WordClass.OrganisationNoun,
    };

    // The two-word naming cues split at their space, to match two tokens in place without building a string.
    private readonly string[] _namingFirst;
    private readonly string[] _namingSecond;

    private QuoteLexicon(WordClassTable classes, HashSet<string> namingPhrases)
    {
        Classes = classes;
        NamingPhrases = namingPhrases;
        var first = new List<string>();
        var second = new List<string>();
        foreach (var phrase in namingPhrases)
        {
            var space = phrase.IndexOf(' ');
            if (phrase.IndexOf(' ', space + 1) < 0)
            {
                first.Add(phrase.Substring(0, space));
                second.Add(phrase.Substring(space + 1));
            }
        }

        _namingFirst = first.ToArray();
        _namingSecond = second.ToArray();
    }

    /// <summary>The one loaded instance.</summary>
    public static QuoteLexicon Instance => Shared.Value;

    /// <summary>Every listed single word with its classes.</summary>
    public WordClassTable Classes { get; }

    /// <summary>Naming cues of two words ("known as", "the term").</summary>
    public HashSet<string> NamingPhrases { get; }

    /// <summary>Whether two tokens spell a naming cue of two words ("known as"), ignoring case.</summary>
    public bool IsNamingPhrase(WordToken first, WordToken second)
    {
        for (var i = 0; i < _namingFirst.Length; i++)
        {
            if (second.Is(_namingSecond[i]) && first.Is(_namingFirst[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static QuoteLexicon Load()
    {
        var entries = new List<KeyValuePair<string, WordClass>>();
        var phrases = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var current = WordClass.None;
        foreach (var line in ReadLines("quote-lexicon.txt"))
        {
            if (line.Length > 2 && line[0] == '[' && line[line.Length - 1] == ']')
            {
                current = SectionClasses.TryGetValue(line.Substring(1, line.Length - 2), out var named)
                    ? named
                    : throw new InvalidOperationException("Unknown section " + line + " in quote-lexicon.txt.");
            }
            else if (line.IndexOf(' ') >= 0)
            {
                phrases.Add(line);
            }
            else
            {
                entries.Add(new KeyValuePair<string, WordClass>(line, current));
            }
        }

        foreach (var verb in ReadLines("speech-verbs.txt"))
        {
            entries.Add(new KeyValuePair<string, WordClass>(verb, WordClass.SpeechVerb));
        }

        foreach (var phrase in phrases)
        {
            // The last words of the two-word cues, so a word that ends none is told by its classes.
            var space = phrase.IndexOf(' ');
            if (phrase.IndexOf(' ', space + 1) < 0)
            {
                entries.Add(new KeyValuePair<string, WordClass>(phrase.Substring(space + 1), WordClass.NamingPhraseEnd));
            }
        }

        return new QuoteLexicon(new WordClassTable(entries), phrases);
    }

    /// <summary>The non-empty, non-comment lines of an embedded resource, trimmed.</summary>
    private static List<string> ReadLines(string fileName)
    {
        var assembly = typeof(QuoteLexicon).Assembly;
        using var stream = assembly.GetManifestResourceStream("Corpus.Extraction.Resources." + fileName)
            ?? throw new InvalidOperationException("Missing embedded resource " + fileName + ".");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                lines.Add(line);
            }
        }

        return lines;
    }
}
