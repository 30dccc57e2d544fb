using System.Collections.Generic;

namespace Corpus.Extraction.Names;

/// <summary>
/// The name candidates of a seed by the token each starts (or ends) at, for rules that ask "is there a name
/// right here?". A small open-addressed table sized to the candidates, not to the tokens, and without a
/// dictionary's per-entry bookkeeping. When two candidates share a token the later one wins, as it would by a
/// dictionary's indexer.
/// </summary>
internal sealed class CandidateIndex
{
    // Token index + 1 (0: an empty slot), and the candidate stored under it.
    private readonly int[] _keys;
    private readonly NameCandidate?[] _values;
    private readonly int _mask;

    private CandidateIndex(List<NameCandidate> candidates, bool byLastToken)
    {
        var size = 16;
        while (size < candidates.Count * 2)
        {
            size <<= 1;
        }

        _keys = new int[size];
        _values = new NameCandidate?[size];
        _mask = size - 1;
        foreach (var c in candidates)
        {
            var key = (byLastToken ? c.LastToken : c.FirstToken) + 1;
            var slot = Slot(key);
            while (_keys[slot] != 0 && _keys[slot] != key)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _values[slot] = c;
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
        if (key <= 0)
        {
            candidate = null!;
            return false;
        }

        var slot = Slot(key);
        while (true)
        {
            var found = _keys[slot];
            if (found == key)
            {
                candidate = _values[slot]!;
                return true;
            }

            if (found == 0)
            {
                candidate = null!;
                return false;
            }

            slot = (slot + 1) & _mask;
        }
    }

    // Fibonacci hashing: token indexes of nearby names spread over the table.
    private int Slot(int key) => (int)(unchecked((uint)key * 0x9E3779B1u) >> 8) & _mask;
}
