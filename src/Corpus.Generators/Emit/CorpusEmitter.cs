using System;
using System.Collections.Generic;
using Corpus.Extraction;
using Corpus.Extraction.Corpus;
using Corpus.Generators.Models;

namespace Corpus.Generators.Emit;

/// <summary>
/// Writes every generated file for a corpus: the support types, one file per seed and the index. Never throws:
/// if writing the corpus fails, the support types and an empty index are written instead, so the project
/// still compiles and code that uses <c>Seeds.AllEntities</c> keeps working.
/// </summary>
internal static class CorpusEmitter
{
    public static EquatableArray<GeneratedFile> Emit(CorpusSpec spec)
    {
        try
        {
            return EmitCore(spec);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var empty = spec with { Corpus = Empty };
            var files = EmitCore(empty);
            var index = files[files.Count - 1];
            var note = "// The corpus could not be written (" + DocText.Flatten(ex.GetType().Name + ": " + ex.Message, 200) + "); it is empty. Please report the seeds that cause this.\n";
            var list = new List<GeneratedFile>(files);
            list[list.Count - 1] = index with { Text = note + index.Text };
            return list.ToEquatableArray();
        }
    }

    /// <summary>A corpus with nothing in it.</summary>
    public static CorpusModel Empty { get; } = new(
        EquatableArray<CorpusDocument>.Empty,
        EquatableArray<CorpusEntity>.Empty,
        EquatableArray<CorpusQuote>.Empty,
        EquatableArray<CorpusTombstone>.Empty,
        EquatableArray<CorpusProblem>.Empty);

    private static EquatableArray<GeneratedFile> EmitCore(CorpusSpec spec)
    {
        var names = new CorpusNames(spec);
        var corpus = spec.Corpus;
        var files = new List<GeneratedFile> { SupportTypesEmitter.Emit(spec.Options), new(IndexEmitter.RuntimeHintName, IndexEmitter.EmitRuntime(names)) };
        var perDocument = new List<int>[corpus.Documents.Count];
        for (var d = 0; d < perDocument.Length; d++)
        {
            perDocument[d] = new List<int>();
        }

        var homes = new (int Document, int Local)[corpus.Quotes.Count];
        for (var q = 0; q < corpus.Quotes.Count; q++)
        {
            var document = corpus.Quotes[q].Source.Document;
            homes[q] = (document, perDocument[document].Count);
            perDocument[document].Add(q);
        }

        var hints = HintNames.ForDocuments(corpus.Documents.AsList());
        for (var d = 0; d < corpus.Documents.Count; d++)
        {
            files.Add(new GeneratedFile(hints[d], DocumentEmitter.Emit(names, d, perDocument[d])));
        }

        files.Add(new GeneratedFile(IndexEmitter.HintName, IndexEmitter.Emit(names, homes)));
        return files.ToEquatableArray();
    }
}
