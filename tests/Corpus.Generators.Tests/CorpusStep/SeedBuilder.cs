using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Extraction;

namespace Corpus.Generators.Tests.CorpusStep;

/// <summary>
/// Builds a <see cref="DocumentModel"/> by hand: the engine gives sentences, lines and the hash; the test says
/// which entities and quotes the seed holds, and every occurrence of their names becomes a mention. This keeps
/// the corpus step's tests independent of how good extraction is.
/// </summary>
public sealed class SeedBuilder
{
    private readonly DocumentModel _base;
    private readonly string _text;
    private readonly List<EntityInfo> _entities = new();
    private readonly List<QuoteInfo> _quotes = new();

    public SeedBuilder(string path, string text)
    {
        _text = text;
        _base = DocumentExtractor.Extract(path, text);
    }

    public SeedBuilder Entity(string name, EntityKind kind, string? role = null, string? affiliation = null, string? description = null, bool tentative = false, params string[] aliases)
    {
        var mentions = new List<EntityMention>();
        foreach (var surface in new[] { name }.Concat(aliases))
        {
            for (var at = _text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(surface, at + surface.Length, StringComparison.Ordinal))
            {
                mentions.Add(new EntityMention(Span(at, surface.Length), SentenceAt(at)));
            }
        }

        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        _entities.Add(new EntityInfo(name, kind, role, affiliation, description, aliases.OrderBy(a => a, StringComparer.Ordinal).ToEquatableArray(), mentions.ToEquatableArray(), tentative));
        return this;
    }

    public SeedBuilder Quote(string text, string? speaker = null, string? speakerText = null, QuoteKind kind = QuoteKind.Quotation)
    {
        var at = _text.IndexOf(text, StringComparison.Ordinal);
        if (at < 1)
        {
            throw new ArgumentException("The quote must stand in the seed, after its opening mark: " + text);
        }

        _quotes.Add(new QuoteInfo(text, kind, Span(at - 1, text.Length + 2), SentenceAt(at - 1), speaker, speakerText ?? speaker, null));
        return this;
    }

    public DocumentModel Build() => _base with
    {
        Entities = _entities.ToEquatableArray(),
        Quotes = _quotes.OrderBy(q => q.Span.Start).ToEquatableArray(),
    };

    private SourceSpan Span(int start, int length)
    {
        var lines = _base.LineStarts;
        var line = 0;
        while (line + 1 < lines.Count && lines[line + 1] <= start)
        {
            line++;
        }

        return new SourceSpan(start, length, line + 1, start - lines[line] + 1);
    }

    private int SentenceAt(int offset)
    {
        for (var i = 0; i < _base.Sentences.Count; i++)
        {
            var sentence = _base.Sentences[i];
            if (offset >= sentence.Start && offset < sentence.Start + sentence.Length)
            {
                return i;
            }
        }

        return 0;
    }
}
