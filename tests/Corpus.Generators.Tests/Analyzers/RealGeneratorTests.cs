using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Corpus.Extraction;
using Corpus.Extraction.Corpus;
using Corpus.Extraction.Corpus.Lock;
using Corpus.Extraction.Corpus.Overrides;
using Corpus.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Corpus.Generators.Tests.Analyzers;

/// <summary>
/// The analyzers against the real generator's output rather than a stand-in: what a consumer of the package
/// sees. The seed's entities come from corpus.json "add" overrides, so these tests do not depend on how the
/// name engine reads the text.
/// </summary>
public class RealGeneratorTests
{
    [Fact]
    public async Task A_misspelt_lookup_is_CORPUS001_and_a_known_one_CORPUS002()
    {
        const string source = """
            class C
            {
                object A() => Corpus.Seeds.Entity({|#0:"Mei Tanka"|});
                object B() => {|#1:Corpus.Seeds.Entity("Northwind Analytics")|};
            }
            """;
        var test = new WithGenerator<LookupAnalyzer>(source);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CORPUS001", DiagnosticSeverity.Warning).WithLocation(0).WithArguments("Mei Tanka", "did you mean 'Mei Tanaka'?"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CORPUS002", DiagnosticSeverity.Info).WithLocation(1).WithArguments("Northwind Analytics", "Seeds.Organizations.NorthwindAnalytics"));

        await test.RunAsync();
    }

    [Fact]
    public async Task After_a_seed_edit_a_locked_member_still_compiles_and_its_use_is_CORPUS003()
    {
        // Lock a corpus that also held Oscar Vance; the seeds no longer name him.
        var document = DocumentExtractor.Extract("/0/seeds/old.txt", CorpusTestState.Seed + "Oscar Vance, a former partner, left in May.\n");
        var overrides = CorpusOverridesReader.Read("/0/corpus.json", CorpusTestState.Overrides.Replace("\"entities\": [", "\"entities\": [\n    { \"name\": \"Oscar Vance\", \"add\": true, \"kind\": \"Person\" },", StringComparison.Ordinal));
        var locked = LockFileWriter.Write(CorpusBuilder.Build(new[] { document }, new CorpusOptions(null, overrides, null)), null);
        Assert.Contains("\"member\": \"OscarVance\"", locked, StringComparison.Ordinal);
        const string source = """
            class C
            {
                object A() => {|#0:Corpus.Seeds.People.OscarVance|};
                object B() => Corpus.Seeds.People.MeiTanaka;
            }
            """;
        var test = new WithGenerator<StaleReferenceAnalyzer>(source);
        test.TestState.AdditionalFiles.Add(("/0/seeds.lock.json", locked));
        test.CompilerDiagnostics = CompilerDiagnostics.None;
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CORPUS003", DiagnosticSeverity.Warning).WithLocation(0));

        await test.RunAsync();
    }
}
