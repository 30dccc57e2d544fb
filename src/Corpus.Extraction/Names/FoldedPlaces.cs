using System.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// Places written with their own letters that the gazetteer holds without them: "Łódź" is "Lodz", "Poznań" is
/// "Poznan". Only names with a letter outside ASCII are folded, so the common case costs one scan of the name.
/// </summary>
internal static class FoldedPlaces
{
    /// <summary>Whether <paramref name="name"/>, folded to ASCII letters, is a place the large-places list knows.</summary>
    public static bool Contains(string name, bool anyCase)
    {
        var folded = Fold(name);
        return folded is not null && (WordLists.Places.Contains(folded) || (anyCase && WordLists.PlacesAnyCase.Contains(folded)));
    }

    /// <summary>The name with each accented Latin letter replaced by its base letter; null when nothing changes or a letter has no base.</summary>
    public static string? Fold(string name)
    {
        var i = 0;
        while (i < name.Length && name[i] < 0x80)
        {
            i++;
        }

        if (i == name.Length)
        {
            return null;
        }

        var folded = new StringBuilder(name.Length);
        folded.Append(name, 0, i);
        for (; i < name.Length; i++)
        {
            var c = name[i];
            if (c < 0x80)
            {
                folded.Append(c);
                continue;
            }

            var baseLetter = BaseLetter(c);
            if (baseLetter == '\0')
            {
                return null; // not a Latin letter with a mark ("李强", "Ελλάδα"): no ASCII spelling to look up
            }

            folded.Append(baseLetter);
        }

        return folded.ToString();
    }

    private static char BaseLetter(char c)
    {
        switch (c)
        {
            // Letters of their own that Unicode does not decompose into a base letter and a mark.
            case 'Ł': return 'L';
            case 'ł': return 'l';
            case 'Ø': return 'O';
            case 'ø': return 'o';
            case 'Đ': return 'D';
            case 'đ': return 'd';
            case 'ı': return 'i';
            case 'Ħ': return 'H';
            case 'ħ': return 'h';
        }

        if (c < 0xC0 || c > 0x24F)
        {
            return '\0'; // outside Latin-1 Supplement and Latin Extended-A/B
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return decomposed.Length > 1 && decomposed[0] < 0x80 && char.IsLetter(decomposed[0]) ? decomposed[0] : '\0';
    }
}
