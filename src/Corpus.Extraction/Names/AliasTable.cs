using System.Collections.Generic;

namespace Corpus.Extraction.Names;

/// <summary>
/// The aliases of a seed (alias → canonical name) as an open-addressed table probed with a hash the caller
/// already has (<see cref="GroupsByName.Hash"/>): grouping asks it of every candidate, and the name's hash then
/// serves the groups' table as well.
/// </summary>
internal sealed class AliasTable
{
    private readonly string?[] _aliases;
    private readonly string[] _canonical;
    private readonly int[] _hashes;
    private readonly int _mask;

    // A bit for each alias's hash's six high bits (the slot is its low bits): most names are no alias, and the
    // probe of an empty slot was a branch mispredicted at a fourth of them, where this bit mostly says no first.
    private readonly ulong _mayHold;

    public AliasTable(Dictionary<string, string> aliases)
    {
        var size = 16;
        while (size < aliases.Count * 2)
        {
            size <<= 1;
        }

        _aliases = new string?[size];
        _canonical = new string[size];
        _hashes = new int[size];
        _mask = size - 1;
        foreach (var pair in aliases)
        {
            var hash = GroupsByName.Hash(pair.Key);
            var slot = hash & _mask;
            while (_aliases[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _aliases[slot] = pair.Key;
            _canonical[slot] = pair.Value;
            _hashes[slot] = hash;
            _mayHold |= 1UL << (hash >> 26); // the shift takes the six low bits of the count: the hash's high ones
        }
    }

    /// <summary>The canonical name of <paramref name="name"/> (of hash <paramref name="hash"/>), if it is an alias.</summary>
    /// <remarks>Inlined into grouping, which asks it of every candidate of a seed with aliases: most find an empty slot at once.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(string name, int hash, out string canonical)
    {
        canonical = null!;
        if (((_mayHold >> (hash >> 26)) & 1) == 0)
        {
            return false;
        }

        var slot = hash & _mask;
        string? alias;
        while ((alias = _aliases[slot]) is not null)
        {
            if (_hashes[slot] == hash && string.Equals(alias, name))
            {
                canonical = _canonical[slot];
                return true;
            }

            slot = (slot + 1) & _mask;
        }

        return false;
    }
}
