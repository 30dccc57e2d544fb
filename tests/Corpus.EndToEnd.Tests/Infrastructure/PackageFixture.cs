using System;
using System.IO;

namespace Corpus.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Packs src/Corpus.Generators once per test run into a temporary local feed, with a version no other feed or
/// cache has. Every consumer of the run restores from that feed into its own packages folder.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    /// <summary>The package version packed for this run.</summary>
    public const string Version = "0.1.0-e2e";

    public PackageFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "corpus-e2e-" + Guid.NewGuid().ToString("N").Substring(0, 12));
        Feed = Path.Combine(Root, "feed");
        Directory.CreateDirectory(Feed);

        Dotnet.Run(
            Repository.Root,
            TimeSpan.FromMinutes(10),
            "pack",
            Path.Combine(Repository.Root, "src", "Corpus.Generators", "Corpus.Generators.csproj"),
            "-c",
            "Release",
            "-o",
            Feed,
            "-p:PackageVersion=" + Version).AssertSuccess();

        PackagePath = Path.Combine(Feed, $"Corpus.Generators.{Version}.nupkg");
        Assert.True(File.Exists(PackagePath), "dotnet pack made no " + PackagePath);
    }

    /// <summary>A temporary folder for this run; deleted at the end.</summary>
    public string Root { get; }

    /// <summary>The local feed that holds the package.</summary>
    public string Feed { get; }

    /// <summary>The packed .nupkg.</summary>
    public string PackagePath { get; }

    /// <summary>A new, empty consumer folder under <see cref="Root"/>.</summary>
    public ConsumerProject NewConsumer(string name) => new(this, Path.Combine(Root, name));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder is not a failure.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>Every end-to-end test class shares one packed package.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "packed package";
}
