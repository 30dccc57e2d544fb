using System;
using System.IO;

namespace Corpus.EndToEnd.Tests.Infrastructure;

/// <summary>Where the repository is, found from the test assembly's folder.</summary>
internal static class Repository
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder that holds Corpus.Generators.sln.</summary>
    public static string Root => RootPath.Value;

    /// <summary>The project's own seeds.</summary>
    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>The seed the gold file describes.</summary>
    public const string SeedFileName = "000_bf472475e3e9b8da.txt";

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Corpus.Generators.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Corpus.Generators.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Copies a folder tree.</summary>
    public static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
