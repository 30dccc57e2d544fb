using System;
using System.Linq;
using Corpus.Extraction.Corpus.Overrides;

namespace Corpus.Extraction.Tests.Configuration;

public class CorpusOverridesReaderTests
{
    [Fact]
    public void Reads_every_kind_of_override()
    {
        const string text = """
            {
              "entities": [
                { "name": "Robin Li", "rename": "Robin Yanhong Li", "kind": "person", "role": "founder", "aliases": ["Li Yanhong"] },
                { "name": "Foo Labs", "add": true, "kind": "Organisation" },
                { "name": "Final", "exclude": true }
              ]
            }
            """;

        var overrides = CorpusOverridesReader.Read("corpus.json", text);

        Assert.Empty(overrides.Problems);
        Assert.Equal(3, overrides.Entities.Count);
        var robin = overrides.Entities[0];
        Assert.Equal("Robin Li", robin.Name);
        Assert.Equal("Robin Yanhong Li", robin.Rename);
        Assert.Equal(EntityKind.Person, robin.Kind);
        Assert.Equal("founder", robin.Role);
        Assert.Equal(new[] { "Li Yanhong" }, robin.Aliases);
        Assert.Equal(3, robin.Span.Line);
        Assert.True(overrides.Entities[1].Add);
        Assert.Equal(EntityKind.Organization, overrides.Entities[1].Kind);
        Assert.True(overrides.Entities[2].Exclude);
    }

    [Fact]
    public void Malformed_json_is_one_problem_with_line_and_column_and_no_overrides()
    {
        const string text = "{\n  \"entities\": [\n    { \"name\": \"Robin Li\" \"kind\": \"Person\" }\n  ]\n}";

        var overrides = CorpusOverridesReader.Read("corpus.json", text);

        Assert.Empty(overrides.Entities);
        var problem = Assert.Single(overrides.Problems);
        Assert.Equal("CORPUS005", problem.Id);
        Assert.Equal(3, problem.Span.Line);
        Assert.Equal(26, problem.Span.Column);
        Assert.Contains("Expected ',' or '}'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_field_costs_only_its_entry()
    {
        const string text = """
            {
              "entities": [
                { "name": "Tencent", "kind": "Company" },
                { "rename": "Nobody" },
                { "name": "Kling", "aliases": "Kling AI", "colour": "blue" },
                "Baidu"
              ],
              "quotes": []
            }
            """;

        var overrides = CorpusOverridesReader.Read("corpus.json", text);

        Assert.Equal(new[] { "Tencent", "Kling" }, overrides.Entities.Select(e => e.Name));
        Assert.Null(overrides.Entities[0].Kind);
        Assert.All(overrides.Problems, p => Assert.Equal("CORPUS005", p.Id));
        var messages = overrides.Problems.Select(p => p.Message).ToList();
        Assert.Contains(messages, m => m.Contains("\"Company\" is not a kind", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("no \"name\"", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("\"aliases\" must be an array of strings", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("Unknown property \"colour\"", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("Unknown property \"quotes\"", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("must be an object", StringComparison.Ordinal));
    }

    [Fact]
    public void Add_and_exclude_together_is_rejected()
    {
        var overrides = CorpusOverridesReader.Read("corpus.json", "{\"entities\":[{\"name\":\"Sora\",\"add\":true,\"exclude\":true}]}");

        Assert.Empty(overrides.Entities);
        Assert.Contains("both added and excluded", Assert.Single(overrides.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_top_level_array_is_a_problem()
    {
        var overrides = CorpusOverridesReader.Read("corpus.json", "[]");

        Assert.Contains("must hold an object", Assert.Single(overrides.Problems).Message, StringComparison.Ordinal);
    }
}
