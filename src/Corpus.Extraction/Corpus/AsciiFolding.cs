namespace Corpus.Extraction.Corpus;

/// <summary>
/// Folds accented Latin letters to ASCII for keys ("Zoë" → zoe, "Nuñez" → nunez, "Łódź" → lodz). A table, not
/// string.Normalize: normalisation is unavailable under invariant globalisation, and a key must not depend
/// on how the compiler's host was configured.
/// </summary>
internal static class AsciiFolding
{
    // U+00C0–U+00FF then U+0100–U+017F, one base letter each; '?' marks a ligature spelled by Ligature(), '-' a
    // sign that is not a letter (× and ÷).
    private const string Latin1 = "AAAAAA?CEEEEIIIIDNOOOOO-OUUUUY??aaaaaa?ceeeeiiiidnooooo-ouuuuy?y";
    private const string LatinExtendedA =
        "aaaaaa" + "cccccccc" + "dddd" + "eeeeeeeeee" + "gggggggg" + "hhhh" + "iiiiiiiiii" + "??" + "jj" + "kkk"
        + "llllllllll" + "nnnnnnnnn" + "oooooo" + "??" + "rrrrrr" + "ssssssss" + "tttttt" + "uuuuuuuuuuuu" + "ww"
        + "yyy" + "zzzzzz" + "s";

    /// <summary>The lower-case ASCII spelling of <paramref name="c"/>, or null when it has none.</summary>
    public static string? Fold(char c)
    {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
        {
            return c.ToString();
        }

        if (c >= 'A' && c <= 'Z')
        {
            return ((char)(c + ('a' - 'A'))).ToString();
        }

        char mapped;
        if (c >= '\u00C0' && c <= '\u00FF')
        {
            mapped = Latin1[c - '\u00C0'];
        }
        else if (c >= '\u0100' && c <= '\u017F')
        {
            mapped = LatinExtendedA[c - '\u0100'];
        }
        else
        {
            return null;
        }

        return mapped switch
        {
            '?' => Ligature(c),
            '-' => null,
            _ => char.ToLowerInvariant(mapped).ToString(),
        };
    }

    private static string Ligature(char c) => c switch
    {
        '\u00C6' or '\u00E6' => "ae",
        '\u00DE' or '\u00FE' => "th",
        '\u00DF' => "ss",
        '\u0132' or '\u0133' => "ij",
        _ => "oe",
    };
}
