using System;
using System.Collections.Generic;
using System.Globalization;

namespace Corpus.Extraction.Corpus;

/// <summary>
/// Gives quotations their keys and member names from their opening words ("LLM performance improves with
/// scale—more…" → llm-performance-improves-with-scale, LlmPerformanceImprovesWithScale) and resolves each
/// speaker to an entity key.
/// </summary>
internal static class QuoteNaming
{
    /// <summary>Names every quote of <paramref name="models"/>, in document order, then text order.</summary>
    public static List<CorpusQuote> Name(IReadOnlyList<DocumentModel> models, List<CorpusEntity> entities, List<CorpusProblem> problems)
    {
        var found = new List<(int Document, QuoteInfo Quote)>();
        for (var d = 0; d < models.Count; d++)
        {
            foreach (var quote in models[d].Quotes)
            {
                found.Add((d, quote));
            }
        }

        var wantedKeys = new string[found.Count];
        var wantedMembers = new string[found.Count];
        var tieBreak = new string[found.Count];
        for (var i = 0; i < found.Count; i++)
        {
            var words = KeyAssigner.OpeningWords(found[i].Quote.Text);
            var slug = KeyAssigner.Slug(words);
            wantedKeys[i] = slug.Length > 0 ? slug : "quote";
            var member = IdentifierNamer.Pascal(words, keepCapitals: false, prefix: "_", fallback: "Quote");
            wantedMembers[i] = IdentifierNamer.IsReserved(member, Containers.Quotes) ? member + "Quote" : member;
            tieBreak[i] = i.ToString("D9", CultureInfo.InvariantCulture);
        }

        var keys = UniqueNames.Assign(wantedKeys, tieBreak, _ => Array.Empty<string>(), new HashSet<string>(), null, StringComparer.Ordinal, "-");
        var collisions = new List<UniqueNames.Collision>();
        var members = UniqueNames.Assign(wantedMembers, tieBreak, _ => Array.Empty<string>(), new HashSet<string>(), collisions, StringComparer.Ordinal, string.Empty);
        foreach (var collision in collisions)
        {
            var (document, quote) = found[collision.Index];
            var message = string.Format(
                CultureInfo.InvariantCulture,
                "This quotation and an earlier one both open with the words that make the identifier {0}.{1}; this one is {0}.{2}.",
                Containers.Quotes,
                collision.Wanted,
                collision.Given);
            problems.Add(new CorpusProblem(models[document].Path, new Problem(DiagnosticIds.IdentifierCollision, ProblemSeverity.Info, message, quote.Span)));
        }

        var speakers = new SpeakerIndex(entities);
        var quotes = new List<CorpusQuote>(found.Count);
        for (var i = 0; i < found.Count; i++)
        {
            var (document, quote) = found[i];
            quotes.Add(new CorpusQuote(
                keys[i],
                quote.Text,
                quote.Kind,
                quote.Speaker is null ? null : speakers.Resolve(quote.Speaker, document),
                quote.SpeakerText,
                new CorpusMention(document, quote.Span, quote.Sentence),
                members[i]));
        }

        return quotes;
    }

    /// <summary>Finds the entity a speaker name stands for: by name, then by alias; one named in the same seed first.</summary>
    private sealed class SpeakerIndex
    {
        private readonly List<CorpusEntity> _entities;
        private readonly Dictionary<string, List<int>> _byName = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<int>> _byAlias = new(StringComparer.Ordinal);

        public SpeakerIndex(List<CorpusEntity> entities)
        {
            _entities = entities;
            for (var i = 0; i < entities.Count; i++)
            {
                Add(_byName, entities[i].Name, i);
                foreach (var alias in entities[i].Aliases)
                {
                    Add(_byAlias, alias, i);
                }
            }
        }

        public string? Resolve(string speaker, int document)
            => Pick(_byName, speaker, document) ?? Pick(_byAlias, speaker, document);

        private static void Add(Dictionary<string, List<int>> index, string name, int i)
        {
            if (!index.TryGetValue(name, out var list))
            {
                list = new List<int>();
                index.Add(name, list);
            }

            list.Add(i);
        }

        private string? Pick(Dictionary<string, List<int>> index, string name, int document)
        {
            if (!index.TryGetValue(name, out var list))
            {
                return null;
            }

            foreach (var i in list)
            {
                foreach (var mention in _entities[i].Mentions)
                {
                    if (mention.Document == document)
                    {
                        return _entities[i].Key;
                    }
                }
            }

            return _entities[list[0]].Key;
        }
    }
}
