using System;
using System.Collections;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Runtime.Versioning;
using System.Text;

namespace Corpus.Extraction.Tests;

/// <summary>
/// The analyzer package ships the engine's netstandard2.0 build, which the compiler loads; these tests, the CLI and the
/// benchmarks run the net8.0 build, whose fast paths (under <c>#if NET</c>) are written apart from the other build's.
/// Both must extract the same from every text: the netstandard2.0 build is loaded in a context of its own, and its
/// models are compared with this build's, member by member.
/// </summary>
public sealed class AnalyzerBuildTests
{
    [Fact]
    public void The_netstandard2_0_build_extracts_what_the_net8_0_build_does_from_every_test_text_and_the_seeds()
    {
        var context = new AssemblyLoadContext("the analyzer's build of the engine", isCollectible: true);
        try
        {
            var engine = context.LoadFromAssemblyPath(Path.Combine(AppContext.BaseDirectory, "netstandard2.0", "Corpus.Extraction.dll"));
            Assert.Equal(".NETStandard,Version=v2.0", engine.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName);
            Assert.Equal(".NETCoreApp,Version=v8.0", typeof(DocumentExtractor).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName);
            var extract = engine.GetType(typeof(DocumentExtractor).FullName!, throwOnError: true)!
                .GetMethod(nameof(DocumentExtractor.ExtractUncached), BindingFlags.NonPublic | BindingFlags.Static)!;

            var files = new[] { "Data", "Seeds" }
                .SelectMany(folder => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, folder), "*.txt", SearchOption.AllDirectories))
                .OrderBy(file => file, StringComparer.Ordinal)
                .ToArray();
            Assert.True(files.Length > 100, $"only {files.Length} texts found");
            foreach (var file in files)
            {
                var path = Path.GetRelativePath(AppContext.BaseDirectory, file).Replace('\\', '/');
                var text = File.ReadAllText(file);
                var expected = Dump(DocumentExtractor.ExtractUncached(path, text));
                var actual = Dump(extract.Invoke(null, new object?[] { path, text }));
                if (expected != actual)
                {
                    var at = FirstDifference(expected, actual);
                    Assert.Fail($"{path}: the builds differ at character {at} of the model's dump:\n  net8.0:         {Around(expected, at)}\n  netstandard2.0: {Around(actual, at)}");
                }
            }
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void The_dump_sees_a_difference_deep_in_a_model()
    {
        // The comparison above is only as good as the dump: a quotation's speaker, three levels down, must show.
        var model = DocumentExtractor.ExtractUncached("a.txt", "\"We will ship it in May,\" said Robin Li, the founder of Baidu.");
        var quote = Assert.Single(model.Quotes);
        var changed = model with { Quotes = new EquatableArray<QuoteInfo>(new[] { quote with { Speaker = "Someone Else" } }) };
        Assert.Equal(Dump(model), Dump(model with { }));
        Assert.NotEqual(Dump(model), Dump(changed));
    }

    // Every public instance property, in declaration order, recursively; sequences item by item. It reads models of
    // either build alike, as it goes by reflection and not by their types.
    private static string Dump(object? value)
    {
        var text = new StringBuilder();
        Write(text, value);
        return text.ToString();
    }

    private static void Write(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                return;
            case string s:
                text.Append('"').Append(s.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('"');
                return;
            case Enum e:
                text.Append(e.ToString());
                return;
            case IFormattable f when value.GetType().IsPrimitive:
                text.Append(f.ToString(null, CultureInfo.InvariantCulture));
                return;
            case bool b:
                text.Append(b ? "true" : "false");
                return;
            case char c:
                text.Append('\'').Append(c).Append('\'');
                return;
            case IEnumerable items:
                text.Append('[');
                foreach (var item in items)
                {
                    Write(text, item);
                    text.Append(',');
                }

                text.Append(']');
                return;
        }

        var type = value.GetType();
        text.Append(type.Name).Append('{');
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).OrderBy(p => p.MetadataToken))
        {
            text.Append(property.Name).Append('=');
            Write(text, property.GetValue(value));
            text.Append(';');
        }

        text.Append('}');
    }

    private static int FirstDifference(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            if (a[i] != b[i])
            {
                return i;
            }
        }

        return n;
    }

    private static string Around(string dump, int at)
    {
        var start = Math.Max(0, at - 60);
        return dump.Substring(start, Math.Min(dump.Length, at + 60) - start);
    }
}
