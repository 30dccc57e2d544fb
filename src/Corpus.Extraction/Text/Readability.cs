namespace Corpus.Extraction.Text;

/// <summary>Decides whether a decoded text is something the engine should read at all (CORPUS010).</summary>
internal static class Readability
{
    // Control characters other than the white space a text file holds (\t \n \f \r); NUL is tested before.
    private static readonly char[] Controls = BuildControls();

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

        // A seed is short enough for the mask pass (TokenMasks) to be kept for the line map and the tokenizer, which
        // read it next: that pass finds NULs, U+FFFD and control characters too. A longer text is searched here.
        int nul, invalid, controls;
        if (text.Length <= TokenMasks.MaxKeptChars)
        {
            TokenMasks.Of(text, out var facts);
            nul = facts.FirstNul;
            invalid = facts.FirstInvalid;
            controls = facts.Controls;
        }
        else
        {
            nul = text.IndexOf('\0');
            invalid = text.IndexOf('\uFFFD');
            controls = CountControls(text);
        }

        if (nul >= 0 && (invalid < 0 || nul < invalid))
        {
            return "The seed looks binary (it contains NUL characters) and was skipped; only UTF-8 text files can be seeds.";
        }

        if (invalid >= 0)
        {
            // Roslyn and our CLI decode invalid UTF-8 to U+FFFD: a seed in another encoding.
            return "The seed is not valid UTF-8 and was skipped; save it as UTF-8.";
        }

        return controls * 20 > text.Length
            ? "The seed looks binary (it is full of control characters) and was skipped; only text files can be seeds."
            : null;
    }

    // The runtime searches many characters at a time; in a readable seed none is found.
    private static int CountControls(string text)
    {
        var controls = 0;
        for (var i = text.IndexOfAny(Controls); i >= 0; i = i + 1 < text.Length ? text.IndexOfAny(Controls, i + 1) : -1)
        {
            controls++;
        }

        return controls;
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

    private static char[] BuildControls()
    {
        var controls = new System.Collections.Generic.List<char>();
        for (var c = '\u0001'; c < ' '; c++)
        {
            if (c != '\n' && c != '\r' && c != '\t' && c != '\f')
            {
                controls.Add(c);
            }
        }

        return controls.ToArray();
    }
}
