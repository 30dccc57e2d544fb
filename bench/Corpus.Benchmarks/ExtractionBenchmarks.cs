using System.Collections.Generic;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Corpus.Extraction;

namespace Corpus.Benchmarks;

/// <summary>The engine over about 1 MiB of real English text: sentences, names, quotations.</summary>
// Warm-up runs until the time per operation is steady (BenchmarkDotNet's default), not a fixed three iterations: when
// the pilot settles on three operations per iteration, three warm-ups end before the tiered JIT has finished, and the
// first measured iterations ran 45 ms against a steady 31.
[MemoryDiagnoser]
[SimpleJob(iterationCount: 15)]
public class ExtractionBenchmarks
{
    private IReadOnlyList<string> _documents = new List<string>();

    [GlobalSetup]
    public void Setup() => _documents = BenchData.Documents;

    /// <summary>
    /// Extracts every document without the engine's shared cache (which lets the generator, the analyzers and the
    /// code fixes share one extraction per seed and would otherwise answer, or hold every result alive).
    /// </summary>
    [Benchmark]
    public int ExtractDocuments()
    {
        var found = 0;
        for (var i = 0; i < _documents.Count; i++)
        {
            var model = DocumentExtractor.ExtractUncached("bench/" + i.ToString(CultureInfo.InvariantCulture) + ".txt", _documents[i]);
            found += model.Entities.Count + model.Quotes.Count;
        }

        return found;
    }
}
