using System;
using System.IO;
using System.Linq;
using System.Text;

namespace Corpus.Extraction.Tests;

/// <summary>
/// A seed may be any piece of text: a paste that starts mid-sentence, a line cut off after "at", a headline alone. The
/// rules read the words around each name, and a name at a text's edge has none on one side; the engine must read every
/// such piece (an engine error skips the whole seed with CORPUS010). The pieces are cut, with a fixed seed, from the
/// test articles at word and bracket boundaries, sometimes shouted or lower-cased, sometimes with a word the rules look
/// for glued before or after ("at ", " index", "3-1 at "), so a failure names a reproducible piece.
/// </summary>
public sealed class FragmentTests
{
    private static readonly string[] Openers = { "at ", "The ", "(", ", ", "- ", "\"", "of ", "3-1 at ", "said ", "its ", "away at " };

    private static readonly string[] Closers = { ".", " (", " -", "'s", ",", "\n", " at", " of", " and", " index", " \"", " 3-1", " by" };

    [Theory]
    [InlineData("Wire")]
    [InlineData("Wire2")]
    [InlineData("Wire32")]
    [InlineData("HeldOut")]
    public void Every_piece_of_an_article_is_read(string folder)
    {
        var texts = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Data", folder), "*.txt")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();
        var random = new XorShift(0x5eed + (uint)folder.Length);

        for (var i = 0; i < 1500; i++)
        {
            var piece = Cut(texts[random.Next(texts.Length)], random);
            if (piece.Trim().Length == 0)
            {
                continue;
            }

            // A fresh path each time: the content cache would answer a piece seen before.
            var model = DocumentExtractor.Extract($"fragments/{folder}/{i}.txt", piece);

            Assert.True(model.Readable, $"piece {i} of {folder} was not read: {model.Problems.FirstOrDefault()?.Message}\n---\n{piece}\n---");
        }
    }

    private static string Cut(string text, XorShift random)
    {
        var start = Boundary(text, random.Next(text.Length));
        var length = new[] { 2, 5, 12, 40, 120, 600 }[random.Next(6)];
        var end = Boundary(text, Math.Min(text.Length, start + length));
        var piece = new StringBuilder(text, start, Math.Max(0, end - start), end - start + 16);

        switch (random.Next(10))
        {
            case 0:
            case 1:
                piece = new StringBuilder(piece.ToString().ToUpperInvariant());
                break;
            case 2:
                piece = new StringBuilder(piece.ToString().ToLowerInvariant());
                break;
        }

        if (random.Next(4) == 0)
        {
            piece.Insert(0, Openers[random.Next(Openers.Length)]);
        }

        if (random.Next(3) == 0)
        {
            piece.Append(Closers[random.Next(Closers.Length)]);
        }

        return piece.ToString();
    }

    // The next place at or after i where a word or a bracket starts (or the text ends).
    private static int Boundary(string text, int i)
    {
        while (i < text.Length && i > 0 && !(char.IsLetterOrDigit(text[i]) && !char.IsLetterOrDigit(text[i - 1])) && text[i] != '(' && text[i] != '"')
        {
            i++;
        }

        return i;
    }

    // Marsaglia's xorshift32: the same pieces on every runtime, unlike System.Random's unspecified algorithm.
    private sealed class XorShift
    {
        private uint _state;

        public XorShift(uint seed) => _state = seed == 0 ? 1 : seed;

        public int Next(int bound)
        {
            _state ^= _state << 13;
            _state ^= _state >> 17;
            _state ^= _state << 5;
            return (int)(_state % (uint)bound);
        }
    }
}
