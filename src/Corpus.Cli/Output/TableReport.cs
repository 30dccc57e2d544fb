using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Corpus.Cli.Reports;

namespace Corpus.Cli.Output;

/// <summary>Writes `corpus extract` without --json: per seed, tables of entities, quotations and diagnostics.</summary>
internal static class TableReport
{
    private const int QuoteWidth = 60;

    /// <summary>Writes every report, separated by a blank line.</summary>
    public static void Write(IReadOnlyList<DocumentReport> reports, TextWriter output)
    {
        for (var i = 0; i < reports.Count; i++)
        {
            if (i > 0)
            {
                output.Write('\n');
            }

            WriteDocument(reports[i], output);
        }
    }

    private static void WriteDocument(DocumentReport report, TextWriter output)
    {
        var model = report.Model;
        output.Write($"== {report.Path}  ({Count(model.Lines, "line")}, {Count(model.Words, "word")}, {Count(report.Entities.Count, "entity", "entities")}, {Count(model.Quotes.Count, "quotation")})\n");

        if (report.Entities.Count > 0)
        {
            output.Write("\nentities\n");
            var table = new TextTable(("name", 40), ("kind", 12), ("role", 24), ("affiliation", 30), ("mentions", 8), ("first line", 10));
            foreach (var entity in report.Entities)
            {
                var first = entity.Mentions.Count > 0 ? Number(entity.Mentions[0].Span.Line) : null;
                table.Add(entity.Name, entity.Kind.ToString(), entity.Role, entity.Affiliation, Number(entity.Mentions.Count), first);
            }

            table.Write(output);
        }

        if (model.Quotes.Count > 0)
        {
            output.Write("\nquotations\n");
            var table = new TextTable(("text", QuoteWidth), ("kind", 9), ("speaker", 40), ("at", 12));
            foreach (var quote in model.Quotes)
            {
                var speaker = quote.Speaker ?? (quote.SpeakerText is null ? null : "(" + quote.SpeakerText + ")");
                table.Add(quote.Text, quote.Kind.ToString(), speaker, Number(quote.Span.Line) + ":" + Number(quote.Span.Column));
            }

            table.Write(output);
        }

        if (report.Problems.Count > 0)
        {
            output.Write("\ndiagnostics\n");
            var table = new TextTable(("id", 9), ("severity", 8), ("at", 12), ("message", 200));
            foreach (var problem in report.Problems)
            {
                table.Add(problem.Id, problem.Severity.ToString(), Number(problem.Span.Line) + ":" + Number(problem.Span.Column), problem.Message);
            }

            table.Write(output);
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Count(int value, string singular, string? plural = null)
        => Number(value) + " " + (value == 1 ? singular : plural ?? singular + "s");
}
