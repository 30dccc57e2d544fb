using System.Collections.Generic;

namespace Corpus.Extraction.Json;

/// <summary>The kinds of JSON value.</summary>
internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>A property of a JSON object, with where its name stands.</summary>
internal sealed class JsonProperty
{
    public JsonProperty(string name, SourceSpan nameSpan, JsonValue value)
    {
        Name = name;
        NameSpan = nameSpan;
        Value = value;
    }

    /// <summary>The unescaped property name.</summary>
    public string Name { get; }

    /// <summary>Where the name (with its quotes) stands.</summary>
    public SourceSpan NameSpan { get; }

    /// <summary>The value.</summary>
    public JsonValue Value { get; }
}

/// <summary>
/// A parsed JSON value that remembers where it stands, so configuration problems can point at a line and
/// column. Only what corpus.json and seeds.lock.json need: no number conversion beyond the raw text.
/// </summary>
internal sealed class JsonValue
{
    private static readonly IReadOnlyList<JsonProperty> NoProperties = new JsonProperty[0];
    private static readonly IReadOnlyList<JsonValue> NoItems = new JsonValue[0];

    private JsonValue(JsonKind kind, SourceSpan span, string? text, IReadOnlyList<JsonProperty>? properties, IReadOnlyList<JsonValue>? items)
    {
        Kind = kind;
        Span = span;
        Text = text;
        Properties = properties ?? NoProperties;
        Items = items ?? NoItems;
    }

    /// <summary>What kind of value this is.</summary>
    public JsonKind Kind { get; }

    /// <summary>Where the value stands in the text.</summary>
    public SourceSpan Span { get; }

    /// <summary>The unescaped string, or a number's raw text; null for other kinds.</summary>
    public string? Text { get; }

    /// <summary>An object's properties in file order.</summary>
    public IReadOnlyList<JsonProperty> Properties { get; }

    /// <summary>An array's items in file order.</summary>
    public IReadOnlyList<JsonValue> Items { get; }

    /// <summary>A human name for the kind, for messages ("a string", "an array").</summary>
    public string Describe() => Kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => "a string",
        JsonKind.Number => "a number",
        JsonKind.True or JsonKind.False => "a boolean",
        _ => "null",
    };

    public static JsonValue Object(SourceSpan span, IReadOnlyList<JsonProperty> properties) => new(JsonKind.Object, span, null, properties, null);

    public static JsonValue Array(SourceSpan span, IReadOnlyList<JsonValue> items) => new(JsonKind.Array, span, null, null, items);

    public static JsonValue String(SourceSpan span, string text) => new(JsonKind.String, span, text, null, null);

    public static JsonValue Number(SourceSpan span, string text) => new(JsonKind.Number, span, text, null, null);

    public static JsonValue Literal(JsonKind kind, SourceSpan span) => new(kind, span, null, null, null);
}
