namespace Corpus.Extraction.Quotes;

/// <summary>How a speaker phrase was found, strongest first.</summary>
internal enum SpeakerCue
{
    /// <summary>No speaker phrase.</summary>
    None,

    /// <summary>A speech verb, "according to", a colon, "As X noted" or a dash line right beside the quotation.</summary>
    Direct,

    /// <summary>A speech verb earlier in the same sentence ("Smith said the plan was “deeply flawed”").</summary>
    Distant,

    /// <summary>The subject of the clause whose verb governs the quotation ("One shopper prompted the app with “…”").</summary>
    Subject,

    /// <summary>Carried over from the quotation just before, as a news paragraph continues one speaker's words.</summary>
    Inherited,
}

/// <summary>Where a speaker phrase stands.</summary>
/// <param name="Start">Offset of the phrase's first character.</param>
/// <param name="End">Offset just past the phrase.</param>
/// <param name="HeadEnd">
/// Offset just past the phrase's head: the part before an appositive ("Jane Doe" in "Jane Doe, chief executive of
/// Acme"), where the entity that spoke is named.
/// </param>
/// <param name="Cue">How it was found.</param>
internal readonly record struct SpeakerPhrase(int Start, int End, int HeadEnd, SpeakerCue Cue)
{
    /// <summary>Whether a phrase was found.</summary>
    public bool Found => Cue != SpeakerCue.None;
}
