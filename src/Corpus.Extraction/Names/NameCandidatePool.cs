namespace Corpus.Extraction.Names;

/// <summary>
/// The name candidates of one seed, kept per thread and handed out again for the thread's next seed: a seed makes
/// about one candidate per sixty characters, 96 bytes each, and fresh memory costs more to allocate (clearing,
/// page faults) than setting the fields of an object already made. Candidates are scratch of one extraction: the
/// model is built from their strings and positions, and no candidate is referred to once the extraction is over.
/// </summary>
/// <remarks>
/// A pool serves one extraction at a time: <see cref="Take"/> empties the thread's slot while a pool is held (so two
/// extractions on one thread never share one), each object is handed out once between <see cref="Take"/> and
/// <see cref="Release"/>, and only then are they all handed out again. A pool that grew for a very large seed is let go.
/// </remarks>
internal sealed class NameCandidatePool
{
    private const int MaxRetained = 1 << 14;

    [System.ThreadStatic]
    private static NameCandidatePool? _spare;

    private NameCandidate[] _items = new NameCandidate[256];
    private int _used;

    private NameCandidatePool()
    {
    }

    /// <summary>The thread's pool, or a new one: the caller holds it until <see cref="Release"/>.</summary>
    public static NameCandidatePool Take()
    {
        var pool = _spare;
        if (pool is null)
        {
            return new NameCandidatePool();
        }

        _spare = null;
        return pool;
    }

    /// <summary>A candidate as <c>new NameCandidate(...)</c> makes it, not handed out before since <see cref="Take"/>.</summary>
    public NameCandidate New(int firstToken, int lastToken, int start, int end, string name, int sentence)
    {
        var items = _items;
        var used = _used;
        if (used < items.Length && items[used] is { } kept)
        {
            _used = used + 1;
            kept.Reset(firstToken, lastToken, start, end, name, sentence);
            return kept;
        }

        var made = new NameCandidate(firstToken, lastToken, start, end, name, sentence);
        if (used == items.Length)
        {
            if (used >= MaxRetained)
            {
                return made; // beyond what is kept: not pooled
            }

            System.Array.Resize(ref _items, used * 2);
        }

        _items[used] = made;
        _used = used + 1;
        return made;
    }

    /// <summary>
    /// Gives the pool to the thread's next extraction: every candidate it handed out is scratch from now on, and must
    /// not be used again by the caller.
    /// </summary>
    public void Release()
    {
        _used = 0;
        _spare = this;
    }
}
