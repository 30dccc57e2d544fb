using System.Text;

namespace Corpus.Extraction.Text;

/// <summary>
/// The form in which two copies of a quotation or name are compared: curly and straight quotation marks and
/// apostrophes are the same, and runs of white space (including line breaks) are one space. A user who pastes
/// “It’s here,” into [SeedQuote("It's here,")] pins the same words, and so does a seed re-wrapped at 80 columns.
/// </summary>
public static class ComparableText
{
    /// <summary>Folds quotation marks and white space; trims both ends. Case is kept.</summary>
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(Fold(c));
        }

        return builder.ToString();
    }

    private static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u00B4' or '`' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        _ => c,
    };
}
