namespace Corpus.Extraction.Names;

/// <summary>Brings into cache what a batch of probes will read, so that their waits on memory overlap.</summary>
internal sealed partial class WordSet
{
    /// <summary>
    /// Reads the first slot, and the long entry there, that a probe of each of the first <paramref name="count"/>
    /// <paramref name="hashes"/> will read (as <see cref="ContainsHashed"/> takes them). A probe of a large list waits on
    /// memory twice, for the slot and then for its entry, and its branches on what it read keep the next probe from
    /// starting before: these loops read without such branches, so the reads of many words are under way at once.
    /// </summary>
    /// <returns>A number made of what was read: kept out of line and returning it, the reads cannot be left out.</returns>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public int Warm(int[] hashes, int count)
    {
        var mask = _mask;
        var sum = 0;
        for (var i = 0; i < count; i++)
        {
            var hash = hashes[i];
            sum += SlotAt(hash & mask).Hash + (int)FilterWord(_hashBits, (hash >> 6) & _hashBitsMask);
        }

        // The slots are in cache now: a short entry needs nothing more, and the long entries' reads overlap.
        var entries = _entries;
        for (var i = 0; i < count; i++)
        {
            var slot = hashes[i] & mask;
            var entry = SlotAt(slot).Packed == 0 ? entries[slot] : null;
            sum += entry is null ? 0 : entry.Length;
        }

        return sum;
    }
}
