namespace Corpus.Extraction.Names;

internal sealed partial class EntityGroup
{
    /// <summary>
    /// Makes this object the group a constructor with these arguments would make, every field set again: a
    /// <see cref="SeedScratch"/> hands out the groups of a finished seed for the next seed's.
    /// </summary>
    /// <remarks>Inlined into <see cref="SeedScratch.NewGroup"/>: a seed makes a group for every other candidate.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal void Reset(string name, int nameHash)
    {
        Name = name;
        NameHash = nameHash;

        // The occurrence array is kept: the count of none empties it, and the next seed's grouping most often places
        // the group in the same shared array again, which PlaceIn then need not write (a write barrier for each group).
        _offset = 0;
        _count = 0;
        _capacity = 0;
        _aliases = null;
        _votes = default;
        Kind = default;
        Words = 0;
        HasConnector = false;
        AllWeakInitial = true;
        AllBareWords = true;
        _namedFirst = -1;
        _namedLast = -1;
        NameToken = -1;
        Dropped = false;
        Tentative = false;
        FirstStart = int.MaxValue;
        Place = 0;
    }
}
