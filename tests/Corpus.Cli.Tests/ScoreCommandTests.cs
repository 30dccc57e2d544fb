using System.IO;

namespace Corpus.Cli.Tests;

public sealed class ScoreCommandTests
{
    private const string GoldJson = """
        {
          "document": "vote.txt",
          "entities": [
            { "name": "Gabriel Boric", "kind": "Person", "mentions": 1 },
            { "name": "Chile", "kind": "Place", "mentions": 1 }
          ],
          "optional": [],
          "forbidden": ["Voters"],
          "quotes": [ { "text": "a new chapter", "kind": "Term", "speaker": null, "line": 1, "column": 60 } ]
        }
        """;

    [Fact]
    public void Score_prints_the_numbers_and_what_was_missed_and_exits_0()
    {
        using var folder = new TempFolder();
        var gold = folder.Write("gold.json", GoldJson);
        folder.Write("seeds/vote.txt", "Voters in Chile backed Gabriel Boric, who promised “a new chapter”.");

        var result = CliRunner.Run("score", "--gold", gold, Path.Combine(folder.Path, "seeds"));

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("vote.txt against ", result.Stdout);
        Assert.Matches(@"precision\s+(n/a|\d\.\d\d)", result.Stdout);
        Assert.Matches(@"recall\s+\d\.\d\d  \(\d of 2 gold entities found\)", result.Stdout);
        Assert.Contains("kind accuracy", result.Stdout);
        Assert.Contains("forbidden names extracted", result.Stdout);
        Assert.Matches(@"found\s+\d\.\d\d  \(\d of 1 gold quotations", result.Stdout);
    }

    [Fact]
    public void The_gold_option_may_be_written_with_an_equals_sign()
    {
        using var folder = new TempFolder();
        var gold = folder.Write("gold.json", GoldJson);
        var seed = folder.Write("vote.txt", "Voters in Chile backed Gabriel Boric.");

        var result = CliRunner.Run("score", seed, "--gold=" + gold);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("recall", result.Stdout);
    }

    [Fact]
    public void A_gold_file_that_is_not_json_is_a_usage_error_with_the_reason()
    {
        using var folder = new TempFolder();
        var gold = folder.Write("gold.json", "{ \"document\": \"vote.txt\", ");
        var seed = folder.Write("vote.txt", "Voters in Chile backed Gabriel Boric.");

        var result = CliRunner.Run("score", "--gold", gold, seed);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is not valid JSON", result.Stderr);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public void A_missing_gold_file_is_a_usage_error()
    {
        using var folder = new TempFolder();
        var seed = folder.Write("vote.txt", "Voters in Chile backed Gabriel Boric.");

        var result = CliRunner.Run("score", "--gold", Path.Combine(folder.Path, "missing.json"), seed);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot read gold file", result.Stderr);
    }

    [Fact]
    public void A_gold_quote_without_a_line_is_not_in_the_gold_format()
    {
        using var folder = new TempFolder();
        var gold = folder.Write("gold.json", "{ \"document\": \"vote.txt\", \"quotes\": [ { \"text\": \"x\" } ] }");
        var seed = folder.Write("vote.txt", "Voters in Chile backed Gabriel Boric.");

        var result = CliRunner.Run("score", "--gold", gold, seed);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not in the gold format", result.Stderr);
    }

    [Fact]
    public void Seeds_without_the_gold_document_are_a_usage_error_that_names_it()
    {
        using var folder = new TempFolder();
        var gold = folder.Write("gold.json", GoldJson);
        var seed = folder.Write("other.txt", "Rain fell on Lisbon.");

        var result = CliRunner.Run("score", "--gold", gold, seed);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'vote.txt'", result.Stderr);
    }
}
