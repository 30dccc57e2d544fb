namespace Corpus.Extraction.Names;

/// <summary>What the kind rules (EntityClassifier) ask of a token beyond the lexicon's lists.</summary>
internal sealed partial class TokenView
{
    /// <summary>The <see cref="WorldNames"/> bits of token <paramref name="k"/>: the world lists that hold it as written.</summary>
    public uint WorldBits(int k)
    {
        if (k < 0 || k >= Count)
        {
            return 0;
        }

        var t = Tokens[k];
        var world = WorldNames.Lists;
        return world.MayMatch(Text, t.Start, t.Length) ? world.Of(Text, t.Start, t.Length, ExactHash(k)) : 0;
    }
}
