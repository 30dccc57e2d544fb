using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// The name candidates and entity groups of one seed, kept per thread and handed out again for the thread's next
/// seed: a seed makes about one candidate per sixty characters (96 bytes each) and a group for every other one,
/// and fresh memory costs more to allocate (clearing, page faults) than setting the fields of an object already
/// made. Both are scratch of one extraction: the model is built from their strings and positions, and none is
/// referred to once the extraction is over.
/// </summary>
/// <remarks>
/// One extraction holds the scratch at a time: <see cref="Take"/> empties the thread's slot while it is held (so
/// two extractions on one thread never share it), each object is handed out once between <see cref="Take"/> and
/// <see cref="Release"/>, and only after that again. Past <see cref="MaxRetained"/> objects of a kind, a very
/// large seed's further ones are made fresh and not kept. Until reused, the kept objects still refer to the last
/// seed's strings and groups (clearing them would mean a walk over all of them after each seed).
/// </remarks>
internal sealed class SeedScratch
{
    // A thread keeps at most this many candidates and groups (≈0.8 MB with the arrays), enough for a seed of some
    // 250 KB of prose: the engine runs on many threads in the IDE, and a larger seed pays for its extra objects.
    private const int MaxRetained = 1 << 12;

    [System.ThreadStatic]
    private static SeedScratch? _spare;

    private NameCandidate[] _candidates = new NameCandidate[256];
    private int _candidatesUsed;
    private EntityGroup[] _groups = new EntityGroup[256];
    private int _groupsUsed;

    // The seed's list of groups and the array its groups' occurrences share: one of each per extraction.
    private System.Collections.Generic.List<EntityGroup>? _groupList;
    private NameCandidate[]? _occurrences;

    // The seed's lists of candidates: as the finder finds them, and as the joiner leaves them (both are alive while
    // the joiner reads the one and fills the other).
    private System.Collections.Generic.List<NameCandidate>? _foundList;
    private System.Collections.Generic.List<NameCandidate>? _joinedList;

    private SeedScratch()
    {
    }

    /// <summary>The thread's scratch, or a new one: the caller holds it until <see cref="Release"/>.</summary>
    public static SeedScratch Take()
    {
        var scratch = _spare;
        if (scratch is null)
        {
            return new SeedScratch();
        }

        _spare = null;
        return scratch;
    }

    /// <summary>A candidate as <c>new NameCandidate(...)</c> makes it, not handed out before since <see cref="Take"/>.</summary>
    /// <remarks>
    /// Inlined into its callers (the finder's AddWord and AddPiece make nearly every candidate): as a call, its frame and
    /// the seven arguments' moves (one of them through the stack) were half its instructions.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public NameCandidate NewCandidate(int firstToken, int lastToken, int start, int end, string name, int sentence)
    {
        var used = _candidatesUsed;
        var candidates = _candidates;
        if ((uint)used < (uint)candidates.Length && candidates[used] is { } kept)
        {
            _candidatesUsed = used + 1;
            kept.Reset(firstToken, lastToken, start, end, name, sentence);
            return kept;
        }

        return MadeCandidate(used, firstToken, lastToken, start, end, name, sentence);
    }

    // A candidate made fresh, kept for the next seeds while there is room: apart from NewCandidate, whose every call
    // but a seed's first few hundred hands out a kept one and so saves no registers for this path.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private NameCandidate MadeCandidate(int used, int firstToken, int lastToken, int start, int end, string name, int sentence)
    {
        var made = new NameCandidate(firstToken, lastToken, start, end, name, sentence);
        if (Keep(ref _candidates, used))
        {
            _candidates[used] = made;
            _candidatesUsed = used + 1;
        }

        return made;
    }

    /// <summary>A group as <c>new EntityGroup(...)</c> makes it, not handed out before since <see cref="Take"/>.</summary>
    /// <remarks>Inlined into the grouping's table, its one caller for nearly every group.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public EntityGroup NewGroup(string name, int nameHash)
    {
        var used = _groupsUsed;
        var groups = _groups;
        if ((uint)used < (uint)groups.Length && groups[used] is { } kept)
        {
            _groupsUsed = used + 1;
            kept.Reset(name, nameHash);
            return kept;
        }

        return MadeGroup(used, name, nameHash);
    }

    // A group made fresh, as MadeCandidate makes a candidate.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private EntityGroup MadeGroup(int used, string name, int nameHash)
    {
        var made = new EntityGroup(name, nameHash);
        if (Keep(ref _groups, used))
        {
            _groups[used] = made;
            _groupsUsed = used + 1;
        }

        return made;
    }

    /// <summary>An empty list for the seed's groups, with room for <paramref name="capacity"/>: one per extraction.</summary>
    public System.Collections.Generic.List<EntityGroup> GroupList(int capacity) => EmptyList(ref _groupList, capacity);

    /// <summary>
    /// An array of at least <paramref name="length"/> slots (not cleared: the caller writes the first
    /// <paramref name="length"/>) for the occurrences the seed's groups share: one per extraction.
    /// </summary>
    public NameCandidate[] Occurrences(int length) => SpareArrays.Take(ref _occurrences, length, MaxRetained);

    /// <summary>An empty list for the seed's candidates as found, with room for <paramref name="capacity"/>: one per extraction.</summary>
    public System.Collections.Generic.List<NameCandidate> FoundList(int capacity) => EmptyList(ref _foundList, capacity);

    /// <summary>An empty list for the seed's candidates as joined, with room for <paramref name="capacity"/>: one per extraction.</summary>
    public System.Collections.Generic.List<NameCandidate> JoinedList(int capacity) => EmptyList(ref _joinedList, capacity);

    // The kept list emptied, or a new one (kept unless it is too large). A seed's list may outgrow its capacity (the
    // headline names are merged into the finder's), so one kept may hold more than MaxRetained slots; it is never
    // kept larger than a seed of that size made it.
    private static System.Collections.Generic.List<T> EmptyList<T>(ref System.Collections.Generic.List<T>? kept, int capacity)
    {
        var list = kept;
        if (list is null || capacity > MaxRetained)
        {
            list = new System.Collections.Generic.List<T>(capacity); // a very large seed's is made fresh, and not kept
            if (capacity <= MaxRetained)
            {
                kept = list;
            }

            return list;
        }

        list.Clear();
        if (list.Capacity < capacity)
        {
            list.Capacity = capacity;
        }

        return list;
    }

    /// <summary>
    /// Gives the scratch to the thread's next extraction: every object it handed out is scratch from now on, and must
    /// not be used again by the caller.
    /// </summary>
    public void Release()
    {
        _candidatesUsed = 0;
        _groupsUsed = 0;
        _spare = this;
    }

    // Whether slot `used` of the array can hold a new object, the array grown if need be (up to MaxRetained).
    private static bool Keep<T>(ref T[] items, int used)
    {
        if (used < items.Length)
        {
            return true;
        }

        if (used >= MaxRetained)
        {
            return false;
        }

        System.Array.Resize(ref items, used * 2);
        return true;
    }
}
