using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using Corpus.Extraction;
using Corpus.Extraction.Corpus;
using Corpus.Extraction.Corpus.Lock;
using Corpus.Extraction.Corpus.Overrides;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generators.Analyzers;

/// <summary>
/// The corpus as the analyzers see it: every seed AdditionalFile extracted (one extraction per content, shared
/// with the generator through the engine's cache), corpus.json and seeds.lock.json read, and the corpus built
/// by the same <see cref="CorpusBuilder"/> the generator uses. Built once per set of analyzer options; the
/// corpus itself is shared between compilations whose files have the same paths and contents.
/// </summary>
internal sealed class CorpusSnapshot
{
    private const int RecentCapacity = 4;
    private static readonly ConditionalWeakTable<AnalyzerOptions, CorpusSnapshot> PerOptions = new();
    private static readonly object Gate = new();
    private static readonly LinkedList<(string Fingerprint, Built Data)> Recent = new();

    private CorpusSnapshot(
        CorpusSettings settings,
        IReadOnlyList<(AdditionalText File, DocumentModel Model)> seeds,
        AdditionalText? overridesFile,
        AdditionalText? lockFile,
        Built data)
    {
        Settings = settings;
        Seeds = seeds;
        OverridesFile = overridesFile;
        Overrides = data.Overrides;
        LockFile = lockFile;
        Lock = data.Lock;
        Corpus = data.Corpus;
        Index = data.Index;
    }

    /// <summary>The MSBuild settings.</summary>
    public CorpusSettings Settings { get; }

    /// <summary>Each seed file with its model.</summary>
    public IReadOnlyList<(AdditionalText File, DocumentModel Model)> Seeds { get; }

    /// <summary>corpus.json, when the project has one.</summary>
    public AdditionalText? OverridesFile { get; }

    /// <summary>The parsed corpus.json, or null.</summary>
    public CorpusOverrides? Overrides { get; }

    /// <summary>seeds.lock.json, when the project has one.</summary>
    public AdditionalText? LockFile { get; }

    /// <summary>The parsed seeds.lock.json, or null.</summary>
    public LockFile? Lock { get; }

    /// <summary>The built corpus.</summary>
    public CorpusModel Corpus { get; }

    /// <summary>Lookup tables over <see cref="Corpus"/>.</summary>
    public CorpusIndex Index { get; }

    /// <summary>The snapshot for <paramref name="options"/>, built on first use.</summary>
    public static CorpusSnapshot Get(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        if (PerOptions.TryGetValue(options, out var known))
        {
            return known;
        }

        var built = Build(options, cancellationToken);
        lock (Gate)
        {
            if (PerOptions.TryGetValue(options, out known))
            {
                return known;
            }

            PerOptions.Add(options, built);
            return built;
        }
    }

    private static CorpusSnapshot Build(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var provider = options.AnalyzerConfigOptionsProvider;
        var settings = CorpusSettings.Read(provider);
        var seeds = new List<(AdditionalText File, DocumentModel Model)>();
        AdditionalText? overridesFile = null;
        AdditionalText? lockFile = null;
        foreach (var file in options.AdditionalFiles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!settings.Enabled)
            {
                break;
            }

            var name = DocumentExtractor.FileNameOf(file.Path);
            if (string.Equals(name, ConfigurationFiles.OverridesFileName, StringComparison.OrdinalIgnoreCase))
            {
                overridesFile = First(overridesFile, file);
            }
            else if (string.Equals(name, ConfigurationFiles.LockFileName, StringComparison.OrdinalIgnoreCase))
            {
                lockFile = First(lockFile, file);
            }
            else if (settings.IsSeed(file, provider))
            {
                seeds.Add((file, DocumentExtractor.Extract(file.Path, file.GetText(cancellationToken)?.ToString())));
            }
        }

        seeds.Sort(static (a, b) => string.CompareOrdinal(a.File.Path, b.File.Path));
        var overridesText = overridesFile?.GetText(cancellationToken)?.ToString();
        var lockText = lockFile?.GetText(cancellationToken)?.ToString();
        var fingerprint = Fingerprint(settings, provider, seeds, overridesFile, overridesText, lockFile, lockText);
        lock (Gate)
        {
            for (var node = Recent.First; node is not null; node = node.Next)
            {
                if (string.Equals(node.Value.Fingerprint, fingerprint, StringComparison.Ordinal))
                {
                    Recent.Remove(node);
                    Recent.AddFirst(node);
                    return new CorpusSnapshot(settings, seeds, overridesFile, lockFile, node.Value.Data);
                }
            }
        }

        var overrides = overridesFile is null ? null : CorpusOverridesReader.Read(overridesFile.Path, overridesText);
        var lockModel = lockFile is null ? null : LockFileReader.Read(lockFile.Path, lockText);
        var models = new List<DocumentModel>(seeds.Count);
        var names = new List<DocumentName>();
        foreach (var seed in seeds)
        {
            models.Add(seed.Model);
            if (CorpusSettings.DocumentName(seed.File, provider) is { } given)
            {
                names.Add(new DocumentName(seed.File.Path, given));
            }
        }

        CorpusModel corpus;
        try
        {
            corpus = CorpusBuilder.Build(models, new CorpusOptions(settings.ProjectDirectory, overrides, lockModel) { DocumentNames = names.ToEquatableArray() });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Never take the compiler down with the corpus: an empty corpus reports nothing about user code.
            corpus = new CorpusModel(EquatableArray<CorpusDocument>.Empty, EquatableArray<CorpusEntity>.Empty, EquatableArray<CorpusQuote>.Empty, EquatableArray<CorpusTombstone>.Empty, EquatableArray<CorpusProblem>.Empty);
        }

        var data = new Built(overrides, lockModel, corpus, new CorpusIndex(corpus, models));
        lock (Gate)
        {
            Recent.AddFirst((fingerprint, data));
            while (Recent.Count > RecentCapacity)
            {
                Recent.RemoveLast();
            }
        }

        return new CorpusSnapshot(settings, seeds, overridesFile, lockFile, data);
    }

    /// <summary>Of two files with the same name, the first by path (ordinal), as the generator chooses.</summary>
    private static AdditionalText First(AdditionalText? current, AdditionalText candidate)
        => current is null || string.CompareOrdinal(candidate.Path, current.Path) < 0 ? candidate : current;

    private static string Fingerprint(CorpusSettings settings, AnalyzerConfigOptionsProvider provider, List<(AdditionalText File, DocumentModel Model)> seeds, AdditionalText? overridesFile, string? overridesText, AdditionalText? lockFile, string? lockText)
    {
        var builder = new StringBuilder();
        builder.Append(settings.ProjectDirectory).Append('\0');
        foreach (var seed in seeds)
        {
            builder.Append(seed.File.Path).Append('\u0001').Append(seed.Model.Sha256).Append('\u0001').Append(CorpusSettings.DocumentName(seed.File, provider)).Append('\0');
        }

        builder.Append(overridesFile?.Path).Append('\u0001').Append(overridesText).Append('\0');
        builder.Append(lockFile?.Path).Append('\u0001').Append(lockText);
        return builder.ToString();
    }

    /// <summary>What depends only on the files' contents, shared between compilations.</summary>
    private sealed record Built(CorpusOverrides? Overrides, LockFile? Lock, CorpusModel Corpus, CorpusIndex Index);
}
