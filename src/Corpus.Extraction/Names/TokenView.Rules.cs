using System.Runtime.CompilerServices;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>What the kind rules (EntityClassifier) ask of a token beyond the lexicon's lists.</summary>
internal sealed partial class TokenView
{
    /// <summary>Token <paramref name="k"/> is a number: a word of digits and marks, no letter ("12", "4,233", "9.91").</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsNumber(int k) => (uint)k < (uint)Count && TokenBelowCount(k).IsWordWithOnly(TokenFlags.HasDigit | TokenFlags.HasLetter, TokenFlags.HasDigit);

    /// <summary>The <see cref="WorldNames"/> bits of token <paramref name="k"/>: the world lists that hold it as written.</summary>
    /// <remarks>
    /// Inlined: the kind rules ask it of a name's tokens again and again, and most already know their bits (the lexicon
    /// knows the world lists' answer for every word its table holds, and a token probed once keeps it), where the call
    /// cost more than the test. Only a token still to be probed makes one.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint WorldBits(int k)
    {
        var facts = (uint)k < (uint)Count ? FactOf(k) : WordLexicon.WorldKnown; // a place outside the text is in no list
        return (facts & WordLexicon.WorldKnown) != 0 ? (uint)(facts >> WordLexicon.WorldShift) & 0xF : ProbeWorld(k, facts);
    }

    /// <summary>
    /// The lexicon facts of token <paramref name="k"/>, looked up if need be (0 for a place outside the text), read once
    /// for <see cref="InFacts"/> and <see cref="WorldBitsOf"/> to answer from.
    /// </summary>
    /// <remarks>
    /// The kind rules ask a one-word name's token a dozen questions, each of which read the count, the facts array and
    /// the token's facts again, as the calls between keep none of them in a register. Facts only gain bits once looked
    /// up (a list decided is decided for good, with its answer), so what these facts tell stays true: what they do not
    /// tell yet is asked of the view.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong FactsOf(int k) => (uint)k < (uint)Count ? FactsBelowCount(k) : 0;

    /// <summary><see cref="In"/> of token <paramref name="k"/>, whose facts (<see cref="FactsOf"/>) were <paramref name="facts"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool InFacts(WordSet set, int k, ulong facts) => (facts & set.DecidedBit) != 0 ? (facts & set.AnswerBit) != 0 : In(set, k);

    /// <summary><see cref="WorldBits"/> of token <paramref name="k"/>, whose facts (<see cref="FactsOf"/>) were <paramref name="facts"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint WorldBitsOf(int k, ulong facts) =>
        (facts & WordLexicon.WorldKnown) != 0 ? (uint)(facts >> WordLexicon.WorldShift) & 0xF : WorldBits(k);

    // The world lists, in a field: the static list was a test that its class is ready at every probe.
    private readonly WorldNames _world = WorldNames.Lists;

    // A token whose world bits are not known yet: they are kept in its facts, as the lexicon keeps them, since the
    // rules ask a one-word name's token about the world lists again (the shape votes, the other kinds, a given name
    // of the candidate finder). A looked-up token (four in five asked) has its hash kept, and the lists' cheap test
    // lets 92% of words through to the probe's filter anyway: it is probed here, in a small call, and only a token
    // still to be hashed is asked the cheap test first, in a call of its own. The token is below Count (WorldBits).
    private uint ProbeWorld(int k, ulong facts)
    {
        if ((facts & Known) == 0)
        {
            return ProbeWorldUnknown(k, facts);
        }

        var t = TokenBelowCount(k);
        var bits = _world.Of(Text, t.Start, t.Length, (int)HashesOf(k));
        FactOf(k) = facts | WordLexicon.WorldKnown | ((ulong)bits << WordLexicon.WorldShift);
        return bits;
    }

    private uint ProbeWorldUnknown(int k, ulong facts)
    {
        var t = TokenBelowCount(k);
        var world = _world;
        var bits = world.MayMatch(Text, t.Start, t.Length) ? world.Of(Text, t.Start, t.Length, HashOfUnknown(k, t, folded: false)) : 0;
        FactOf(k) = facts | WordLexicon.WorldKnown | ((ulong)bits << WordLexicon.WorldShift);
        return bits;
    }
}
