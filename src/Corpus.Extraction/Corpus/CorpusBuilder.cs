using System;
using System.Collections.Generic;
using System.Globalization;
using Corpus.Extraction.Corpus.Overrides;

namespace Corpus.Extraction.Corpus;

/// <summary>
/// Turns the per-seed models into the typed corpus: entities merged across seeds, keys and C# member names
/// assigned, collisions resolved deterministically, overrides and the lock file applied. The result depends
/// only on the seeds' paths and texts, never on their order, the culture or the clock.
/// </summary>
public static class CorpusBuilder
{
    /// <summary>Builds the corpus. The order of <paramref name="documents"/> does not matter.</summary>
    public static CorpusModel Build(IReadOnlyList<DocumentModel> documents, CorpusOptions options)
    {
        var problems = new List<CorpusProblem>();
        var ordered = Order(documents, options);
        var models = new DocumentModel[ordered.Count];
        for (var i = 0; i < models.Length; i++)
        {
            models[i] = ordered[i].Model;
        }

        var documentNames = NameDocuments(ordered, options, problems);

        var merged = EntityMerger.FromDocuments(models);
        merged = EntityMerger.Combine(OverrideApplier.AfterMerge(merged, options.Overrides, problems, models));

        var entities = EntityNaming.Name(merged, models, problems);
        var quotes = QuoteNaming.Name(models, entities, problems);

        var sentences = new SentenceTable(models);
        sentences.Use(entities, quotes);
        entities = sentences.Remap(entities);
        quotes = sentences.Remap(quotes);

        var corpusDocuments = new CorpusDocument[models.Length];
        for (var d = 0; d < models.Length; d++)
        {
            var model = models[d];
            corpusDocuments[d] = new CorpusDocument(documentNames[d], model.FileName, ordered[d].RelativePath, model.Sha256, model.Lines, model.Words, sentences.Of(d));
        }

        var tombstones = TombstoneBuilder.Build(options.Lock, entities, quotes, problems);
        problems.Sort(CompareProblems);

        return new CorpusModel(
            new EquatableArray<CorpusDocument>(corpusDocuments),
            entities.ToEquatableArray(),
            quotes.ToEquatableArray(),
            tombstones.ToEquatableArray(),
            problems.ToEquatableArray());
    }

    /// <summary>
    /// The path of a seed relative to <paramref name="projectDirectory"/>, with forward slashes, or its file name
    /// when it is not under that folder (or there is none).
    /// </summary>
    public static string RelativePath(string path, string? projectDirectory)
    {
        var normal = path.Replace('\\', '/');
        if (projectDirectory is { Length: > 0 })
        {
            var root = projectDirectory.Replace('\\', '/');
            if (!root.EndsWith("/", StringComparison.Ordinal))
            {
                root += "/";
            }

            // Windows reports the same folder with either case of drive letter.
            if (normal.Length > root.Length && normal.StartsWith(root, StringComparison.OrdinalIgnoreCase))
            {
                return normal.Substring(root.Length);
            }
        }

        return DocumentExtractor.FileNameOf(normal);
    }

    /// <summary>The C# identifier a seed's file name gives ("000_bf472475e3e9b8da.txt" → Doc000Bf472475e3e9b8da).</summary>
    public static string DocumentMemberName(string fileName)
    {
        var dot = fileName.LastIndexOf('.');
        var stem = dot > 0 ? fileName.Substring(0, dot) : fileName;
        return IdentifierNamer.Pascal(stem, keepCapitals: true, prefix: "Doc", fallback: "Document");
    }

    private static List<(DocumentModel Model, string RelativePath)> Order(IReadOnlyList<DocumentModel> documents, CorpusOptions options)
    {
        var ordered = new List<(DocumentModel Model, string RelativePath)>(documents.Count);
        foreach (var document in documents)
        {
            ordered.Add((OverrideApplier.BeforeMerge(document, options.Overrides), RelativePath(document.Path, options.ProjectDirectory)));
        }

        ordered.Sort((a, b) =>
        {
            var byRelative = string.CompareOrdinal(a.RelativePath, b.RelativePath);
            if (byRelative != 0)
            {
                return byRelative;
            }

            var byPath = string.CompareOrdinal(a.Model.Path, b.Model.Path);
            return byPath != 0 ? byPath : string.CompareOrdinal(a.Model.Sha256, b.Model.Sha256);
        });
        return ordered;
    }

    private static string[] NameDocuments(List<(DocumentModel Model, string RelativePath)> ordered, CorpusOptions options, List<CorpusProblem> problems)
    {
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in options.DocumentNames)
        {
            given[name.Path] = name.MemberName;
        }

        var wanted = new string[ordered.Count];
        var tieBreak = new string[ordered.Count];
        for (var d = 0; d < ordered.Count; d++)
        {
            var model = ordered[d].Model;
            var member = given.TryGetValue(model.Path, out var chosen) && chosen.Trim().Length > 0
                ? (IdentifierNamer.IsValidIdentifier(chosen) ? chosen : IdentifierNamer.Pascal(chosen, keepCapitals: true, prefix: "Doc", fallback: "Document"))
                : DocumentMemberName(model.FileName);
            wanted[d] = IdentifierNamer.IsReserved(member, Containers.Documents) ? member + "Document" : member;
            tieBreak[d] = ordered[d].RelativePath;
        }

        var collisions = new List<UniqueNames.Collision>();
        var names = UniqueNames.Assign(wanted, tieBreak, _ => Array.Empty<string>(), new HashSet<string>(), collisions, StringComparer.Ordinal, string.Empty);
        foreach (var collision in collisions)
        {
            var message = string.Format(
                CultureInfo.InvariantCulture,
                "The seeds '{0}' and '{1}' both map to the identifier {2}.{3}; this one is {2}.{4}. Rename a file or set its CorpusName metadata to choose.",
                ordered[collision.Index].RelativePath,
                collision.Winner >= 0 ? ordered[collision.Winner].RelativePath : collision.Wanted,
                Containers.Documents,
                collision.Wanted,
                collision.Given);
            problems.Add(new CorpusProblem(ordered[collision.Index].Model.Path, new Problem(DiagnosticIds.IdentifierCollision, ProblemSeverity.Info, message, new SourceSpan(0, 0, 1, 1))));
        }

        return names;
    }

    private static int CompareProblems(CorpusProblem a, CorpusProblem b)
    {
        var result = string.CompareOrdinal(a.Path, b.Path);
        if (result == 0)
        {
            result = a.Problem.Span.Start.CompareTo(b.Problem.Span.Start);
        }

        if (result == 0)
        {
            result = string.CompareOrdinal(a.Problem.Id, b.Problem.Id);
        }

        return result != 0 ? result : string.CompareOrdinal(a.Problem.Message, b.Problem.Message);
    }
}
