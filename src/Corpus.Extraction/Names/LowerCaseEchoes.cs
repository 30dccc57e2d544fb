using System.Collections.Generic;

namespace Corpus.Extraction.Names;

/// <summary>
/// Which suspect names a seed also writes in lower case ("Sheep have long been known ..." and "... transmitted
/// to sheep"), found in one pass over the tokens. The suspects are a few capitalised words and the lower-case
/// words are most of the seed, so a word is looked up by its first, second and last letters and length in a
/// small table of those the suspects have, and read in full only when a suspect shares all four: no word is hashed.
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
    // The names (lowered, or in ASCII as written: see LowerAscii) whose first and last characters are ASCII, sorted by Key (first letter, last letter,
    // length), with the index of the suspect each belongs to.
    private readonly int[] _keys;
    private readonly string[] _names;
    private readonly int[] _suspectOf;

    // An open-addressed table from a key to the first of its names in _keys (a key is never 0). It is kept at
    // most a sixteenth full, so nearly every word that matches no key ("the", when "Tune" is a suspect) stops at
    // an empty slot at once, and the test is one the processor predicts well. A key whose names are all echoed
    // is retired (stored negated), so a common word ("will" for "Will") stops costing a comparison.
    private readonly int[] _slotKeys;
    private readonly int[] _slotFirst;
    private readonly int _mask;

    // Names that start or end with a character outside ASCII ("élan", "Łódź"): rare, so read one by one.
    private readonly List<int>? _others;

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
        var keys = new List<int>(suspects.Count);
        var order = new List<int>(suspects.Count);
        for (var i = 0; i < suspects.Count; i++)
        {
            // A name in ASCII is kept as written and lowered as it is read (LowerAscii): lowering thousands of
            // names into new strings cost more than the pass over the tokens.
            var name = suspects[i].Name;
            if (!IsAscii(name))
            {
                name = name.ToLowerInvariant();
            }

            _lowered[i] = name;
            _hasSurrogate[i] = HasSurrogate(name);
            if (name.Length == 0)
            {
                continue;
            }

            var first = LowerAscii(name[0]);
            var last = LowerAscii(name[name.Length - 1]);
            if (first < 128 && last < 128)
            {
                keys.Add(Key(first, LowerAscii(name[name.Length > 1 ? 1 : 0]), last, name.Length));
                order.Add(i);
            }
            else
            {
                (_others ??= new List<int>()).Add(i);
            }
        }

        _keys = keys.ToArray();
        _suspectOf = order.ToArray();
        System.Array.Sort(_keys, _suspectOf);
        _names = new string[_keys.Length];
        for (var j = 0; j < _names.Length; j++)
        {
            _names[j] = _lowered[_suspectOf[j]];
        }

        var size = 256;
        while (size < _keys.Length * 16)
        {
            size <<= 1;
        }

        _slotKeys = new int[size];
        _slotFirst = new int[size];
        _mask = size - 1;
        for (var j = 0; j < _keys.Length; j++)
        {
            if (j > 0 && _keys[j] == _keys[j - 1])
            {
                continue;
            }

            var slot = Hash(_keys[j]) & _mask;
            while (_slotKeys[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slotKeys[slot] = _keys[j];
            _slotFirst[slot] = j;
        }
    }

    /// <summary>For each of the <paramref name="suspects"/>, whether the seed also writes its name as a lower-case word.</summary>
    public static bool[] Find(TokenView view, List<EntityGroup> suspects)
    {
        var echoes = new LowerCaseEchoes(suspects);
        var tokens = view.Tokens;
        var text = view.Text;
        var slotKeys = echoes._slotKeys;
        var mask = echoes._mask;
        for (var k = 0; k < tokens.Length; k++)
        {
            // The token read once: most are settled by its flags alone.
            var token = tokens[k];
            if (!token.IsLowerWord || token.Length == 0)
            {
                continue;
            }

            var start = token.Start;
            var length = token.Length;
            var first = Fold(text[start]);
            var last = Fold(text[start + length - 1]);
            if (first >= 128 || last >= 128)
            {
                echoes.MatchOthers(text, start, length);
                continue;
            }

            // Most words stop here, at an empty slot.
            var key = Key(first, Fold(text[start + (length > 1 ? 1 : 0)]), last, length);
            var slot = Hash(key) & mask;
            while (slotKeys[slot] != 0)
            {
                if (slotKeys[slot] == key)
                {
                    if (echoes.MatchRun(echoes._slotFirst[slot], text, start, length))
                    {
                        slotKeys[slot] = -key;
                    }

                    break;
                }

                slot = (slot + 1) & mask;
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

    // The names from _keys[from] on that share its key; true when all of them are settled (echoed, and
    // without surrogates, so that no later word can change anything).
    private bool MatchRun(int from, string text, int start, int length)
    {
        var settled = true;
        for (var j = from; j < _keys.Length && _keys[j] == _keys[from]; j++)
        {
            Match(_suspectOf[j], _names[j], text, start, length);
            settled &= _echoed[_suspectOf[j]] && !_hasSurrogate[_suspectOf[j]];
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

    // Fibonacci hashing: the high bits of the key times the golden ratio spread neighbouring keys apart.
    private static int Hash(int key) => (int)(unchecked((uint)key * 0x9E3779B1u) >> 16);
}
