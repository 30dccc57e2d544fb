using System.Collections.Generic;

namespace Corpus.Extraction.Names;

/// <summary>
/// The name candidates of a seed by the token each starts (or ends) at, for rules that ask "is there a name
/// right here?". A small open-addressed table of integers sized to the candidates (not to the tokens), without a
/// dictionary's per-entry bookkeeping. When two candidates share a token the later one wins, as it would by a
/// dictionary's indexer.
/// </summary>
internal sealed class CandidateIndex
{
    private readonly List<NameCandidate> _candidates;

    // Pairs of (token + 1, index in _candidates); a token of 0 marks an empty slot.
    private readonly int[] _slots;
    private readonly int _mask;

    private CandidateIndex(List<NameCandidate> candidates, bool byLastToken)
    {
        _candidates = candidates;
        var size = 16;
        while (size < candidates.Count * 2)
        {
            size <<= 1;
        }

        _slots = new int[size * 2];
        _mask = size - 1;
        for (var i = 0; i < candidates.Count; i++)
        {
            var key = (byLastToken ? candidates[i].LastToken : candidates[i].FirstToken) + 1;
            var slot = Slot(key);
            while (_slots[2 * slot] != 0 && _slots[2 * slot] != key)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[2 * slot] = key;
            _slots[2 * slot + 1] = i;
        }
    }

    /// <summary>The candidates by their first token.</summary>
    public static CandidateIndex ByFirstToken(List<NameCandidate> candidates) => new(candidates, byLastToken: false);

    /// <summary>The candidates by their last token.</summary>
    public static CandidateIndex ByLastToken(List<NameCandidate> candidates) => new(candidates, byLastToken: true);

    /// <summary>The candidate at <paramref name="token"/>, if any.</summary>
    public bool TryGetValue(int token, out NameCandidate candidate)
    {
        var key = token + 1;
        if (key > 0)
        {
            var slot = Slot(key);
            int found;
            while ((found = _slots[2 * slot]) != 0)
            {
                if (found == key)
                {
                    candidate = _candidates[_slots[2 * slot + 1]];
                    return true;
                }

                slot = (slot + 1) & _mask;
            }
        }

        candidate = null!;
        return false;
    }

    // Fibonacci hashing: the token indexes of nearby names spread over the table.
    private int Slot(int key) => (int)(unchecked((uint)key * 0x9E3779B1u) >> 8) & _mask;
}
