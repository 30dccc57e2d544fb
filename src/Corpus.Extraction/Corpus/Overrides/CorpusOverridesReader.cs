using System;
using System.Collections.Generic;
using Corpus.Extraction.Json;

namespace Corpus.Extraction.Corpus.Overrides;

/// <summary>
/// Reads corpus.json. Never throws: malformed JSON or a wrong field is a CORPUS005 problem at its line and
/// column, and everything that could be read still applies, so one typo does not silently drop every override.
/// </summary>
public static class CorpusOverridesReader
{
    /// <summary>The file name the generator, the analyzers and the CLI look for.</summary>
    public const string FileName = "corpus.json";

    private static readonly string[] TopLevelFields = { "$schema", "entities" };
    private static readonly string[] EntityFields = { "name", "rename", "kind", "role", "aliases", "add", "exclude" };

    /// <summary>Reads <paramref name="text"/> (the content of <paramref name="path"/>; null when it could not be read).</summary>
    public static CorpusOverrides Read(string path, string? text)
    {
        var problems = new List<Problem>();
        var entities = new List<EntityOverride>();
        if (text is null)
        {
            problems.Add(new Problem(DiagnosticIds.MalformedConfiguration, ProblemSeverity.Warning, "corpus.json could not be read; check that the file exists and is readable. No overrides apply.", new SourceSpan(0, 0, 1, 1)));
            return Result(path, entities, problems);
        }

        var (root, error) = JsonParser.Parse(text);
        if (root is null)
        {
            problems.Add(new Problem(DiagnosticIds.MalformedConfiguration, ProblemSeverity.Warning, $"corpus.json is not valid JSON: {error!.Message}. No overrides apply until it is fixed.", error.Span));
            return Result(path, entities, problems);
        }

        if (root.Kind != JsonKind.Object)
        {
            problems.Add(Problem($"corpus.json must hold an object such as {{\"entities\": [...]}}, but holds {root.Describe()}. No overrides apply.", root.Span));
            return Result(path, entities, problems);
        }

        var top = new JsonFields(root, "corpus.json", DiagnosticIds.MalformedConfiguration, problems);
        top.RejectUnknown(TopLevelFields);
        var list = top.Find("entities");
        if (list is not null && list.Value.Kind != JsonKind.Array)
        {
            top.Report(list.Value.Span, $"\"entities\" must be an array of objects, but is {list.Value.Describe()}; it is ignored");
        }
        else if (list is not null)
        {
            foreach (var item in list.Value.Items)
            {
                var entry = ReadEntity(item, problems);
                if (entry is not null)
                {
                    entities.Add(entry);
                }
            }
        }

        return Result(path, entities, problems);
    }

    private static EntityOverride? ReadEntity(JsonValue item, List<Problem> problems)
    {
        if (item.Kind != JsonKind.Object)
        {
            problems.Add(Problem($"Each item of \"entities\" must be an object such as {{\"name\": \"Robin Li\", \"role\": \"founder\"}}, but this one is {item.Describe()}; it is ignored.", item.Span));
            return null;
        }

        var fields = new JsonFields(item, "this entity override", DiagnosticIds.MalformedConfiguration, problems);
        fields.RejectUnknown(EntityFields);
        var name = fields.String("name");
        if (name is null || name.Trim().Length == 0)
        {
            fields.Report(item.Span, "This entity override has no \"name\"; give the name as the seeds spell it. It is ignored");
            return null;
        }

        var nameSpan = fields.Find("name")!.Value.Span;
        var rename = Blank(fields.String("rename"));
        var role = Blank(fields.String("role"));
        var kindText = fields.String("kind");
        EntityKind? kind = null;
        if (kindText is not null)
        {
            kind = ParseKind(kindText);
            if (kind is null)
            {
                fields.Report(fields.Find("kind")!.Value.Span, $"\"{kindText}\" is not a kind; use one of: {KindNames()}. The kind is left as the engine found it");
            }
        }

        var aliases = fields.Strings("aliases");
        aliases.RemoveAll(alias => alias.Trim().Length == 0);
        var add = fields.Boolean("add");
        var exclude = fields.Boolean("exclude");
        if (add && exclude)
        {
            fields.Report(nameSpan, $"\"{name}\" is both added and excluded; keep one of \"add\" and \"exclude\". It is ignored");
            return null;
        }

        if (exclude && (rename is not null || kind is not null || role is not null || aliases.Count > 0))
        {
            fields.Report(nameSpan, $"\"{name}\" is excluded, so its other settings have no effect; remove them or remove \"exclude\"");
        }

        return new EntityOverride(name.Trim(), rename, kind, role, aliases.ToEquatableArray(), add, exclude, nameSpan);
    }

    /// <summary>Parses a kind name, ignoring ASCII case; "Organisation" is accepted for "Organization".</summary>
    public static EntityKind? ParseKind(string text)
    {
        var trimmed = text.Trim();
        if (string.Equals(trimmed, "Organisation", StringComparison.OrdinalIgnoreCase))
        {
            return EntityKind.Organization;
        }

        foreach (EntityKind kind in Enum.GetValues(typeof(EntityKind)))
        {
            if (string.Equals(kind.ToString(), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        return null;
    }

    private static string KindNames() => string.Join(", ", Enum.GetNames(typeof(EntityKind)));

    private static string? Blank(string? value) => value is null || value.Trim().Length == 0 ? null : value.Trim();

    private static Problem Problem(string message, SourceSpan span) => new(DiagnosticIds.MalformedConfiguration, ProblemSeverity.Warning, message, span);

    private static CorpusOverrides Result(string path, List<EntityOverride> entities, List<Problem> problems)
        => new(path, entities.ToEquatableArray(), problems.ToEquatableArray());
}
