using System;
using System.Collections.Generic;
using Corpus.Extraction.Names;
using Corpus.Extraction.Quotes;
using Corpus.Extraction.Text;

namespace Corpus.Extraction;

/// <summary>
/// The engine's front door: reads one seed's text into a <see cref="DocumentModel"/>. Pure, deterministic,
/// culture-invariant, and safe on any input: a text it cannot use becomes a CORPUS010 problem, never an exception.
/// </summary>
public static class DocumentExtractor
{
    /// <summary>Seeds larger than this many UTF-16 code units are skipped with CORPUS010.</summary>
    public const int MaxCharacters = 16 * 1024 * 1024;

    /// <summary>Reads <paramref name="text"/> (already decoded; null when the file could not be read).</summary>
    /// <param name="path">The seed's path, as the caller knows it; only its file name is used for naming.</param>
    /// <param name="text">The decoded text, without a BOM, or null.</param>
    public static DocumentModel Extract(string path, string? text)
    {
        // A null text (an unreadable file) is not cached: there is nothing to key it by.
        var key = text is null ? (ExtractionCache.Key?)null : new ExtractionCache.Key(path, text);
        var cached = key is { } probe ? ExtractionCache.TryGet(probe) : null;
        if (cached is not null)
        {
            return cached;
        }

        var model = ExtractUncached(path, text);
        if (key is { } entry)
        {
            ExtractionCache.Add(entry, model);
        }

        return model;
    }

    /// <summary>
    /// Reads the text without asking or filling the shared cache: what one extraction costs (the benchmarks), with
    /// the same guarantee as <see cref="Extract"/> that a defect becomes a CORPUS010 problem, never an exception.
    /// </summary>
    internal static DocumentModel ExtractUncached(string path, string? text)
    {
        try
        {
            return ExtractCore(path, text);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Never crash the compiler: an engine defect on some input is reported at the top of the seed.
            return Unreadable(path, text ?? string.Empty, $"The corpus engine failed on this seed ({ex.GetType().Name}: {ex.Message}); it was skipped. Please report the seed that causes this.");
        }
    }

    private static DocumentModel ExtractCore(string path, string? text)
    {
        if (text is null)
        {
            return Unreadable(path, string.Empty, "The seed could not be read; check that the file exists and is readable.");
        }

        var unreadable = Readability.Check(text);
        if (unreadable is not null)
        {
            return Unreadable(path, text, unreadable);
        }

        var map = new LineMap(text);
        var problems = new List<Problem>();

        // Spin or template residue ("{that a}") is reported, then read as the braces' content; the braces become
        // spaces so every offset still points into the seed as written.
        var working = TemplateResidue.Neutralise(text, map, problems);

        var sentences = SentenceSplitter.Split(working);
        // The quotation stage reads the tables the entity stage made for the mentions, which are the thread's scratch
        // until its next entity extraction: nothing runs between the two.
        var entities = EntityExtractor.Extract(working, sentences, map, out var mentions);
        var quotes = QuoteExtractor.Extract(working, sentences, entities, map, problems, mentions);

        problems.Sort((a, b) => a.Span.Start != b.Span.Start
            ? a.Span.Start.CompareTo(b.Span.Start)
            : string.CompareOrdinal(a.Id, b.Id));

        return new DocumentModel(
            path,
            FileNameOf(path),
            TextFacts.Sha256(text),
            map.LineCount,
            TextFacts.CountWords(text),
            Readable: true,
            new EquatableArray<Sentence>(sentences),
            new EquatableArray<EntityInfo>(entities),
            new EquatableArray<QuoteInfo>(quotes),
            new EquatableArray<Problem>(problems.ToArray()),
            map.LineStarts);
    }

    private static DocumentModel Unreadable(string path, string text, string message)
    {
        var problem = new Problem(DiagnosticIds.UnreadableSeed, ProblemSeverity.Warning, message, new SourceSpan(0, 0, 1, 1));
        return new DocumentModel(
            path,
            FileNameOf(path),
            TextFacts.Sha256(text),
            Lines: 0,
            Words: 0,
            Readable: false,
            EquatableArray<Sentence>.Empty,
            EquatableArray<EntityInfo>.Empty,
            EquatableArray<QuoteInfo>.Empty,
            new EquatableArray<Problem>(new[] { problem }),
            EquatableArray<int>.Empty);
    }

    /// <summary>The file name of <paramref name="path"/>, with either kind of separator.</summary>
    public static string FileNameOf(string path)
    {
        var cut = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return cut >= 0 ? path.Substring(cut + 1) : path;
    }
}
