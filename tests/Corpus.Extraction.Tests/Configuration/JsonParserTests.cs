using System;
using Corpus.Extraction.Json;

namespace Corpus.Extraction.Tests.Configuration;

public class JsonParserTests
{
    [Fact]
    public void Reads_nested_values_with_positions()
    {
        var (value, error) = JsonParser.Parse("{\n  \"entities\": [ {\"name\": \"Robin Li\", \"add\": true, \"n\": -1.5e3, \"x\": null} ]\n}");

        Assert.Null(error);
        Assert.Equal(JsonKind.Object, value!.Kind);
        var entities = Assert.Single(value.Properties);
        Assert.Equal("entities", entities.Name);
        Assert.Equal(2, entities.NameSpan.Line);
        Assert.Equal(3, entities.NameSpan.Column);
        var item = Assert.Single(entities.Value.Items);
        Assert.Equal("Robin Li", item.Properties[0].Value.Text);
        Assert.Equal(JsonKind.True, item.Properties[1].Value.Kind);
        Assert.Equal("-1.5e3", item.Properties[2].Value.Text);
        Assert.Equal(JsonKind.Null, item.Properties[3].Value.Kind);
    }

    [Fact]
    public void Unescapes_strings()
    {
        var (value, error) = JsonParser.Parse("\"a\\\"b\\\\c\\n\\u00e9\\u201C\"");

        Assert.Null(error);
        Assert.Equal("a\"b\\c\né\u201C", value!.Text);
    }

    [Fact]
    public void Skips_comments()
    {
        var (value, error) = JsonParser.Parse("// overrides\n{ /* none yet */ \"entities\": [] }");

        Assert.Null(error);
        Assert.Equal("entities", value!.Properties[0].Name);
    }

    [Theory]
    [InlineData("{\"a\": 1,}", 1, 9, "trailing comma")]
    [InlineData("{\n  \"a\" 1\n}", 2, 7, "Expected ':'")]
    [InlineData("{\n  \"a\": 1\n  \"b\": 2\n}", 3, 3, "Expected ',' or '}'")]
    [InlineData("[1, 2", 1, 6, "the end of the file")]
    [InlineData("{'a': 1}", 1, 2, "double quotes")]
    [InlineData("{\"a\": \"open\n}", 1, 7, "not closed")]
    [InlineData("{\"a\": tru}", 1, 7, "Unexpected")]
    [InlineData("{\"a\": \"\\q\"}", 1, 8, "Unknown escape")]
    [InlineData("{} {}", 1, 4, "after the end")]
    [InlineData("", 1, 1, "end of the file")]
    [InlineData("[01]", 1, 3, "Expected ',' or ']'")]
    public void Reports_the_first_error_with_line_and_column(string text, int line, int column, string fragment)
    {
        var (value, error) = JsonParser.Parse(text);

        Assert.Null(value);
        Assert.NotNull(error);
        Assert.Equal(line, error!.Span.Line);
        Assert.Equal(column, error.Span.Column);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_is_an_error_not_a_stack_overflow()
    {
        var text = new string('[', 100_000);

        var (value, error) = JsonParser.Parse(text);

        Assert.Null(value);
        Assert.Contains("nested", error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writer_output_reads_back()
    {
        var writer = new JsonWriter();
        writer.StartObject();
        writer.Number("version", 1);
        writer.StartArray("items");
        writer.StartObject();
        writer.String("text", "He said \"no\"\u2028\\ then\tleft");
        writer.EndObject();
        writer.EndArray();
        writer.StartArray("empty");
        writer.EndArray();
        writer.EndObject();
        var text = writer.ToString();

        var (value, error) = JsonParser.Parse(text);

        Assert.Null(error);
        Assert.Equal("He said \"no\"\u2028\\ then\tleft", value!.Properties[1].Value.Items[0].Properties[0].Value.Text);
        Assert.Empty(value.Properties[2].Value.Items);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
    }
}
