using System.Collections.Generic;
using Corpus.Extraction;

namespace Corpus.Cli.Reports;

/// <summary>What the tool shows for one seed: the engine's model, with the corpus's verdicts applied.</summary>
/// <param name="Path">The path as shown to the user.</param>
/// <param name="Model">The engine's model of the seed.</param>
/// <param name="Entities">The entities the corpus keeps from this seed, in order of first mention.</param>
/// <param name="Problems">The seed's problems and the corpus-level problems that point into it, in text order.</param>
internal sealed record DocumentReport(
    string Path,
    DocumentModel Model,
    IReadOnlyList<EntityInfo> Entities,
    IReadOnlyList<Problem> Problems);
