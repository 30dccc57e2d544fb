using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>Lines of the text as the tokens see them: where a line starts, and whether it is written in capitals.</summary>
internal sealed partial class TokenView
{
    // The first token of every line, and each line's CapitalWordsOnLine (-1 until asked), made only when a line
    // too long to walk is asked about: a rule that asks of many tokens on one long line must not walk it for each.
    private int[]? _lineFirsts;
    private int[]? _lineCapitalWords;

    // The tokens a question may read on its own before the line tables are made instead.
    private const int ShortWalk = 256;

    /// <summary>
    /// <see cref="CapitalWordsOnLine"/> of the line that holds token <paramref name="k"/>. A short line is read
    /// where it stands; a long one is counted once, however many of its tokens are asked about.
    /// </summary>
    public int CapitalWordsOnLineOf(int k)
    {
        if (_lineFirsts is null)
        {
            // A word not in capitals anywhere on the line makes its count 0: the walks stop at the first they meet
            // (in prose, the word before), where the count would read the whole line again.
            var first = k;
            while (first > 0 && !Tokens[first].Has(TokenFlags.LineBreakBefore) && k - first < ShortWalk)
            {
                if (IsWordInLowerCase(Tokens[first]))
                {
                    return 0;
                }

                first--;
            }

            var end = first + 1;
            while (end < Count && !Tokens[end].Has(TokenFlags.LineBreakBefore) && end - first <= 2 * ShortWalk)
            {
                if (IsWordInLowerCase(Tokens[end]))
                {
                    return 0;
                }

                end++;
            }

            if ((first == 0 || Tokens[first].Has(TokenFlags.LineBreakBefore)) && (end == Count || Tokens[end].Has(TokenFlags.LineBreakBefore)))
            {
                return CapitalWordsOnLine(first);
            }

            _lineFirsts = LineFirsts();
            _lineCapitalWords = NewCounts(_lineFirsts.Length);
        }

        var line = System.Array.BinarySearch(_lineFirsts, k);
        if (line < 0)
        {
            line = ~line - 1;
        }

        var counts = _lineCapitalWords!;
        if (counts[line] < 0)
        {
            counts[line] = CapitalWordsOnLine(_lineFirsts[line]);
        }

        return counts[line];
    }

    // A word CapitalWordsOnLine counts as not in capitals.
    private static bool IsWordInLowerCase(Token t) => t.IsWordWithOnly(TokenFlags.HasLetter | TokenFlags.AllCaps, TokenFlags.HasLetter);

    private int[] LineFirsts()
    {
        var firsts = new System.Collections.Generic.List<int> { 0 };
        for (var k = 1; k < Count; k++)
        {
            if (Tokens[k].Has(TokenFlags.LineBreakBefore))
            {
                firsts.Add(k);
            }
        }

        return firsts.ToArray();
    }

    private static int[] NewCounts(int lines)
    {
        var counts = new int[lines];
        for (var i = 0; i < lines; i++)
        {
            counts[i] = -1;
        }

        return counts;
    }

    /// <summary>
    /// The number of words on the line that starts at token <paramref name="first"/> when every one of them is in
    /// capitals ("SOCCER - LEEDS SINK CHELSEA"), or 0 when one is not.
    /// </summary>
    public int CapitalWordsOnLine(int first)
    {
        var words = 0;
        for (var i = first; i < Count && (i == first || !Tokens[i].Has(TokenFlags.LineBreakBefore)); i++)
        {
            if (Tokens[i].IsWord && Tokens[i].Has(TokenFlags.HasLetter))
            {
                if (!Tokens[i].Has(TokenFlags.AllCaps))
                {
                    return 0;
                }

                words++;
            }
        }

        return words;
    }
}
