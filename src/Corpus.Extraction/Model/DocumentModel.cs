namespace Corpus.Extraction;

/// <summary>One occurrence of an entity's name or alias in a seed.</summary>
/// <param name="Span">Where the name stands, as written (a possessive ’s is not part of it).</param>
/// <param name="Sentence">Index into <see cref="DocumentModel.Sentences"/>.</param>
/// <remarks>A value, held inline in its entity's array (a seed has thousands).</remarks>
public readonly record struct EntityMention(SourceSpan Span, int Sentence);

/// <summary>An entity found in one seed.</summary>
/// <param name="Name">The canonical name, as the seed spells it ("Robin Li", "U.S.").</param>
/// <param name="Kind">The kind decided from evidence.</param>
/// <param name="Role">A role noun or title given to a person ("founder"), or null.</param>
/// <param name="Affiliation">The name of the entity this one belongs to ("Baidu" for Robin Li), or null.</param>
/// <param name="Description">A descriptor the text gives ("investment bank"), or null.</param>
/// <param name="Aliases">Other names for the entity in this seed ("WAIC", "Fortune.com"), ordinal order.</param>
/// <param name="Mentions">Every occurrence of the name or an alias, in text order.</param>
/// <param name="Tentative">
/// True when the only evidence is a sentence-initial capital on an ordinary English word: the corpus keeps
/// it only if another seed (or this one) uses the same name as a name elsewhere.
/// </param>
public sealed record EntityInfo(
    string Name,
    EntityKind Kind,
    string? Role,
    string? Affiliation,
    string? Description,
    EquatableArray<string> Aliases,
    EquatableArray<EntityMention> Mentions,
    bool Tentative);

/// <summary>A quotation found in one seed.</summary>
/// <param name="Text">The quoted words, without the marks.</param>
/// <param name="Kind">Quotation or Term.</param>
/// <param name="Span">From the opening mark through the closing mark.</param>
/// <param name="Sentence">Index into <see cref="DocumentModel.Sentences"/> of the sentence that holds the opening mark.</param>
/// <param name="Speaker">The name of the entity that said it (an <see cref="EntityInfo.Name"/>), or null.</param>
/// <param name="SpeakerText">The speaker phrase as written ("investment bank Goldman Sachs", "One shopper"), or null.</param>
/// <param name="SpeakerSpan">Where <paramref name="SpeakerText"/> stands, or null.</param>
public sealed record QuoteInfo(
    string Text,
    QuoteKind Kind,
    SourceSpan Span,
    int Sentence,
    string? Speaker,
    string? SpeakerText,
    SourceSpan? SpeakerSpan);

/// <summary>A problem found in a seed, reported as a diagnostic at <paramref name="Span"/>.</summary>
/// <param name="Id">The diagnostic ID, such as <c>CORPUS011</c>.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">What is wrong and what to do, one sentence.</param>
/// <param name="Span">Where in the seed.</param>
public sealed record Problem(string Id, ProblemSeverity Severity, string Message, SourceSpan Span);

/// <summary>Everything the engine read from one seed. Immutable and value-equatable.</summary>
/// <param name="Path">The path the seed was read from, as given.</param>
/// <param name="FileName">The file name, without folders.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the decoded text's UTF-8 bytes.</param>
/// <param name="Lines">Number of lines.</param>
/// <param name="Words">Number of words.</param>
/// <param name="Readable">False when the seed was skipped (binary, invalid UTF-8, too large); see <see cref="Problems"/>.</param>
/// <param name="Sentences">Every sentence, in text order.</param>
/// <param name="Entities">Entities in order of first mention.</param>
/// <param name="Quotes">Quotations in text order.</param>
/// <param name="Problems">Problems in text order.</param>
/// <param name="LineStarts">UTF-16 offset where each line starts, so later steps can place spans they find.</param>
public sealed record DocumentModel(
    string Path,
    string FileName,
    string Sha256,
    int Lines,
    int Words,
    bool Readable,
    EquatableArray<Sentence> Sentences,
    EquatableArray<EntityInfo> Entities,
    EquatableArray<QuoteInfo> Quotes,
    EquatableArray<Problem> Problems,
    EquatableArray<int> LineStarts);
