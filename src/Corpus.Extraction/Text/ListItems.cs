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
#endif
}
