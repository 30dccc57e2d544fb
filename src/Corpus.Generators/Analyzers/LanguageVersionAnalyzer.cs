using System.Collections.Immutable;
using Corpus.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generators.Analyzers;

/// <summary>
/// CORPUS006, once per compilation: the project compiles with a C# version older than 9, so the generator
/// emitted nothing. Without this a netstandard2.0 project on its default C# 7.3 would see either a wall of
/// errors inside generated files or, now that the generator stays silent, only "Seeds does not exist".
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LanguageVersionAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.LanguageVersionTooOld);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationAction(AnalyzeCompilation);
    }

    private static void AnalyzeCompilation(CompilationAnalysisContext context)
    {
        if (context.Compilation is not CSharpCompilation compilation
            || CorpusGenerator.SupportsLanguageVersion(compilation.LanguageVersion)
            || !CorpusSettings.Read(context.Options.AnalyzerConfigOptionsProvider).Enabled)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LanguageVersionTooOld, Location.None, compilation.LanguageVersion.ToDisplayString()));
    }
}
