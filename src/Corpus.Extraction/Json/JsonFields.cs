using System;
using System.Collections.Generic;

namespace Corpus.Extraction.Json;

/// <summary>
/// Reads the typed fields of one JSON object for a configuration file, collecting what is wrong (a field of
/// the wrong type, a field nobody reads) as problems instead of failing, so one bad entry costs only itself.
/// </summary>
internal sealed class JsonFields
{
    private readonly JsonValue _value;
    private readonly string _what;
    private readonly List<Problem> _problems;
    private readonly string _id;

    /// <param name="value">The object.</param>
    /// <param name="what">How messages name the object ("this entity override").</param>
    /// <param name="id">The diagnostic ID problems carry.</param>
    /// <param name="problems">Where problems go.</param>
    public JsonFields(JsonValue value, string what, string id, List<Problem> problems)
    {
        _value = value;
        _what = what;
        _id = id;
        _problems = problems;
    }

    /// <summary>Reports every property whose name is not in <paramref name="known"/> (ordinal).</summary>
    public void RejectUnknown(params string[] known)
    {
        foreach (var property in _value.Properties)
        {
            if (Array.IndexOf(known, property.Name) < 0)
            {
                Report(property.NameSpan, "Unknown property \"" + property.Name + "\" in " + _what + "; expected one of: " + string.Join(", ", known) + ". It is ignored");
            }
        }
    }

    /// <summary>The last property called <paramref name="name"/>, or null.</summary>
    public JsonProperty? Find(string name)
    {
        JsonProperty? found = null;
        foreach (var property in _value.Properties)
        {
            if (string.Equals(property.Name, name, StringComparison.Ordinal))
            {
                found = property;
            }
        }

        return found;
    }

    /// <summary>A string field, or null when absent, null, or of another type (reported).</summary>
    public string? String(string name)
    {
        var property = Find(name);
        if (property is null || property.Value.Kind == JsonKind.Null)
        {
            return null;
        }

        if (property.Value.Kind != JsonKind.String)
        {
            Expected(property, "a string");
            return null;
        }

        return property.Value.Text;
    }

    /// <summary>A boolean field, or false when absent or of another type (reported).</summary>
    public bool Boolean(string name)
    {
        var property = Find(name);
        if (property is null || property.Value.Kind == JsonKind.Null)
        {
            return false;
        }

        if (property.Value.Kind is not (JsonKind.True or JsonKind.False))
        {
            Expected(property, "true or false");
            return false;
        }

        return property.Value.Kind == JsonKind.True;
    }

    /// <summary>An array of strings; items of another type are reported and skipped.</summary>
    public List<string> Strings(string name)
    {
        var result = new List<string>();
        var property = Find(name);
        if (property is null || property.Value.Kind == JsonKind.Null)
        {
            return result;
        }

        if (property.Value.Kind != JsonKind.Array)
        {
            Expected(property, "an array of strings");
            return result;
        }

        foreach (var item in property.Value.Items)
        {
            if (item.Kind == JsonKind.String)
            {
                result.Add(item.Text!);
            }
            else
            {
                Report(item.Span, "\"" + name + "\" must hold only strings; this item is " + item.Describe() + " and is ignored");
            }
        }

        return result;
    }

    /// <summary>Reports a problem at <paramref name="span"/> (the message gets a final full stop).</summary>
    public void Report(SourceSpan span, string message) => _problems.Add(new Problem(_id, ProblemSeverity.Warning, message + ".", span));

    private void Expected(JsonProperty property, string type)
        => Report(property.Value.Span, "\"" + property.Name + "\" must be " + type + ", but is " + property.Value.Describe() + "; it is ignored");
}
