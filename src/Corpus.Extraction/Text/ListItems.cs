using System.Collections.Generic;
using System.Runtime.CompilerServices;
#if NET
using System;
using System.Runtime.InteropServices;
#endif

namespace Corpus.Extraction.Text;

/// <summary>
/// A list's items read by place, for the walks that run once per name or per group. The list's own indexer checks the
/// place against its count and then its array's length, two compares and branches a read; on .NET (the net8.0 build)
/// the items are a span over the list's array, one check, which a loop bounded by <see cref="Count"/> takes out.
/// netstandard2.0 has no way to reach the array without a package and reads the list itself. The list must not be
/// added to or taken from while it is read this way: the span would go on reading the old items.
/// </summary>
internal readonly ref struct ListItems<T>
{
#if NET
    private readonly Span<T> _items;

    public ListItems(List<T> list)
    {
        _items = CollectionsMarshal.AsSpan(list);
    }

    /// <summary>The list's count when it was taken.</summary>
    public int Count
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _items.Length;
    }

    /// <summary>Item <paramref name="index"/>.</summary>
    public T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _items[index];
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        set => _items[index] = value;
    }

    /// <summary>
    /// Moves the <paramref name="length"/> items at <paramref name="from"/> to <paramref name="to"/>, as one block
    /// (the ranges may overlap): a slot written alone costs a call of the collector's write barrier.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Move(int from, int to, int length) => _items.Slice(from, length).CopyTo(_items.Slice(to, length));

    /// <summary>
    /// A walk over the items from <paramref name="from"/>, which is at most <see cref="Count"/>, to the end.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ListWalk<T> From(int from) => new(_items, from);
#else
    private readonly List<T> _items;

    public ListItems(List<T> list)
    {
        _items = list;
    }

    /// <summary>The list's count.</summary>
    public int Count
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _items.Count;
    }

    /// <summary>Item <paramref name="index"/>.</summary>
    public T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _items[index];
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        set => _items[index] = value;
    }

    /// <summary>
    /// Moves the <paramref name="length"/> items at <paramref name="from"/> to <paramref name="to"/> (the ranges may
    /// overlap).
    /// </summary>
    public void Move(int from, int to, int length)
    {
        if (to < from)
        {
            for (var k = 0; k < length; k++)
            {
                _items[to + k] = _items[from + k];
            }
        }
        else
        {
            for (var k = length - 1; k >= 0; k--)
            {
                _items[to + k] = _items[from + k];
            }
        }
    }

    /// <summary>
    /// A walk over the items from <paramref name="from"/>, which is at most <see cref="Count"/>, to the end.
    /// </summary>
    public ListWalk<T> From(int from) => new(_items, from);
#endif
}

/// <summary>
/// A list's items walked one by one from a place to the end (<see cref="ListItems{T}.From"/>), for a search loop that
/// holds many values of its own: on .NET it holds a reference to the item and one to the end, read without a range
/// check, where a place, a count and the array's start were three values (read back from the stack at every item when
/// the registers ran out). The list must not change while it is walked.
/// </summary>
internal ref struct ListWalk<T>
{
#if NET
    private readonly ref T _start;
    private ref T _item;
    private readonly ref T _end;

    public ListWalk(Span<T> items, int from)
    {
        _start = ref MemoryMarshal.GetReference(items);
        _item = ref Unsafe.Add(ref _start, (nint)(uint)from);
        _end = ref Unsafe.Add(ref _start, items.Length);
    }

    /// <summary>Whether an item is left.</summary>
    public readonly bool More
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Unsafe.IsAddressLessThan(ref _item, ref _end);
    }

    /// <summary>The item, while <see cref="More"/>.</summary>
    public readonly T Item
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _item;
    }

    /// <summary>Steps to the next item.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Step() => _item = ref Unsafe.Add(ref _item, 1);

    /// <summary>The item's place in the list (its count at the end).</summary>
    public readonly int Place
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (int)((nuint)Unsafe.ByteOffset(ref _start, ref _item) / (nuint)Unsafe.SizeOf<T>());
    }
#else
    private readonly List<T> _items;
    private readonly int _count;
    private int _place;

    public ListWalk(List<T> items, int from)
    {
        _items = items;
        _count = items.Count;
        _place = from;
    }

    /// <summary>Whether an item is left.</summary>
    public readonly bool More => _place < _count;

    /// <summary>The item, while <see cref="More"/>.</summary>
    public readonly T Item => _items[_place];

    /// <summary>Steps to the next item.</summary>
    public void Step() => _place++;

    /// <summary>The item's place in the list (its count at the end).</summary>
    public readonly int Place => _place;
#endif
}
