using System.Collections.Generic;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Names;

/// <summary>
/// Which suspect names a seed also writes in lower case ("Sheep have long been known ..." and "... transmitted
/// to sheep"), found in one pass over the tokens. The suspects are a few capitalised words and the lower-case
/// words are most of the seed, so a token is first tested against a small bitmap of the suspects' lengths and
/// first and last letters, then looked up by its first, second and last letters and length in a small table of
/// those the suspects have, and read in full only when a suspect shares all four: no word is hashed.
/// </summary>
/// <remarks>
/// A word echoes a name when a case-insensitive <see cref="WordSet"/> of the lowered names
/// (<see cref="string.ToLowerInvariant()"/>) would contain it, and the word lowered the same way is the lowered
/// name. Folding a character at a time, as the set does, and lowering a string differ only on surrogate pairs
/// (a lowered name without them is echoed by any word that matches it), so only names with surrogates compare the
/// lowered words themselves.
/// </remarks>
internal sealed class LowerCaseEchoes
{
    // An open-addressed table from a key (see Key: never 0) to the first suspect with that key, whose first and
    // last characters are ASCII; _next chains the others with the same key (-1 ends a chain). A key whose names
    // are all echoed is retired (stored negated), so a common word ("will" for "Will") stops costing a comparison.
    private readonly int[] _slotKeys;
    private readonly int[] _slotFirst;
    private readonly int[] _next;
    private readonly int _mask;

    // A bit for each (length, first letter, last letter) some name has, each taken to its low bits (length to
    // four, letters to five, where ASCII capitals and small letters meet): one read of this small table settles
    // nearly every token, lower-case word or not, without a branch on what the token is. See Filter.
    private readonly uint[] _filter = new uint[16 * 32];

    // Names that start or end with a character outside ASCII ("élan", "Łódź"): rare, so read one by one.
    private readonly List<int>? _others;

    // Each suspect's name lowered, or in ASCII as written (see LowerAscii).
    private readonly string[] _lowered;
    private readonly bool[] _hasSurrogate;
    private readonly bool[] _echoed;

    // The lowered words that match a name with surrogates.
    private HashSet<string>? _loweredWords;

    private LowerCaseEchoes(List<EntityGroup> suspects)
    {
        _lowered = new string[suspects.Count];
        _hasSurrogate = new bool[suspects.Count];
        _echoed = new bool[suspects.Count];
        _next = new int[suspects.Count];

        // The filter lets few words through to the table, so it need not be sparse.
        var size = 32;
        while (size < suspects.Count * 2)
        {
            size <<= 1;
        }

        _slotKeys = new int[size];
        _slotFirst = new int[size];
        _mask = size - 1;
        for (var i = 0; i < suspects.Count; i++)
        {
            // A name in ASCII is kept as written and lowered as it is read (LowerAscii): lowering thousands of
            // names into new strings cost more than the pass over the tokens.
            var name = suspects[i].Name;
            if (!IsAscii(name))
            {
                name = name.ToLowerInvariant();
                _hasSurrogate[i] = HasSurrogate(name);
            }

            _lowered[i] = name;
            if (name.Length == 0)
            {
                continue;
            }

            var first = LowerAscii(name[0]);
            var last = LowerAscii(name[name.Length - 1]);
            if (first >= 128 || last >= 128)
            {
                (_others ??= new List<int>()).Add(i);
                continue;
            }

            _filter[Filter(name.Length, first)] |= 1u << (last & 31);
            var key = Key(first, LowerAscii(name[name.Length > 1 ? 1 : 0]), last, name.Length);
            var slot = Hash(key) & _mask;
            while (_slotKeys[slot] != 0 && _slotKeys[slot] != key)
            {
                slot = (slot + 1) & _mask;
            }

            _next[i] = _slotKeys[slot] == key ? _slotFirst[slot] : -1;
            _slotKeys[slot] = key;
            _slotFirst[slot] = i;
        }

        if (_others is not null)
        {
            // A name that starts or ends outside ASCII is matched by words the low bits say nothing of: let all through.
            for (var j = 0; j < _filter.Length; j++)
            {
                _filter[j] = uint.MaxValue;
            }
        }
    }

    /// <summary>For each of the <paramref name="suspects"/>, whether the seed also writes its name as a lower-case word.</summary>
    public static bool[] Find(TokenView view, List<EntityGroup> suspects)
    {
        var echoes = new LowerCaseEchoes(suspects);
        var tokens = view.Tokens;
        var text = view.Text;
        var filter = echoes._filter;
        for (var k = 0; k < tokens.Length; k++)
        {
            // Every token takes the same few steps to the one branch, which nearly all of them skip: a branch on
            // the token's kind first would be mispredicted over and over, as words and punctuation alternate.
            var token = tokens[k];
            var start = token.Start;
            var length = token.Length;
            var lower = (token.Flags & (TokenFlags.LowerInitial | TokenFlags.MixedCase)) == TokenFlags.LowerInitial;
            var bits = filter[Filter(length, text[start])] >> (text[start + length - (length > 0 ? 1 : 0)] & 31);
            if ((bits & (lower ? 1u : 0u)) != 0)
            {
                echoes.Look(token, text);
            }
        }

        if (echoes._loweredWords is not null)
        {
            for (var i = 0; i < suspects.Count; i++)
            {
                echoes._echoed[i] |= echoes._hasSurrogate[i] && echoes._loweredWords.Contains(echoes._lowered[i]);
            }
        }

        return echoes._echoed;
    }

    // A token the filter let by (one in fifteen): a lower-case word is looked up in the table. Kept out of the
    // loop over the tokens, so that the loop stays small.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void Look(Token token, string text)
    {
        var start = token.Start;
        var length = token.Length;
        if (!token.IsLowerWord || length == 0)
        {
            return;
        }

        var first = Fold(text[start]);
        var last = Fold(text[start + length - 1]);
        if (first >= 128 || last >= 128)
        {
            MatchOthers(text, start, length);
            return;
        }

        var key = Key(first, Fold(text[start + (length > 1 ? 1 : 0)]), last, length);
        var slot = Hash(key) & _mask;
        while (_slotKeys[slot] != 0)
        {
            if (_slotKeys[slot] == key)
            {
                if (MatchChain(_slotFirst[slot], text, start, length))
                {
                    _slotKeys[slot] = -key;
                }

                return;
            }

            slot = (slot + 1) & _mask;
        }
    }

    // The suspects chained from the first with a key; true when all of them are settled (echoed, and without
    // surrogates, so that no later word can change anything).
    private bool MatchChain(int first, string text, int start, int length)
    {
        var settled = true;
        for (var i = first; i >= 0; i = _next[i])
        {
            Match(i, _lowered[i], text, start, length);
            settled &= _echoed[i] && !_hasSurrogate[i];
        }

        return settled;
    }

    private void MatchOthers(string text, int start, int length)
    {
        if (_others is not null)
        {
            foreach (var i in _others)
            {
                Match(i, _lowered[i], text, start, length);
            }
        }
    }

    private void Match(int suspect, string name, string text, int start, int length)
    {
        if ((_echoed[suspect] && !_hasSurrogate[suspect]) || name.Length != length || !SameFolded(name, text, start))
        {
            return;
        }

        if (_hasSurrogate[suspect])
        {
            (_loweredWords ??= new HashSet<string>(System.StringComparer.Ordinal)).Add(text.Substring(start, length).ToLowerInvariant());
        }
        else
        {
            _echoed[suspect] = true;
        }
    }

    private static bool SameFolded(string name, string text, int start)
    {
        for (var i = 0; i < name.Length; i++)
        {
            if (Fold(text[start + i]) != LowerAscii(name[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAscii(string name)
    {
        foreach (var c in name)
        {
            if (c >= 128)
            {
                return false;
            }
        }

        return true;
    }

    // A name's character as ToLowerInvariant would give it, for a name in ASCII (and the identity on a name
    // already lowered, which holds no capital A to Z).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static char LowerAscii(char c) => c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;

    private static bool HasSurrogate(string name)
    {
        foreach (var c in name)
        {
            if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    // WordSet's fold with its ASCII case written out, so it is inlined: nearly every character read here is ASCII.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static char Fold(char c) => c < 128 ? (c >= 'A' && c <= 'Z' ? (char)(c + 32) : c) : WordSet.FoldChar(c);

    // First, second and last letter and length (capped to keep the key positive): with the second letter, few
    // common words share a key with a suspect ("that" with "Test"), and each that does is read in full every time.
    // A second letter outside ASCII is kept to its low bits, the same for the name and the word that matches it.
    private static int Key(char first, char second, char last, int length) =>
        (System.Math.Min(length, 1023) << 21) | (first << 14) | ((second & 127) << 7) | last;

    // The filter's word for a length and first character (of either case: ASCII capitals and small letters share
    // their low five bits); the last character's low five bits pick the bit.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Filter(int length, char first) => ((length & 15) << 5) | (first & 31);

    // Fibonacci hashing: the high bits of the key times the golden ratio spread neighbouring keys apart.
    private static int Hash(int key) => (int)(unchecked((uint)key * 0x9E3779B1u) >> 16);
}
