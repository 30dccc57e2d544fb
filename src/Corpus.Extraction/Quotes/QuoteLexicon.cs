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

    private QuoteLexicon(Dictionary<string, HashSet<string>> sections, HashSet<string> speechVerbs)
    {
        SpeechVerbs = speechVerbs;
        Determiners = Section(sections, "determiners");
        Pronouns = Section(sections, "pronouns");
        Auxiliaries = Section(sections, "auxiliaries");
        Adverbs = Section(sections, "adverbs");
        Boundaries = Section(sections, "boundaries");
        NamingCues = Section(sections, "naming");
        Abbreviations = Section(sections, "abbreviations");
    }

    /// <summary>The one loaded instance.</summary>
    public static QuoteLexicon Instance => Shared.Value;

    /// <summary>Reporting verbs in every listed form ("said", "tweeted").</summary>
    public HashSet<string> SpeechVerbs { get; }

    /// <summary>Determiners and quantifiers that may start a noun phrase ("the", "one").</summary>
    public HashSet<string> Determiners { get; }

    /// <summary>Personal pronouns ("he", "they").</summary>
    public HashSet<string> Pronouns { get; }

    /// <summary>Auxiliary and modal verbs ("has", "would").</summary>
    public HashSet<string> Auxiliaries { get; }

    /// <summary>Time and focus adverbs that sit between a subject and its verb ("also", "later").</summary>
    public HashSet<string> Adverbs { get; }

    /// <summary>Conjunctions, prepositions and relative words that end a noun phrase ("and", "in", "who").</summary>
    public HashSet<string> Boundaries { get; }

    /// <summary>Words that introduce a quoted name rather than speech ("so-called", "known as").</summary>
    public HashSet<string> NamingCues { get; }

    /// <summary>Abbreviations whose dot does not end a sentence ("Mr.", "Inc."), without the dot.</summary>
    public HashSet<string> Abbreviations { get; }

    private static HashSet<string> Section(Dictionary<string, HashSet<string>> sections, string name)
        => sections.TryGetValue(name, out var set) ? set : new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    private static QuoteLexicon Load()
    {
        var sections = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var current = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in ReadLines("quote-lexicon.txt"))
        {
            if (line.Length > 2 && line[0] == '[' && line[line.Length - 1] == ']')
            {
                current = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                sections[line.Substring(1, line.Length - 2)] = current;
            }
            else
            {
                current.Add(line);
            }
        }

        var verbs = new HashSet<string>(ReadLines("speech-verbs.txt"), StringComparer.OrdinalIgnoreCase);
        return new QuoteLexicon(sections, verbs);
    }

    /// <summary>The non-empty, non-comment lines of an embedded resource, trimmed.</summary>
    private static IEnumerable<string> ReadLines(string fileName)
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
