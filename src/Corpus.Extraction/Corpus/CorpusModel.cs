namespace Corpus.Extraction.Corpus;

/// <summary>A seed document as the generated code exposes it.</summary>
/// <param name="MemberName">The C# identifier under <c>Seeds.Documents</c> ("Doc000Bf472475e3e9b8da").</param>
/// <param name="FileName">The file name.</param>
/// <param name="RelativePath">The path relative to the project (forward slashes), used in docs and hint names.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the text.</param>
/// <param name="Lines">Number of lines.</param>
/// <param name="Words">Number of words.</param>
/// <param name="Sentences">Only the sentences that a mention or quote points at, in text order.</param>
public sealed record CorpusDocument(
    string MemberName,
    string FileName,
    string RelativePath,
    string Sha256,
    int Lines,
    int Words,
    EquatableArray<string> Sentences);

/// <summary>One occurrence of an entity, across the corpus.</summary>
/// <param name="Document">Index into <see cref="CorpusModel.Documents"/>.</param>
/// <param name="Span">Where the name stands in that seed.</param>
/// <param name="Sentence">Index into that document's <see cref="CorpusDocument.Sentences"/>.</param>
public sealed record CorpusMention(int Document, SourceSpan Span, int Sentence);

/// <summary>An entity merged across every seed that names it.</summary>
/// <param name="Key">Stable key ("robin-li"); unique in the corpus.</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Kind">Kind.</param>
/// <param name="Role">Role noun or title, or null.</param>
/// <param name="AffiliationKey">Key of the affiliated entity (never forms a cycle), or null.</param>
/// <param name="Description">Descriptor from the text, or null.</param>
/// <param name="Aliases">Aliases, ordinal order.</param>
/// <param name="Mentions">Mentions by document, then offset.</param>
/// <param name="MemberName">C# identifier inside its kind's class ("RobinLi"); unique within that class.</param>
public sealed record CorpusEntity(
    string Key,
    string Name,
    EntityKind Kind,
    string? Role,
    string? AffiliationKey,
    string? Description,
    EquatableArray<string> Aliases,
    EquatableArray<CorpusMention> Mentions,
    string MemberName);

/// <summary>A quotation in the corpus.</summary>
/// <param name="Key">Stable key ("llm-performance-improves-with-scale"); unique in the corpus.</param>
/// <param name="Text">The quoted words.</param>
/// <param name="Kind">Quotation or Term.</param>
/// <param name="SpeakerKey">Key of the speaking entity, or null.</param>
/// <param name="SpeakerText">The speaker phrase as written, or null.</param>
/// <param name="Source">Where the quote stands (opening mark through closing mark).</param>
/// <param name="MemberName">C# identifier under <c>Seeds.Quotes</c>; unique there.</param>
public sealed record CorpusQuote(
    string Key,
    string Text,
    QuoteKind Kind,
    string? SpeakerKey,
    string? SpeakerText,
    CorpusMention Source,
    string MemberName);

/// <summary>
/// A problem that concerns the corpus as a whole rather than one seed's text (CORPUS013 identifier
/// collisions, CORPUS004 stale overrides), with the file it points into.
/// </summary>
/// <param name="Path">The file the problem points into (a seed or corpus.json), as given to the builder.</param>
/// <param name="Problem">The problem.</param>
public sealed record CorpusProblem(string Path, Problem Problem);

/// <summary>The whole typed corpus: what the emitters write and the CLI prints.</summary>
/// <param name="Documents">Documents, ordered by relative path (ordinal).</param>
/// <param name="Entities">Entities, ordered by kind, then member name (ordinal).</param>
/// <param name="Quotes">Quotes, ordered by document, then offset.</param>
/// <param name="Tombstones">Members the lock file records that the seeds no longer hold.</param>
/// <param name="Problems">Corpus-level problems, deterministic order.</param>
public sealed record CorpusModel(
    EquatableArray<CorpusDocument> Documents,
    EquatableArray<CorpusEntity> Entities,
    EquatableArray<CorpusQuote> Quotes,
    EquatableArray<CorpusTombstone> Tombstones,
    EquatableArray<CorpusProblem> Problems);

/// <summary>
/// A member recorded in seeds.lock.json that the seeds no longer hold. The generator keeps it as an
/// [Obsolete] member so code that uses it still compiles (CORPUS003 at each use).
/// </summary>
/// <param name="Key">The locked key.</param>
/// <param name="Name">The locked name (an entity's name, or a quote's text).</param>
/// <param name="Container">"People", "Organizations", "Places", "Products", "Events", "Groups", "Others" or "Quotes".</param>
/// <param name="MemberName">The locked member name.</param>
/// <param name="EntityKind">The locked kind, for entities.</param>
/// <param name="ReplacementKey">Key of the closest current member, or null when nothing is close.</param>
/// <param name="Forwards">True when the member should return the replacement (an edited quote), false when it returns a placeholder.</param>
public sealed record CorpusTombstone(
    string Key,
    string Name,
    string Container,
    string MemberName,
    EntityKind? EntityKind,
    string? ReplacementKey,
    bool Forwards);
