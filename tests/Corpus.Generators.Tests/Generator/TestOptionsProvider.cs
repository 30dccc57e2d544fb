using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generators.Tests.Generator;

/// <summary>Analyzer config options as MSBuild would give them: build_property.* globally, build_metadata.* per file.</summary>
public sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Dictionary<string, DictionaryOptions> _files;

    public TestOptionsProvider(IReadOnlyDictionary<string, string>? properties = null, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? metadata = null)
    {
        GlobalOptions = new DictionaryOptions((properties ?? new Dictionary<string, string>()).ToDictionary(p => "build_property." + p.Key, p => p.Value));
        _files = (metadata ?? new Dictionary<string, IReadOnlyDictionary<string, string>>()).ToDictionary(
            f => f.Key,
            f => new DictionaryOptions(f.Value.ToDictionary(m => "build_metadata.AdditionalFiles." + m.Key, m => m.Value)));
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => _files.TryGetValue(textFile.Path, out var options) ? options : DictionaryOptions.Empty;

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;

        public DictionaryOptions(Dictionary<string, string> values) => _values = values;

        public static DictionaryOptions Empty { get; } = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => _values.Keys;
    }
}
