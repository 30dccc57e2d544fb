using System.Runtime.CompilerServices;
#if NET
using System.Runtime.InteropServices;
#endif

namespace Corpus.Extraction.Text;

/// <summary>
/// An array's elements without the bounds checks, for the few loops that run once per token or per character and whose
/// indexes are in range by construction (each user says why): every check there is a compare and a branch on every
/// element, a tenth of such a loop's instructions. On .NET (the net8.0 build) the elements are reached from a
/// reference to the array's data, taken once before the loop; netstandard2.0 has no way to do so without a package,
/// and indexes the array as usual, with its checks.
/// </summary>
internal readonly ref struct Unchecked<T>
{
#if NET
    private readonly ref T _first;

    public Unchecked(T[] array)
    {
        _first = ref MemoryMarshal.GetArrayDataReference(array);
    }

    /// <summary>Element <paramref name="index"/>, which must be in range: it is not checked.</summary>
    public ref T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref Unsafe.Add(ref _first, (nint)(uint)index);
    }

    /// <summary>
    /// Element <paramref name="index"/>, which must be in range, by a native index: a loop that counts in one needs no
    /// widening of its counters at each access.
    /// </summary>
    public ref T this[nint index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref Unsafe.Add(ref _first, index);
    }
#else
    private readonly T[] _array;

    public Unchecked(T[] array)
    {
        _array = array;
    }

    /// <summary>Element <paramref name="index"/>, which must be in range (this build checks it).</summary>
    public ref T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref _array[index];
    }

    /// <summary>Element <paramref name="index"/>, which must be in range (this build checks it), by a native index.</summary>
    public ref T this[nint index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref _array[index];
    }
#endif
}

/// <summary>A text's characters without the bounds checks, as <see cref="Unchecked{T}"/>.</summary>
internal readonly ref struct UncheckedText
{
#if NET
    private readonly ref readonly char _first;

    public UncheckedText(string text)
    {
        _first = ref text.GetPinnableReference();
    }

    /// <summary>Character <paramref name="index"/>, which must be in range: it is not checked.</summary>
    public char this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => Unsafe.Add(ref Unsafe.AsRef(in _first), (nint)(uint)index);
    }
#else
    private readonly string _text;

    public UncheckedText(string text)
    {
        _text = text;
    }

    /// <summary>Character <paramref name="index"/>, which must be in range (this build checks it).</summary>
    public char this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _text[index];
    }
#endif
}
