using Corpus.EndToEnd.Tests.Infrastructure;

namespace Corpus.EndToEnd.Tests;

/// <summary>The README's main command, `dotnet run --project samples/CorpusExplorer`, run from the repository root.</summary>
[Collection(PackageCollection.Name)]
public sealed class SampleTests
{
    [Fact]
    public void The_sample_packs_the_package_restores_it_and_prints_the_corpus_through_typed_members()
    {
        var run = Dotnet.Run(Repository.Root, System.TimeSpan.FromMinutes(10), "run", "--project", "samples/CorpusExplorer").AssertSuccess();

        Assert.Contains("Robin Li: Person, founder at Baidu, 1 mention, first at " + Repository.SeedFileName + ":4", run.Output);
        Assert.Contains("said by Goldman Sachs (Organization), " + Repository.SeedFileName + ":9", run.Output);
        Assert.Contains("People (", run.Output);
        Assert.Contains("Quotations (", run.Output);
    }
}
