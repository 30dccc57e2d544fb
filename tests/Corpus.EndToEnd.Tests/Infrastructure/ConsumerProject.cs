using System.IO;
using System.Xml.Linq;

namespace Corpus.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A fresh project in a temp folder that references Corpus.Generators by PackageReference only, restored from
/// the run's local feed into its own packages folder, with a copy of the project's seeds.
/// </summary>
public sealed class ConsumerProject
{
    private readonly PackageFixture _package;

    internal ConsumerProject(PackageFixture package, string folder)
    {
        _package = package;
        Folder = folder;
        Directory.CreateDirectory(folder);

        // Stop MSBuild and NuGet from picking up anything above the temp folder.
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(folder, "packages")}" />
              </config>
              <packageSources>
                <add key="corpus-e2e" value="{package.Feed}" />
              </packageSources>
            </configuration>
            """);
        Repository.CopyFolder(Repository.Seeds, Path.Combine(folder, "seeds"));
    }

    /// <summary>The project folder.</summary>
    public string Folder { get; }

    /// <summary>The project file.</summary>
    public string ProjectFile => Path.Combine(Folder, "Consumer.csproj");

    /// <summary>The seed the gold file describes, in this consumer's copy.</summary>
    public string Seed => Path.Combine(Folder, "seeds", Repository.SeedFileName);

    /// <summary>
    /// Writes the project file: a net10.0 console app, XML docs on, warnings as errors except the CORPUS
    /// diagnostics (they are about seed text and stale references: reported, never fatal).
    /// </summary>
    /// <param name="extraProperties">More properties, as XML elements.</param>
    public ConsumerProject WithProject(string extraProperties = "")
    {
        File.WriteAllText(ProjectFile, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <AssemblyName>Consumer</AssemblyName>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <WarningsNotAsErrors>CORPUS001;CORPUS002;CORPUS003;CORPUS004;CORPUS005;CORPUS010;CORPUS011;CORPUS012;CORPUS013;CORPUS020</WarningsNotAsErrors>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Corpus.Generators" Version="[{PackageFixture.Version}]" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        return this;
    }

    /// <summary>Writes Program.cs.</summary>
    public ConsumerProject WithProgram(string source)
    {
        File.WriteAllText(Path.Combine(Folder, "Program.cs"), source);
        return this;
    }

    /// <summary>Writes a file relative to the project folder.</summary>
    public ConsumerProject WithFile(string relative, string text)
    {
        var path = Path.Combine(Folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    /// <summary>Restores and builds; the result is returned even when the build fails.</summary>
    public DotnetResult Build() => Dotnet.Run(Folder, "build", ProjectFile, "-v:minimal", "-nologo");

    /// <summary>Runs the built program.</summary>
    public DotnetResult Run() => Dotnet.Run(Folder, "run", "--project", ProjectFile, "--no-build");

    /// <summary>Restores only (enough for evaluation queries).</summary>
    public DotnetResult Restore() => Dotnet.Run(Folder, "restore", ProjectFile, "-nologo");

    /// <summary>Evaluates the project and returns one item type as MSBuild's JSON.</summary>
    public DotnetResult Evaluate(string item, params string[] properties)
    {
        var arguments = new System.Collections.Generic.List<string> { "msbuild", ProjectFile, "-getItem:" + item, "-nologo" };
        foreach (var property in properties)
        {
            arguments.Add("-p:" + property);
        }

        return Dotnet.Run(Folder, arguments.ToArray());
    }

    /// <summary>The XML documentation file the build wrote.</summary>
    public XDocument Documentation()
        => XDocument.Load(Path.Combine(Folder, "bin", "Debug", "net10.0", "Consumer.xml"));
}
