namespace Corpus.Extraction.Names;

/// <summary>
/// Whether a capitalised word is an inflected form of an ordinary English word: the word lists hold base forms,
/// and a sentence opens as readily with "Prosecutors said ...", "Rocks have ...", "Reporting by ..." or
/// "Forgive us ..." as with "Final week ...".
/// </summary>
internal static class WordForms
{
    /// <summary>The word, or its base form with a plural, -ing or -ed ending removed, is an ordinary word or a role noun.</summary>
    public static bool IsOrdinary(string word)
    {
        if (IsBase(word, word.Length))
        {
            return true;
        }

        var n = word.Length;
        if (n > 3 && word[n - 1] == 's')
        {
            // "Rocks", "Prosecutors"; "Taxes", "Churches"; "Companies" (company).
            if (IsBase(word, n - 1) || (word[n - 2] == 'e' && IsBase(word, n - 2)))
            {
                return true;
            }

            if (n > 4 && word[n - 3] == 'i' && word[n - 2] == 'e' && IsBase(word.Substring(0, n - 3) + "y", n - 2))
            {
                return true;
            }
        }

        if (n > 5 && EndsWith(word, "ing"))
        {
            // "Reporting", "Editing"; "Writing" (write); "Shopping" (shop).
            return IsBase(word, n - 3) || IsBase(word.Substring(0, n - 3) + "e", n - 2) || (word[n - 4] == word[n - 5] && IsBase(word, n - 4));
        }

        if (n > 4 && EndsWith(word, "ed"))
        {
            // "Asked", "Closed" (close), "Stopped" (stop).
            return IsBase(word, n - 2) || IsBase(word, n - 1) || (word[n - 3] == word[n - 4] && IsBase(word, n - 3));
        }

        return false;
    }

    // The three small lists answer from one probe of the lexicon that holds them all, where asking each list
    // would hash the word three times.
    private static readonly uint BaseLists = TokenView.Lists(WordLists.CommonWords, WordLists.Roles, WordLists.FunctionWords);

    private static bool IsBase(string word, int length) =>
        (WordLexicon.Lists.Lookup(word, 0, length) & BaseLists) != 0 || WordLists.EnglishWords.Contains(word, 0, length);

    private static bool EndsWith(string word, string ending) => word.EndsWith(ending, System.StringComparison.Ordinal);
}
