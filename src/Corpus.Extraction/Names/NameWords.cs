namespace Corpus.Extraction.Names;

/// <summary>
/// Where the spaces of a name of several words are ("Edwin van der Sar"), and the hashes of the parts that
/// coreference files it under, taken in one pass over its characters: the first word, the first two, all but the
/// last, the last and (with exactly two spaces) the middle word, each <see cref="WordSet.HashExact"/> of its slice.
/// The hash of a prefix is the running hash where a space starts, so the parts that begin the name are hashed once
/// between them, and the searches for the spaces that found each one in turn are one walk.
/// </summary>
internal readonly struct NameWords
{
    public NameWords(string name)
    {
        var first = -1;
        var second = -1;
        var last = -1;
        var secondLast = -1;
        var thirdLast = -1;
        var spaces = 0;
        var whole = WordSet.FoldedHashSeed; // the hash of the name so far
        var word = WordSet.FoldedHashSeed; // the hash of the word so far
        var firstWord = 0;
        var firstTwo = 0;
        var allButLast = 0;
        var middle = 0;
        for (var i = 0; i < name.Length; i++)
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
                    middle = word & 0x7FFFFFFF;
                }

                thirdLast = secondLast;
                secondLast = last;
                last = i;
                allButLast = whole & 0x7FFFFFFF;
                spaces++;
                word = WordSet.FoldedHashSeed;
            }
            else
            {
                word = WordSet.HashExactChar(word, c);
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
        AllButLastHash = allButLast;
        LastWordHash = word & 0x7FFFFFFF;
        MiddleHash = spaces == 2 ? middle : 0;
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

    /// <summary>The hash of the name after its last space (the whole name without one).</summary>
    public int LastWordHash { get; }

    /// <summary>The hash of the word between the two spaces of a name with exactly two.</summary>
    public int MiddleHash { get; }
}
