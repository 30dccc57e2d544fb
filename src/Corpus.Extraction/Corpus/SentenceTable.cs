using System.Collections.Generic;

namespace Corpus.Extraction.Corpus;

/// <summary>
/// Keeps only the sentences a mention or a quote points at, so generated code carries the context it shows in
/// tooltips and no more of the raw text, and renumbers the pointers to match.
/// </summary>
internal sealed class SentenceTable
{
    private readonly IReadOnlyList<DocumentModel> _models;
    private readonly SortedSet<int>[] _used;
    private Dictionary<int, int>[]? _map;

    public SentenceTable(IReadOnlyList<DocumentModel> models)
    {
        _models = models;
        _used = new SortedSet<int>[models.Count];
        for (var d = 0; d < _used.Length; d++)
        {
            _used[d] = new SortedSet<int>();
        }
    }

    /// <summary>Marks every sentence the entities and quotes point at.</summary>
    public void Use(List<CorpusEntity> entities, List<CorpusQuote> quotes)
    {
        foreach (var entity in entities)
        {
            foreach (var mention in entity.Mentions)
            {
                Use(mention);
            }
        }

        foreach (var quote in quotes)
        {
            Use(quote.Source);
        }

        _map = new Dictionary<int, int>[_used.Length];
        for (var d = 0; d < _used.Length; d++)
        {
            _map[d] = new Dictionary<int, int>();
            foreach (var s in _used[d])
            {
                _map[d].Add(s, _map[d].Count);
            }
        }
    }

    /// <summary>The kept sentences of document <paramref name="document"/>, in text order.</summary>
    public EquatableArray<string> Of(int document)
    {
        var texts = new List<string>(_used[document].Count);
        foreach (var s in _used[document])
        {
            texts.Add(_models[document].Sentences[s].Text);
        }

        return texts.ToEquatableArray();
    }

    public List<CorpusEntity> Remap(List<CorpusEntity> entities)
    {
        var result = new List<CorpusEntity>(entities.Count);
        foreach (var entity in entities)
        {
            var mentions = new CorpusMention[entity.Mentions.Count];
            for (var m = 0; m < mentions.Length; m++)
            {
                mentions[m] = Remap(entity.Mentions[m]);
            }

            result.Add(entity with { Mentions = new EquatableArray<CorpusMention>(mentions) });
        }

        return result;
    }

    public List<CorpusQuote> Remap(List<CorpusQuote> quotes)
    {
        var result = new List<CorpusQuote>(quotes.Count);
        foreach (var quote in quotes)
        {
            result.Add(quote with { Source = Remap(quote.Source) });
        }

        return result;
    }

    private void Use(CorpusMention mention)
    {
        if (IsValid(mention))
        {
            _used[mention.Document].Add(mention.Sentence);
        }
    }

    // A pointer the engine got wrong becomes -1 ("no sentence") rather than a wrong sentence or an exception.
    private CorpusMention Remap(CorpusMention mention)
        => mention with { Sentence = IsValid(mention) && _map![mention.Document].TryGetValue(mention.Sentence, out var index) ? index : -1 };

    private bool IsValid(CorpusMention mention)
        => mention.Document >= 0 && mention.Document < _models.Count
            && mention.Sentence >= 0 && mention.Sentence < _models[mention.Document].Sentences.Count;
}
