using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Corpus.Benchmarks;

/// <summary>
/// The benchmark input: real English text from bench/data (see bench/get-fortunes.sh), cut into documents of at
/// most 64 KiB at blank lines or fortune separators, about 1 MiB in all. Deterministic: files in ordinal order.
/// </summary>
internal static class BenchData
{
    public const int TargetBytes = 1024 * 1024;
    private const int DocumentChars = 64 * 1024;

    private static readonly Lazy<IReadOnlyList<string>> LazyDocuments = new(Load);

    /// <summary>The documents.</summary>
    public static IReadOnlyList<string> Documents => LazyDocuments.Value;

    /// <summary>Their size in UTF-8 bytes, for MB/s.</summary>
    public static long Utf8Bytes => Documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d));

    /// <summary>The repository root (the folder with Corpus.Generators.sln).</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Corpus.Generators.sln")))
            {
                return folder.FullName;
            }
        }

        // BenchmarkDotNet runs each benchmark from a generated project under bin/; the working folder is the fallback.
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Corpus.Generators.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }

    private static IReadOnlyList<string> Load()
    {
        var data = Path.Combine(RepositoryRoot(), "bench", "data");
        var files = Directory.Exists(data)
            ? Directory.GetFiles(data, "*.txt", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToArray()
            : Array.Empty<string>();
        if (files.Length == 0)
        {
            throw new InvalidOperationException("No text in bench/data: run `bash bench/get-fortunes.sh` first.");
        }

        var documents = new List<string>();
        long total = 0;
        while (total < TargetBytes)
        {
            foreach (var file in files)
            {
                foreach (var document in Split(File.ReadAllText(file, Encoding.UTF8)))
                {
                    documents.Add(document);
                    total += Encoding.UTF8.GetByteCount(document);
                    if (total >= TargetBytes)
                    {
                        return documents;
                    }
                }
            }
        }

        return documents;
    }

    // Cut at a line break before the limit, so every document is whole lines of real text.
    private static IEnumerable<string> Split(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = Math.Min(text.Length, start + DocumentChars);
            if (end < text.Length)
            {
                var lineBreak = text.LastIndexOf('\n', end - 1, end - start);
                if (lineBreak > start)
                {
                    end = lineBreak + 1;
                }
            }

            yield return text.Substring(start, end - start);
            start = end;
        }
    }
}
