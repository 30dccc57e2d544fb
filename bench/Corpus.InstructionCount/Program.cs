using System;
using System.Globalization;
using Corpus.Benchmarks;
using Corpus.Extraction;

namespace Corpus.InstructionCount;

/// <summary>
/// Extracts the benchmark's documents as many times as the argument says (the same operation as
/// ExtractionBenchmarks.ExtractDocuments), so that a count of one run can be taken from counts of two lengths.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length != 1 || !int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var runs) || runs < 1)
        {
            Console.Error.WriteLine("usage: Corpus.InstructionCount RUNS   (RUNS >= 1; run it from inside the repository)");
            return 2;
        }

        var documents = BenchData.Documents;
        var found = 0;
        for (var run = 0; run < runs; run++)
        {
            for (var i = 0; i < documents.Count; i++)
            {
                var model = DocumentExtractor.ExtractUncached("bench/" + i.ToString(CultureInfo.InvariantCulture) + ".txt", documents[i]);
                found += model.Entities.Count + model.Quotes.Count;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{runs} runs over {BenchData.Utf8Bytes} bytes in {documents.Count} documents: {found} entities and quotations"));
        return 0;
    }
}
