using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// A word written in capitals for emphasis inside an ordinary sentence ("This is NOT a repeat", "I'd LOVE to",
/// "we REALLY need to"), which the entity stage counts, like a sentence's first word, as capitalised by its position
/// rather than as a name. Capitals inside a sentence are far more often an acronym in news ("the WHO said",
/// "Spain's ONCE", "the SIX Swiss Exchange", "(CIS)"), so the words around tell them apart: an acronym stands where a
/// name stands, after an article, a possessive, a preposition, a bracket or a descriptor, while a word stressed stands
/// where its own class stands: after a subject pronoun, an auxiliary or a negation ("I'd LOVE", "should NOT"); or it
/// is itself of a class that names nothing (a pronoun, a demonstrative, a quantifier, an auxiliary, a negation, a
/// degree adverb) after a word in lower case ("With YOU", "are SO"); or an auxiliary followed by "be", "to", "not" or
/// an article ("IS the law"); or one of three capital words in a row. After a form of "be", where a name may stand too
/// ("the main sponsor is ONCE"), only those classes, adverbs and participles count. The few such words whose capitals
/// also abbreviate something common (US, IT, IS, AM, BE, CAN, MAY) are left to the other tests.
/// </summary>
/// <remarks>
/// The auxiliary and modal verbs are the quotation lexicon's (Resources/quote-lexicon.txt); the other word lists are
/// closed classes of English grammar too (personal and possessive pronouns, negation and degree adverbs), drawn as
/// that lexicon's classes are from the English stopword list of the NLTK stopwords corpus (Porter et al., Apache
/// License 2.0). Asked only of the few one-word
/// candidates in capitals that nothing else speaks for, never of every token.
/// </remarks>
internal static class EmphasisCapitals
{
    // The words after which a word is part of a clause, not a name: subject pronouns, auxiliaries and modals (next), and
    // the negations and degree adverbs that stand before what they stress ("so" is left out: as a conjunction a
    // subject follows it, "so ONCE withdrew").
    private static readonly WordSet ClauseWords = new(new[]
    {
        "i", "you", "we", "they", "he", "she", "it", "not", "never", "very", "too", "really",
    }, ignoreCase: true);

    private static readonly WordSet FormsOfBe = new(new[] { "am", "is", "are", "was", "were", "be", "been", "being" }, ignoreCase: true);

    // The words that are emphasis in capitals after any word in lower case: they never name an organisation or a place.
    // Left out are the few whose capitals are also common abbreviations: "US", "IT", "IS" (the Islamic State), "AM",
    // "BE" and "CAN" (codes of Belgium and Canada), "MAY" (the month in a dateline).
    private static readonly WordSet EmphaticWords = new(new[]
    {
        "you", "your", "yours", "me", "my", "mine", "we", "our", "ours", "he", "him", "his", "she", "her", "hers",
        "they", "them", "their", "theirs", "this", "that", "these", "those", "all", "any", "both", "each", "every", "only",
        "are", "was", "were", "been", "do", "does", "did", "have", "has", "had", "will", "would", "shall", "should",
        "could", "might", "must", "not", "never", "so", "very", "too", "really", "yes",
    }, ignoreCase: true);

    // The words after which an auxiliary in capitals is a verb ("IS the bible", "CAN be", "HAS to"), whatever its
    // capitals may abbreviate elsewhere.
    private static readonly WordSet AfterAuxiliary = new(new[] { "be", "been", "the", "a", "an", "not", "no", "to" }, ignoreCase: true);

    // The adverbs of degree and focus, stress even after an article ("a VERY good reason", "the ONLY menu item").
    private static readonly WordSet DegreeWords = new(new[] { "so", "very", "too", "really", "only", "not", "never" }, ignoreCase: true);

    // The words whose "'s" is "is" or "has" ("it's", "that's"), not a possessive ("Spain's ONCE").
    private static readonly WordSet ContractedSubjects = new(new[] { "it", "he", "she", "that", "what", "there", "here", "who" }, ignoreCase: true);

    /// <summary>Token <paramref name="k"/>, a word in capitals inside a sentence, is stressed there rather than named.</summary>
    public static bool Stressed(TokenView view, int k)
    {
        var t = view[k];
        if (!t.Has(TokenFlags.AllCaps) || t.Length < 2 || k == 0 || !view.SpacedFromPrevious(k))
        {
            return false;
        }

        if (InCapitalRun(view, k))
        {
            return true;
        }

        if (k + 1 < view.Count && view.SpacedFromPrevious(k + 1) && view.IsLowerWord(k + 1) && view.In(AfterAuxiliary, k + 1)
            && IsAuxiliary(view, k))
        {
            return true;
        }

        var p = k - 1;
        var before = view[p];
        if (before.Kind == TokenKind.Clitic)
        {
            // "I'd LOVE", "we've GOT", "you'll NEED"; after "'s", "'re" or "'m" the verb is "be", which a name may follow
            // ("it's GNOME"), and "Spain's ONCE" is a possessive.
            var c = view.Text[before.Start + 1] | 0x20;
            if (c is 'd' or 'v' or 'l')
            {
                return true;
            }

            return (c != 's' || (p > 0 && view.In(ContractedSubjects, p - 1))) && StressedAfterBe(view, k);
        }

        if (!before.IsWord || !before.Has(TokenFlags.HasLetter))
        {
            return false;
        }

        if (before.IsLowerWord)
        {
            // An auxiliary written in lower case inside a sentence, not one that opens a question ("Will WHO act?").
            return view.In(ClauseWords, p) || (IsAuxiliary(view, p) && (!view.In(FormsOfBe, p) || StressedAfterBe(view, k)))
                || view.IsNegatedAuxiliary(before) || (view.In(EmphaticWords, k) && (!IsArticle(view, p) || view.In(DegreeWords, k)));
        }

        return (view.TextIs(p, "I") || (before.TitleCased && StartsSentence(view, p)))
            && (view.In(ClauseWords, p) || view.In(EmphaticWords, k));
    }

    // An auxiliary or modal verb ("has", "would", "IS"), as the quotation lexicon lists them, in any case.
    private static bool IsAuxiliary(TokenView view, int k)
    {
        var t = view[k];
        return (Quotes.QuoteLexicon.Instance.Classes.Lookup(view.Text, t.Start, t.Length) & Quotes.WordClass.Auxiliary) != 0;
    }

    // After a form of "be" a name may stand as well as a stressed word ("the sponsor is ONCE", "it's GNOME"): only a
    // word of the classes that never name anything, or an adverb or a participle ("is REALLY", "are SLEEPING", "was
    // WRECKED"), which acronyms never end like, is stressed there.
    private static bool StressedAfterBe(TokenView view, int k)
    {
        if (view.In(EmphaticWords, k))
        {
            return true;
        }

        var t = view[k];
        var text = view.Text;
        var end = t.End;
        return t.Length > 4 && ((text[end - 2] == 'L' && text[end - 1] == 'Y') || (text[end - 2] == 'E' && text[end - 1] == 'D')
            || (text[end - 3] == 'I' && text[end - 2] == 'N' && text[end - 1] == 'G'));
    }

    /// <summary>
    /// Token <paramref name="k"/> is a word of five letters or more in capitals after a word in lower case ("a GOOD
    /// OCULIST", "the MOUSTACHE"): stressed when the seed also writes it in lower case, as acronyms are shorter.
    /// </summary>
    public static bool StressedIfEchoed(TokenView view, int k)
    {
        var t = view[k];
        return t.Length >= 5 && t.Has(TokenFlags.AllCaps) && k > 0 && view.SpacedFromPrevious(k) && view[k - 1].IsLowerWord;
    }

    // Token k is one of three or more words in capitals in a row on a line that also has words in lower case, which a
    // shouted line of its own would be ("<Culus> OH MY GOD NOT A RANDOM QUOTE GENERATOR", "WE DO NOT EXCEPT ..."). The
    // walks stop at the first token that is not such a word: at most a few tokens in prose.
    private static bool InCapitalRun(TokenView view, int k)
    {
        var run = 1;
        for (var i = k; i > 0 && run < 3 && !view[i].Has(TokenFlags.LineBreakBefore) && IsCapitalWord(view[i - 1]); i--)
        {
            run++;
        }

        for (var i = k + 1; i < view.Count && run < 3 && !view[i].Has(TokenFlags.LineBreakBefore) && IsCapitalWord(view[i]); i++)
        {
            run++;
        }

        return run >= 3;
    }

    private static bool IsCapitalWord(Token t) => t.IsWord && t.Has(TokenFlags.AllCaps) && t.Has(TokenFlags.HasLetter);

    // After an article a pronoun in capitals is a name's ("the WE scandal", "an HE shell").
    private static bool IsArticle(TokenView view, int p) => view.TextIs(p, "the") || view.TextIs(p, "a") || view.TextIs(p, "an");

    // Token p opens its sentence or clause: the first token, the first of a line, or after a stop or a colon
    // ("Knghtbrd: You SO win").
    private static bool StartsSentence(TokenView view, int p) =>
        p == 0 || view[p].Has(TokenFlags.LineBreakBefore) || view[p - 1].Has(TokenFlags.Stop) || view.IsPunct(p - 1, ':');
}
