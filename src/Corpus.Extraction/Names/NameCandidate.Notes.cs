namespace Corpus.Extraction.Names;

/// <summary>
/// What the rules around a name say of few occurrences (a role, an affiliation, a descriptor), kept apart from
/// the candidate: a seed yields tens of thousands of candidates, each passed over several times, and three
/// fields that most leave empty made every one of them 16 bytes larger.
/// </summary>
internal sealed partial class NameCandidate
{
    private Notes? _notes; // null until a rule gives this occurrence a role, an affiliation or a descriptor

    /// <summary>Whether a rule gave this occurrence a role, an affiliation or a descriptor (else all three are null).</summary>
    public bool HasNotes => _notes is not null;

    /// <summary>A role given to this occurrence ("founder"), as written.</summary>
    public string? Role
    {
        get => _notes?.Role;
        set
        {
            if (value is not null || _notes is not null)
            {
                (_notes ??= new Notes()).Role = value;
            }
        }
    }

    /// <summary>The occurrence this one is affiliated with ("Baidu" for "Baidu founder Robin Li").</summary>
    public NameCandidate? Affiliation
    {
        get => _notes?.Affiliation;
        set
        {
            if (value is not null || _notes is not null)
            {
                (_notes ??= new Notes()).Affiliation = value;
            }
        }
    }

    /// <summary>A descriptor given to this occurrence ("investment bank").</summary>
    public string? Description
    {
        get => _notes?.Description;
        set
        {
            if (value is not null || _notes is not null)
            {
                (_notes ??= new Notes()).Description = value;
            }
        }
    }

    private sealed class Notes
    {
        public string? Role;
        public NameCandidate? Affiliation;
        public string? Description;
    }
}
