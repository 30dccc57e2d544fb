namespace Corpus.Extraction.Names;

internal sealed partial class TokenView
{
    // The pool this view's candidates come from, taken on the first candidate and given back by ReleaseCandidates.
    private NameCandidatePool? _candidates;

    /// <summary>
    /// A new candidate (<c>new NameCandidate(...)</c>), from the thread's pool: the view's candidates are scratch of
    /// one extraction, reused by the next one on the thread once <see cref="ReleaseCandidates"/> is called.
    /// </summary>
    public NameCandidate NewCandidate(int firstToken, int lastToken, int start, int end, string name, int sentence) =>
        (_candidates ??= NameCandidatePool.Take()).New(firstToken, lastToken, start, end, name, sentence);

    /// <summary>Gives the candidates made by this view to the thread's next extraction: none may be used after.</summary>
    public void ReleaseCandidates()
    {
        _candidates?.Release();
        _candidates = null;
    }
}
