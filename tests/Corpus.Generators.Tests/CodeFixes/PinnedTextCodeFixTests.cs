using System.Threading.Tasks;
using Corpus.Generators.Analyzers;
using Corpus.Generators.CodeFixes;
using Corpus.Generators.Tests.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Corpus.Generators.Tests.CodeFixes;

public class PinnedTextCodeFixTests
{
    private static readonly DiagnosticResult Stale = new DiagnosticResult("CORPUS003", DiagnosticSeverity.Warning).WithLocation(0);

    [Fact]
    public async Task A_stale_SeedQuote_is_updated_to_the_closest_current_quotation()
    {
        const string source = """
            using Corpus;

            class C
            {
                [SeedQuote({|#0:"Demand will triple by autumn"|})]
                void M() { }
            }
            """;
        var fixedSource = source.Replace("{|#0:\"Demand will triple by autumn\"|}", "\"" + CorpusTestState.QuoteText.Replace("\"", "\\\"") + "\"");
        await CorpusTestState.Fix<StaleReferenceAnalyzer, StaleReferenceCodeFixProvider>(source, fixedSource, Stale).RunAsync();
    }

    [Fact]
    public async Task A_stale_SeedEntity_is_updated_to_the_closest_current_name()
    {
        const string source = """
            using Corpus;

            class C
            {
                [SeedEntity({|#0:"Northwind Analytic"|})]
                void M() { }
            }
            """;
        const string fixedSource = """
            using Corpus;

            class C
            {
                [SeedEntity("Northwind Analytics")]
                void M() { }
            }
            """;
        await CorpusTestState.Fix<StaleReferenceAnalyzer, StaleReferenceCodeFixProvider>(source, fixedSource, Stale).RunAsync();
    }
}
