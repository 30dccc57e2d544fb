using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Json;

/// <summary>
/// A small strict JSON reader (RFC 8259, plus // and /* */ comments, which people write in configuration
/// files) that keeps positions and reports the first error with its line and column. Hand-written because
/// an analyzer that depends on System.Text.Json must ship and load that assembly in every compiler host.
/// Linear in the input; nesting is bounded so a hostile file cannot exhaust the stack.
/// </summary>
internal sealed class JsonParser
{
    private const int MaxDepth = 128;

    private readonly string _text;
    private readonly LineMap _map;
    private int _position;

    private JsonParser(string text)
    {
        _text = text;
        _map = new LineMap(text);
    }

    /// <summary>
    /// Parses <paramref name="text"/>. On success returns the value and a null error; on failure returns null
    /// and the error: what was wrong ("Expected ':' after the property name") and where.
    /// </summary>
    public static (JsonValue? Value, JsonError? Error) Parse(string text)
    {
        var parser = new JsonParser(text);
        try
        {
            parser.SkipTrivia();
            var value = parser.ParseValue(0);
            parser.SkipTrivia();
            if (parser._position < text.Length)
            {
                parser.Fail("Unexpected " + parser.Describe(parser._position) + " after the end of the JSON value");
            }

            return (value, null);
        }
        catch (JsonException ex)
        {
            return (null, ex.Error);
        }
    }

    private JsonValue ParseValue(int depth)
    {
        if (_position >= _text.Length)
        {
            Fail("Unexpected end of the file; expected a value");
        }

        var c = _text[_position];
        switch (c)
        {
            case '{':
                return ParseObject(depth + 1);
            case '[':
                return ParseArray(depth + 1);
            case '"':
                var start = _position;
                var text = ParseString();
                return JsonValue.String(SpanFrom(start), text);
            case 't':
                return ParseLiteral("true", JsonKind.True);
            case 'f':
                return ParseLiteral("false", JsonKind.False);
            case 'n':
                return ParseLiteral("null", JsonKind.Null);
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ParseNumber();
                }

                if (c == '\'')
                {
                    Fail("Strings must be in double quotes (\"), not single quotes");
                }

                Fail("Unexpected " + Describe(_position) + "; expected a value (an object, array, string, number, true, false or null)");
                return null!;
        }
    }

    private JsonValue ParseObject(int depth)
    {
        CheckDepth(depth);
        var start = _position;
        _position++;
        var properties = new List<JsonProperty>();
        SkipTrivia();
        if (Peek() == '}')
        {
            _position++;
            return JsonValue.Object(SpanFrom(start), properties);
        }

        while (true)
        {
            SkipTrivia();
            if (Peek() != '"')
            {
                Fail(Peek() == '}'
                    ? "A trailing comma is not allowed before '}'"
                    : "Expected a property name in double quotes, found " + Describe(_position));
            }

            var nameStart = _position;
            var name = ParseString();
            var nameSpan = SpanFrom(nameStart);
            SkipTrivia();
            if (Peek() != ':')
            {
                Fail("Expected ':' after the property name \"" + name + "\", found " + Describe(_position));
            }

            _position++;
            SkipTrivia();
            var value = ParseValue(depth);
            properties.Add(new JsonProperty(name, nameSpan, value));
            SkipTrivia();
            var next = Peek();
            if (next == ',')
            {
                _position++;
                continue;
            }

            if (next == '}')
            {
                _position++;
                return JsonValue.Object(SpanFrom(start), properties);
            }

            Fail("Expected ',' or '}' after the value of \"" + name + "\", found " + Describe(_position));
        }
    }

    private JsonValue ParseArray(int depth)
    {
        CheckDepth(depth);
        var start = _position;
        _position++;
        var items = new List<JsonValue>();
        SkipTrivia();
        if (Peek() == ']')
        {
            _position++;
            return JsonValue.Array(SpanFrom(start), items);
        }

        while (true)
        {
            SkipTrivia();
            if (Peek() == ']')
            {
                Fail("A trailing comma is not allowed before ']'");
            }

            items.Add(ParseValue(depth));
            SkipTrivia();
            var next = Peek();
            if (next == ',')
            {
                _position++;
                continue;
            }

            if (next == ']')
            {
                _position++;
                return JsonValue.Array(SpanFrom(start), items);
            }

            Fail("Expected ',' or ']' after an array item, found " + Describe(_position));
        }
    }

    private string ParseString()
    {
        var open = _position;
        _position++;
        StringBuilder? builder = null;
        var runStart = _position;
        while (true)
        {
            if (_position >= _text.Length)
            {
                FailAt(open, "This string is not closed; add the closing '\"'");
            }

            var c = _text[_position];
            if (c == '"')
            {
                var tail = _text.Substring(runStart, _position - runStart);
                _position++;
                return builder is null ? tail : builder.Append(tail).ToString();
            }

            if (c == '\n' || c == '\r')
            {
                FailAt(open, "This string is not closed before the end of the line; add the closing '\"' (or write a line break as \\n)");
            }

            if (c < ' ')
            {
                Fail("A control character must be escaped inside a string");
            }

            if (c != '\\')
            {
                _position++;
                continue;
            }

            builder ??= new StringBuilder();
            builder.Append(_text, runStart, _position - runStart);
            builder.Append(ParseEscape());
            runStart = _position;
        }
    }

    private char ParseEscape()
    {
        var escape = _position;
        _position++;
        if (_position >= _text.Length)
        {
            FailAt(escape, "The file ends inside an escape sequence");
        }

        var c = _text[_position];
        _position++;
        switch (c)
        {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                if (_position + 4 <= _text.Length
                    && int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                    && IsHex(_text[_position]))
                {
                    _position += 4;
                    return (char)code;
                }

                FailAt(escape, "\\u must be followed by four hexadecimal digits");
                return '\0';
            default:
                FailAt(escape, "Unknown escape sequence '\\" + c + "'; inside a string write \\\\ for a backslash");
                return '\0';
        }
    }

    private JsonValue ParseNumber()
    {
        var start = _position;
        if (Peek() == '-')
        {
            _position++;
        }

        if (Peek() == '0')
        {
            _position++;
        }
        else if (!ReadDigits())
        {
            Fail("Expected a digit in the number");
        }

        if (Peek() == '.')
        {
            _position++;
            if (!ReadDigits())
            {
                Fail("Expected a digit after the decimal point");
            }
        }

        if (Peek() == 'e' || Peek() == 'E')
        {
            _position++;
            if (Peek() == '+' || Peek() == '-')
            {
                _position++;
            }

            if (!ReadDigits())
            {
                Fail("Expected a digit in the exponent");
            }
        }

        return JsonValue.Number(SpanFrom(start), _text.Substring(start, _position - start));
    }

    private bool ReadDigits()
    {
        var start = _position;
        while (_position < _text.Length && _text[_position] >= '0' && _text[_position] <= '9')
        {
            _position++;
        }

        return _position > start;
    }

    private JsonValue ParseLiteral(string word, JsonKind kind)
    {
        var start = _position;
        if (string.CompareOrdinal(_text, _position, word, 0, word.Length) != 0
            || (_position + word.Length < _text.Length && char.IsLetterOrDigit(_text[_position + word.Length])))
        {
            Fail("Unexpected " + Describe(_position) + "; expected a value (strings need double quotes)");
        }

        _position += word.Length;
        return JsonValue.Literal(kind, SpanFrom(start));
    }

    private void SkipTrivia()
    {
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\uFEFF')
            {
                _position++;
            }
            else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '/')
            {
                while (_position < _text.Length && _text[_position] != '\n' && _text[_position] != '\r')
                {
                    _position++;
                }
            }
            else if (c == '/' && _position + 1 < _text.Length && _text[_position + 1] == '*')
            {
                var close = _text.IndexOf("*/", _position + 2, StringComparison.Ordinal);
                if (close < 0)
                {
                    Fail("This comment is not closed; add '*/'");
                }

                _position = close + 2;
            }
            else
            {
                return;
            }
        }
    }

    private char Peek() => _position < _text.Length ? _text[_position] : '\0';

    private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

    private string Describe(int position)
    {
        if (position >= _text.Length)
        {
            return "the end of the file";
        }

        var c = _text[position];
        return c switch
        {
            '\n' or '\r' => "a line break",
            '"' => "'\"'",
            _ when char.IsControl(c) => "a control character",
            _ => "'" + c + "'",
        };
    }

    private SourceSpan SpanFrom(int start) => _map.Span(start, _position - start);

    private void CheckDepth(int depth)
    {
        if (depth > MaxDepth)
        {
            Fail("The JSON is nested more than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels deep");
        }
    }

    private void Fail(string message) => FailAt(_position, message);

    private void FailAt(int position, string message)
    {
        var length = position < _text.Length ? 1 : 0;
        throw new JsonException(new JsonError(message, _map.Span(Math.Min(position, _text.Length), length)));
    }

    private sealed class JsonException : Exception
    {
        public JsonException(JsonError error)
            : base(error.Message) => Error = error;

        public JsonError Error { get; }
    }
}

/// <summary>What is wrong with a JSON text and where.</summary>
/// <param name="Message">What is wrong, as a sentence without a final full stop.</param>
/// <param name="Span">Where.</param>
internal sealed record JsonError(string Message, SourceSpan Span);
