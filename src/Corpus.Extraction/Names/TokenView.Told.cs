using System.Runtime.CompilerServices;

namespace Corpus.Extraction.Names;

internal sealed partial class TokenView
{
    // Answers a token's kept facts already hold, read with no call, for walks that must make none (OpeningWords'
    // first walk): each says false when the facts do not tell, and the walk then leaves the candidate to a caller that
    // asks TextHash or IsNameWord. A call anywhere in a long walk made the JIT keep the walk's values on the stack.

    /// <summary><see cref="TextHash"/> of token <paramref name="k"/> when it was looked up (its hash kept): false otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool KeptTextHash(int k, out int hash)
    {
        if ((uint)k < (uint)Count && (FactOf(k) & Known) != 0)
        {
            hash = (int)HashesOf(k);
            return true;
        }

        hash = 0;
        return false;
    }

    /// <summary>Whether <see cref="IsNameWord"/> of token <paramref name="k"/> was kept, which is then <paramref name="isName"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TellsNameWord(int k, out bool isName)
    {
        if ((uint)k >= (uint)Count)
        {
            isName = false;
            return true;
        }

        var facts = FactOf(k);
        isName = (facts & NameWord) != 0;
        return (facts & NameWordKnown) != 0;
    }
}
