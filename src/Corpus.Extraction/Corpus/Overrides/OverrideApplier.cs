using System;
using System.Collections.Generic;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Corpus.Overrides;

/// <summary>
/// Applies corpus.json to the corpus. <see cref="BeforeMerge"/> runs on each seed's model (exclusions, entities
/// the engine missed); <see cref="AfterMerge"/> runs on the merged entities (renames, kinds, roles, aliases) and
/// reports CORPUS004 for overrides that name nothing.
/// </summary>
public static class OverrideApplier
{
    /// <summary>Drops excluded names and adds the entities the user says the engine missed, with all their mentions.</summary>
    public static DocumentModel BeforeMerge(DocumentModel document, CorpusOverrides? overrides)
    {
        if (overrides is null || overrides.Entities.IsEmpty || !document.Readable)
        {
            return document;
        }

        var excluded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in overrides.Entities)
        {
            if (entry.Exclude)
            {
                excluded.Add(entry.Name);
            }
        }

        var entities = new List<EntityInfo>(document.Entities.Count);
        foreach (var entity in document.Entities)
        {
            if (excluded.Contains(entity.Name))
            {
                continue;
            }

            entities.Add(excluded.Count == 0 ? entity : WithoutAliases(entity, excluded));
        }

        var changed = entities.Count != document.Entities.Count;
        LineMap? map = null;
        foreach (var entry in overrides.Entities)
        {
            if (!entry.Add)
            {
                continue;
            }

            map ??= new LineMap(document.LineStarts);
            var mentions = FindMentions(document, entry, map);
            if (mentions.Count == 0)
            {
                continue;
            }

            var index = entities.FindIndex(entity => string.Equals(entity.Name, entry.Name, StringComparison.Ordinal));
            if (index >= 0)
            {
                // The engine found the name but perhaps not every occurrence, or gave it another kind.
                var found = entities[index];
                entities[index] = found with
                {
                    Kind = entry.Kind ?? found.Kind,
                    Mentions = Union(found.Mentions, mentions),
                    Tentative = false,
                };
            }
            else
            {
                entities.Add(new EntityInfo(entry.Name, entry.Kind ?? EntityKind.Other, entry.Role, null, null, SortedAliases(entry.Aliases, entry.Name), mentions.ToEquatableArray(), Tentative: false));
            }

            changed = true;
        }

        var quotes = document.Quotes;
        if (excluded.Count > 0)
        {
            var kept = new List<QuoteInfo>(quotes.Count);
            foreach (var quote in quotes)
            {
                // "Final" excluded as a name: a quote must not keep it as its speaker.
                var drop = quote.Speaker is not null && excluded.Contains(quote.Speaker);
                kept.Add(drop ? quote with { Speaker = null } : quote);
                changed |= drop;
            }

            quotes = kept.ToEquatableArray();
        }

        return changed ? document with { Entities = entities.ToEquatableArray(), Quotes = quotes } : document;
    }

    /// <summary>
    /// Renames, re-kinds, sets roles and adds aliases; reports CORPUS004 for overrides that name nothing.
    /// A renamed entity keeps its old name as an alias, so lookups by the name the seeds use still work.
    /// </summary>
    /// <param name="entities">The merged entities.</param>
    /// <param name="overrides">The parsed corpus.json, or null.</param>
    /// <param name="problems">Where CORPUS004 problems go (pointing into corpus.json).</param>
    /// <param name="documents">The seeds' models, used to tell whether an excluded name occurs at all; when
    /// null, exclusions are never reported as stale.</param>
    public static IReadOnlyList<MergedEntity> AfterMerge(IReadOnlyList<MergedEntity> entities, CorpusOverrides? overrides, List<CorpusProblem> problems, IReadOnlyList<DocumentModel>? documents = null)
    {
        if (overrides is null || overrides.Entities.IsEmpty)
        {
            return entities;
        }

        var result = new List<MergedEntity>(entities);
        foreach (var entry in overrides.Entities)
        {
            if (entry.Exclude)
            {
                result.RemoveAll(entity => string.Equals(entity.Name, entry.Name, StringComparison.Ordinal));
                if (documents is not null && !OccursIn(documents, entry.Name))
                {
                    problems.Add(Stale(overrides, entry, $"corpus.json excludes '{entry.Name}', but no seed contains that name; correct the spelling or remove the entry."));
                }

                continue;
            }

            var index = FindEntity(result, entry.Name);
            if (index < 0)
            {
                var message = entry.Add
                    ? $"corpus.json adds '{entry.Name}', but no seed contains that name as a whole word; correct the spelling (it is case-sensitive) or remove the entry."
                    : $"corpus.json names '{entry.Name}', but no entity in the seeds has that name or alias; {Advice(result, entry.Name)}";
                problems.Add(Stale(overrides, entry, message));
                continue;
            }

            result[index] = Apply(result[index], entry);
        }

        return result;
    }

    /// <summary>"did you mean 'Jack Ma'?" when a name is a few edits away, else how to fix the entry.</summary>
    private static string Advice(List<MergedEntity> entities, string name)
    {
        var bound = Math.Max(1, name.Length / 3);
        string? best = null;
        var bestDistance = bound + 1;
        foreach (var entity in entities)
        {
            var distance = EditDistance.Compute(name.ToLowerInvariant(), entity.Name.ToLowerInvariant(), bound);
            if (distance < bestDistance || (distance == bestDistance && best is not null && string.CompareOrdinal(entity.Name, best) < 0))
            {
                best = entity.Name;
                bestDistance = distance;
            }
        }

        return best is not null && bestDistance <= bound
            ? $"did you mean '{best}'? Correct the name (it is case-sensitive) or remove the entry."
            : "correct the spelling, add \"add\": true if the engine missed it, or remove the entry.";
    }

    private static MergedEntity Apply(MergedEntity entity, EntityOverride entry)
    {
        var aliases = new List<string>(entity.Aliases);
        aliases.AddRange(entry.Aliases);
        var name = entity.Name;
        if (entry.Rename is not null && !string.Equals(entry.Rename, entity.Name, StringComparison.Ordinal))
        {
            aliases.Add(entity.Name);
            name = entry.Rename;
        }

        return entity with
        {
            Name = name,
            Kind = entry.Kind ?? entity.Kind,
            Role = entry.Role ?? entity.Role,
            Aliases = SortedAliases(aliases, name),
        };
    }

    private static int FindEntity(List<MergedEntity> entities, string name)
    {
        var byName = entities.FindIndex(entity => string.Equals(entity.Name, name, StringComparison.Ordinal));
        if (byName >= 0)
        {
            return byName;
        }

        return entities.FindIndex(entity =>
        {
            foreach (var alias in entity.Aliases)
            {
                if (string.Equals(alias, name, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        });
    }

    /// <summary>Every whole-word occurrence of the name or one of its aliases, in text order.</summary>
    private static List<EntityMention> FindMentions(DocumentModel document, EntityOverride entry, LineMap map)
    {
        var mentions = new List<EntityMention>();
        var needles = new List<string> { entry.Name };
        needles.AddRange(entry.Aliases);
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            foreach (var needle in needles)
            {
                foreach (var index in WholeWordOccurrences(sentence.Text, needle))
                {
                    mentions.Add(new EntityMention(map.Span(sentence.Start + index, needle.Length), s));
                }
            }
        }

        // "Northwind" as an alias of "Northwind Analytics" must not add a second mention inside the first: the
        // longest occurrence at a place wins and anything overlapping it is dropped.
        mentions.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        var kept = new List<EntityMention>(mentions.Count);
        foreach (var mention in mentions)
        {
            if (kept.Count == 0 || mention.Span.Start >= kept[kept.Count - 1].Span.End)
            {
                kept.Add(mention);
            }
        }

        return kept;
    }

    /// <summary>
    /// Offsets where <paramref name="needle"/> stands as a whole word: "Kling" in "Kuaishou’s software Kling,"
    /// but not in "Klingon". Possessives and hyphenated uses ("Kling’s", "Kling-style") count.
    /// </summary>
    internal static IEnumerable<int> WholeWordOccurrences(string text, string needle)
    {
        if (needle.Length == 0)
        {
            yield break;
        }

        var from = 0;
        while (from <= text.Length - needle.Length)
        {
            var index = text.IndexOf(needle, from, StringComparison.Ordinal);
            if (index < 0)
            {
                yield break;
            }

            var end = index + needle.Length;
            var startsWord = index == 0 || !IsWordChar(text[index - 1]) || !IsWordChar(needle[0]);
            var endsWord = end == text.Length || !IsWordChar(text[end]) || !IsWordChar(needle[needle.Length - 1]);
            if (startsWord && endsWord)
            {
                yield return index;
                from = end;
            }
            else
            {
                from = index + 1;
            }
        }
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static bool OccursIn(IReadOnlyList<DocumentModel> documents, string name)
    {
        foreach (var document in documents)
        {
            foreach (var sentence in document.Sentences)
            {
                foreach (var _ in WholeWordOccurrences(sentence.Text, name))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static EquatableArray<EntityMention> Union(EquatableArray<EntityMention> existing, List<EntityMention> added)
    {
        var starts = new HashSet<int>();
        var all = new List<EntityMention>();
        foreach (var mention in existing)
        {
            if (starts.Add(mention.Span.Start))
            {
                all.Add(mention);
            }
        }

        foreach (var mention in added)
        {
            if (starts.Add(mention.Span.Start))
            {
                all.Add(mention);
            }
        }

        all.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return all.ToEquatableArray();
    }

    private static EntityInfo WithoutAliases(EntityInfo entity, HashSet<string> excluded)
    {
        foreach (var alias in entity.Aliases)
        {
            if (excluded.Contains(alias))
            {
                var kept = new List<string>();
                foreach (var candidate in entity.Aliases)
                {
                    if (!excluded.Contains(candidate))
                    {
                        kept.Add(candidate);
                    }
                }

                return entity with { Aliases = kept.ToEquatableArray() };
            }
        }

        return entity;
    }

    private static EquatableArray<string> SortedAliases(IEnumerable<string> aliases, string name)
    {
        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var alias in aliases)
        {
            if (!string.Equals(alias, name, StringComparison.Ordinal))
            {
                set.Add(alias);
            }
        }

        return set.ToEquatableArray();
    }

    private static CorpusProblem Stale(CorpusOverrides overrides, EntityOverride entry, string message)
        => new(overrides.Path, new Problem(DiagnosticIds.StaleOverride, ProblemSeverity.Warning, message, entry.Span));
}
