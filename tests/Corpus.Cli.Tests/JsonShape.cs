using System.Text.Json;

namespace Corpus.Cli.Tests;

/// <summary>
/// Checks `corpus extract --json` against the shape the foundation issue fixes, and checks that every offset
/// points where the JSON says it does in <c>text</c>.
/// </summary>
internal static class JsonShape
{
    public static void AssertDocument(JsonElement document, string text)
    {
        Assert.Equal(JsonValueKind.String, document.GetProperty("fileName").ValueKind);
        Assert.Equal(JsonValueKind.String, document.GetProperty("path").ValueKind);

        foreach (var entity in document.GetProperty("entities").EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(entity.GetProperty("name").GetString()));
            Assert.Contains(entity.GetProperty("kind").GetString(), new[] { "Person", "Organization", "Place", "Product", "Event", "Group", "Other" });
            AssertStringOrNull(entity.GetProperty("role"));
            AssertStringOrNull(entity.GetProperty("affiliation"));
            foreach (var alias in entity.GetProperty("aliases").EnumerateArray())
            {
                Assert.Equal(JsonValueKind.String, alias.ValueKind);
            }

            var mentions = entity.GetProperty("mentions");
            Assert.True(mentions.GetArrayLength() > 0, "an entity has at least one mention");
            foreach (var mention in mentions.EnumerateArray())
            {
                var start = mention.GetProperty("start").GetInt32();
                var length = mention.GetProperty("length").GetInt32();
                Assert.InRange(length, 1, text.Length - start);
                AssertLineColumn(text, start, mention.GetProperty("line").GetInt32(), mention.GetProperty("column").GetInt32());
            }
        }

        foreach (var quote in document.GetProperty("quotes").EnumerateArray())
        {
            Assert.Contains(quote.GetProperty("kind").GetString(), new[] { "Quotation", "Term" });
            AssertStringOrNull(quote.GetProperty("speaker"));
            AssertStringOrNull(quote.GetProperty("speakerText"));
            var start = quote.GetProperty("start").GetInt32();
            var length = quote.GetProperty("length").GetInt32();
            Assert.InRange(length, 2, text.Length - start);
            AssertLineColumn(text, start, quote.GetProperty("line").GetInt32(), quote.GetProperty("column").GetInt32());

            // The span runs from the opening mark through the closing mark; the text is what lies between.
            var inner = text.Substring(start + 1, length - 2);
            if (inner.IndexOf('\n') < 0)
            {
                Assert.Equal(inner, quote.GetProperty("text").GetString());
            }

            var speakerSpan = quote.GetProperty("speakerSpan");
            if (speakerSpan.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            var speakerText = text.Substring(speakerSpan.GetProperty("start").GetInt32(), speakerSpan.GetProperty("length").GetInt32());
            Assert.Equal(quote.GetProperty("speakerText").GetString(), speakerText);
        }

        foreach (var diagnostic in document.GetProperty("diagnostics").EnumerateArray())
        {
            Assert.StartsWith("CORPUS", diagnostic.GetProperty("id").GetString());
            Assert.Contains(diagnostic.GetProperty("severity").GetString(), new[] { "Info", "Warning", "Error" });
            Assert.True(diagnostic.GetProperty("line").GetInt32() >= 1);
            Assert.True(diagnostic.GetProperty("column").GetInt32() >= 1);
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.GetProperty("message").GetString()));
        }
    }

    private static void AssertStringOrNull(JsonElement value)
        => Assert.True(value.ValueKind is JsonValueKind.String or JsonValueKind.Null, $"expected a string or null, got {value.ValueKind}");

    private static void AssertLineColumn(string text, int start, int line, int column)
    {
        var expectedLine = 1;
        var lineStart = 0;
        for (var i = 0; i < start; i++)
        {
            if (text[i] == '\n')
            {
                expectedLine++;
                lineStart = i + 1;
            }
        }

        Assert.Equal(expectedLine, line);
        Assert.Equal(start - lineStart + 1, column);
    }
}
