using System.Threading.Tasks;
using Corpus.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Corpus.Generators.Tests.Analyzers;

public class StaleReferenceAnalyzerTests
{
    private static CSharpAnalyzerTest<StaleReferenceAnalyzer, DefaultVerifier> Test(string source) => CorpusTestState.Analyzer<StaleReferenceAnalyzer>(source);

    private static DiagnosticResult Stale(int markup) => new DiagnosticResult("CORPUS003", DiagnosticSeverity.Warning).WithLocation(markup);

    [Fact]
    public async Task Every_use_of_a_tombstone_is_CORPUS003_with_the_generators_advice()
    {
        const string source = """
            using Corpus;

            class C
            {
                Entity A() => {|#0:Seeds.People.OscarVance|};
                Entity B() => Seeds.People.MeiTanaka;
                object[] All() => new object[] { {|#1:Seeds.People.OscarVance|} };
            }
            """;
        var test = Test(source);
        var message = "'Seeds.People.OscarVance' no longer exists in the seeds and is kept only because seeds.lock.json records it; People.OscarVance (\u2018Oscar Vance\u2019) is no longer in the seeds; use Seeds.People.MeiTanaka instead. Update the code, then run 'dotnet corpus lock'";
        test.ExpectedDiagnostics.Add(Stale(0).WithMessage(message));
        test.ExpectedDiagnostics.Add(Stale(1).WithMessage(message));
        test.CompilerDiagnostics = CompilerDiagnostics.None;

        await test.RunAsync();
    }

    [Fact]
    public async Task An_obsolete_member_outside_the_generated_class_is_left_to_the_compiler()
    {
        const string source = """
            static class Legacy
            {
                [System.Obsolete("CORPUS003: not ours")]
                public static int Old => 1;
            }

            class C
            {
                int A() => Legacy.Old;
            }
            """;
        var test = Test(source);
        test.CompilerDiagnostics = CompilerDiagnostics.None;

        await test.RunAsync();
    }

    [Fact]
    public async Task A_pinned_passage_still_in_the_seeds_is_fine_whatever_its_marks_and_spacing()
    {
        const string source = """
            using Corpus;

            class C
            {
                [SeedQuote("\"Demand will double   by autumn,\" Tanaka said")]
                void A() { }

                [SeedQuote("hired Mei Tanaka as chief economist")]
                void B() { }

                [SeedEntity("Northwind Analytics")]
                void D() { }

                [SeedEntity("Northwind")]
                void E() { }
            }
            """;

        await Test(source).RunAsync();
    }

    [Fact]
    public async Task A_pinned_passage_or_name_that_is_gone_is_CORPUS003()
    {
        const string source = """
            using Corpus;

            class C
            {
                [SeedQuote({|#0:"Prices will fall sharply next quarter"|})]
                void A() { }

                [SeedEntity({|#1:"Northwind Analytic"|})]
                void B() { }

                [SeedEntity({|#2:"Oscar Vance"|})]
                void D() { }
            }
            """;
        var test = Test(source);
        test.ExpectedDiagnostics.Add(Stale(0).WithArguments("[SeedQuote] text 'Prices will fall sharply next quarter' no longer appears in the seeds", "update the text to a passage the seeds hold, or remove the attribute"));
        test.ExpectedDiagnostics.Add(Stale(1).WithArguments("[SeedEntity] name 'Northwind Analytic' no longer names an entity in the seeds", "the closest current name is 'Northwind Analytics'; update the attribute"));
        test.ExpectedDiagnostics.Add(Stale(2).WithArguments("[SeedEntity] name 'Oscar Vance' no longer names an entity in the seeds", "update the name to an entity the seeds hold, or remove the attribute"));

        await test.RunAsync();
    }
}

public class PinnedQuoteSuggestionTests
{
    [Fact]
    public async Task An_edited_pinned_quotation_names_the_current_one()
    {
        const string source = """
            using Corpus;

            class C
            {
                [SeedQuote({|#0:"Demand will triple by autumn"|})]
                void A() { }
            }
            """;
        var expected = new DiagnosticResult("CORPUS003", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
            "[SeedQuote] text 'Demand will triple by autumn' no longer appears in the seeds",
            $"the closest current quotation is '{CorpusTestState.QuoteText}'; update the attribute");

        await CorpusTestState.Analyzer<StaleReferenceAnalyzer>(source, expected).RunAsync();
    }
}

public class TombstoneObsoleteSuppressorTests
{
    [Fact]
    public async Task CS0618_on_a_tombstone_is_suppressed_and_on_other_members_is_not()
    {
        const string source = """
            static class Legacy
            {
                [System.Obsolete("use something else")]
                public static int Old => 1;
            }

            class C
            {
                object A() => {|#0:Corpus.Seeds.People.OscarVance|};
                int B() => {|#1:Legacy.Old|};
            }
            """;
        var test = new CSharpAnalyzerTest<TombstoneObsoleteSuppressor, DefaultVerifier>
        {
            ReferenceAssemblies = CorpusTestState.NoPackages,
            TestCode = source,
            CompilerDiagnostics = CompilerDiagnostics.Warnings,
        };
        CorpusTestState.AddCorpus(test.TestState);
        test.ExpectedDiagnostics.Add(DiagnosticResult.CompilerWarning("CS0618").WithLocation(0).WithIsSuppressed(true).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage(null));
        test.ExpectedDiagnostics.Add(DiagnosticResult.CompilerWarning("CS0618").WithLocation(1).WithIsSuppressed(false).WithMessage(null));

        await test.RunAsync();
    }
}
