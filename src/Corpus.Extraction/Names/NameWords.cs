namespace Corpus.Extraction.Names;

/// <summary>
/// Where the spaces of a name of several words are ("Edwin van der Sar"), and the hashes of the parts that
/// coreference files it under: the first word, the first two, all but the last, the last and (with exactly two
/// spaces) the middle word, each <see cref="WordSet.HashExact"/> of its slice. The hash of a prefix is the running
/// hash where a space starts, so the parts that begin the name are hashed once between them, in one walk up to the
/// last space (found first, from the end). The last and the middle word are hashed when asked: only a person's name
/// is filed under them, and each character is then hashed once, not once for the name and once for its word.
/// </summary>
/// <remarks>
/// The name is not kept: the struct holds integers only, so that making it writes no reference (a checked write
/// barrier's call, as the constructor writes through a reference to the struct); the hashes made when asked take it again.
/// </remarks>
internal readonly struct NameWords
{
    public NameWords(string name)
    {
        var last = name.Length - 1;
        while (last >= 0 && name[last] != ' ')
        {
            last--;
        }

        var first = -1;
        var second = -1;
        var secondLast = -1;
        var thirdLast = -1;
        var spaces = 0;
        var whole = WordSet.FoldedHashSeed; // the hash of the name so far
        var firstWord = 0;
        var firstTwo = 0;
        var seen = -1; // the last space the walk has found
        var end = last < 0 ? name.Length : last + 1; // a name of one word is hashed whole, its first word and its last
        for (var i = 0; i < end; i++)
        {
            var c = name[i];
            if (c == ' ')
            {
                if (spaces == 0)
                {
                    first = i;
                    firstWord = whole & 0x7FFFFFFF;
                }
                else if (spaces == 1)
                {
                    second = i;
                    firstTwo = whole & 0x7FFFFFFF;
                }

                thirdLast = secondLast;
                secondLast = seen;
                seen = i;
                spaces++;
                if (i == last)
                {
                    break; // the hash so far is all but the last word's
                }
            }

            whole = WordSet.HashExactChar(whole, c);
        }

        FirstSpace = first;
        SecondSpace = second;
        LastSpace = last;
        SecondLastSpace = secondLast;
        ThirdLastSpace = thirdLast;
        Spaces = spaces;
        FirstWordHash = spaces == 0 ? whole & 0x7FFFFFFF : firstWord;
        FirstTwoHash = firstTwo;
        AllButLastHash = last < 0 ? 0 : whole & 0x7FFFFFFF;
    }

    /// <summary>The first space (name.IndexOf(' ')), or -1.</summary>
    public int FirstSpace { get; }

    /// <summary>The second space, or -1.</summary>
    public int SecondSpace { get; }

    /// <summary>The last space (name.LastIndexOf(' ')), or -1.</summary>
    public int LastSpace { get; }

    /// <summary>The space before the last, or -1.</summary>
    public int SecondLastSpace { get; }

    /// <summary>The space before that, or -1.</summary>
    public int ThirdLastSpace { get; }

    /// <summary>How many spaces the name has.</summary>
    public int Spaces { get; }

    /// <summary>The hash of the name up to its first space (the whole name without one).</summary>
    public int FirstWordHash { get; }

    /// <summary>The hash of the name up to its second space, when it has one.</summary>
    public int FirstTwoHash { get; }

    /// <summary>The hash of the name up to its last space, when it has one.</summary>
    public int AllButLastHash { get; }

    /// <summary>The hash of <paramref name="name"/> (the one these words are of) after its last space (the whole name without one), hashed when asked.</summary>
    public int LastWordHash(string name) => LastSpace < 0 ? FirstWordHash : WordSet.HashExact(name, LastSpace + 1, name.Length - LastSpace - 1);

    /// <summary>The hash of the word between the two spaces of <paramref name="name"/> (the one these words are of) with exactly two, hashed when asked.</summary>
    public int MiddleHash(string name) => Spaces == 2 ? WordSet.HashExact(name, FirstSpace + 1, SecondSpace - FirstSpace - 1) : 0;
}
