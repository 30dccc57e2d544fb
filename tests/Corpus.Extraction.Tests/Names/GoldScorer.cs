using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace Corpus.Extraction.Tests.Names;

/// <summary>
/// Scores extracted entities against a gold file in the format of shared/eval/seed-000.gold.json, following its
/// "scoring" text: a match is an equal name or alias (ordinal); optional entities count for precision only.
/// Tentative entities are left out, as the corpus drops them unless another seed confirms them.
/// </summary>
internal sealed class GoldScorer
{
    public GoldScorer(string goldJson, IReadOnlyList<EntityInfo> extracted)
    {
        using var doc = JsonDocument.Parse(goldJson);
        var root = doc.RootElement;
        var gold = root.GetProperty("entities").EnumerateArray().Select(GoldEntity.Read).ToList();
        var optional = root.GetProperty("optional").EnumerateArray().Select(GoldEntity.Read).ToList();
        var forbidden = root.GetProperty("forbidden").EnumerateArray().Select(e => e.GetString()!).ToList();
        var kept = extracted.Where(e => !e.Tentative).ToList();

        foreach (var e in kept)
        {
            var names = new[] { e.Name }.Concat(e.Aliases).ToList();
            var match = gold.Concat(optional).FirstOrDefault(g => g.Names.Any(names.Contains));
            if (match is null)
            {
                Spurious.Add(e.Name);
            }

            if (forbidden.Contains(e.Name) || e.Aliases.Any(forbidden.Contains))
            {
                Forbidden.Add(e.Name);
            }
        }

        var matchedGold = 0;
        var rightKind = 0;
        foreach (var g in gold)
        {
            var e = kept.FirstOrDefault(x => g.Names.Contains(x.Name) || x.Aliases.Any(g.Names.Contains));
            if (e is null)
            {
                Missed.Add(g.Name);
                continue;
            }

            matchedGold++;
            if (e.Kind.ToString() == g.Kind)
            {
                rightKind++;
            }
            else
            {
                WrongKind.Add($"{g.Name}: {e.Kind} (gold {g.Kind})");
            }

            if (g.Mentions is int count && e.Mentions.Count != count)
            {
                WrongMentions.Add($"{g.Name}: {e.Mentions.Count} (gold {count})");
            }

            if (g.Role is not null && e.Role != g.Role)
            {
                WrongRelations.Add($"{g.Name}: role {e.Role ?? "null"} (gold {g.Role})");
            }

            if (g.Affiliation is not null && e.Affiliation != g.Affiliation)
            {
                WrongRelations.Add($"{g.Name}: affiliation {e.Affiliation ?? "null"} (gold {g.Affiliation})");
            }
        }

        Precision = kept.Count == 0 ? 1 : (kept.Count - Spurious.Count) / (double)kept.Count;
        Recall = gold.Count == 0 ? 1 : matchedGold / (double)gold.Count;
        KindAccuracy = matchedGold == 0 ? 1 : rightKind / (double)matchedGold;
    }

    public double Precision { get; }

    public double Recall { get; }

    public double KindAccuracy { get; }

    public List<string> Missed { get; } = new();

    public List<string> Spurious { get; } = new();

    public List<string> Forbidden { get; } = new();

    public List<string> WrongKind { get; } = new();

    public List<string> WrongMentions { get; } = new();

    public List<string> WrongRelations { get; } = new();

    public override string ToString() =>
        FormattableString.Invariant($"P={Precision:F3} R={Recall:F3} K={KindAccuracy:F3}; missed [{string.Join(", ", Missed)}]; spurious [{string.Join(", ", Spurious)}]; forbidden [{string.Join(", ", Forbidden)}]; kinds [{string.Join("; ", WrongKind)}]; mentions [{string.Join("; ", WrongMentions)}]; relations [{string.Join("; ", WrongRelations)}]");

    private sealed record GoldEntity(string Name, string Kind, string? Role, string? Affiliation, int? Mentions, List<string> Names)
    {
        public static GoldEntity Read(JsonElement e)
        {
            var name = e.GetProperty("name").GetString()!;
            var names = new List<string> { name };
            if (e.TryGetProperty("aliases", out var aliases))
            {
                names.AddRange(aliases.EnumerateArray().Select(a => a.GetString()!));
            }

            return new GoldEntity(
                name,
                e.GetProperty("kind").GetString()!,
                e.TryGetProperty("role", out var role) ? role.GetString() : null,
                e.TryGetProperty("affiliation", out var aff) ? aff.GetString() : null,
                e.TryGetProperty("mentions", out var m) ? m.GetInt32() : null,
                names);
        }
    }
}
