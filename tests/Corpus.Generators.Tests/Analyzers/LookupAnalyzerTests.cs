using System.Threading.Tasks;
using Corpus.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Corpus.Generators.Tests.Analyzers;

public class LookupAnalyzerTests
{
    private static Task Verify(string source, params DiagnosticResult[] expected)
        => CorpusTestState.Analyzer<LookupAnalyzer>(source, expected).RunAsync();

    private static DiagnosticResult Unknown(int markup) => new DiagnosticResult("CORPUS001", DiagnosticSeverity.Warning).WithLocation(markup);

    private static DiagnosticResult Typed(int markup) => new DiagnosticResult("CORPUS002", DiagnosticSeverity.Info).WithLocation(markup);

    [Fact]
    public async Task A_misspelt_name_is_CORPUS001_with_did_you_mean()
    {
        const string source = """
            class C
            {
                object M() => Corpus.Seeds.Entity({|#0:"Mei Tanka"|});
            }
            """;

        await Verify(source, Unknown(0).WithArguments("Mei Tanka", "did you mean 'Mei Tanaka'?"));
    }

    [Fact]
    public async Task A_name_in_the_wrong_case_suggests_the_right_case()
    {
        const string source = """
            class C
            {
                bool M() => Corpus.Seeds.TryFindEntity({|#0:"northwind analytics"|}, out _);
            }
            """;

        await Verify(source, Unknown(0).WithArguments("northwind analytics", "did you mean 'Northwind Analytics'?"));
    }

    [Fact]
    public async Task A_name_far_from_everything_says_where_to_look()
    {
        const string source = """
            class C
            {
                object M() => Corpus.Seeds.Entity({|#0:"Quentin Blackwood"|});
            }
            """;

        await Verify(source, Unknown(0).WithArguments("Quentin Blackwood", "check the spelling against Seeds.AllEntities, or add the entity to corpus.json with \"add\": true"));
    }

    [Fact]
    public async Task Known_names_and_aliases_could_be_typed_members()
    {
        const string source = """
            using static Corpus.Seeds;

            class C
            {
                object A() => {|#0:Corpus.Seeds.Entity("Mei Tanaka")|};
                object B() => {|#1:Entity("Northwind")|};
                bool C2() => Corpus.Seeds.TryFindEntity("Mei Tanaka", out _);
            }
            """;

        await Verify(
            source,
            Typed(0).WithArguments("Mei Tanaka", "Seeds.People.MeiTanaka"),
            Typed(1).WithArguments("Northwind", "Seeds.Organizations.NorthwindAnalytics"));
    }

    [Fact]
    public async Task An_edited_quotation_lookup_suggests_the_current_text()
    {
        const string source = """
            class C
            {
                object M() => Corpus.Seeds.Quote({|#0:"Demand will triple by autumn"|});
            }
            """;

        await Verify(source, Unknown(0).WithArguments("Demand will triple by autumn", $"did you mean '{CorpusTestState.QuoteText}'?"));
    }

    [Fact]
    public async Task A_constant_field_is_checked_and_a_variable_is_not()
    {
        const string source = """
            class C
            {
                const string Name = "Mei Tanakaa";

                object A() => Corpus.Seeds.Entity({|#0:Name|});

                object B(string name) => Corpus.Seeds.Entity(name);
            }
            """;

        await Verify(source, Unknown(0).WithArguments("Mei Tanakaa", "did you mean 'Mei Tanaka'?"));
    }

    [Fact]
    public async Task A_CorpusKey_parameter_of_user_code_gets_the_check()
    {
        const string source = """
            using Corpus;

            class Profile
            {
                public Profile([CorpusKey] string person) { }

                public static void Show([CorpusKey] string name, int times) { }
            }

            class C
            {
                void M()
                {
                    Profile.Show({|#0:"Northwind Analytic"|}, 2);
                    Profile.Show("Northwind Analytics", 2);
                    _ = new Profile({|#1:"Mei Tanak"|});
                }
            }
            """;

        await Verify(
            source,
            Unknown(0).WithArguments("Northwind Analytic", "did you mean 'Northwind Analytics'?"),
            Unknown(1).WithArguments("Mei Tanak", "did you mean 'Mei Tanaka'?"));
    }

    [Fact]
    public async Task A_method_of_another_class_named_Entity_is_not_a_lookup()
    {
        const string source = """
            static class Seeds
            {
                public static object Entity(string name) => name;
            }

            class C
            {
                object M() => Seeds.Entity("Nobody At All");
            }
            """;

        await Verify(source);
    }

    [Fact]
    public async Task Without_the_generated_class_nothing_is_reported()
    {
        var test = new CSharpAnalyzerTest<LookupAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = CorpusTestState.NoPackages,
            TestCode = "class C { object M() => Seeds.Entity(\"x\"); } static class Seeds { public static object Entity(string s) => s; }",
        };
        CorpusTestState.AddCorpus(test.TestState, withApi: false);

        await test.RunAsync();
    }

    [Fact]
    public async Task A_configured_namespace_and_class_are_followed()
    {
        const string source = """
            namespace News
            {
                static class Archive
                {
                    public static object Entity(string nameOrAlias) => nameOrAlias;
                }
            }

            class C
            {
                object M() => News.Archive.Entity({|#0:"Mei Tanka"|});
                object N() => Corpus.Seeds.Entity("Mei Tanka");
            }
            """;
        var test = CorpusTestState.Analyzer<LookupAnalyzer>(source);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.CorpusNamespace = News\nbuild_property.CorpusClassName = Archive\n"));
        test.ExpectedDiagnostics.Add(Unknown(0).WithArguments("Mei Tanka", "did you mean 'Mei Tanaka'?"));

        await test.RunAsync();
    }
}
