namespace Corpus.Generators;

/// <summary>The names of the generator's pipeline steps, so tests can assert how each step ran.</summary>
public static class TrackingNames
{
    /// <summary>Seed files with their per-file metadata, as path and text.</summary>
    public const string SeedInputs = nameof(SeedInputs);

    /// <summary>One extraction per seed.</summary>
    public const string Extract = nameof(Extract);

    /// <summary>All extracted seeds together.</summary>
    public const string Seeds = nameof(Seeds);

    /// <summary>Whether the project's C# version is one the generated code compiles under (9 or later).</summary>
    public const string LanguageVersion = nameof(LanguageVersion);

    /// <summary>The MSBuild properties (with the generator off below C# 9).</summary>
    public const string Options = nameof(Options);

    /// <summary>corpus.json and seeds.lock.json, parsed.</summary>
    public const string Configuration = nameof(Configuration);

    /// <summary>What the consumer's compilation offers.</summary>
    public const string Features = nameof(Features);

    /// <summary>The merged, named corpus.</summary>
    public const string Corpus = nameof(Corpus);

    /// <summary>The generated files.</summary>
    public const string Emit = nameof(Emit);
}
