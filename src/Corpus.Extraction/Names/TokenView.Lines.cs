using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>Lines of the text as the tokens see them: where a line starts, and whether it is written in capitals.</summary>
internal sealed partial class TokenView
{
    /// <summary>The first token of the line that holds token <paramref name="k"/>.</summary>
    public int LineStartOf(int k)
    {
        while (k > 0 && !Tokens[k].Has(TokenFlags.LineBreakBefore))
        {
            k--;
        }

        return k;
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
