using System.Collections.Generic;
using System.Globalization;
using Corpus.Extraction.Corpus.Overrides;
using Corpus.Extraction.Json;

namespace Corpus.Extraction.Corpus.Lock;

/// <summary>
/// Reads seeds.lock.json. Never throws: a malformed file or entry is a CORPUS005 problem at its line and
/// column, and the entries that could be read still protect the code that uses them.
/// </summary>
public static class LockFileReader
{
    private static readonly string[] TopLevelFields = { LockFileFormat.VersionField, LockFileFormat.MembersField };

    private static readonly string[] EntryFields =
    {
        LockFileFormat.ContainerField, LockFileFormat.MemberField, LockFileFormat.KeyField,
        LockFileFormat.KindField, LockFileFormat.NameField, LockFileFormat.HashField,
    };

    /// <summary>Reads <paramref name="text"/> (the content of <paramref name="path"/>; null when it could not be read).</summary>
    public static LockFile Read(string path, string? text)
    {
        var problems = new List<Problem>();
        var entries = new List<LockEntry>();
        if (text is null)
        {
            problems.Add(Problem("seeds.lock.json could not be read; check that the file exists and is readable. Nothing is locked.", new SourceSpan(0, 0, 1, 1)));
            return Result(path, entries, problems);
        }

        var (root, error) = JsonParser.Parse(text);
        if (root is null)
        {
            problems.Add(Problem($"seeds.lock.json is not valid JSON: {error!.Message}. Nothing is locked until it is fixed; run `corpus lock` to rewrite it.", error.Span));
            return Result(path, entries, problems);
        }

        if (root.Kind != JsonKind.Object)
        {
            problems.Add(Problem($"seeds.lock.json must hold an object with \"version\" and \"members\", but holds {root.Describe()}; run `corpus lock` to rewrite it.", root.Span));
            return Result(path, entries, problems);
        }

        var top = new JsonFields(root, "seeds.lock.json", DiagnosticIds.MalformedConfiguration, problems);
        top.RejectUnknown(TopLevelFields);
        var version = top.Find(LockFileFormat.VersionField);
        if (version is not null && !(version.Value.Kind == JsonKind.Number && version.Value.Text == LockFileFormat.Version.ToString(CultureInfo.InvariantCulture)))
        {
            top.Report(version.Value.Span, $"This lock file's version is not {LockFileFormat.Version.ToString(CultureInfo.InvariantCulture)}, the only version this package reads; run `corpus lock` to rewrite it");
            return Result(path, entries, problems);
        }

        var members = top.Find(LockFileFormat.MembersField);
        if (members is not null && members.Value.Kind != JsonKind.Array)
        {
            top.Report(members.Value.Span, $"\"members\" must be an array of objects, but is {members.Value.Describe()}; it is ignored");
        }
        else if (members is not null)
        {
            foreach (var item in members.Value.Items)
            {
                var entry = ReadEntry(item, problems);
                if (entry is not null)
                {
                    entries.Add(entry);
                }
            }
        }

        entries.Sort(static (a, b) =>
        {
            var byContainer = string.CompareOrdinal(a.Container, b.Container);
            return byContainer != 0 ? byContainer : string.CompareOrdinal(a.MemberName, b.MemberName);
        });
        return Result(path, entries, problems);
    }

    private static LockEntry? ReadEntry(JsonValue item, List<Problem> problems)
    {
        if (item.Kind != JsonKind.Object)
        {
            problems.Add(Problem($"Each item of \"members\" must be an object, but this one is {item.Describe()}; it is ignored.", item.Span));
            return null;
        }

        var fields = new JsonFields(item, "this lock entry", DiagnosticIds.MalformedConfiguration, problems);
        fields.RejectUnknown(EntryFields);
        var key = fields.String(LockFileFormat.KeyField);
        var container = fields.String(LockFileFormat.ContainerField);
        var member = fields.String(LockFileFormat.MemberField);
        var name = fields.String(LockFileFormat.NameField);
        var hash = fields.String(LockFileFormat.HashField) ?? string.Empty;
        if (key is null || container is null || member is null || name is null)
        {
            fields.Report(item.Span, "This lock entry needs \"key\", \"container\", \"member\" and \"name\"; it is ignored. Run `corpus lock` to rewrite the file");
            return null;
        }

        EntityKind? kind = null;
        var kindText = fields.String(LockFileFormat.KindField);
        if (kindText is not null)
        {
            kind = CorpusOverridesReader.ParseKind(kindText);
            if (kind is null)
            {
                fields.Report(fields.Find(LockFileFormat.KindField)!.Value.Span, $"\"{kindText}\" is not a kind; the entry is read without one");
            }
        }

        return new LockEntry(key, name, container, member, kind, hash) { Span = item.Span };
    }

    private static Problem Problem(string message, SourceSpan span) => new(DiagnosticIds.MalformedConfiguration, ProblemSeverity.Warning, message, span);

    private static LockFile Result(string path, List<LockEntry> entries, List<Problem> problems)
        => new(path, entries.ToEquatableArray(), problems.ToEquatableArray());
}
