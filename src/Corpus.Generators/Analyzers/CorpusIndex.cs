using System;
using System.Collections.Generic;
using Corpus.Extraction;
using Corpus.Extraction.Corpus;
using Corpus.Extraction.Text;

namespace Corpus.Generators.Analyzers;

/// <summary>A typed member the analyzers can point a user to, and the text it matched.</summary>
/// <param name="Text">The name, alias, key or quote text that was matched.</param>
/// <param name="Container">The nested class ("People", "Quotes").</param>
/// <param name="Member">The member name ("RobinLi").</param>
internal sealed record CorpusTarget(string Text, string Container, string Member);

/// <summary>
/// Lookup tables over one corpus: what a constant lookup finds (the generated lookups match names, aliases and
/// keys ordinally, as <see cref="CorpusLookup"/> says), and the closest thing when it finds nothing: case first, then edit distance.
/// </summary>
internal sealed class CorpusIndex
{
    /// <summary>How close an edited quotation must stay to count as its successor in a suggestion.</summary>
    private const double QuoteSimilarity = 0.6;

    private readonly Dictionary<string, CorpusTarget> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CorpusTarget> _quotes = new(StringComparer.Ordinal);
    private readonly List<(string Lowered, CorpusTarget Target)> _entityTexts = new();
    private readonly List<(string Comparable, string Lowered, CorpusTarget Target)> _quoteTexts = new();
    private readonly HashSet<string> _comparableNames = new(StringComparer.Ordinal);
    private readonly List<string> _comparableSentences = new();

    public CorpusIndex(CorpusModel corpus, IReadOnlyList<DocumentModel> documents)
    {
        // The same strings, in the same precedence, as the generated lookup tables.
        foreach (var pair in CorpusLookup.Entities(corpus))
        {
            var entity = corpus.Entities[pair.Value];
            var target = new CorpusTarget(pair.Key, Containers.Of(entity.Kind), entity.MemberName);
            _entities.Add(pair.Key, target);
            _entityTexts.Add((pair.Key.ToLowerInvariant(), target));
            _comparableNames.Add(ComparableText.Normalise(pair.Key));
        }

        foreach (var pair in CorpusLookup.Quotes(corpus))
        {
            var quote = corpus.Quotes[pair.Value];
            var target = new CorpusTarget(pair.Key, Containers.Quotes, quote.MemberName);
            _quotes.Add(pair.Key, target);
            if (string.Equals(pair.Key, quote.Text, StringComparison.Ordinal))
            {
                var comparable = ComparableText.Normalise(quote.Text);
                _quoteTexts.Add((comparable, comparable.ToLowerInvariant(), target));
            }
        }

        foreach (var document in documents)
        {
            foreach (var sentence in document.Sentences)
            {
                _comparableSentences.Add(ComparableText.Normalise(sentence.Text));
            }
        }
    }

    /// <summary>The entity <paramref name="text"/> names (name, alias or key, ordinal), or null.</summary>
    public CorpusTarget? Entity(string text) => _entities.TryGetValue(text, out var target) ? target : null;

    /// <summary>The quote <paramref name="text"/> names (text or key, ordinal), or null.</summary>
    public CorpusTarget? Quote(string text) => _quotes.TryGetValue(text, out var target) ? target : null;

    /// <summary>
    /// The closest entity name, alias or key (and, when <paramref name="quotes"/>, quote text or key) to
    /// <paramref name="text"/>: a different case first, then the fewest edits within a third of the length.
    /// </summary>
    public CorpusTarget? Suggest(string text, bool entities, bool quotes)
    {
        var lowered = text.ToLowerInvariant();
        CorpusTarget? best = null;
        var bestDistance = int.MaxValue;
        if (entities)
        {
            var bound = Math.Max(1, text.Length / 3);
            foreach (var (candidateText, candidate) in _entityTexts)
            {
                var distance = EditDistance.Compute(lowered, candidateText, bound);
                if (distance <= bound && Better(distance, candidate, bestDistance, best))
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }
        }

        if (quotes && best is null)
        {
            var comparable = ComparableText.Normalise(text).ToLowerInvariant();
            var bestSimilarity = 0.0;
            foreach (var (_, candidateText, target) in _quoteTexts)
            {
                var similarity = EditDistance.Similarity(comparable, candidateText, QuoteSimilarity);
                if (similarity > bestSimilarity)
                {
                    best = target;
                    bestSimilarity = similarity;
                }
            }
        }

        return best;
    }

    /// <summary>The current quotation closest to <paramref name="text"/>, for a [SeedQuote] whose text changed.</summary>
    public CorpusTarget? ClosestQuote(string text) => Suggest(text, entities: false, quotes: true);

    /// <summary>
    /// True when <paramref name="text"/> still appears in the seeds, marks and white space folded: as a quote,
    /// or inside a sentence (a pinned fragment of a longer passage is fine).
    /// </summary>
    public bool ContainsPassage(string text)
    {
        var comparable = ComparableText.Normalise(text);
        if (comparable.Length == 0)
        {
            return true;
        }

        foreach (var (candidate, _, _) in _quoteTexts)
        {
            if (candidate.IndexOf(comparable, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        foreach (var sentence in _comparableSentences)
        {
            if (sentence.IndexOf(comparable, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when an entity has <paramref name="name"/> as its name, alias or key, marks and white space folded.</summary>
    public bool ContainsName(string name) => _comparableNames.Contains(ComparableText.Normalise(name));

    private static bool Better(int distance, CorpusTarget candidate, int bestDistance, CorpusTarget? best)
        => best is null
            || distance < bestDistance
            || (distance == bestDistance && string.CompareOrdinal(candidate.Text, best.Text) < 0);
}
