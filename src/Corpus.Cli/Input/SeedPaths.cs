using System.Collections.Generic;
using System.IO;

namespace Corpus.Cli.Input;

/// <summary>Turns a command's path arguments into seed files, reporting usage errors the same way for every command.</summary>
internal static class SeedPaths
{
    /// <summary>
    /// Expands <paramref name="paths"/>; on a usage error (no path, a path that does not exist) writes it to
    /// <paramref name="stderr"/> and sets <paramref name="failed"/>.
    /// </summary>
    public static List<string> Resolve(string command, IReadOnlyList<string> paths, TextWriter stderr, out bool failed)
    {
        failed = false;
        if (paths.Count == 0)
        {
            Usage.Fail(stderr, command + ": name at least one seed file or folder.");
            failed = true;
            return new List<string>();
        }

        var files = SeedFiles.Expand(paths, out var missing);
        if (missing is not null)
        {
            Usage.Fail(stderr, $"{command}: no such file or folder: '{missing}'.");
            failed = true;
            return files;
        }

        if (files.Count == 0)
        {
            // Not an error: an empty seeds folder is a valid (empty) corpus, but say why nothing is shown.
            stderr.WriteLine($"corpus: {command}: no *.txt or *.md files in {string.Join(", ", paths)}.");
        }

        return files;
    }
}
