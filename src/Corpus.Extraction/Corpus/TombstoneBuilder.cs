using System;
using System.Collections.Generic;

namespace Corpus.Extraction.Corpus;

/// <summary>
/// Keeps the members seeds.lock.json records that the seeds no longer hold, so code that uses them still
/// compiles: each becomes a tombstone that names the closest current member of its class, and an edited quote
/// ("LLM performance improves with scale" reworded) forwards to its successor.
/// </summary>
internal static class TombstoneBuilder
{
    /// <summary>A current member this similar (0–1) to a removed one is named as its replacement.</summary>
    public const double ReplacementSimilarity = 0.5;

    /// <summary>A current quote this similar to a removed one is taken to be the same quote, edited.</summary>
    public const double ForwardingSimilarity = 0.7;

    private static readonly HashSet<string> EntityContainers = new(StringComparer.Ordinal)
    {
        Containers.Of(EntityKind.Person), Containers.Of(EntityKind.Organization), Containers.Of(EntityKind.Place),
        Containers.Of(EntityKind.Product), Containers.Of(EntityKind.Event), Containers.Of(EntityKind.Group),
        Containers.Of(EntityKind.Other),
    };

    private readonly record struct Candidate(string Key, string Container, string MemberName, string Text);

    public static List<CorpusTombstone> Build(LockFile? lockFile, IReadOnlyList<CorpusEntity> entities, IReadOnlyList<CorpusQuote> quotes, List<CorpusProblem> problems)
    {
        var tombstones = new List<CorpusTombstone>();
        if (lockFile is null)
        {
            return tombstones;
        }

        var live = new HashSet<(string, string)>();
        var entityKeys = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        var quoteKeys = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        var byContainer = new Dictionary<string, List<Candidate>>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            Add(new Candidate(entity.Key, Containers.Of(entity.Kind), entity.MemberName, entity.Name), entityKeys);
        }

        foreach (var quote in quotes)
        {
            Add(new Candidate(quote.Key, Containers.Quotes, quote.MemberName, quote.Text), quoteKeys);
        }

        var entries = new List<LockEntry>(lockFile.Entries);
        entries.Sort((a, b) =>
        {
            var byContainer = string.CompareOrdinal(a.Container, b.Container);
            return byContainer != 0 ? byContainer : string.CompareOrdinal(a.MemberName, b.MemberName);
        });

        foreach (var entry in entries)
        {
            var isQuote = string.Equals(entry.Container, Containers.Quotes, StringComparison.Ordinal);
            if ((!isQuote && !EntityContainers.Contains(entry.Container))
                || !IdentifierNamer.IsValidIdentifier(entry.MemberName)
                || !live.Add((entry.Container, entry.MemberName)))
            {
                // Still generated, already kept, or not something a tombstone can stand for (a document).
                continue;
            }

            string? replacement = null;
            var forwards = false;
            if ((isQuote ? quoteKeys : entityKeys).TryGetValue(entry.Key, out var same))
            {
                // The same entity under another class (its kind changed): the old member is still the same thing.
                replacement = same.Key;
                forwards = true;
            }
            else if (byContainer.TryGetValue(entry.Container, out var candidates))
            {
                var best = Closest(entry.Name, candidates, out var similarity);
                if (best is not null && similarity >= ReplacementSimilarity)
                {
                    replacement = best.Value.Key;
                    forwards = isQuote && similarity >= ForwardingSimilarity;
                }
            }

            tombstones.Add(new CorpusTombstone(
                entry.Key,
                entry.Name,
                entry.Container,
                entry.MemberName,
                isQuote ? null : entry.EntityKind,
                replacement,
                forwards));
            problems.Add(new CorpusProblem(lockFile.Path, new Problem(
                DiagnosticIds.LockedMemberRemoved,
                ProblemSeverity.Info,
                Describe(entry, isQuote, replacement, forwards, isQuote ? quoteKeys : entityKeys),
                entry.Span ?? new SourceSpan(0, 0, 1, 1))));
        }

        return tombstones;

        void Add(Candidate candidate, Dictionary<string, Candidate> keys)
        {
            live.Add((candidate.Container, candidate.MemberName));
            keys[candidate.Key] = candidate;
            if (!byContainer.TryGetValue(candidate.Container, out var list))
            {
                list = new List<Candidate>();
                byContainer.Add(candidate.Container, list);
            }

            list.Add(candidate);
        }
    }

    private static Candidate? Closest(string text, List<Candidate> candidates, out double similarity)
    {
        Candidate? best = null;
        similarity = -1;
        foreach (var candidate in candidates)
        {
            var score = TextSimilarity.Similarity(text, candidate.Text);
            if (score > similarity || (score == similarity && best is not null && string.CompareOrdinal(candidate.Key, best.Value.Key) < 0))
            {
                best = candidate;
                similarity = score;
            }
        }

        return best;
    }

    /// <summary>
    /// The CORPUS020 message, shared by the analyzer (which reports it at the lock entry) and any tool that shows
    /// the builder's problems, so the two cannot drift apart.
    /// </summary>
    private static string Describe(LockEntry entry, bool isQuote, string? replacement, bool forwards, Dictionary<string, Candidate> keys)
    {
        var what = $"seeds.lock.json records the {(isQuote ? "quotation" : "entity")} '{Shorten(entry.Name)}' ({entry.Container}.{entry.MemberName}), which no seed holds any more";
        var instead = replacement is not null && keys.TryGetValue(replacement, out var next)
            ? (forwards ? $"; it now forwards to {next.Container}.{next.MemberName}" : $"; the closest current member is {next.Container}.{next.MemberName}")
            : string.Empty;
        return what + instead + $". It is kept as an [Obsolete] tombstone and each use is {DiagnosticIds.StaleReference}; once no code uses it, update the lock file (code fix, or `corpus lock`) to accept the removal.";
    }

    private static string Shorten(string text) => text.Length > 80 ? text.Substring(0, 77) + "..." : text;
}
