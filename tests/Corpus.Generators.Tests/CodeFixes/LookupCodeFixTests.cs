using System.Threading.Tasks;
using Corpus.Generators.Analyzers;
using Corpus.Generators.CodeFixes;
using Corpus.Generators.Tests.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Corpus.Generators.Tests.CodeFixes;

public class LookupCodeFixTests
{
    private static Task Verify(string source, string fixedSource, params DiagnosticResult[] expected)
        => CorpusTestState.Fix<LookupAnalyzer, LookupCodeFixProvider>(source, fixedSource, expected).RunAsync();

    [Fact]
    public async Task A_misspelt_lookup_becomes_the_closest_typed_member()
    {
        const string source = """
            class C
            {
                object M() => Corpus.Seeds.Entity({|#0:"Mei Tanka"|}) /* who */;
            }
            """;
        const string fixedSource = """
            class C
            {
                object M() => Corpus.Seeds.People.MeiTanaka /* who */;
            }
            """;

        await Verify(source, fixedSource, new DiagnosticResult("CORPUS001", DiagnosticSeverity.Warning).WithLocation(0));
    }

    [Fact]
    public async Task A_known_lookup_under_using_static_becomes_the_typed_member()
    {
        const string source = """
            using static Corpus.Seeds;

            class C
            {
                object M() => {|#0:Entity("Northwind")|};
            }
            """;
        const string fixedSource = """
            using static Corpus.Seeds;

            class C
            {
                object M() => Organizations.NorthwindAnalytics;
            }
            """;

        await Verify(source, fixedSource, new DiagnosticResult("CORPUS002", DiagnosticSeverity.Info).WithLocation(0));
    }

    [Fact]
    public async Task TryFindEntity_keeps_its_shape_and_gets_the_corrected_name()
    {
        const string source = """
            class C
            {
                bool M() => Corpus.Seeds.TryFindEntity({|#0:"northwind analytics"|}, out _);
            }
            """;
        const string fixedSource = """
            class C
            {
                bool M() => Corpus.Seeds.TryFindEntity("Northwind Analytics", out _);
            }
            """;

        await Verify(source, fixedSource, new DiagnosticResult("CORPUS001", DiagnosticSeverity.Warning).WithLocation(0));
    }
}
