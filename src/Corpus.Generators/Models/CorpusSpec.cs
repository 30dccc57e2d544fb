using Corpus.Extraction.Corpus;

namespace Corpus.Generators.Models;

/// <summary>Everything the emitters need: the finished corpus and how to write it.</summary>
/// <param name="Corpus">The corpus.</param>
/// <param name="Options">Namespace, class name and accessibility.</param>
/// <param name="Features">What the consumer's compilation offers.</param>
internal sealed record CorpusSpec(CorpusModel Corpus, GeneratorOptions Options, CompilationFeatures Features);
