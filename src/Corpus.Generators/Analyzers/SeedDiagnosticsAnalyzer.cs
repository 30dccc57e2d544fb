using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Corpus.Extraction;
using Corpus.Extraction.Corpus;
using Corpus.Extraction.Corpus.Lock;
using Corpus.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generators.Analyzers;

/// <summary>
/// Reports what the engine and the corpus builder find in the project's files, each at its file, line and
/// column: seed problems (CORPUS010-013) in the seeds, CORPUS004/005 in corpus.json, CORPUS005/020 in
/// seeds.lock.json. The generator carries no locations, so all of these come from here, as the Roslyn
/// cookbook advises for additional-file diagnostics.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SeedDiagnosticsAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.StaleOverride,
        DiagnosticDescriptors.MalformedConfiguration,
        DiagnosticDescriptors.UnreadableSeed,
        DiagnosticDescriptors.UnclosedQuotation,
        DiagnosticDescriptors.TemplateResidue,
        DiagnosticDescriptors.IdentifierCollision,
        DiagnosticDescriptors.LockedMemberRemoved);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterAdditionalFileAction(AnalyzeFile);
    }

    private static void AnalyzeFile(AdditionalFileAnalysisContext context)
    {
        var snapshot = CorpusSnapshot.Get(context.Options, context.CancellationToken);
        if (!snapshot.Settings.Enabled)
        {
            return;
        }

        var file = context.AdditionalFile;
        if (ReferenceEquals(file, snapshot.OverridesFile) && snapshot.Overrides is { } overrides)
        {
            var text = file.GetText(context.CancellationToken);
            Report(context, file.Path, text, overrides.Problems);
            ReportCorpusProblems(context, snapshot, text);
            return;
        }

        if (ReferenceEquals(file, snapshot.LockFile) && snapshot.Lock is { } lockModel)
        {
            var text = file.GetText(context.CancellationToken);
            Report(context, file.Path, text, lockModel.Problems);
            ReportRemovedMembers(context, snapshot, lockModel, text);
            return;
        }

        foreach (var (seed, model) in snapshot.Seeds)
        {
            if (ReferenceEquals(seed, file))
            {
                var text = file.GetText(context.CancellationToken);
                Report(context, file.Path, text, model.Problems);
                ReportCorpusProblems(context, snapshot, text);
                return;
            }
        }
    }

    private static void Report(AdditionalFileAnalysisContext context, string path, SourceText? text, EquatableArray<Problem> problems)
    {
        foreach (var problem in problems)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ForProblem(problem.Id), ProblemLocation.Create(path, text, problem.Span), problem.Message));
        }
    }

    /// <summary>The corpus builder's problems that point into this file (CORPUS013 in a seed, CORPUS004 in corpus.json).</summary>
    private static void ReportCorpusProblems(AdditionalFileAnalysisContext context, CorpusSnapshot snapshot, SourceText? text)
    {
        var path = context.AdditionalFile.Path;
        foreach (var problem in snapshot.Corpus.Problems)
        {
            // CORPUS020 is reported below, from the tombstones, where each can point at its own lock entry.
            if (string.Equals(problem.Path, path, StringComparison.Ordinal) && problem.Problem.Id != DiagnosticIds.LockedMemberRemoved)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ForProblem(problem.Problem.Id), ProblemLocation.Create(path, text, problem.Problem.Span), problem.Problem.Message));
            }
        }
    }

    /// <summary>
    /// CORPUS020 at each lock entry the seeds no longer hold, carrying the updated lock text so the code fix
    /// (which cannot see the corpus) writes exactly what `corpus lock` would.
    /// </summary>
    private static void ReportRemovedMembers(AdditionalFileAnalysisContext context, CorpusSnapshot snapshot, LockFile lockModel, SourceText? text)
    {
        var tombstones = snapshot.Corpus.Tombstones;
        if (tombstones.IsEmpty)
        {
            return;
        }

        var entries = new Dictionary<(string, string), LockEntry>();
        foreach (var entry in lockModel.Entries)
        {
            entries[(entry.Container, entry.MemberName)] = entry;
        }

        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(DiagnosticProperties.LockPath, context.AdditionalFile.Path)
            .Add(DiagnosticProperties.LockText, LockFileWriter.Write(snapshot.Corpus, lockModel));
        var replacements = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in snapshot.Corpus.Entities)
        {
            replacements[entity.Key] = Containers.Of(entity.Kind) + "." + entity.MemberName;
        }

        foreach (var quote in snapshot.Corpus.Quotes)
        {
            replacements[quote.Key] = Containers.Quotes + "." + quote.MemberName;
        }

        foreach (var tombstone in tombstones)
        {
            var span = entries.TryGetValue((tombstone.Container, tombstone.MemberName), out var entry) && entry.Span is { } found ? found : new SourceSpan(0, 0, 1, 1);
            var member = snapshot.Settings.ClassName + "." + tombstone.Container + "." + tombstone.MemberName;
            var replacement = tombstone.ReplacementKey is not null && replacements.TryGetValue(tombstone.ReplacementKey, out var current)
                ? (tombstone.Forwards ? $"; it now forwards to {snapshot.Settings.ClassName}.{current}" : $"; the closest current member is {snapshot.Settings.ClassName}.{current}")
                : string.Empty;
            var what = tombstone.Container == Containers.Quotes ? "quotation" : "entity";
            var message = $"seeds.lock.json records the {what} '{Shorten(tombstone.Name)}' ({member}), which no seed holds any more{replacement}. It is kept as an [Obsolete] tombstone and each use is CORPUS003; once no code uses it, update the lock file (code fix, or `corpus lock`) to accept the removal.";
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LockedMemberRemoved, ProblemLocation.Create(context.AdditionalFile.Path, text, span), properties, message));
        }
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text.Substring(0, 77) + "...";
}
