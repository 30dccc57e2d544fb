using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Extraction;

namespace Corpus.Cli.Scoring;

/// <summary>
/// Scores one document's extraction against its gold file, as the gold format's "scoring" text defines it:
/// an extracted entity matches a gold or optional one when its name equals the gold name or one of its
/// aliases (ordinal, case-sensitive); precision = matched extracted / extracted; recall = matched gold / gold
/// (optional entities count for precision only); kind accuracy = matched gold with the gold kind / matched
/// gold; any forbidden name extracted is a defect on its own; a quotation is found when an extracted one has
/// the same text, line and column (column of the opening mark, text without the marks).
/// </summary>
internal static class Scorer
{
    /// <summary>Compares <paramref name="entities"/> and <paramref name="quotes"/> with <paramref name="gold"/>.</summary>
    public static Score Score(string document, IReadOnlyList<EntityInfo> entities, IReadOnlyList<QuoteInfo> quotes, GoldFile gold)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in gold.Entities.Concat(gold.Optional))
        {
            known.Add(entity.Name);
            known.UnionWith(entity.Aliases);
        }

        var spurious = new List<EntityInfo>();
        var forbidden = new List<EntityInfo>();
        var forbiddenNames = new HashSet<string>(gold.Forbidden, StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            if (!known.Contains(entity.Name))
            {
                spurious.Add(entity);
            }

            if (forbiddenNames.Contains(entity.Name))
            {
                forbidden.Add(entity);
            }
        }

        var missed = new List<GoldEntity>();
        var wrongKinds = new List<EntityMismatch>();
        var wrongRoles = new List<EntityMismatch>();
        var wrongAffiliations = new List<EntityMismatch>();
        var wrongCounts = new List<EntityMismatch>();
        int found = 0, kinds = 0, roles = 0, roleTotal = 0, affiliations = 0, affiliationTotal = 0, counts = 0, countTotal = 0;
        foreach (var goldEntity in gold.Entities)
        {
            var match = Match(goldEntity, entities);
            if (match is null)
            {
                missed.Add(goldEntity);
                continue;
            }

            found++;
            Check(string.Equals(match.Kind.ToString(), goldEntity.Kind, StringComparison.Ordinal), ref kinds, wrongKinds, goldEntity, match);
            if (goldEntity.Role is not null)
            {
                roleTotal++;
                Check(string.Equals(match.Role, goldEntity.Role, StringComparison.Ordinal), ref roles, wrongRoles, goldEntity, match);
            }

            if (goldEntity.Affiliation is not null)
            {
                affiliationTotal++;
                Check(string.Equals(match.Affiliation, goldEntity.Affiliation, StringComparison.Ordinal), ref affiliations, wrongAffiliations, goldEntity, match);
            }

            if (goldEntity.Mentions is { } mentions)
            {
                countTotal++;
                Check(match.Mentions.Count == mentions, ref counts, wrongCounts, goldEntity, match);
            }
        }

        var missedQuotes = new List<GoldQuote>();
        var wrongQuotes = new List<(GoldQuote, QuoteInfo)>();
        var matchedQuotes = new HashSet<QuoteInfo>();
        int quotesFound = 0, quoteKinds = 0, quoteSpeakers = 0;
        foreach (var goldQuote in gold.Quotes)
        {
            var match = Match(goldQuote, quotes);
            if (match is null)
            {
                missedQuotes.Add(goldQuote);
                continue;
            }

            quotesFound++;
            matchedQuotes.Add(match);
            var kindRight = string.Equals(match.Kind.ToString(), goldQuote.Kind, StringComparison.Ordinal);
            var speakerRight = string.Equals(match.Speaker, goldQuote.Speaker, StringComparison.Ordinal);
            quoteKinds += kindRight ? 1 : 0;
            quoteSpeakers += speakerRight ? 1 : 0;
            if (!kindRight || !speakerRight)
            {
                wrongQuotes.Add((goldQuote, match));
            }
        }

        var extraQuotes = new List<QuoteInfo>();
        foreach (var quote in quotes)
        {
            if (!matchedQuotes.Contains(quote))
            {
                extraQuotes.Add(quote);
            }
        }

        return new Score(
            document,
            new Ratio(entities.Count - spurious.Count, entities.Count),
            new Ratio(found, gold.Entities.Count),
            new Ratio(kinds, found),
            new Ratio(roles, roleTotal),
            new Ratio(affiliations, affiliationTotal),
            new Ratio(counts, countTotal),
            new Ratio(quotesFound, gold.Quotes.Count),
            new Ratio(quoteKinds, quotesFound),
            new Ratio(quoteSpeakers, quotesFound),
            missed,
            spurious,
            forbidden,
            wrongKinds,
            wrongRoles,
            wrongAffiliations,
            wrongCounts,
            missedQuotes,
            wrongQuotes,
            extraQuotes);
    }

    // The extracted entity that stands for a gold one: one with the gold name if any, else one named by an alias
    // (an engine that keeps "Fortune.com" apart from "Fortune" is matched by name, and its count is Fortune's).
    private static EntityInfo? Match(GoldEntity gold, IReadOnlyList<EntityInfo> entities)
    {
        EntityInfo? byAlias = null;
        foreach (var entity in entities)
        {
            if (string.Equals(entity.Name, gold.Name, StringComparison.Ordinal))
            {
                return entity;
            }

            if (byAlias is null && gold.Aliases.Contains(entity.Name))
            {
                byAlias = entity;
            }
        }

        return byAlias;
    }

    private static QuoteInfo? Match(GoldQuote gold, IReadOnlyList<QuoteInfo> quotes)
    {
        foreach (var quote in quotes)
        {
            if (quote.Span.Line == gold.Line && quote.Span.Column == gold.Column && string.Equals(quote.Text, gold.Text, StringComparison.Ordinal))
            {
                return quote;
            }
        }

        return null;
    }

    private static void Check(bool right, ref int hits, List<EntityMismatch> wrong, GoldEntity gold, EntityInfo found)
    {
        if (right)
        {
            hits++;
        }
        else
        {
            wrong.Add(new EntityMismatch(gold, found));
        }
    }
}
