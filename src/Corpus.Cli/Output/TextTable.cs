using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Corpus.Cli.Output;

/// <summary>A plain-text table with aligned columns; long cells are cut with an ellipsis.</summary>
internal sealed class TextTable
{
    private readonly string[] _headers;
    private readonly int[] _limits;
    private readonly List<string[]> _rows = new();

    /// <summary>Creates a table; <paramref name="columns"/> are (header, widest cell allowed) pairs.</summary>
    public TextTable(params (string Header, int Limit)[] columns)
    {
        _headers = new string[columns.Length];
        _limits = new int[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            _headers[i] = columns[i].Header;
            _limits[i] = columns[i].Limit;
        }
    }

    /// <summary>Number of rows added.</summary>
    public int Count => _rows.Count;

    /// <summary>Adds a row; null cells print as "-".</summary>
    public void Add(params string?[] cells)
    {
        var row = new string[_headers.Length];
        for (var i = 0; i < row.Length; i++)
        {
            row[i] = Cut(Flatten(i < cells.Length ? cells[i] ?? "-" : "-"), _limits[i]);
        }

        _rows.Add(row);
    }

    /// <summary>Writes the header, a rule and the rows; trailing spaces are trimmed.</summary>
    public void Write(TextWriter output)
    {
        var widths = new int[_headers.Length];
        for (var i = 0; i < widths.Length; i++)
        {
            widths[i] = _headers[i].Length;
            foreach (var row in _rows)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        WriteRow(output, _headers, widths);
        var rule = new string[_headers.Length];
        for (var i = 0; i < rule.Length; i++)
        {
            rule[i] = new string('-', widths[i]);
        }

        WriteRow(output, rule, widths);
        foreach (var row in _rows)
        {
            WriteRow(output, row, widths);
        }
    }

    private static void WriteRow(TextWriter output, string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                line.Append("  ");
            }

            line.Append(cells[i]);
            if (i < cells.Length - 1)
            {
                line.Append(' ', widths[i] - cells[i].Length);
            }
        }

        output.Write(line.ToString().TrimEnd());
        output.Write('\n');
    }

    // A quotation can span lines; a table row cannot.
    private static string Flatten(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string Cut(string text, int limit)
    {
        if (text.Length <= limit)
        {
            return text;
        }

        var cut = limit - 1;

        // Never split a surrogate pair ("李强" is BMP, but emoji and rare CJK are not).
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text.Substring(0, cut) + "…";
    }
}
