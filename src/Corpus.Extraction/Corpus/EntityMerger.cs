using System;
using System.Collections.Generic;

namespace Corpus.Extraction.Corpus;

/// <summary>
/// Merges the entities of every seed into corpus entities: the same name with the same kind is one entity with
/// mentions in each seed ("Baidu" in two articles), while the same surface with kinds that disagree stays two
/// ("Kling" the product and "Kling" a person). Tentative names (a sentence-initial capital on an ordinary word:
/// "Final week, …") survive only where some seed uses the same name as a name.
/// </summary>
internal static class EntityMerger
{
    /// <summary>Merges the entities of <paramref name="documents"/>, which are already in corpus order.</summary>
    public static List<MergedEntity> FromDocuments(IReadOnlyList<DocumentModel> documents)
    {
        // The kinds each name has where a seed uses it as a name, in the order the corpus first meets them.
        var solidKinds = new Dictionary<string, List<EntityKind>>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var entity in document.Entities)
            {
                if (entity.Tentative)
                {
                    continue;
                }

                if (!solidKinds.TryGetValue(entity.Name, out var kinds))
                {
                    kinds = new List<EntityKind>();
                    solidKinds.Add(entity.Name, kinds);
                }

                if (!kinds.Contains(entity.Kind))
                {
                    kinds.Add(entity.Kind);
                }
            }
        }

        var pieces = new List<MergedEntity>();
        for (var d = 0; d < documents.Count; d++)
        {
            foreach (var entity in documents[d].Entities)
            {
                var kind = entity.Kind;
                if (entity.Tentative)
                {
                    if (!solidKinds.TryGetValue(entity.Name, out var kinds))
                    {
                        continue;
                    }

                    // A tentative guess of kind yields to what the seeds that use the name as a name say.
                    kind = kinds.Contains(kind) ? kind : kinds[0];
                }

                var mentions = new CorpusMention[entity.Mentions.Count];
                for (var m = 0; m < mentions.Length; m++)
                {
                    mentions[m] = new CorpusMention(d, entity.Mentions[m].Span, entity.Mentions[m].Sentence);
                }

                pieces.Add(new MergedEntity(entity.Name, kind, entity.Role, entity.Affiliation, entity.Description, entity.Aliases, new EquatableArray<CorpusMention>(mentions)));
            }
        }

        return Combine(pieces);
    }

    /// <summary>
    /// Merges pieces that share name and kind. Role, affiliation and description come from the first piece that
    /// has one; aliases and mentions are united. The result is ordered by name (ordinal), then kind.
    /// </summary>
    public static List<MergedEntity> Combine(IEnumerable<MergedEntity> pieces)
    {
        var groups = new Dictionary<(string, EntityKind), List<MergedEntity>>();
        var order = new List<(string Name, EntityKind Kind)>();
        foreach (var piece in pieces)
        {
            var key = (piece.Name, piece.Kind);
            if (!groups.TryGetValue(key, out var group))
            {
                group = new List<MergedEntity>();
                groups.Add(key, group);
                order.Add(key);
            }

            group.Add(piece);
        }

        order.Sort((a, b) =>
        {
            var byName = string.CompareOrdinal(a.Name, b.Name);
            return byName != 0 ? byName : a.Kind.CompareTo(b.Kind);
        });

        var merged = new List<MergedEntity>(order.Count);
        foreach (var key in order)
        {
            merged.Add(Merge(groups[key]));
        }

        return merged;
    }

    private static MergedEntity Merge(List<MergedEntity> group)
    {
        var first = group[0];
        string? role = null, affiliation = null, description = null;
        var aliases = new SortedSet<string>(StringComparer.Ordinal);
        var mentions = new List<CorpusMention>();
        foreach (var piece in group)
        {
            role ??= piece.Role;
            affiliation ??= piece.Affiliation;
            description ??= piece.Description;
            foreach (var alias in piece.Aliases)
            {
                if (!string.Equals(alias, first.Name, StringComparison.Ordinal) && alias.Length > 0)
                {
                    aliases.Add(alias);
                }
            }

            mentions.AddRange(piece.Mentions);
        }

        mentions.Sort((a, b) => a.Document != b.Document
            ? a.Document.CompareTo(b.Document)
            : a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.Length.CompareTo(b.Span.Length));
        var unique = new List<CorpusMention>(mentions.Count);
        foreach (var mention in mentions)
        {
            if (unique.Count == 0 || !unique[unique.Count - 1].Equals(mention))
            {
                unique.Add(mention);
            }
        }

        return new MergedEntity(
            first.Name,
            first.Kind,
            role,
            affiliation,
            description,
            EquatableArray<string>.From(aliases),
            new EquatableArray<CorpusMention>(unique.ToArray()));
    }
}
