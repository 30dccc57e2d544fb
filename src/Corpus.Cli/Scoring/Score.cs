using System.Collections.Generic;
using Corpus.Extraction;

namespace Corpus.Cli.Scoring;

/// <summary>A count out of a total, printed as a ratio.</summary>
/// <param name="Hits">How many were right.</param>
/// <param name="Total">Out of how many.</param>
internal readonly record struct Ratio(int Hits, int Total)
{
    /// <summary>Hits / Total, or null when there is nothing to count.</summary>
    public double? Value => Total == 0 ? null : (double)Hits / Total;
}

/// <summary>A gold entity whose kind, role, affiliation or mention count the engine got wrong.</summary>
/// <param name="Gold">The gold entity.</param>
/// <param name="Found">The extracted entity it was matched to.</param>
internal sealed record EntityMismatch(GoldEntity Gold, EntityInfo Found);

/// <summary>How extraction of one document compares with its gold file.</summary>
internal sealed record Score(
    string Document,
    Ratio Precision,
    Ratio Recall,
    Ratio KindAccuracy,
    Ratio Roles,
    Ratio Affiliations,
    Ratio MentionCounts,
    Ratio QuotesFound,
    Ratio QuoteKinds,
    Ratio QuoteSpeakers,
    IReadOnlyList<GoldEntity> Missed,
    IReadOnlyList<EntityInfo> Spurious,
    IReadOnlyList<EntityInfo> Forbidden,
    IReadOnlyList<EntityMismatch> WrongKinds,
    IReadOnlyList<EntityMismatch> WrongRoles,
    IReadOnlyList<EntityMismatch> WrongAffiliations,
    IReadOnlyList<EntityMismatch> WrongMentionCounts,
    IReadOnlyList<GoldQuote> MissedQuotes,
    IReadOnlyList<(GoldQuote Gold, QuoteInfo Found)> WrongQuotes,
    IReadOnlyList<QuoteInfo> ExtraQuotes);
