using System;
using System.Collections.Generic;
using Corpus.Extraction.Corpus;
using Corpus.Extraction.Corpus.Lock;
using Corpus.Extraction.Corpus.Overrides;
using Corpus.Generators.Models;

namespace Corpus.Generators;

/// <summary>
/// Recognises the configuration AdditionalFiles (corpus.json, seeds.lock.json) and parses them into the
/// equatable models the corpus step uses.
/// </summary>
internal static class ConfigurationFiles
{
    /// <summary>The overrides file name.</summary>
    public const string OverridesFileName = "corpus.json";

    /// <summary>The lock file name.</summary>
    public const string LockFileName = "seeds.lock.json";

    /// <summary>Whether <paramref name="path"/> is one of the configuration files.</summary>
    public static bool IsConfiguration(string path)
    {
        var name = Corpus.Extraction.DocumentExtractor.FileNameOf(path);
        return string.Equals(name, OverridesFileName, StringComparison.OrdinalIgnoreCase)
            || string.Equals(name, LockFileName, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Parses the configuration files; when a project has several of one kind, the ordinal-first path wins.</summary>
    public static Configuration Read(IReadOnlyList<ConfigurationInput> inputs)
    {
        ConfigurationInput? overrides = null, lockFile = null;
        foreach (var input in inputs)
        {
            var name = Corpus.Extraction.DocumentExtractor.FileNameOf(input.Path);
            if (string.Equals(name, OverridesFileName, StringComparison.OrdinalIgnoreCase))
            {
                overrides = First(overrides, input);
            }
            else if (string.Equals(name, LockFileName, StringComparison.OrdinalIgnoreCase))
            {
                lockFile = First(lockFile, input);
            }
        }

        return new Configuration(
            overrides is null ? null : ReadOverrides(overrides.Path, overrides.Text),
            lockFile is null ? null : ReadLock(lockFile.Path, lockFile.Text));
    }

    // Both readers never throw: a malformed file is CORPUS005 (reported by the analyzers) and whatever could be
    // read still applies.
    private static CorpusOverrides ReadOverrides(string path, string? text) => CorpusOverridesReader.Read(path, text);

    private static LockFile ReadLock(string path, string? text) => LockFileReader.Read(path, text);

    private static ConfigurationInput First(ConfigurationInput? current, ConfigurationInput candidate)
        => current is null || string.CompareOrdinal(candidate.Path, current.Path) < 0 ? candidate : current;
}
