using System.Threading.Tasks;
using Corpus.Extraction;
using Corpus.Extraction.Corpus;
using Corpus.Extraction.Corpus.Lock;
using Corpus.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Corpus.Generators.Tests.Analyzers;

public class SeedDiagnosticsAnalyzerTests
{
    private static CSharpAnalyzerTest<SeedDiagnosticsAnalyzer, DefaultVerifier> Test(string overrides)
    {
        var test = new CSharpAnalyzerTest<SeedDiagnosticsAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = CorpusTestState.NoPackages,
            TestCode = "class C { }",
        };
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
        test.TestState.AdditionalFiles.Add(("/0/seeds/news.txt", CorpusTestState.Seed));
        test.TestState.AdditionalFiles.Add(("/0/corpus.json", overrides));
        return test;
    }

    [Fact]
    public async Task Malformed_corpus_json_is_CORPUS005_at_its_line_and_column()
    {
        var test = Test("{\n  \"entities\": [\n    { \"name\": \"Mei Tanaka\" \"add\": true }\n  ]\n}\n");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CORPUS005", DiagnosticSeverity.Warning).WithSpan("/0/corpus.json", 3, 28, 3, 29));

        await test.RunAsync();
    }

    [Fact]
    public async Task An_override_that_names_nothing_is_CORPUS004_at_its_name()
    {
        var test = Test("{\n  \"entities\": [\n    { \"name\": \"Mei Tanaka\", \"add\": true },\n    { \"name\": \"Mei Tanakka\", \"role\": \"economist\" }\n  ]\n}\n");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CORPUS004", DiagnosticSeverity.Warning).WithSpan("/0/corpus.json", 4, 15, 4, 28));

        await test.RunAsync();
    }

    [Fact]
    public async Task Template_residue_in_a_seed_is_CORPUS012_at_the_seed()
    {
        var test = Test(CorpusTestState.Overrides);
        test.TestState.AdditionalFiles.Add(("/0/seeds/brief.md", "# Brief\nThe regulator said {that a} ruling was near.\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CORPUS012", DiagnosticSeverity.Warning).WithSpan("/0/seeds/brief.md", 2, 20, 2, 28));

        await test.RunAsync();
    }

    [Fact]
    public async Task Two_names_for_one_identifier_are_CORPUS013_in_the_seed_that_lost()
    {
        var test = Test("{\"entities\":[{\"name\":\"Mei Tanaka\",\"add\":true,\"kind\":\"Person\"},{\"name\":\"Mei-Tanaka\",\"add\":true,\"kind\":\"Person\"}]}");
        test.TestState.AdditionalFiles.Add(("/0/seeds/other.txt", "The novelist Mei-Tanaka signed copies in Osaka.\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CORPUS013", DiagnosticSeverity.Info).WithSpan("/0/seeds/other.txt", 1, 14, 1, 24));

        await test.RunAsync();
    }

    [Fact]
    public async Task Excluded_seeds_and_other_files_are_not_read()
    {
        var test = Test(CorpusTestState.Overrides);
        test.TestState.AdditionalFiles.Add(("/0/seeds/draft.txt", "A {draft} note."));
        test.TestState.AdditionalFiles.Add(("/0/notes.json", "{ not json"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n\n[/0/seeds/draft.txt]\nbuild_metadata.AdditionalFiles.CorpusExclude = true\n"));

        await test.RunAsync();
    }

    [Fact]
    public async Task CorpusEnabled_false_turns_everything_off()
    {
        var test = Test("{ broken");
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.CorpusEnabled = false\n"));

        await test.RunAsync();
    }

    [Fact]
    public async Task A_locked_member_the_seeds_lost_is_CORPUS020_at_its_lock_entry_with_the_new_lock_text()
    {
        var lockText = LockWith(("Oscar Vance", "OscarVance"), ("Mei Tanaka", "MeiTanaka"));
        var test = Test(CorpusTestState.Overrides);
        test.TestState.AdditionalFiles.Add(("/0/seeds.lock.json", lockText));
        var line = LineOf(lockText, "\"member\": \"OscarVance\"") - 2;
        test.ExpectedDiagnostics.Add(new DiagnosticResult("CORPUS020", DiagnosticSeverity.Info).WithSpan("/0/seeds.lock.json", line, 5, line + 7, 6));

        await test.RunAsync();
    }

    [Fact]
    public async Task Each_removed_member_is_one_CORPUS020_at_its_own_entry()
    {
        var lockText = LockWith(("Oscar Vance", "OscarVance"), ("Mei Tanaka", "MeiTanaka"), ("Ida Brandt", "IdaBrandt"));
        var test = Test(CorpusTestState.Overrides);
        test.TestState.AdditionalFiles.Add(("/0/seeds.lock.json", lockText));
        foreach (var member in new[] { "IdaBrandt", "OscarVance" })
        {
            var line = LineOf(lockText, "\"member\": \"" + member + "\"") - 2;
            test.ExpectedDiagnostics.Add(new DiagnosticResult("CORPUS020", DiagnosticSeverity.Info).WithSpan("/0/seeds.lock.json", line, 5, line + 7, 6));
        }

        await test.RunAsync();
    }

    private static string LockWith(params (string Name, string Member)[] people)
    {
        var entities = System.Array.ConvertAll(people, p => new CorpusEntity(p.Name.ToLowerInvariant().Replace(' ', '-'), p.Name, EntityKind.Person, null, null, null, default, default, p.Member));
        var corpus = new CorpusModel(default, new EquatableArray<CorpusEntity>(entities), default, default, default);
        return LockFileWriter.Write(corpus, null);
    }

    private static int LineOf(string text, string fragment)
    {
        var index = text.IndexOf(fragment, System.StringComparison.Ordinal);
        return text.Substring(0, index).Split('\n').Length;
    }
}
