using System.Collections.Generic;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Quotes;

/// <summary>Finds the quotations of one seed and their speakers. (First slice: to be filled by the quote engine.)</summary>
internal static class QuoteExtractor
{
    public static QuoteInfo[] Extract(string text, Sentence[] sentences, EntityInfo[] entities, LineMap map, List<Problem> problems)
        => System.Array.Empty<QuoteInfo>();
}
