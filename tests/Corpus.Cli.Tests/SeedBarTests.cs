using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Corpus.Cli.Tests;

/// <summary>
/// The foundation issue's bar for the preview tool, on the project's own seed and its hand-checked gold:
/// precision and recall at least 0.90, no forbidden name, both quotations at the right text, line and column.
/// </summary>
public sealed class SeedBarTests
{
    private static readonly string Seeds = Path.Combine(AppContext.BaseDirectory, "Data", "seeds");
    private static readonly string Gold = Path.Combine(AppContext.BaseDirectory, "Data", "seed-000.gold.json");

    [Fact]
    public void Extract_json_on_the_seeds_has_the_documented_shape_and_consistent_offsets()
    {
        var result = CliRunner.Run("extract", Seeds, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var document = Assert.Single(json.RootElement.GetProperty("documents").EnumerateArray());
        var text = File.ReadAllText(Path.Combine(Seeds, document.GetProperty("fileName").GetString()!));
        JsonShape.AssertDocument(document, text);

        var robin = Assert.Single(document.GetProperty("entities").EnumerateArray(), e => e.GetProperty("name").GetString() == "Robin Li");
        Assert.Equal("Person", robin.GetProperty("kind").GetString());
        Assert.Equal("founder", robin.GetProperty("role").GetString());
        Assert.Equal("Baidu", robin.GetProperty("affiliation").GetString());
        var mention = Assert.Single(robin.GetProperty("mentions").EnumerateArray());
        Assert.Equal(4, mention.GetProperty("line").GetInt32());
        Assert.Equal("Robin Li", text.Substring(mention.GetProperty("start").GetInt32(), mention.GetProperty("length").GetInt32()));

        var llm = Assert.Single(document.GetProperty("quotes").EnumerateArray(), q => q.GetProperty("text").GetString()!.StartsWith("LLM performance improves with scale", StringComparison.Ordinal));
        Assert.Equal("Goldman Sachs", llm.GetProperty("speaker").GetString());
        Assert.Equal(9, llm.GetProperty("line").GetInt32());
        Assert.Equal(174, llm.GetProperty("column").GetInt32());
    }

    [Fact]
    public void Score_on_the_seeds_meets_the_foundation_bar()
    {
        var result = CliRunner.Run("score", "--gold", Gold, Seeds);

        Assert.Equal(0, result.ExitCode);
        Assert.True(Ratio(result.Stdout, "precision") >= 0.90, result.Stdout);
        Assert.True(Ratio(result.Stdout, "recall") >= 0.90, result.Stdout);
        Assert.Contains("  forbidden      0 forbidden names extracted", result.Stdout);
        Assert.DoesNotContain("missed quotations", result.Stdout);
    }

    private static double Ratio(string report, string label)
    {
        var line = report.Split('\n').First(l => l.TrimStart().StartsWith(label + " ", StringComparison.Ordinal));
        var value = line.Trim().Substring(label.Length).Trim().Split(' ')[0];
        return value == "n/a" ? 0 : double.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
