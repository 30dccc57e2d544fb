using System.Linq;
using System.Text;

namespace Corpus.Benchmarks;

/// <summary>How many UTF-8 bytes each benchmark method reads per operation (computed in the host process).</summary>
internal static class InputSize
{
    public static long Of(string method) => method switch
    {
        nameof(ExtractionBenchmarks.ExtractDocuments) => BenchData.Utf8Bytes,
        nameof(GeneratorBenchmarks.GenerateSeedCorpus) => GeneratorBenchmarks.SeedTexts().Sum(s => (long)Encoding.UTF8.GetByteCount(s.Text)),
        _ => 0,
    };
}
