using System.Runtime.CompilerServices;
#if NET
using System;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#endif
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// Where the spaces of a name of several words are ("Edwin van der Sar"), and the hashes of the parts that
/// coreference files it under: the first word, the first two, all but the last, the last and (with exactly two
/// spaces) the middle word, each <see cref="WordSet.HashExact"/> of its slice. The hash of a prefix is the running
/// hash where a space starts, so the parts that begin the name are hashed once between them, in one walk up to the
/// last space (found first, from the end). The last and the middle word are hashed when asked: only a person's name
/// is filed under them, and each character is then hashed once, not once for the name and once for its word.
/// </summary>
/// <remarks>
/// The name is not kept: the struct holds integers only, so that making it writes no reference (a checked write
/// barrier's call, as the constructor writes through a reference to the struct); the hashes made when asked take it again.
/// </remarks>
internal readonly struct NameWords
{
    public NameWords(string name)
    {
#if NET
        // A name of 8 to 32 characters (most of those filed) has its spaces found by two loads of 8 or 16 characters
        // each, the second ending at the name's end, and its prefixes hashed by loops that test no character: the walk a
        // character at a time took a branch per letter on whether it was a space, and the walk back to the last space
        // another, and each was mispredicted once or twice a name.
        var length = name.Length;
        if (Vector128.IsHardwareAccelerated && Vector256.IsHardwareAccelerated && (uint)(length - 8) <= 32 - 8)
        {
            var mask = SpaceBits(name, length);
            var text = new UncheckedText(name);
            if (mask == 0)
            {
                FirstSpace = -1;
                SecondSpace = -1;
                LastSpace = -1;
                SecondLastSpace = -1;
                ThirdLastSpace = -1;
                Spaces = 0;
                FirstWordHash = Hash(WordSet.FoldedHashSeed, text, 0, length) & 0x7FFFFFFF;
                FirstTwoHash = 0;
                AllButLastHash = 0;
                return;
            }

            // Two bits a character, the later characters' higher: a space's place is its bit's over two.
            var firstSpace = BitOperations.TrailingZeroCount(mask) >> 1;
            var lastSpace = (63 - BitOperations.LeadingZeroCount(mask)) >> 1;
            var fromSecond = mask & (mask - 1);
            fromSecond &= fromSecond - 1; // the first space's two bits cleared
            var secondSpace = fromSecond == 0 ? -1 : BitOperations.TrailingZeroCount(fromSecond) >> 1;
            var beforeLast = mask ^ (3UL << (2 * lastSpace));
            var secondLastSpace = beforeLast == 0 ? -1 : (63 - BitOperations.LeadingZeroCount(beforeLast)) >> 1;
            var beforeSecondLast = beforeLast == 0 ? 0 : beforeLast ^ (3UL << (2 * secondLastSpace));
            FirstSpace = firstSpace;
            SecondSpace = secondSpace;
            LastSpace = lastSpace;
            SecondLastSpace = secondLastSpace;
            ThirdLastSpace = beforeSecondLast == 0 ? -1 : (63 - BitOperations.LeadingZeroCount(beforeSecondLast)) >> 1;
            Spaces = BitOperations.PopCount(mask) >> 1;
            var hash = Hash(WordSet.FoldedHashSeed, text, 0, firstSpace);
            FirstWordHash = hash & 0x7FFFFFFF;
            var from = firstSpace;
            var twoWords = 0;
            if (secondSpace >= 0)
            {
                hash = Hash(hash, text, firstSpace, secondSpace);
                twoWords = hash & 0x7FFFFFFF;
                from = secondSpace;
            }

            FirstTwoHash = twoWords;
            AllButLastHash = Hash(hash, text, from, lastSpace) & 0x7FFFFFFF;
            return;
        }
#endif
        this = Walk(name);
    }

    private NameWords(int first, int second, int last, int secondLast, int thirdLast, int spaces, int firstWord, int firstTwo, int allButLast)
    {
        FirstSpace = first;
        SecondSpace = second;
        LastSpace = last;
        SecondLastSpace = secondLast;
        ThirdLastSpace = thirdLast;
        Spaces = spaces;
        FirstWordHash = firstWord;
        FirstTwoHash = firstTwo;
        AllButLastHash = allButLast;
    }

    // The words of any name, a character at a time. Not inlined: the constructor's path for most names then keeps its
    // values in the registers a call may change, and saves and restores none of the others.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static NameWords Walk(string name)
    {
        var last = name.Length - 1;
        while (last >= 0 && name[last] != ' ')
        {
            last--;
        }

        var first = -1;
        var second = -1;
        var secondLast = -1;
        var thirdLast = -1;
        var spaces = 0;
        var whole = WordSet.FoldedHashSeed; // the hash of the name so far
        var firstWord = 0;
        var firstTwo = 0;
        var seen = -1; // the last space the walk has found
        var end = last < 0 ? name.Length : last + 1; // a name of one word is hashed whole, its first word and its last
        for (var i = 0; i < end; i++)
        {
            var c = name[i];
            if (c == ' ')
            {
                if (spaces == 0)
                {
                    first = i;
                    firstWord = whole & 0x7FFFFFFF;
                }
                else if (spaces == 1)
                {
                    second = i;
                    firstTwo = whole & 0x7FFFFFFF;
                }

                thirdLast = secondLast;
                secondLast = seen;
                seen = i;
                spaces++;
                if (i == last)
                {
                    break; // the hash so far is all but the last word's
                }
            }

            whole = WordSet.HashExactChar(whole, c);
        }

        return new NameWords(
            first, second, last, secondLast, thirdLast, spaces, spaces == 0 ? whole & 0x7FFFFFFF : firstWord, firstTwo, last < 0 ? 0 : whole & 0x7FFFFFFF);
    }

#if NET
    // Two bits for each space of name, of 8 to 32 characters (bits 2i and 2i + 1 for name[i]): the first 8 or 16
    // characters and the last, which overlap when the name is shorter than twice that.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong SpaceBits(string name, int length)
    {
        ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(name.AsSpan()));
        if (length < 16)
        {
            var spaces = Vector128.Create((ushort)' ');
            ulong low = Vector128.Equals(Vector128.LoadUnsafe(ref first), spaces).AsByte().ExtractMostSignificantBits();
            ulong high = Vector128.Equals(Vector128.LoadUnsafe(ref first, (nuint)(length - 8)), spaces).AsByte().ExtractMostSignificantBits();
            return low | (high << (2 * (length - 8)));
        }
        else
        {
            var spaces = Vector256.Create((ushort)' ');
            ulong low = Vector256.Equals(Vector256.LoadUnsafe(ref first), spaces).AsByte().ExtractMostSignificantBits();
            ulong high = Vector256.Equals(Vector256.LoadUnsafe(ref first, (nuint)(length - 16)), spaces).AsByte().ExtractMostSignificantBits();
            return low | (high << (2 * (length - 16)));
        }
    }

    // hash continued over text's characters from start up to end (WordSet.HashExactChar each); within the text.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(int hash, UncheckedText text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            hash = WordSet.HashExactChar(hash, text[i]);
        }

        return hash;
    }
#endif

    /// <summary>The first space (name.IndexOf(' ')), or -1.</summary>
    public int FirstSpace { get; }

    /// <summary>The second space, or -1.</summary>
    public int SecondSpace { get; }

    /// <summary>The last space (name.LastIndexOf(' ')), or -1.</summary>
    public int LastSpace { get; }

    /// <summary>The space before the last, or -1.</summary>
    public int SecondLastSpace { get; }

    /// <summary>The space before that, or -1.</summary>
    public int ThirdLastSpace { get; }

    /// <summary>How many spaces the name has.</summary>
    public int Spaces { get; }

    /// <summary>The hash of the name up to its first space (the whole name without one).</summary>
    public int FirstWordHash { get; }

    /// <summary>The hash of the name up to its second space, when it has one.</summary>
    public int FirstTwoHash { get; }

    /// <summary>The hash of the name up to its last space, when it has one.</summary>
    public int AllButLastHash { get; }

    /// <summary>The hash of <paramref name="name"/> (the one these words are of) after its last space (the whole name without one), hashed when asked.</summary>
    public int LastWordHash(string name) => LastSpace < 0 ? FirstWordHash : WordSet.HashExact(name, LastSpace + 1, name.Length - LastSpace - 1);

    /// <summary>The hash of the word between the two spaces of <paramref name="name"/> (the one these words are of) with exactly two, hashed when asked.</summary>
    public int MiddleHash(string name) => Spaces == 2 ? WordSet.HashExact(name, FirstSpace + 1, SecondSpace - FirstSpace - 1) : 0;
}
