using System.Globalization;
using System.Text;

namespace Corpus.Generators.Emit;

/// <summary>
/// Makes seed text safe inside a <c>///</c> XML doc line: &amp;, &lt; and &gt; are escaped; line breaks of
/// every kind (\r, \n, U+0085, U+2028, U+2029) and other control characters become spaces, so a seed can never
/// end the comment and start code; bidirectional overrides and lone surrogates are dropped; long text is cut.
/// </summary>
internal static class DocText
{
    /// <summary>How much of a sentence a tooltip shows.</summary>
    public const int SentenceLength = 300;

    /// <summary>How much of a quotation a tooltip shows.</summary>
    public const int QuoteLength = 1000;

    /// <summary>Escapes <paramref name="text"/> for a doc comment, cut to <paramref name="maxLength"/> characters.</summary>
    public static string Escape(string? text, int maxLength = QuoteLength) => Clean(text, maxLength, xml: true);

    /// <summary>
    /// <paramref name="text"/> on one line, with hidden characters dropped and cut to <paramref name="maxLength"/>,
    /// but not XML-escaped (for messages that go into string literals).
    /// </summary>
    public static string Flatten(string? text, int maxLength) => Clean(text, maxLength, xml: false);

    private static string Clean(string? text, int maxLength, bool xml)
    {
        if (text is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var cut = false;
        var length = 0;
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (length >= maxLength)
            {
                cut = true;
                break;
            }

            var c = text[i];
            if (IsBreakOrControl(c) || c == ' ' || c == '\t')
            {
                space = builder.Length > 0;
                continue;
            }

            if (IsHidden(c) || (char.IsSurrogate(c) && !IsPair(text, i)))
            {
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                length++;
                space = false;
            }

            length++;
            switch (xml ? c : '\0')
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                default:
                    builder.Append(c);
                    if (char.IsHighSurrogate(c))
                    {
                        builder.Append(text[++i]);
                    }

                    break;
            }
        }

        if (cut)
        {
            builder.Append('\u2026');
        }

        return builder.ToString();
    }

    private static bool IsPair(string text, int i)
        => char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);

    private static bool IsBreakOrControl(char c)
    {
        if (c < ' ' || c == '\u007F' || c == '\u0085')
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category == UnicodeCategory.LineSeparator || category == UnicodeCategory.ParagraphSeparator || category == UnicodeCategory.Control;
    }

    // Bidirectional embedding, override and isolate marks could make a tooltip read differently from the seed.
    private static bool IsHidden(char c)
        => (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F';
}
