namespace Corpus.Extraction.Names;

internal sealed partial class TokenView
{
    // The thread's scratch objects this view's candidates and groups come from, taken on the first one and given
    // back by ReleaseScratch.
    private SeedScratch? _scratch;

    /// <summary>
    /// A new candidate (<c>new NameCandidate(...)</c>), from the thread's <see cref="SeedScratch"/>: the view's
    /// candidates are scratch of one extraction, reused by the next one on the thread once <see cref="ReleaseScratch"/> is called.
    /// </summary>
    public NameCandidate NewCandidate(int firstToken, int lastToken, int start, int end, string name, int sentence) =>
        (_scratch ??= SeedScratch.Take()).NewCandidate(firstToken, lastToken, start, end, name, sentence);

    /// <summary>A new group (<c>new EntityGroup(...)</c>), from the thread's <see cref="SeedScratch"/> as <see cref="NewCandidate"/>.</summary>
    public EntityGroup NewGroup(string name, int nameHash) => (_scratch ??= SeedScratch.Take()).NewGroup(name, nameHash);

    /// <summary>An empty list for the seed's groups, from the thread's <see cref="SeedScratch"/>: one per extraction.</summary>
    public System.Collections.Generic.List<EntityGroup> NewGroupList(int capacity) => (_scratch ??= SeedScratch.Take()).GroupList(capacity);

    /// <summary>The array the seed's groups share for their occurrences (first <paramref name="length"/> slots to be written), from the thread's <see cref="SeedScratch"/>.</summary>
    public NameCandidate[] NewOccurrences(int length) => (_scratch ??= SeedScratch.Take()).Occurrences(length);

    /// <summary>The seed's list of candidates as found, or as joined, from the thread's <see cref="SeedScratch"/>: one of each per extraction.</summary>
    public System.Collections.Generic.List<NameCandidate> NewCandidateList(int capacity, bool joined = false) =>
        joined ? (_scratch ??= SeedScratch.Take()).JoinedList(capacity) : (_scratch ??= SeedScratch.Take()).FoundList(capacity);

    /// <summary>Gives the candidates and groups made by this view to the thread's next extraction: none may be used after.</summary>
    public void ReleaseScratch()
    {
        _scratch?.Release();
        _scratch = null;
    }
}
