using System;
using System.Collections.Generic;
using Corpus.Extraction.Text;

namespace Corpus.Extraction;

/// <summary>
/// One extraction per seed content: the generator, the analyzer and the code fixes run in one process and
/// ask for the same seeds, so results are shared by path and text. Bounded, so an IDE session that sees
/// many edits does not grow without end (entries and total characters are both capped).
/// </summary>
internal static class ExtractionCache
{
    private const int Capacity = 4096;
    // A model takes several times the memory of its text, so 16M characters of text is already a large heap share.
    private const long MaxCharacters = 16L * 1024 * 1024;
    private static readonly object Gate = new();
    private static readonly Dictionary<Key, LinkedListNode<(Key Key, DocumentModel Model)>> Index = new();
    private static readonly LinkedList<(Key Key, DocumentModel Model)> Order = new();
    private static long _characters;

    /// <summary>
    /// The cache key of a seed, with its hash computed once: hashing a 64 KB text costs as much as a fair part of
    /// reading it, and a look-up, an insertion and an eviction would otherwise each hash it again.
    /// </summary>
    public readonly struct Key : IEquatable<Key>
    {
        private readonly int _hash;

        public Key(string path, string text)
        {
            Path = path;
            Text = text;
            // The text's SHA-256, which its model holds anyway (the extraction reuses it), stands for the text: hashing
            // the text itself cost as much again.
            _hash = unchecked((StringComparer.Ordinal.GetHashCode(path) * 31) + StringComparer.Ordinal.GetHashCode(TextFacts.Sha256(text)));
        }

        public string Path { get; }

        public string Text { get; }

        public bool Equals(Key other) =>
            _hash == other._hash && string.Equals(Path, other.Path, StringComparison.Ordinal) && string.Equals(Text, other.Text, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode() => _hash;
    }

    /// <summary>The cached model for <paramref name="key"/>, or null.</summary>
    public static DocumentModel? TryGet(Key key)
    {
        lock (Gate)
        {
            if (!Index.TryGetValue(key, out var node))
            {
                return null;
            }

            Order.Remove(node);
            Order.AddFirst(node);
            return node.Value.Model;
        }
    }

    public static void Add(Key key, DocumentModel model)
    {
        lock (Gate)
        {
            if (Index.ContainsKey(key))
            {
                return;
            }

            var node = Order.AddFirst((key, model));
            Index[key] = node;
            _characters += key.Text.Length;
            while (Order.Count > Capacity || (_characters > MaxCharacters && Order.Count > 1))
            {
                var last = Order.Last!;
                Order.RemoveLast();
                Index.Remove(last.Value.Key);
                _characters -= last.Value.Key.Text.Length;
            }
        }
    }
}
