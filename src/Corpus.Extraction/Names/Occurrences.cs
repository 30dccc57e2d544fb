namespace Corpus.Extraction.Names;

/// <summary>
/// The occurrences of one <see cref="EntityGroup"/>: a read-only window on the array that holds them, walked
/// with <c>foreach</c> without allocating.
/// </summary>
internal readonly struct Occurrences
{
    private readonly NameCandidate[] _items;
    private readonly int _offset;

    public Occurrences(NameCandidate[] items, int offset, int count)
    {
        _items = items;
        _offset = offset;
        Count = count;
    }

    public int Count { get; }

    public NameCandidate this[int index] =>
        (uint)index < (uint)Count ? _items[_offset + index] : throw new System.ArgumentOutOfRangeException(nameof(index));

    public Enumerator GetEnumerator() => new(_items, _offset, _offset + Count);

    /// <summary>Walks the window in order.</summary>
    public struct Enumerator
    {
        private readonly NameCandidate[] _items;
        private readonly int _end;
        private int _index;

        public Enumerator(NameCandidate[] items, int offset, int end)
        {
            _items = items;
            _index = offset - 1;
            _end = end;
        }

        public readonly NameCandidate Current => _items[_index];

        public bool MoveNext() => ++_index < _end;
    }
}
