using System.Threading.Tasks;
using Corpus.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace Corpus.Generators.Tests.Analyzers;

/// <summary>
/// A project below C# 9 (a netstandard2.0 or .NET Framework library on its default C# 7.3) gets one CORPUS006
/// that says what to set, and no compiler errors from generated files; from C# 9 on, the real generator's
/// output compiles and nothing is reported. The compiler's own diagnostics are checked too (errors fail a test).
/// </summary>
public class LanguageVersionAnalyzerTests
{
    private const string Source = "class C { }";

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3, "7.3")]
    [InlineData(LanguageVersion.CSharp8, "8.0")]
    public async Task Below_CSharp_9_is_one_CORPUS006_and_no_generated_errors(LanguageVersion version, string shown)
    {
        var test = new WithGenerator<LanguageVersionAnalyzer>(Source, version);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CORPUS006", DiagnosticSeverity.Error).WithArguments(shown));

        await test.RunAsync();
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp9)]
    [InlineData(LanguageVersion.CSharp10)]
    [InlineData(LanguageVersion.Latest)]
    [InlineData(LanguageVersion.Preview)]
    public async Task From_CSharp_9_on_nothing_is_reported_and_the_generated_code_compiles(LanguageVersion version)
    {
        const string source = """
            class C
            {
                object A() => Corpus.Seeds.People.MeiTanaka;
            }
            """;

        await new WithGenerator<LanguageVersionAnalyzer>(source, version).RunAsync();
    }

    [Fact]
    public async Task CorpusEnabled_false_reports_nothing_below_CSharp_9()
    {
        var test = new WithGenerator<LanguageVersionAnalyzer>(Source, LanguageVersion.CSharp7_3);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.CorpusEnabled = false\n"));

        await test.RunAsync();
    }
}
