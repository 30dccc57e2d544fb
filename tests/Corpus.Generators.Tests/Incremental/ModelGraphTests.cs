using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Corpus.Generators.Tests.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generators.Tests.Incremental;

/// <summary>
/// No value that flows between pipeline steps holds a compilation, a symbol, a syntax node, a location or the
/// text objects: such values would defeat caching and keep whole compilations alive in the IDE.
/// </summary>
public sealed class ModelGraphTests
{
    private static readonly Type[] Banned =
    {
        typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(SourceText),
        typeof(AdditionalText), typeof(AnalyzerConfigOptions), typeof(AnalyzerConfigOptionsProvider), typeof(SemanticModel),
    };

    [Fact]
    public void Step_outputs_hold_only_plain_values()
    {
        var run = GeneratorHarness.Run(SyntheticSeeds.Files.Append(("/project/corpus.json", "{}")));
        var steps = run.Result.Results[0].TrackedSteps;

        foreach (var name in new[] { TrackingNames.SeedInputs, TrackingNames.Extract, TrackingNames.Seeds, TrackingNames.LanguageVersion, TrackingNames.Options, TrackingNames.Configuration, TrackingNames.Features, TrackingNames.Corpus, TrackingNames.Emit })
        {
            Assert.True(steps.ContainsKey(name), "step " + name + " is not tracked");
            foreach (var output in steps[name].SelectMany(s => s.Outputs))
            {
                Walk(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static void Walk(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        var type = value.GetType();
        Assert.False(Banned.Any(b => b.IsAssignableFrom(type)), path + " holds a " + type.FullName);
        if (!type.IsValueType && !seen.Add(value))
        {
            return;
        }

        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                Walk(item, path + "[" + i++ + "]", seen);
            }

            return;
        }

        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                Walk(field.GetValue(value), path + "." + field.Name, seen);
            }
        }
    }
}
