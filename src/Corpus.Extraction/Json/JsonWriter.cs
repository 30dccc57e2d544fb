using System.Globalization;
using System.Text;

namespace Corpus.Extraction.Json;

/// <summary>
/// Writes indented JSON with LF line ends and two-space indentation, the same bytes on every machine, so a
/// file such as seeds.lock.json diffs cleanly in source control.
/// </summary>
internal sealed class JsonWriter
{
    private readonly StringBuilder _builder = new();
    private int _depth;
    private bool _needComma;

    public void StartObject(string? name = null) => Open(name, '{');

    public void EndObject() => Close('}');

    public void StartArray(string? name = null) => Open(name, '[');

    public void EndArray() => Close(']');

    public void String(string name, string value)
    {
        Prefix(name);
        AppendString(value);
    }

    public void Number(string name, int value)
    {
        Prefix(name);
        _builder.Append(value.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The finished text, ending with a line break.</summary>
    public override string ToString() => _builder.ToString() + "\n";

    private void Open(string? name, char mark)
    {
        Prefix(name);
        _builder.Append(mark);
        _depth++;
        _needComma = false;
    }

    private void Close(char mark)
    {
        _depth--;
        var empty = _builder[_builder.Length - 1] is '{' or '[';
        if (!empty)
        {
            NewLine();
        }

        _builder.Append(mark);
        _needComma = true;
    }

    private void Prefix(string? name)
    {
        if (_needComma)
        {
            _builder.Append(',');
        }

        if (_builder.Length > 0)
        {
            NewLine();
        }

        if (name is not null)
        {
            AppendString(name);
            _builder.Append(": ");
        }

        _needComma = true;
    }

    private void NewLine() => _builder.Append('\n').Append(' ', _depth * 2);

    private void AppendString(string value)
    {
        _builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': _builder.Append("\\\""); break;
                case '\\': _builder.Append("\\\\"); break;
                case '\n': _builder.Append("\\n"); break;
                case '\r': _builder.Append("\\r"); break;
                case '\t': _builder.Append("\\t"); break;
                default:
                    // Control characters and the two Unicode line separators are escaped so the file stays one
                    // entry per line in every editor.
                    if (c < ' ' || c == '\u2028' || c == '\u2029')
                    {
                        _builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        _builder.Append(c);
                    }

                    break;
            }
        }

        _builder.Append('"');
    }
}
