using System;
using System.Collections;
using System.Collections.Generic;

namespace Corpus.Extraction;

/// <summary>
/// An immutable array with value equality, so models that hold lists stay value-equatable
/// and the incremental generator can cache them.
/// </summary>
/// <typeparam name="T">The element type; must itself be value-equatable.</typeparam>
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
    where T : IEquatable<T>
{
    private readonly T[]? _items;

    /// <summary>Wraps <paramref name="items"/> without copying; the caller must not mutate it afterwards.</summary>
    public EquatableArray(T[] items) => _items = items;

    /// <summary>An empty array.</summary>
    public static EquatableArray<T> Empty => default;

    /// <summary>Copies <paramref name="items"/> into a new array.</summary>
    public static EquatableArray<T> From(IEnumerable<T> items)
    {
        var array = new List<T>(items).ToArray();
        return new EquatableArray<T>(array);
    }

    /// <inheritdoc />
    public int Count => _items?.Length ?? 0;

    /// <summary>Whether the array has no elements.</summary>
    public bool IsEmpty => Count == 0;

    /// <inheritdoc />
    public T this[int index] => (_items ?? Array.Empty<T>())[index];

    /// <summary>The elements as a read-only span-like array copy-free view.</summary>
    public IReadOnlyList<T> AsList() => _items ?? Array.Empty<T>();

    /// <inheritdoc />
    public bool Equals(EquatableArray<T> other)
    {
        var left = _items ?? Array.Empty<T>();
        var right = other._items ?? Array.Empty<T>();
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left.Length != right.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < left.Length; i++)
        {
            if (!comparer.Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var items = _items ?? Array.Empty<T>();
        unchecked
        {
            var hash = 17;
            var comparer = EqualityComparer<T>.Default;
            foreach (var item in items)
            {
                hash = (hash * 31) + (item is null ? 0 : comparer.GetHashCode(item));
            }

            return hash;
        }
    }

    /// <summary>Value equality.</summary>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Value inequality.</summary>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(_items ?? Array.Empty<T>())).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Helpers for building <see cref="EquatableArray{T}"/> values.</summary>
public static class EquatableArray
{
    /// <summary>Copies <paramref name="items"/> into an equatable array.</summary>
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
        where T : IEquatable<T> => EquatableArray<T>.From(items);
}
