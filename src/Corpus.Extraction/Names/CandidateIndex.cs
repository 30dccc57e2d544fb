using System.Collections.Generic;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// The name candidates of a seed by the token each starts (or ends) at, for rules that ask "is there a name
/// right here?". Most tokens asked about hold none, so a bit per token answers them; a token whose bit is set
/// finds its candidate by the number of set bits before it. The whole takes a few hundred bytes for a seed
/// where a hash table of the candidates took tens of kilobytes. When two candidates share a token the later
/// one wins, as it would by a dictionary's indexer.
/// </summary>
internal sealed class CandidateIndex
{
    private List<NameCandidate>? _candidates;

    // A bit for each token some candidate starts (or ends) at, in the first _words words (an index kept for the
    // thread's next seed may have more).
    private ulong[] _marks;
    private int _words;

    // For each word of _marks, the number of bits set in the words before it.
    private int[] _marksBefore;

    // For each marked token, in token order, the index in _candidates of the candidate there.
    private int[] _candidateAt;

    // The two indexes ByFirstAndLastToken fills in order, kept per thread for the next seed's: their arrays took
    // a fifth of a megabyte per megabyte of text, for a pass that reads them and lets them go (the engine runs on
    // many threads; none shares one).
    [System.ThreadStatic]
    private static CandidateIndex? _startingAt;

    [System.ThreadStatic]
    private static CandidateIndex? _endingAt;

    private CandidateIndex(List<NameCandidate> candidates, int tokenCount, bool byLastToken)
    {
        _candidates = candidates;
        _marks = new ulong[(tokenCount >> 6) + 1];
        _words = _marks.Length;
        foreach (var c in candidates)
        {
            var token = TokenOf(c, byLastToken);
            if (token >= 0 && token < tokenCount)
            {
                _marks[token >> 6] |= 1UL << token;
            }
        }

        _marksBefore = new int[_marks.Length];
        var marked = 0;
        for (var w = 0; w < _marks.Length; w++)
        {
            _marksBefore[w] = marked;
            marked += Bits.PopCount(_marks[w]);
        }

        _candidateAt = new int[marked];
        for (var i = 0; i < candidates.Count; i++)
        {
            var token = TokenOf(candidates[i], byLastToken);
            if (token >= 0 && token < tokenCount)
            {
                _candidateAt[Rank(token)] = i;
            }
        }
    }

    /// <summary>
    /// Both indexes at once. The finder lists candidates in text order, so both are built in one pass over the
    /// candidates (scattered objects), each marked token taking the next place; a list out of order is indexed
    /// the general way.
    /// </summary>
    /// <remarks>
    /// The two are the thread's own, reset by its next call: a caller reads them before asking again, and hands
    /// them back by <see cref="Release"/>, so that they hold no candidate of the seed.
    /// </remarks>
    public static void ByFirstAndLastToken(TokenView view, List<NameCandidate> candidates, out CandidateIndex startingAt, out CandidateIndex endingAt)
    {
        startingAt = _startingAt ??= new CandidateIndex();
        endingAt = _endingAt ??= new CandidateIndex();
        var tokenCount = view.Count;
        startingAt.Reset(candidates, tokenCount);
        endingAt.Reset(candidates, tokenCount);

        // Each index's state is held in locals while it is filled (two appends per candidate, which as fields were
        // written back to memory at each).
        var firstMarks = startingAt._marks;
        var firstAt = startingAt._candidateAt;
        var lastMarks = endingAt._marks;
        var lastAt = endingAt._candidateAt;
        int lastFirst = -1, firstMarked = 0, lastLast = -1, lastMarked = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (!Append(firstMarks, firstAt, c.FirstToken, tokenCount, i, ref lastFirst, ref firstMarked)
                || !Append(lastMarks, lastAt, c.LastToken, tokenCount, i, ref lastLast, ref lastMarked))
            {
                startingAt.Release();
                endingAt.Release();
                startingAt = ByFirstToken(view, candidates);
                endingAt = ByLastToken(view, candidates);
                return;
            }
        }

        startingAt.CountMarks();
        endingAt.CountMarks();
    }

    // An index to be filled in token order by Append, once Reset.
    private CandidateIndex()
    {
        _marks = System.Array.Empty<ulong>();
        _marksBefore = System.Array.Empty<int>();
        _candidateAt = System.Array.Empty<int>();
    }

    // Makes the index empty, for the candidates of a seed of tokenCount tokens, to be filled by Append. Only the
    // words of the marks the last seed could have set are cleared (the rest never were).
    private void Reset(List<NameCandidate> candidates, int tokenCount)
    {
        var words = (tokenCount >> 6) + 1;
        if (_marks.Length < words)
        {
            var room = System.Math.Max(words, _marks.Length * 2);
            _marks = new ulong[room];
            _marksBefore = new int[room];
        }
        else
        {
            System.Array.Clear(_marks, 0, System.Math.Max(words, _words));
        }

        if (_candidateAt.Length < candidates.Count)
        {
            _candidateAt = new int[System.Math.Max(candidates.Count, _candidateAt.Length * 2)];
        }

        _candidates = candidates;
        _words = words;
    }

    /// <summary>Lets go of the candidates of an index from <see cref="ByFirstAndLastToken"/>, once it is read.</summary>
    public void Release() => _candidates = null;

    // Marks the token of candidate i in an index filled in order (its marks and candidates, the token marked last and
    // the number of marked tokens); false when it comes before the token marked last. Inlined: it is called twice for
    // every candidate of a seed.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool Append(ulong[] marks, int[] candidateAt, int token, int tokenCount, int i, ref int lastMarked, ref int marked)
    {
        if ((uint)token >= (uint)tokenCount)
        {
            return true;
        }

        if (token < lastMarked)
        {
            return false;
        }

        if (token > lastMarked)
        {
            marks[token >> 6] |= 1UL << token;
            lastMarked = token;
            marked++;
        }

        candidateAt[marked - 1] = i; // the later of two candidates at one token wins
        return true;
    }

    private void CountMarks()
    {
        var marked = 0;
        for (var w = 0; w < _words; w++)
        {
            _marksBefore[w] = marked;
            marked += Bits.PopCount(_marks[w]);
        }
    }

    /// <summary>The candidates among the <paramref name="view"/>'s tokens by their first token.</summary>
    public static CandidateIndex ByFirstToken(TokenView view, List<NameCandidate> candidates) => new(candidates, view.Count, byLastToken: false);

    /// <summary>The candidates among the <paramref name="view"/>'s tokens by their last token.</summary>
    public static CandidateIndex ByLastToken(TokenView view, List<NameCandidate> candidates) => new(candidates, view.Count, byLastToken: true);

    /// <summary>The candidate at <paramref name="token"/>, if any.</summary>
    public bool TryGetValue(int token, out NameCandidate candidate)
    {
        var word = token >> 6;
        if (token >= 0 && word < _words && (_marks[word] & (1UL << token)) != 0)
        {
            candidate = _candidates![_candidateAt[Rank(token)]];
            return true;
        }

        candidate = null!;
        return false;
    }

    private static int TokenOf(NameCandidate c, bool byLastToken) => byLastToken ? c.LastToken : c.FirstToken;

    // The number of marked tokens before a marked token.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private int Rank(int token) => _marksBefore[token >> 6] + Bits.PopCount(_marks[token >> 6] & ((1UL << token) - 1));
}
