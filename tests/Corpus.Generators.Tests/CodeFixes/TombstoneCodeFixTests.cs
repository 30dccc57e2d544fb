using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Corpus.Extraction;
using Corpus.Extraction.Corpus;
using Corpus.Extraction.Corpus.Lock;
using Corpus.Generators.Analyzers;
using Corpus.Generators.CodeFixes;
using Corpus.Generators.Tests.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Corpus.Generators.Tests.CodeFixes;

/// <summary>The CORPUS003 fix on a tombstone use, with the real generator writing the tombstone.</summary>
public class TombstoneCodeFixTests
{
    private sealed class WithGenerator : CSharpCodeFixTest<StaleReferenceAnalyzer, StaleReferenceCodeFixProvider, DefaultVerifier>
    {
        protected override IEnumerable<Type> GetSourceGenerators() => new[] { typeof(CorpusGenerator) };
    }

    [Fact]
    public async Task A_use_of_a_renamed_entity_moves_to_its_closest_current_member()
    {
        // The lock remembers "Mei Tanake", a spelling the seed has since corrected.
        var misspelt = new CorpusEntity("mei-tanake", "Mei Tanake", EntityKind.Person, null, null, null, default, default, "MeiTanake");
        var locked = LockFileWriter.Write(new CorpusModel(default, new EquatableArray<CorpusEntity>(new[] { misspelt }), default, default, default), null);
        var test = new WithGenerator
        {
            ReferenceAssemblies = CorpusTestState.NoPackages,
            TestCode = "class C { object M() => {|#0:Corpus.Seeds.People.MeiTanake|}; }",
            FixedCode = "class C { object M() => Corpus.Seeds.People.MeiTanaka; }",
            CompilerDiagnostics = CompilerDiagnostics.None,
        };
        test.TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        CorpusTestState.AddCorpus(test.TestState, withApi: false);
        test.TestState.AdditionalFiles.Add(("/0/seeds.lock.json", locked));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CORPUS003", DiagnosticSeverity.Warning).WithLocation(0));

        await test.RunAsync();
    }
}
