using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

internal sealed partial class TokenView
{
    // Both hashes of each looked-up token (WordSet.HashExact in the low half, HashFolded in the high), taken in one
    // pass over its characters when its lexicon bits are (Facts). The candidate finder looks up the capitalised
    // tokens; the kind rules ask the same tokens about the world lists and the other sets long after, when the
    // few hashes kept by token index (CachedHash) were written over, and hashing is most of what a probe costs.
    // A slot is read only where the token's facts are Known, which Facts writes with it: an array taken from the
    // thread's last view needs no clearing.
    private long[] _hashes;

    [System.ThreadStatic]
    private static long[]? _spareHashes;

    // The kept hashes of a token below Count (looked up, so Known), read with no bounds check in the net8.0 build: the
    // array is at least Count long (TakeHashes).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private long HashesOf(int k) => HashSlotOf(k);

    private static long[] TakeHashes(int length)
    {
        var spare = _spareHashes;
        if (spare is null || spare.Length < length)
        {
            return new long[length];
        }

        _spareHashes = null;
        return spare;
    }

    private void ReleaseHashes()
    {
        if (_hashes.Length <= MaxRetainedFacts && (_spareHashes is null || _spareHashes.Length < _hashes.Length))
        {
            _spareHashes = _hashes;
        }

        _hashes = System.Array.Empty<long>();
    }

    /// <summary>
    /// Looks token <paramref name="k"/> up and keeps what it found (its facts, <see cref="Known"/> among them) and its two
    /// hashes, taken as they are needed for the lookup.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private ulong LookUp(int k)
    {
        var facts = LookedUp(Tokens[k], _facts[k], ref _hashes[k]);
        _facts[k] = facts;
        return facts;
    }

    // LookUp of a token below Count (FactsBelowCount): its token, facts and hashes read with no bounds check in the
    // net8.0 build, as the arrays are at least Count long. IsNonEntityAcronym, asked of any place, keeps LookUp.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private ulong LookUpBelowCount(int k)
    {
        ref var slot = ref _facts[k]; // checked: a released view (empty facts) must throw, not write
        var facts = LookedUp(TokenBelowCount(k), slot, ref HashSlotOf(k));
        slot = facts;
        return facts;
    }

    // LookUp's steps, inlined into FirstIsNameWord: nine capitalised tokens in ten are looked up first there, and the
    // call cost more than the steps that follow it. The token's facts so far are facts; its hashes go to hashSlot (its
    // place in _hashes); the caller keeps the result.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private ulong LookedUp(Token t, ulong facts, ref long hashSlot)
    {
        var bits = _lexicon.LookUpToken(Text, t.Start, t.Length, out hashSlot);
        return facts | bits | Known;
    }

    // The place of the kept hashes of a token below Count, with no bounds check in the net8.0 build (HashesOf).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private ref long HashSlotOf(int k)
    {
#if NET
        return ref System.Runtime.CompilerServices.Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(_hashes), (nint)(uint)k);
#else
        return ref _hashes[k];
#endif
    }

    /// <summary>
    /// <see cref="WordSet.HashExact"/> of token <paramref name="k"/>'s text, as kept when it was looked up (or taken now):
    /// a one-token name's hash, for a table of names, without reading its characters again.
    /// </summary>
    public int TextHash(int k) => ExactHash(k);

    /// <summary>
    /// <see cref="WordSet.HashFolded"/> of token <paramref name="k"/>'s text, as kept when it was looked up (or taken now).
    /// </summary>
    public int FoldedTextHash(int k) => FoldedHash(k);
}
