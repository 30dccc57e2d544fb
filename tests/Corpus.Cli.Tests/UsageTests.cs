namespace Corpus.Cli.Tests;

public sealed class UsageTests
{
    [Fact]
    public void No_arguments_prints_usage_and_exits_2()
    {
        var result = CliRunner.Run();

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("usage: corpus", result.Stderr);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_prints_usage_on_stdout_and_exits_0(string arg)
    {
        var result = CliRunner.Run(arg);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("extract PATH...", result.Stdout);
        Assert.Contains("score --gold", result.Stdout);
    }

    [Fact]
    public void Unknown_command_is_a_usage_error_that_names_it()
    {
        var result = CliRunner.Run("extrakt", "seeds");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown command 'extrakt'", result.Stderr);
    }

    [Fact]
    public void Extract_without_a_path_is_a_usage_error()
    {
        var result = CliRunner.Run("extract", "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("name at least one seed file or folder", result.Stderr);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public void Extract_with_an_unknown_option_is_a_usage_error()
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run("extract", "--yaml", folder.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown option '--yaml'", result.Stderr);
    }

    [Fact]
    public void A_path_that_does_not_exist_is_a_usage_error_that_names_it()
    {
        using var folder = new TempFolder();
        var missing = System.IO.Path.Combine(folder.Path, "no-such-seeds");

        var result = CliRunner.Run("extract", missing, "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no such file or folder", result.Stderr);
        Assert.Contains(missing, result.Stderr);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public void Double_dash_ends_options_so_a_seed_may_start_with_a_dash()
    {
        using var folder = new TempFolder();
        folder.Write("--json.txt", "Rain fell on Lisbon all week.");

        var result = CliRunner.Run("extract", "--json", "--", System.IO.Path.Combine(folder.Path, "--json.txt"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"fileName\": \"--json.txt\"", result.Stdout);
    }

    [Fact]
    public void Score_without_gold_is_a_usage_error()
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run("score", folder.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--gold", result.Stderr);
    }

    [Fact]
    public void Score_with_gold_but_no_value_is_a_usage_error()
    {
        var result = CliRunner.Run("score", "--gold");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("option '--gold' needs a value", result.Stderr);
    }
}
