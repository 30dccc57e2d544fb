using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Corpus.EndToEnd.Tests.Infrastructure;

namespace Corpus.EndToEnd.Tests;

[Collection(PackageCollection.Name)]
public sealed class PackageLayoutTests(PackageFixture package)
{
    private string[] Entries()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        return zip.Entries.Select(e => e.FullName).Where(n => !n.StartsWith("package/", System.StringComparison.Ordinal) && !n.StartsWith("_rels/", System.StringComparison.Ordinal) && n != "[Content_Types].xml").OrderBy(n => n, System.StringComparer.Ordinal).ToArray();
    }

    private XElement Metadata()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        using var stream = zip.GetEntry("Corpus.Generators.nuspec")!.Open();
        var nuspec = XDocument.Load(stream);
        return nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    [Fact]
    public void Every_analyzer_assembly_is_under_analyzers_dotnet_cs_and_nothing_is_linked_against()
    {
        Assert.Equal(
            new[]
            {
                "Corpus.Generators.nuspec",
                "README.md",
                "THIRD-PARTY-NOTICES.md",
                "analyzers/dotnet/cs/Corpus.Extraction.dll",
                "analyzers/dotnet/cs/Corpus.Generators.CodeFixes.dll",
                "analyzers/dotnet/cs/Corpus.Generators.dll",
                "build/Corpus.Generators.props",
                "buildTransitive/Corpus.Generators.props",
                "lib/netstandard2.0/_._",
            },
            Entries());
    }

    [Fact]
    public void Every_analyzer_assembly_is_the_netstandard2_0_build()
    {
        // The engine is built twice (netstandard2.0 and net8.0); a compiler on .NET Framework can load only the first.
        using var zip = ZipFile.OpenRead(package.PackagePath);
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("analyzers/", System.StringComparison.Ordinal) && e.FullName.EndsWith(".dll", System.StringComparison.Ordinal)))
        {
            using var stream = new System.IO.MemoryStream();
            using (var source = entry.Open())
            {
                source.CopyTo(stream);
            }

            stream.Position = 0;
            using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
            Assert.True(TargetFramework(pe) == ".NETStandard,Version=v2.0", $"{entry.FullName} targets {TargetFramework(pe)}");
        }
    }

    // The assembly's TargetFrameworkAttribute, read from its metadata without loading it: the attribute's blob is a
    // prolog and the one string argument.
    private static string? TargetFramework(System.Reflection.PortableExecutable.PEReader pe)
    {
        var reader = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        foreach (var handle in reader.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (attribute.Constructor.Kind != System.Reflection.Metadata.HandleKind.MemberReference)
            {
                continue;
            }

            var constructor = reader.GetMemberReference((System.Reflection.Metadata.MemberReferenceHandle)attribute.Constructor);
            if (constructor.Parent.Kind != System.Reflection.Metadata.HandleKind.TypeReference
                || reader.GetString(reader.GetTypeReference((System.Reflection.Metadata.TypeReferenceHandle)constructor.Parent).Name) != "TargetFrameworkAttribute")
            {
                continue;
            }

            var blob = reader.GetBlobReader(attribute.Value);
            blob.ReadUInt16();
            return blob.ReadSerializedString();
        }

        return null;
    }

    [Fact]
    public void The_package_has_no_dependencies_and_is_a_development_dependency()
    {
        var metadata = Metadata();

        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");
        Assert.Equal("true", metadata.Elements().Single(e => e.Name.LocalName == "developmentDependency").Value);
    }

    [Fact]
    public void The_package_says_what_it_is_under_which_licence_with_a_readme()
    {
        var metadata = Metadata();
        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;

        Assert.Equal("Corpus.Generators", Value("id"));
        Assert.Equal(PackageFixture.Version, Value("version"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        Assert.Contains("seed", Value("description"));
        Assert.Contains("source-generator", Value("tags"));
    }
}
