namespace Corpus.Extraction.Names;

/// <summary>
/// Whether a capitalised word is an inflected form of an ordinary English word: the word lists hold base forms,
/// and a sentence opens as readily with "Prosecutors said ...", "Rocks have ...", "Reporting by ..." or
/// "Forgive us ..." as with "Final week ...".
/// </summary>
internal static class WordForms
{
    /// <summary>The word, or its base form with a plural, -ing or -ed ending removed, is an ordinary word or a role noun.</summary>
    /// <remarks>
    /// The folded hash of every base form tried is a prefix of the word's own (the hash reads left to right), so
    /// the English words are asked with one hash of the word, and a base form rewritten at its end ("compan" + "y")
    /// is probed without building it.
    /// </remarks>
    public static bool IsOrdinary(string word)
    {
        var n = word.Length;
        if (n < 4)
        {
            return IsBase(word, n, WordSet.HashFoldedStep(WordSet.FoldedHashSeed, word, 0, n));
        }

        // The hash of the first n - 4, n - 3, ..., n characters.
        var h4 = WordSet.HashFoldedStep(WordSet.FoldedHashSeed, word, 0, n - 4);
        var h3 = WordSet.HashFoldedChar(h4, word[n - 4]);
        var h2 = WordSet.HashFoldedChar(h3, word[n - 3]);
        var h1 = WordSet.HashFoldedChar(h2, word[n - 2]);
        if (IsBase(word, n, WordSet.HashFoldedChar(h1, word[n - 1])))
        {
            return true;
        }

        if (word[n - 1] == 's')
        {
            // "Rocks", "Prosecutors"; "Taxes", "Churches"; "Companies" (company).
            if (IsBase(word, n - 1, h1) || (word[n - 2] == 'e' && IsBase(word, n - 2, h2)))
            {
                return true;
            }

            if (n > 4 && word[n - 3] == 'i' && word[n - 2] == 'e' && IsBaseWithEnding(word, n - 3, 'y', h3))
            {
                return true;
            }
        }

        if (n > 5 && EndsWith(word, "ing"))
        {
            // "Reporting", "Editing"; "Writing" (write); "Shopping" (shop).
            return IsBase(word, n - 3, h3) || IsBaseWithEnding(word, n - 3, 'e', h3) || (word[n - 4] == word[n - 5] && IsBase(word, n - 4, h4));
        }

        if (n > 4 && EndsWith(word, "ed"))
        {
            // "Asked", "Closed" (close), "Stopped" (stop).
            return IsBase(word, n - 2, h2) || IsBase(word, n - 1, h1) || (word[n - 3] == word[n - 4] && IsBase(word, n - 3, h3));
        }

        return false;
    }

    /// <summary>
    /// <see cref="IsOrdinary(string)"/> of a word written as token <paramref name="k"/> of <paramref name="view"/>, whose
    /// <see cref="WordSet.HashFolded"/> is <paramref name="hash"/>: the lexicon's answer for the whole word is the token's,
    /// which the view looked up already, and only a word with one of the endings read there can be a form of another.
    /// </summary>
    public static bool IsOrdinary(string word, int hash, TokenView view, int k)
    {
        var n = word.Length;
        var english = WordLists.EnglishWords;
        if ((english.MayMatch(word, 0, n) && english.ContainsHashed(word, 0, n, hash)) || view.InAny(SmallLists, k))
        {
            return true;
        }

        return n >= 4 && (word[n - 1] == 's' || (n > 5 && EndsWith(word, "ing")) || (n > 4 && EndsWith(word, "ed"))) && IsOrdinary(word);
    }

    // The lists a base form may be in, for a form rewritten at its end (which the lexicon cannot be asked about
    // without building it); all ignore case, so one folded hash serves them all.
    private static readonly WordSet[] BaseLists = { WordLists.FunctionWords, WordLists.CommonWords, WordLists.Roles, WordLists.EnglishWords };

    // The three small lists answer from one probe of the lexicon that holds them all, where asking each list
    // would probe three tables.
    private static readonly uint SmallLists = TokenView.Lists(WordLists.CommonWords, WordLists.Roles, WordLists.FunctionWords);

    // The first <paramref name="length"/> characters of the word, whose folded hash (before its sign bit is
    // cleared) is <paramref name="hash"/>: the English words take the hash, the lexicon hashes the slice itself, so
    // the English words are asked first (most words asked about are ordinary ones, in that list).
    private static bool IsBase(string word, int length, int hash)
    {
        var english = WordLists.EnglishWords;
        return (english.MayMatch(word, 0, length) && english.ContainsHashed(word, 0, length, hash & 0x7FFFFFFF))
            || (WordLexicon.Lists.Lookup(word, 0, length) & SmallLists) != 0;
    }

    // The first <paramref name="length"/> characters of the word and then <paramref name="ending"/>, the hash being
    // that of the characters alone.
    private static bool IsBaseWithEnding(string word, int length, char ending, int hash)
    {
        hash = WordSet.HashFoldedChar(hash, ending) & 0x7FFFFFFF;
        foreach (var set in BaseLists)
        {
            if (set.ContainsWithEnding(word, 0, length, ending, hash))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWith(string word, string ending) => word.EndsWith(ending, System.StringComparison.Ordinal);
}
