using System.Collections.Generic;

namespace Corpus.Extraction;

/// <summary>
/// One extraction per seed content: the generator, the analyzer and the code fixes run in one process and
/// ask for the same seeds, so results are shared by path and text. Bounded, so an IDE session that sees
/// many edits does not grow without end (entries and total characters are both capped).
/// </summary>
internal static class ExtractionCache
{
    private const int Capacity = 4096;
    private const long MaxCharacters = 64L * 1024 * 1024;
    private static readonly object Gate = new();
    private static readonly Dictionary<(string Path, string Text), LinkedListNode<(string Path, string Text, DocumentModel Model)>> Index = new();
    private static readonly LinkedList<(string Path, string Text, DocumentModel Model)> Order = new();
    private static long _characters;

    public static DocumentModel? TryGet(string path, string? text)
    {
        if (text is null)
        {
            return null;
        }

        lock (Gate)
        {
            if (!Index.TryGetValue((path, text), out var node))
            {
                return null;
            }

            Order.Remove(node);
            Order.AddFirst(node);
            return node.Value.Model;
        }
    }

    public static void Add(string path, string? text, DocumentModel model)
    {
        if (text is null)
        {
            return;
        }

        lock (Gate)
        {
            if (Index.ContainsKey((path, text)))
            {
                return;
            }

            var node = Order.AddFirst((path, text, model));
            Index[(path, text)] = node;
            _characters += text.Length;
            while (Order.Count > Capacity || (_characters > MaxCharacters && Order.Count > 1))
            {
                var last = Order.Last!;
                Order.RemoveLast();
                Index.Remove((last.Value.Path, last.Value.Text));
                _characters -= last.Value.Text.Length;
            }
        }
    }
}
