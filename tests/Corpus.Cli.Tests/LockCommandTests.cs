using System;
using System.IO;
using Corpus.Cli.Commands;

namespace Corpus.Cli.Tests;

public class LockCommandTests
{
    private const string Overrides = "{\"entities\":[{\"name\":\"Quorvane Labs\",\"add\":true,\"kind\":\"Organization\"}]}";

    private static (int Code, string Stdout, string Stderr) Lock(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = LockCommand.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Writes_the_lock_with_entities_added_by_corpus_json_next_to_it()
    {
        using var folder = new TempFolder();
        folder.Write("seeds/a.txt", "Analysts at Quorvane Labs said the chip shipped late.\nQuorvane Labs declined to comment.");
        folder.Write("corpus.json", Overrides);
        var output = Path.Combine(folder.Path, "seeds.lock.json");

        var result = Lock(Path.Combine(folder.Path, "seeds"), "--output", output);

        Assert.Equal(0, result.Code);
        Assert.Contains("wrote", result.Stdout, StringComparison.Ordinal);
        var text = File.ReadAllText(output);
        Assert.Contains("\"member\": \"QuorvaneLabs\"", text, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"Organization\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_run_is_up_to_date_and_a_removal_is_accepted()
    {
        using var folder = new TempFolder();
        var seed = folder.Write("seeds/a.txt", "Analysts at Quorvane Labs said the chip shipped late.");
        folder.Write("corpus.json", Overrides);
        var output = Path.Combine(folder.Path, "seeds.lock.json");
        var seeds = Path.Combine(folder.Path, "seeds");
        Assert.Equal(0, Lock(seeds, "--output", output).Code);

        var again = Lock(seeds, "--output", output);
        File.WriteAllText(seed, "Analysts said the chip shipped late.");
        var removed = Lock(seeds, "--output", output);

        Assert.Contains("up to date", again.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, removed.Code);
        Assert.Contains("1 removed", removed.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("QuorvaneLabs", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_corpus_json_is_a_warning_with_position_and_the_lock_is_still_written()
    {
        using var folder = new TempFolder();
        folder.Write("seeds/a.txt", "Analysts at Quorvane Labs said the chip shipped late.");
        folder.Write("corpus.json", "{\n  \"entities\": [\n");
        var output = Path.Combine(folder.Path, "seeds.lock.json");

        var result = Lock(Path.Combine(folder.Path, "seeds"), "--output", output);

        Assert.Equal(0, result.Code);
        Assert.Contains("(3,1): warning CORPUS005", result.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(output));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a b")]
    [InlineData("seeds --output")]
    [InlineData("seeds --colour red")]
    public void Usage_errors_exit_with_2(string line)
    {
        var args = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(2, Lock(args).Code);
    }

    [Fact]
    public void A_missing_seeds_folder_is_a_usage_error()
    {
        using var folder = new TempFolder();

        var result = Lock(Path.Combine(folder.Path, "nope"), "--output", Path.Combine(folder.Path, "seeds.lock.json"));

        Assert.Equal(2, result.Code);
        Assert.False(File.Exists(Path.Combine(folder.Path, "seeds.lock.json")));
    }
}
