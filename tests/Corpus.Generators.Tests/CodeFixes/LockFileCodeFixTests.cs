using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Corpus.Extraction;
using Corpus.Extraction.Corpus;
using Corpus.Extraction.Corpus.Lock;
using Corpus.Extraction.Corpus.Overrides;
using Corpus.Generators.Analyzers;
using Corpus.Generators.CodeFixes;
using Corpus.Generators.Tests.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generators.Tests.CodeFixes;

/// <summary>
/// The CORPUS020 fix edits an AdditionalDocument, which Microsoft.CodeAnalysis.Testing 1.1.4 does not offer
/// fixes for, so this test drives the workspace the way the IDE does: analyzer diagnostics from the project's
/// own AdditionalDocuments, a CodeFixContext on the lock file's TextDocument, and the operation applied.
/// </summary>
public class LockFileCodeFixTests
{
    [Fact]
    public async Task CORPUS020_fix_rewrites_the_lock_file_to_what_corpus_lock_writes()
    {
        var person = new CorpusEntity("oscar-vance", "Oscar Vance", EntityKind.Person, null, null, null, default, default, "OscarVance");
        var stale = LockFileWriter.Write(new CorpusModel(default, new EquatableArray<CorpusEntity>(new[] { person }), default, default, default), null);
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("Consumer", LanguageNames.CSharp)
            .WithMetadataReferences(Basic.Reference.Assemblies.Net80.References.All)
            .AddDocument("C.cs", "class C { }").Project
            .AddAdditionalDocument("news.txt", CorpusTestState.Seed, filePath: "/p/seeds/news.txt").Project
            .AddAdditionalDocument("corpus.json", CorpusTestState.Overrides, filePath: "/p/corpus.json").Project
            .AddAdditionalDocument("seeds.lock.json", stale, filePath: "/p/seeds.lock.json").Project;
        var lockDocument = project.AdditionalDocuments.Single(d => d.Name == "seeds.lock.json");

        var diagnostics = await Analyze(project);
        var removed = Assert.Single(diagnostics, d => d.Id == "CORPUS020");
        Assert.Equal("/p/seeds.lock.json", removed.Location.GetLineSpan().Path);
        Assert.Contains("'Oscar Vance' (People.OscarVance)", removed.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);

        var actions = new List<CodeAction>();
        var context = new CodeFixContext(lockDocument, removed, (action, _) => actions.Add(action), CancellationToken.None);
        await new LockFileCodeFixProvider().RegisterCodeFixesAsync(context);
        var operations = await Assert.Single(actions).GetOperationsAsync(CancellationToken.None);
        var changed = Assert.IsType<ApplyChangesOperation>(Assert.Single(operations)).ChangedSolution;
        var text = (await changed.GetAdditionalDocument(lockDocument.Id)!.GetTextAsync()).ToString();

        Assert.Equal(CurrentLock(), text);
        Assert.Contains("\"member\": \"MeiTanaka\"", text, System.StringComparison.Ordinal);
        Assert.DoesNotContain("OscarVance", text, System.StringComparison.Ordinal);
        var after = await Analyze(changed.GetProject(project.Id)!);
        Assert.DoesNotContain(after, d => d.Id == "CORPUS020");
    }

    private static async Task<ImmutableArray<Diagnostic>> Analyze(Project project)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var additional = ImmutableArray.CreateRange(project.AdditionalDocuments.Select(d => (AdditionalText)new DocumentText(d)));
        var options = new AnalyzerOptions(additional);
        return await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new SeedDiagnosticsAnalyzer()), options).GetAnalyzerDiagnosticsAsync();
    }

    /// <summary>What `corpus lock` writes for the test seed and overrides, from the same engine.</summary>
    private static string CurrentLock()
    {
        var document = DocumentExtractor.Extract("/p/seeds/news.txt", CorpusTestState.Seed);
        var overrides = CorpusOverridesReader.Read("/p/corpus.json", CorpusTestState.Overrides);
        var corpus = CorpusBuilder.Build(new[] { document }, new CorpusOptions(null, overrides, null));
        return LockFileWriter.Write(corpus, null);
    }

    private sealed class DocumentText(TextDocument document) : AdditionalText
    {
        public override string Path => document.FilePath!;

        public override SourceText GetText(CancellationToken cancellationToken = default) => document.GetTextAsync(cancellationToken).Result;
    }
}
