using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace Corpus.Cli.Scoring;

/// <summary>A gold entity: what a careful human reader found.</summary>
/// <param name="Name">The name as the document spells it.</param>
/// <param name="Kind">The EntityKind name ("Person").</param>
/// <param name="Role">The role, or null when the gold says nothing.</param>
/// <param name="Affiliation">The affiliation's name, or null when the gold says nothing.</param>
/// <param name="Aliases">Other names that count as this entity.</param>
/// <param name="Mentions">How many times the name or an alias occurs, or null when the gold does not count.</param>
internal sealed record GoldEntity(string Name, string Kind, string? Role, string? Affiliation, IReadOnlyList<string> Aliases, int? Mentions);

/// <summary>A gold quotation.</summary>
/// <param name="Text">The quoted words without the marks.</param>
/// <param name="Kind">The QuoteKind name.</param>
/// <param name="Speaker">The speaking entity's name, or null when no entity speaks.</param>
/// <param name="Line">1-based line of the opening mark.</param>
/// <param name="Column">1-based column of the opening mark.</param>
internal sealed record GoldQuote(string Text, string Kind, string? Speaker, int Line, int Column);

/// <summary>
/// A gold annotation file, in the format of the project's eval/seed-000.gold.json: the document's file name,
/// the entities that must be found, optional ones (count for precision only), forbidden names and quotations.
/// </summary>
internal sealed record GoldFile(
    string? Document,
    IReadOnlyList<GoldEntity> Entities,
    IReadOnlyList<GoldEntity> Optional,
    IReadOnlyList<string> Forbidden,
    IReadOnlyList<GoldQuote> Quotes)
{
    /// <summary>Reads <paramref name="path"/>; a file that is missing or not in the format throws <see cref="GoldFileException"/>.</summary>
    public static GoldFile Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new GoldFileException($"cannot read gold file '{path}': {ex.Message}");
        }

        try
        {
            using var json = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new GoldFileException($"gold file '{path}' must hold a JSON object.");
            }

            return new GoldFile(
                OptionalString(root, "document"),
                ReadEntities(root, "entities", path),
                ReadEntities(root, "optional", path),
                Strings(root, "forbidden"),
                ReadQuotes(root, path));
        }
        catch (JsonException ex)
        {
            throw new GoldFileException($"gold file '{path}' is not valid JSON: {ex.Message}");
        }
        catch (Exception ex) when (ex is InvalidOperationException or KeyNotFoundException)
        {
            // JsonElement's getters throw these when a value has the wrong JSON type or a required one is missing.
            throw new GoldFileException($"gold file '{path}' is not in the gold format: {ex.Message}");
        }
    }

    private static List<GoldEntity> ReadEntities(JsonElement root, string property, string path)
    {
        var result = new List<GoldEntity>();
        if (!root.TryGetProperty(property, out var array))
        {
            return result;
        }

        foreach (var item in array.EnumerateArray())
        {
            var name = OptionalString(item, "name") ?? throw new GoldFileException($"gold file '{path}': an entry of \"{property}\" has no \"name\".");
            int? mentions = item.TryGetProperty("mentions", out var count) && count.ValueKind == JsonValueKind.Number ? count.GetInt32() : null;
            result.Add(new GoldEntity(
                name,
                OptionalString(item, "kind") ?? "Other",
                OptionalString(item, "role"),
                OptionalString(item, "affiliation"),
                Strings(item, "aliases"),
                mentions));
        }

        return result;
    }

    private static List<GoldQuote> ReadQuotes(JsonElement root, string path)
    {
        var result = new List<GoldQuote>();
        if (!root.TryGetProperty("quotes", out var array))
        {
            return result;
        }

        foreach (var item in array.EnumerateArray())
        {
            var text = OptionalString(item, "text") ?? throw new GoldFileException($"gold file '{path}': a quote has no \"text\".");
            result.Add(new GoldQuote(
                text,
                OptionalString(item, "kind") ?? "Quotation",
                OptionalString(item, "speaker"),
                item.GetProperty("line").GetInt32(),
                item.GetProperty("column").GetInt32()));
        }

        return result;
    }

    private static List<string> Strings(JsonElement element, string property)
    {
        var result = new List<string>();
        if (element.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in array.EnumerateArray())
            {
                result.Add(item.GetString() ?? string.Empty);
            }
        }

        return result;
    }

    private static string? OptionalString(JsonElement element, string property)
        => element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>A gold file that cannot be used; the message says why.</summary>
internal sealed class GoldFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    public GoldFileException(string message)
        : base(message)
    {
    }
}
