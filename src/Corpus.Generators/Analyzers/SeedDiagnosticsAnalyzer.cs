using System;
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
            ReportCorpusProblems(context, snapshot, text, lockModel);
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

    /// <summary>
    /// The corpus builder's problems that point into this file: CORPUS013 in a seed, CORPUS004 in corpus.json,
    /// and one CORPUS020 per removed member at its entry in seeds.lock.json. A CORPUS020 carries the updated lock
    /// text so the code fix (which cannot see the corpus) writes exactly what `corpus lock` would.
    /// </summary>
    private static void ReportCorpusProblems(AdditionalFileAnalysisContext context, CorpusSnapshot snapshot, SourceText? text, LockFile? lockModel = null)
    {
        var path = context.AdditionalFile.Path;
        ImmutableDictionary<string, string?>? lockProperties = null;
        foreach (var problem in snapshot.Corpus.Problems)
        {
            if (!string.Equals(problem.Path, path, StringComparison.Ordinal))
            {
                continue;
            }

            var properties = ImmutableDictionary<string, string?>.Empty;
            if (problem.Problem.Id == DiagnosticIds.LockedMemberRemoved && lockModel is not null)
            {
                properties = lockProperties ??= ImmutableDictionary<string, string?>.Empty
                    .Add(DiagnosticProperties.LockPath, path)
                    .Add(DiagnosticProperties.LockText, LockFileWriter.Write(snapshot.Corpus, lockModel));
            }

            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ForProblem(problem.Problem.Id), ProblemLocation.Create(path, text, problem.Problem.Span), properties, problem.Problem.Message));
        }
    }
}
