using Corpus.Extraction;

namespace Corpus.Generators.Models;

/// <summary>One seed after extraction, with the member name the project gives it, if any.</summary>
/// <param name="Document">What the engine read from the seed.</param>
/// <param name="MemberName">The <c>CorpusName</c> item metadata, or null.</param>
internal sealed record SeedModel(DocumentModel Document, string? MemberName);
