using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Corpus.Generators.Tests.Analyzers;

/// <summary>
/// An analyzer test that runs the real <see cref="CorpusGenerator"/> over the test corpus (no stand-in API), at
/// the C# version a consumer project would compile with.
/// </summary>
internal sealed class WithGenerator<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public WithGenerator(string source, LanguageVersion languageVersion = LanguageVersion.Latest)
    {
        LanguageVersion = languageVersion;
        ReferenceAssemblies = CorpusTestState.NoPackages;
        TestCode = source;
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        CorpusTestState.AddCorpus(TestState, withApi: false);
    }

    /// <summary>The consumer's C# version.</summary>
    public LanguageVersion LanguageVersion { get; }

    protected override IEnumerable<Type> GetSourceGenerators() => new[] { typeof(CorpusGenerator) };

    protected override ParseOptions CreateParseOptions() => ((CSharpParseOptions)base.CreateParseOptions()).WithLanguageVersion(LanguageVersion);
}
