using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Corpus.Cli.Reports;
using Corpus.Extraction;

namespace Corpus.Cli.Output;

/// <summary>
/// Writes `corpus extract --json`: {"documents":[{"fileName","path","entities":[…],"quotes":[…],"diagnostics":[…]}]}.
/// Offsets are UTF-16 code units into the decoded text (BOM excluded); lines and columns are 1-based.
/// </summary>
internal static class JsonReport
{
    // Relaxed escaping keeps “curly quotes”, dashes and non-Latin names readable; it still escapes what JSON
    // requires (quotes, backslashes, control characters), and this output is never embedded in HTML.
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the reports as one JSON document, followed by a line break.</summary>
    public static void Write(IReadOnlyList<DocumentReport> reports, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("documents");
            foreach (var report in reports)
            {
                WriteDocument(json, report);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.Write('\n');
    }

    private static void WriteDocument(Utf8JsonWriter json, DocumentReport report)
    {
        json.WriteStartObject();
        json.WriteString("fileName", report.Model.FileName);
        json.WriteString("path", report.Path);

        json.WriteStartArray("entities");
        foreach (var entity in report.Entities)
        {
            WriteEntity(json, entity);
        }

        json.WriteEndArray();

        json.WriteStartArray("quotes");
        foreach (var quote in report.Model.Quotes)
        {
            WriteQuote(json, quote);
        }

        json.WriteEndArray();

        json.WriteStartArray("diagnostics");
        foreach (var problem in report.Problems)
        {
            json.WriteStartObject();
            json.WriteString("id", problem.Id);
            json.WriteString("severity", problem.Severity.ToString());
            json.WriteNumber("line", problem.Span.Line);
            json.WriteNumber("column", problem.Span.Column);
            json.WriteString("message", problem.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter json, EntityInfo entity)
    {
        json.WriteStartObject();
        json.WriteString("name", entity.Name);
        json.WriteString("kind", entity.Kind.ToString());
        WriteNullable(json, "role", entity.Role);
        WriteNullable(json, "affiliation", entity.Affiliation);
        WriteNullable(json, "description", entity.Description);
        json.WriteStartArray("aliases");
        foreach (var alias in entity.Aliases)
        {
            json.WriteStringValue(alias);
        }

        json.WriteEndArray();
        json.WriteStartArray("mentions");
        foreach (var mention in entity.Mentions)
        {
            json.WriteStartObject();
            json.WriteNumber("line", mention.Span.Line);
            json.WriteNumber("column", mention.Span.Column);
            json.WriteNumber("start", mention.Span.Start);
            json.WriteNumber("length", mention.Span.Length);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteQuote(Utf8JsonWriter json, QuoteInfo quote)
    {
        json.WriteStartObject();
        json.WriteString("text", quote.Text);
        json.WriteString("kind", quote.Kind.ToString());
        WriteNullable(json, "speaker", quote.Speaker);
        WriteNullable(json, "speakerText", quote.SpeakerText);
        if (quote.SpeakerSpan is { } span)
        {
            json.WriteStartObject("speakerSpan");
            json.WriteNumber("start", span.Start);
            json.WriteNumber("length", span.Length);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("speakerSpan");
        }

        json.WriteNumber("line", quote.Span.Line);
        json.WriteNumber("column", quote.Span.Column);
        json.WriteNumber("start", quote.Span.Start);
        json.WriteNumber("length", quote.Span.Length);
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
