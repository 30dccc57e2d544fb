using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>Lines of the text as the tokens see them: where a line starts, and whether it is written in capitals.</summary>
internal sealed partial class TokenView
{
    // The first token of every line, and each line's CapitalWordsOnLine (-1 until asked), made on the first
    // question: a rule that asks of many tokens on one long line must not walk the line for each.
    private int[]? _lineFirsts;
    private int[]? _lineCapitalWords;

    /// <summary>
    /// <see cref="CapitalWordsOnLine"/> of the line that holds token <paramref name="k"/>, each line counted once
    /// however many of its tokens are asked about.
    /// </summary>
    public int CapitalWordsOnLineOf(int k)
    {
        var firsts = _lineFirsts ??= LineFirsts();
        var counts = _lineCapitalWords ??= NewCounts(firsts.Length);
        var line = System.Array.BinarySearch(firsts, k);
        if (line < 0)
        {
            line = ~line - 1;
        }

        if (counts[line] < 0)
        {
            counts[line] = CapitalWordsOnLine(firsts[line]);
        }

        return counts[line];
    }

    private int[] LineFirsts()
    {
        var firsts = new System.Collections.Generic.List<int> { 0 };
        for (var k = 1; k < Tokens.Length; k++)
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
        for (var i = first; i < Tokens.Length && (i == first || !Tokens[i].Has(TokenFlags.LineBreakBefore)); i++)
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
