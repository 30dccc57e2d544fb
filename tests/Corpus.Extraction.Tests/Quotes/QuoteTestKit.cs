using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Corpus.Extraction.Quotes;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Tests.Quotes;

/// <summary>Runs the quotation engine on small texts, with entities built by hand where a test needs them.</summary>
internal static class QuoteTestKit
{
    /// <summary>The quotations of <paramref name="text"/>, given these entities.</summary>
    public static QuoteInfo[] FindQuotes(string text, params EntityInfo[] entities) => Run(text, entities).Quotes;

    /// <summary>The quotations of <paramref name="text"/> and the problems found on the way.</summary>
    public static (QuoteInfo[] Quotes, List<Problem> Problems) Run(string text, params EntityInfo[] entities)
    {
        var map = new LineMap(text);
        var problems = new List<Problem>();
        // One sentence for the whole text: these tests are about quotations, not sentence splitting.
        var sentences = new[] { new Sentence(0, text.Length, text) };
        return (QuoteExtractor.Extract(text, sentences, entities, map, problems), problems);
    }

    /// <summary>The single quotation of <paramref name="text"/>.</summary>
    public static QuoteInfo Single(string text, params EntityInfo[] entities)
    {
        var quotes = FindQuotes(text, entities);
        Assert.True(quotes.Length == 1, $"Expected one quotation in «{text}», found {quotes.Length}: {string.Join(" | ", quotes.Select(q => q.Text))}");
        return quotes[0];
    }

    /// <summary>An entity named <paramref name="name"/> with a mention at every place <paramref name="text"/> spells it.</summary>
    public static EntityInfo Entity(string text, string name, EntityKind kind)
    {
        var map = new LineMap(text);
        var mentions = new List<EntityMention>();
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            mentions.Add(new EntityMention(map.Span(at, name.Length), 0));
        }

        return new EntityInfo(name, kind, null, null, null, EquatableArray<string>.Empty, new EquatableArray<EntityMention>(mentions.ToArray()), false);
    }

    /// <summary>The repository root, found from the test's output folder.</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Corpus.Generators.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root from " + AppContext.BaseDirectory);
    }
}
