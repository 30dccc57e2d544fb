using System;
using System.Collections.Generic;
using System.Globalization;

namespace Corpus.Extraction.Corpus;

/// <summary>
/// Gives merged entities their keys ("robin-li"), their member names ("RobinLi", unique in the kind's class) and
/// their affiliations as keys ("Baidu founder Robin Li": Robin Li → baidu), never forming a cycle.
/// </summary>
internal static class EntityNaming
{
    /// <summary>Names <paramref name="merged"/> (ordered by name, then kind); the result is ordered by kind, then member name.</summary>
    public static List<CorpusEntity> Name(List<MergedEntity> merged, IReadOnlyList<DocumentModel> models, List<CorpusProblem> problems)
    {
        var count = merged.Count;
        var keys = AssignKeys(merged);
        var members = AssignMembers(merged, models, problems);
        var affiliations = ResolveAffiliations(merged);

        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var byKind = merged[a].Kind.CompareTo(merged[b].Kind);
            return byKind != 0 ? byKind : string.CompareOrdinal(members[a], members[b]);
        });

        // Affiliations are set in output order and an edge that would close a loop is dropped, so the result is
        // the same whatever order the seeds came in.
        var kept = new int[count];
        for (var i = 0; i < count; i++)
        {
            kept[i] = -1;
        }

        foreach (var i in order)
        {
            var target = affiliations[i];
            var step = target;
            for (var guard = 0; step >= 0 && guard <= count; guard++)
            {
                if (step == i)
                {
                    target = -1;
                    break;
                }

                step = kept[step];
            }

            kept[i] = target;
        }

        var entities = new List<CorpusEntity>(count);
        foreach (var i in order)
        {
            var entity = merged[i];
            entities.Add(new CorpusEntity(
                keys[i],
                entity.Name,
                entity.Kind,
                entity.Role,
                kept[i] >= 0 ? keys[kept[i]] : null,
                entity.Description,
                entity.Aliases,
                entity.Mentions,
                members[i]));
        }

        return entities;
    }

    /// <summary>The lower-case word for a kind, used to tell apart keys that collide ("kling-product").</summary>
    public static string KindWord(EntityKind kind) => kind.ToString().ToLowerInvariant();

    private static string[] AssignKeys(List<MergedEntity> merged)
    {
        var wanted = new string[merged.Count];
        var tieBreak = new string[merged.Count];
        for (var i = 0; i < merged.Count; i++)
        {
            var slug = KeyAssigner.Slug(merged[i].Name);
            wanted[i] = slug.Length > 0 ? slug : "entity";
            tieBreak[i] = ((int)merged[i].Kind).ToString("D2", CultureInfo.InvariantCulture) + "\u0000" + merged[i].Name;
        }

        return UniqueNames.Assign(
            wanted,
            tieBreak,
            i => new[] { wanted[i] + "-" + KindWord(merged[i].Kind) },
            new HashSet<string>(),
            null,
            StringComparer.Ordinal,
            "-");
    }

    private static string[] AssignMembers(List<MergedEntity> merged, IReadOnlyList<DocumentModel> models, List<CorpusProblem> problems)
    {
        var members = new string[merged.Count];
        var byContainer = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < merged.Count; i++)
        {
            var container = Containers.Of(merged[i].Kind);
            if (!byContainer.TryGetValue(container, out var list))
            {
                list = new List<int>();
                byContainer.Add(container, list);
            }

            list.Add(i);
        }

        foreach (var pair in byContainer)
        {
            var container = pair.Key;
            var indices = pair.Value;
            var wanted = new string[indices.Count];
            var tieBreak = new string[indices.Count];
            for (var k = 0; k < indices.Count; k++)
            {
                var entity = merged[indices[k]];
                var member = IdentifierNamer.Pascal(entity.Name, keepCapitals: true, prefix: "_", fallback: "Entity");
                wanted[k] = IdentifierNamer.IsReserved(member, container) ? member + "Entity" : member;
                tieBreak[k] = entity.Name + "\u0000" + ((int)entity.Kind).ToString("D2", CultureInfo.InvariantCulture);
            }

            var collisions = new List<UniqueNames.Collision>();
            var names = UniqueNames.Assign(wanted, tieBreak, _ => Array.Empty<string>(), new HashSet<string>(), collisions, StringComparer.Ordinal, string.Empty);
            for (var k = 0; k < indices.Count; k++)
            {
                members[indices[k]] = names[k];
            }

            foreach (var collision in collisions)
            {
                var loser = merged[indices[collision.Index]];
                var winner = collision.Winner >= 0 ? merged[indices[collision.Winner]].Name : collision.Wanted;
                var message = string.Format(
                    CultureInfo.InvariantCulture,
                    "'{0}' and '{1}' both map to the identifier {2}.{3}; '{0}' is {2}.{4}. Rename one in corpus.json to choose another name.",
                    loser.Name,
                    winner,
                    container,
                    collision.Wanted,
                    collision.Given);
                problems.Add(At(loser, models, new Problem(DiagnosticIds.IdentifierCollision, ProblemSeverity.Info, message, new SourceSpan(0, 0, 1, 1))));
            }
        }

        return members;
    }

    // A problem about an entity points at its first mention, so the IDE opens the seed where the name stands.
    private static CorpusProblem At(MergedEntity entity, IReadOnlyList<DocumentModel> models, Problem problem)
    {
        foreach (var mention in entity.Mentions)
        {
            if (mention.Document >= 0 && mention.Document < models.Count)
            {
                return new CorpusProblem(models[mention.Document].Path, problem with { Span = mention.Span });
            }
        }

        return new CorpusProblem(models.Count > 0 ? models[0].Path : string.Empty, problem);
    }

    private static int[] ResolveAffiliations(List<MergedEntity> merged)
    {
        var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byAlias = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < merged.Count; i++)
        {
            Index(byName, merged[i].Name, i);
            foreach (var alias in merged[i].Aliases)
            {
                Index(byAlias, alias, i);
            }
        }

        var result = new int[merged.Count];
        for (var i = 0; i < merged.Count; i++)
        {
            var name = merged[i].Affiliation;
            result[i] = name is null ? -1 : Pick(byName, name, i, merged);
            if (name is not null && result[i] < 0)
            {
                result[i] = Pick(byAlias, name, i, merged);
            }
        }

        return result;
    }

    private static void Index(Dictionary<string, List<int>> index, string name, int i)
    {
        if (!index.TryGetValue(name, out var list))
        {
            list = new List<int>();
            index.Add(name, list);
        }

        list.Add(i);
    }

    // "Alibaba chairman Joe Tsai": an affiliation names an organisation more often than anything else, so an
    // Organization of that name wins over another kind with the same surface.
    private static int Pick(Dictionary<string, List<int>> index, string name, int self, List<MergedEntity> merged)
    {
        if (!index.TryGetValue(name, out var list))
        {
            return -1;
        }

        var best = -1;
        foreach (var i in list)
        {
            if (i == self)
            {
                continue;
            }

            if (best < 0 || (merged[i].Kind == EntityKind.Organization && merged[best].Kind != EntityKind.Organization))
            {
                best = i;
            }
        }

        return best;
    }
}
