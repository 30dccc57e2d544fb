using System;
using System.Collections.Generic;

namespace Corpus.Extraction.Corpus;

/// <summary>
/// What the generated <c>Seeds.Entity(string)</c> and <c>Seeds.Quote(string)</c> accept, in one place so the
/// generated tables, the analyzers' checks of constant lookups and the CLI agree on every string.
/// </summary>
public static class CorpusLookup
{
    /// <summary>
    /// Every string <c>Seeds.Entity</c> resolves, with the index into <see cref="CorpusModel.Entities"/> it
    /// resolves to: names first, then aliases, then keys; when two entities share a string the earlier one keeps it.
    /// Compared ordinally.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, int>> Entities(CorpusModel corpus)
    {
        var table = new Table();
        var entities = corpus.Entities;
        for (var i = 0; i < entities.Count; i++)
        {
            table.Add(entities[i].Name, i);
        }

        for (var i = 0; i < entities.Count; i++)
        {
            foreach (var alias in entities[i].Aliases)
            {
                table.Add(alias, i);
            }
        }

        for (var i = 0; i < entities.Count; i++)
        {
            table.Add(entities[i].Key, i);
        }

        return table.Entries;
    }

    /// <summary>Every string <c>Seeds.Quote</c> resolves (keys first, then full texts), with the quote's index.</summary>
    public static IReadOnlyList<KeyValuePair<string, int>> Quotes(CorpusModel corpus)
    {
        var table = new Table();
        var quotes = corpus.Quotes;
        for (var i = 0; i < quotes.Count; i++)
        {
            table.Add(quotes[i].Key, i);
        }

        for (var i = 0; i < quotes.Count; i++)
        {
            table.Add(quotes[i].Text, i);
        }

        return table.Entries;
    }

    private sealed class Table
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

        public List<KeyValuePair<string, int>> Entries { get; } = new();

        public void Add(string text, int index)
        {
            if (_seen.Add(text))
            {
                Entries.Add(new KeyValuePair<string, int>(text, index));
            }
        }
    }
}
