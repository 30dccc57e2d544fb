namespace Corpus.Cli.Tests;

public sealed class ExtractTableTests
{
    [Fact]
    public void Without_json_each_seed_gets_a_header_with_its_counts()
    {
        using var folder = new TempFolder();
        folder.Write("one.txt", "Rain fell on Lisbon all week.\nThe port reopened on Friday.");

        var result = CliRunner.Run("extract", folder.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("== ", result.Stdout);
        Assert.Contains("one.txt  (2 lines, 11 words,", result.Stdout);
        Assert.DoesNotContain("{", result.Stdout);
    }

    [Fact]
    public void Diagnostics_are_listed_with_id_severity_and_position()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("blob.txt", new byte[] { 0x00, 0x01, 0x02, 0x03 });
        folder.Write("spun.txt", "Prices rose.\nThe {central|national} bank acted.");

        var result = CliRunner.Run("extract", folder.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("diagnostics", result.Stdout);
        Assert.Matches(@"CORPUS010\s+Warning\s+1:1\s+", result.Stdout);
        Assert.Matches(@"CORPUS012\s+Warning\s+2:5\s+", result.Stdout);
    }

    [Fact]
    public void Long_cells_are_cut_with_an_ellipsis_and_rows_never_wrap()
    {
        var table = new Output.TextTable(("text", 10), ("at", 5));
        table.Add("a quotation that runs\nacross two lines", "3:7");
        table.Add(null, "12:1");
        var output = new System.IO.StringWriter();

        table.Write(output);

        Assert.Equal(
            "text        at\n" +
            "----------  ----\n" +
            "a quotati…  3:7\n" +
            "-           12:1\n",
            output.ToString());
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        var table = new Output.TextTable(("name", 4));
        table.Add("ab\U0001F600cd");
        var output = new System.IO.StringWriter();

        table.Write(output);

        var row = output.ToString().Split('\n')[2];
        Assert.Equal("ab…", row);
    }
}
