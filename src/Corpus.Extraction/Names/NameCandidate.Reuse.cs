namespace Corpus.Extraction.Names;

internal sealed partial class NameCandidate
{
    /// <summary>
    /// Makes this object the candidate a constructor with these arguments would make, every field set again: a
    /// <see cref="SeedScratch"/> hands out the candidates of a finished seed for the next seed's.
    /// </summary>
    /// <remarks>Inlined into <see cref="SeedScratch.NewCandidate"/>: a seed reuses a candidate for every name it finds.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal void Reset(int firstToken, int lastToken, int start, int end, string name, int sentence)
    {
        FirstToken = firstToken;
        LastToken = lastToken;
        Start = start;
        End = end;
        Name = name;
        _nameHash = -1;
        Sentence = sentence;
        Words = 1;
        Initial = false;
        Possessive = false;
        VenueDateline = false;
        InTitle = false;
        _evidence = default;
        _contextWeight = 0;
        Group = null;
        _notes = null;
    }
}
