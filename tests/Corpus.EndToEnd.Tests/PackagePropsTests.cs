using System.IO;
using System.Linq;
using System.Text.Json;
using Corpus.EndToEnd.Tests.Infrastructure;

namespace Corpus.EndToEnd.Tests;

/// <summary>What the package's build props add to a consumer, read from MSBuild's evaluation (no build needed).</summary>
[Collection(PackageCollection.Name)]
public sealed class PackagePropsTests
{
    private readonly ConsumerProject _consumer;

    public PackagePropsTests(PackageFixture package)
    {
        _consumer = package.NewConsumer("props-" + System.Guid.NewGuid().ToString("N").Substring(0, 8))
            .WithProject()
            .WithProgram("System.Console.WriteLine();\n")
            .WithFile("seeds/more/notes.md", "# Notes\n\nThe board met in Oslo.")
            .WithFile("seeds/data.json", "{}")
            .WithFile("texts/other.txt", "Rain fell on Lisbon.")
            .WithFile("corpus.json", "{ \"entities\": [] }");
        _consumer.Restore().AssertSuccess();
    }

    private string[] AdditionalFiles(params string[] properties)
    {
        var result = _consumer.Evaluate("AdditionalFiles", properties).AssertSuccess();
        var json = result.Output.Substring(result.Output.IndexOf('{'));
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray()
            .Select(i => Path.GetRelativePath(_consumer.Folder, i.GetProperty("FullPath").GetString()!).Replace('\\', '/'))
            .OrderBy(p => p, System.StringComparer.Ordinal)
            .ToArray();
    }

    [Fact]
    public void Seeds_txt_and_md_files_and_corpus_json_are_additional_files_by_default()
    {
        Assert.Equal(
            new[] { "corpus.json", "seeds/" + Repository.SeedFileName, "seeds/more/notes.md" },
            AdditionalFiles());
    }

    [Fact]
    public void CorpusSeedsPath_moves_the_seeds_folder()
    {
        Assert.Equal(new[] { "corpus.json", "texts/other.txt" }, AdditionalFiles("CorpusSeedsPath=texts"));
    }

    [Fact]
    public void CorpusEnabled_false_adds_nothing()
    {
        Assert.Empty(AdditionalFiles("CorpusEnabled=false"));
    }

    [Fact]
    public void The_settings_are_compiler_visible()
    {
        var result = _consumer.Evaluate("CompilerVisibleProperty").AssertSuccess();

        foreach (var property in new[] { "CorpusEnabled", "CorpusNamespace", "CorpusClassName", "CorpusPublic", "ProjectDir" })
        {
            Assert.Contains($"\"Identity\": \"{property}\"", result.Output);
        }

        var metadata = _consumer.Evaluate("CompilerVisibleItemMetadata").AssertSuccess();
        Assert.Contains("\"MetadataName\": \"CorpusName\"", metadata.Output);
        Assert.Contains("\"MetadataName\": \"CorpusExclude\"", metadata.Output);
    }
}
