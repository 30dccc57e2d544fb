using System.Collections.Generic;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Corpus.Extraction;

namespace Corpus.Benchmarks;

/// <summary>The engine's front door over about 1 MiB of real English text: sentences, names, quotations.</summary>
[MemoryDiagnoser]
[ShortRunJob]
public class ExtractionBenchmarks
{
    private IReadOnlyList<string> _documents = new List<string>();
    private int _run;

    [GlobalSetup]
    public void Setup() => _documents = BenchData.Documents;

    /// <summary>
    /// Extracts every document. The engine caches results by (path, text) so the generator, the analyzer and the
    /// code fixes share one extraction; a fresh path per operation keeps this a measurement of the extraction.
    /// </summary>
    [Benchmark]
    public int ExtractDocuments()
    {
        var run = (_run++).ToString(CultureInfo.InvariantCulture);
        var found = 0;
        for (var i = 0; i < _documents.Count; i++)
        {
            var model = DocumentExtractor.Extract("bench/" + run + "/" + i.ToString(CultureInfo.InvariantCulture) + ".txt", _documents[i]);
            found += model.Entities.Count + model.Quotes.Count;
        }

        return found;
    }
}
