using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Corpus.Cli.Input;

/// <summary>Finds and reads the seed files named on the command line, as the package's defaults would pick them.</summary>
internal static class SeedFiles
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>
    /// Expands <paramref name="arguments"/> (files or folders) to seed paths: a file is taken whatever its
    /// extension; a folder gives its *.txt and *.md files, recursively, in ordinal order of their paths.
    /// A path named twice is read once.
    /// </summary>
    /// <param name="arguments">Paths as given.</param>
    /// <param name="missing">The first argument that is neither a file nor a folder, or null.</param>
    public static List<string> Expand(IReadOnlyList<string> arguments, out string? missing)
    {
        missing = null;
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            if (File.Exists(argument))
            {
                Add(argument, result, seen);
            }
            else if (Directory.Exists(argument))
            {
                var found = new List<string>();
                foreach (var file in Directory.EnumerateFiles(argument, "*", SearchOption.AllDirectories))
                {
                    // Checked by hand: on Windows "*.txt" would also match "x.txt~" through 8.3 names.
                    if (file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                    {
                        found.Add(Normalise(file));
                    }
                }

                found.Sort(StringComparer.Ordinal);
                foreach (var file in found)
                {
                    Add(file, result, seen);
                }
            }
            else
            {
                missing = argument;
                return result;
            }
        }

        return result;
    }

    /// <summary>Reads one seed's bytes and decodes them as the engine expects.</summary>
    public static SeedFile Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The engine turns a null text into CORPUS010 ("could not be read").
            return new SeedFile(path, null);
        }

        return new SeedFile(path, Decode(bytes));
    }

    /// <summary>
    /// Decodes UTF-8 strictly, without a BOM. Bytes that are not UTF-8 are decoded with U+FFFD in their place,
    /// which the engine reports as CORPUS010 instead of reading mojibake as names.
    /// </summary>
    public static string Decode(byte[] bytes)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return Strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return Lenient.GetString(bytes, start, bytes.Length - start);
        }
    }

    private static void Add(string path, List<string> result, HashSet<string> seen)
    {
        var normal = Normalise(path);
        if (seen.Add(Path.GetFullPath(normal)))
        {
            result.Add(normal);
        }
    }

    // Forward slashes on every OS so the output is the same everywhere; on Unix a backslash is a legal file-name character.
    private static string Normalise(string path)
        => Path.DirectorySeparatorChar == '\\' ? path.Replace('\\', '/') : path;
}
