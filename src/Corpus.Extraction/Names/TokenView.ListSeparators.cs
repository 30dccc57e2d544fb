namespace Corpus.Extraction.Names;

internal sealed partial class TokenView
{
    /// <summary>
    /// The separators between this seed's name candidates, noted by <see cref="AliasFinder"/> for
    /// <see cref="ListPropagation"/>; null until noted.
    /// </summary>
    public ListSeparators? ListSeparators { get; set; }
}
