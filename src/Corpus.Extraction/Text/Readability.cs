namespace Corpus.Extraction.Text;

/// <summary>Decides whether a decoded text is something the engine should read at all (CORPUS010).</summary>
internal static class Readability
{
    /// <summary>Null when the text is usable; otherwise a message that says what is wrong and what to do.</summary>
    public static string? Check(string text)
    {
        if (text.Length == 0 || IsBlank(text))
        {
            return "The seed is empty; add text to it or remove it from the corpus.";
        }

        if (text.Length > DocumentExtractor.MaxCharacters)
        {
            return $"The seed is larger than {DocumentExtractor.MaxCharacters} characters and was skipped; split it into smaller documents.";
        }

        var controls = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                return "The seed looks binary (it contains NUL characters) and was skipped; only UTF-8 text files can be seeds.";
            }

            if (c == '\uFFFD')
            {
                // Roslyn and our CLI decode invalid UTF-8 to U+FFFD: a seed in another encoding.
                return "The seed is not valid UTF-8 and was skipped; save it as UTF-8.";
            }

            if (c < ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            {
                controls++;
            }
        }

        return controls * 20 > text.Length
            ? "The seed looks binary (it is full of control characters) and was skipped; only text files can be seeds."
            : null;
    }

    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\uFEFF')
            {
                return false;
            }
        }

        return true;
    }
}
