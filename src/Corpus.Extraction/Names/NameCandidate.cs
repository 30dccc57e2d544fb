namespace Corpus.Extraction.Names;

/// <summary>One occurrence of something that looks like a name, with the evidence found around it.</summary>
internal sealed partial class NameCandidate
{
    public NameCandidate(int firstToken, int lastToken, int start, int end, string name, int sentence)
    {
        FirstToken = firstToken;
        LastToken = lastToken;
        Start = start;
        End = end;
        Name = name;
        Sentence = sentence;
    }

    // The fields are set again only when a pool hands the object out anew (NameCandidate.Reuse.cs).
    public int FirstToken { get; private set; }

    public int LastToken { get; private set; }

    public int Start { get; private set; }

    public int End { get; private set; }

    /// <summary>The name as written, white space folded to single spaces.</summary>
    public string Name { get; private set; }

    // WordSet.HashExact of the name, once some rule has taken it (-1 until then): the shape rules hash a name of
    // several tokens for the lists, and grouping files the name under the same hash.
    private int _nameHash = -1;

    /// <summary>The slot for <see cref="WordSet.HashExact"/> of <see cref="Name"/>: -1 until a rule takes the hash and keeps it there.</summary>
    public ref int NameHash => ref _nameHash;

    public int Sentence { get; private set; }

    /// <summary>Number of word tokens in the name.</summary>
    public int Words { get; set; } = 1;

    /// <summary>The name stands where any word is capitalised (sentence start, after an opening quote or a colon).</summary>
    public bool Initial { get; set; }

    /// <summary>A possessive ’s or s’ follows the name.</summary>
    public bool Possessive { get; set; }

    /// <summary>
    /// The dateline of a sports story whose city also plays a side in it ("NEW YORK 1996-08-29" above "NEW YORK 99
    /// Philadelphia 91"), or that city where a game is played ("In Pittsburgh, ..."): the place, grouped apart from the
    /// side of the same name.
    /// </summary>
    public bool VenueDateline { get; set; }

    /// <summary>
    /// A word of a quoted title that the name does not fill ("Guide" of “The Hitchhiker's Guide to the Galaxy”): no
    /// mention of anything, taken out of the names once the rules that read them by place are done.
    /// </summary>
    public bool InTitle { get; set; }

    private KindVotes _evidence = default; // filled in place by Vote (an indexer write the compiler does not count as assignment)

    // A weight is a small constant, so the strongest fits in two bytes: with them a candidate takes 96 bytes, not 104.
    private short _contextWeight;

    /// <summary>The strongest contextual (not shape-only) evidence weight, to tell real names from sentence-initial words.</summary>
    public int ContextWeight => _contextWeight;

    /// <summary>
    /// The entity this occurrence belongs to once aliases are resolved (coreference may move it to another):
    /// null before grouping, and for a bracketed acronym dropped as its name's definition.
    /// </summary>
    public EntityGroup? Group { get; set; }

    /// <summary>Adds <paramref name="weight"/> of evidence that this is a <paramref name="kind"/>.</summary>
    public void Vote(EntityKind kind, int weight, bool contextual = true)
    {
        _evidence[(int)kind] += weight;
        if (contextual && weight > _contextWeight)
        {
            _contextWeight = (short)System.Math.Min(weight, short.MaxValue); // weights are small constants; never throw in the compiler
        }
    }

    /// <summary>Adds this occurrence's evidence to <paramref name="totals"/>, one weight per kind.</summary>
    public void AddEvidenceTo(ref KindVotes totals) => _evidence.AddTo(ref totals);

    /// <summary>Sets <paramref name="totals"/> to this occurrence's evidence (for totals that are still none).</summary>
    public void CopyEvidenceTo(ref KindVotes totals) => totals = _evidence;

    /// <summary>The summed evidence weight that this is the kind numbered <paramref name="kind"/> (<see cref="EntityKind"/>, 0 to 6).</summary>
    public int Evidence(int kind) => _evidence[kind];

    /// <summary>The total weight of evidence of any kind.</summary>
    public int TotalEvidence => _evidence.Total;

    public override string ToString() => Name;
}
