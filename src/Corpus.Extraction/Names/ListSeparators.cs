using System.Collections.Generic;

namespace Corpus.Extraction.Names;

/// <summary>
/// The separators (<see cref="ListPropagation.Separator"/>) between neighbouring name candidates that may list them
/// together, noted by <see cref="AliasFinder"/>'s walk over the candidates: a comma or an "and" between two names is
/// rare, and a walk of its own over every candidate (each a cold object) cost <see cref="ListPropagation"/> more
/// than all its lists. Only the separators that are not 0 are kept, each as the index of its left candidate.
/// </summary>
internal sealed class ListSeparators
{
    // Per separator: the index of its left candidate times two, plus one for an "and"/"or" (2), none for a comma (1).
    private readonly List<int> _marks = new();

    private List<NameCandidate>? _candidates;
    private int _count;

    /// <summary>The number of separators noted.</summary>
    public int Count => _marks.Count;

    /// <summary>Starts over for <paramref name="candidates"/>, as they will be once the walk is done.</summary>
    public void Reset(List<NameCandidate> candidates)
    {
        _marks.Clear();
        _candidates = candidates;
        _count = -1;
    }

    /// <summary>Notes separator <paramref name="separator"/> (1 or 2) between candidates <paramref name="left"/> and left + 1.</summary>
    public void Add(int left, int separator) => _marks.Add((left << 1) | (separator == 2 ? 1 : 0));

    /// <summary>The walk is done: the candidates now number <paramref name="count"/>.</summary>
    public void Done(int count) => _count = count;

    /// <summary>
    /// Whether these are the separators of <paramref name="candidates"/> as they stand: the same list, walked to the
    /// end, of the same length (nothing between the walk and the question adds or takes out a candidate).
    /// </summary>
    public bool Describe(List<NameCandidate> candidates) => ReferenceEquals(candidates, _candidates) && candidates.Count == _count;

    /// <summary>The index of the left candidate of separator <paramref name="i"/>.</summary>
    public int Left(int i) => _marks[i] >> 1;

    /// <summary>Separator <paramref name="i"/> is an "and" or an "or", which closes a list.</summary>
    public bool Closes(int i) => (_marks[i] & 1) != 0;
}
