using System.Linq;
using System.Text;
using System.Text.Json;

namespace Corpus.Cli.Tests;

public sealed class ExtractJsonTests
{
    private const string Article =
        "Microsoft chief executive Satya Nadella spoke in Seattle on Tuesday.\n" +
        "“We are just getting started,” Nadella told reporters at the company’s headquarters.";

    private static JsonElement[] Documents(CliResult result)
    {
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        return json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.Clone()).ToArray();
    }

    [Fact]
    public void A_file_gives_one_document_in_the_documented_shape()
    {
        using var folder = new TempFolder();
        var path = folder.Write("nadella.txt", Article);

        var documents = Documents(CliRunner.Run("extract", path, "--json"));

        var document = Assert.Single(documents);
        Assert.Equal("nadella.txt", document.GetProperty("fileName").GetString());
        Assert.EndsWith("nadella.txt", document.GetProperty("path").GetString());
        Assert.Equal(JsonValueKind.Array, document.GetProperty("entities").ValueKind);
        Assert.Equal(JsonValueKind.Array, document.GetProperty("quotes").ValueKind);
        Assert.Equal(JsonValueKind.Array, document.GetProperty("diagnostics").ValueKind);
        JsonShape.AssertDocument(document, Article);
    }

    [Fact]
    public void A_folder_gives_its_txt_and_md_files_recursively_in_ordinal_order()
    {
        using var folder = new TempFolder();
        folder.Write("b.txt", "Snow closed roads across Norway.");
        folder.Write("a.md", "# Notes\n\nThe Senate met in Washington.");
        folder.Write("Z.txt", "Voters in Chile went to the polls.");
        folder.Write("sub/c.txt", "Toyota opened a plant in Kentucky.");
        folder.Write("notes.json", "{}");
        folder.Write("draft.txt.bak", "not a seed");

        var documents = Documents(CliRunner.Run("extract", "--json", folder.Path));

        Assert.Equal(new[] { "Z.txt", "a.md", "b.txt", "c.txt" }, documents.Select(d => d.GetProperty("fileName").GetString()).ToArray());
        Assert.EndsWith("sub/c.txt", documents[3].GetProperty("path").GetString());
    }

    [Fact]
    public void A_file_named_directly_is_read_whatever_its_extension_and_only_once()
    {
        using var folder = new TempFolder();
        var path = folder.Write("article.text", "Ships waited outside Rotterdam.");

        var documents = Documents(CliRunner.Run("extract", "--json", path, path));

        Assert.Equal("article.text", Assert.Single(documents).GetProperty("fileName").GetString());
    }

    [Fact]
    public void An_empty_folder_gives_no_documents_and_says_why()
    {
        using var folder = new TempFolder();

        var result = CliRunner.Run("extract", "--json", folder.Path);

        Assert.Empty(Documents(result));
        Assert.Contains("no *.txt or *.md files", result.Stderr);
    }

    [Fact]
    public void A_binary_file_is_reported_as_CORPUS010_and_the_run_goes_on()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("image.txt", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52 });
        folder.Write("ok.txt", "Rain fell on Lisbon all week.");

        var documents = Documents(CliRunner.Run("extract", "--json", folder.Path));

        Assert.Equal(2, documents.Length);
        var diagnostic = Assert.Single(documents[0].GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("CORPUS010", diagnostic.GetProperty("id").GetString());
        Assert.Equal("Warning", diagnostic.GetProperty("severity").GetString());
        Assert.Equal(1, diagnostic.GetProperty("line").GetInt32());
        Assert.Empty(documents[0].GetProperty("entities").EnumerateArray());
        Assert.DoesNotContain(documents[1].GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("id").GetString() == "CORPUS010");
    }

    [Fact]
    public void Invalid_utf8_is_reported_as_CORPUS010()
    {
        using var folder = new TempFolder();

        // "Café in Zürich" saved as Windows-1252: 0xE9 and 0xFC are not UTF-8.
        var path = folder.WriteBytes("latin1.txt", Encoding.Latin1.GetBytes("Caf\u00e9 owners in Z\u00fcrich raised prices."));

        var document = Assert.Single(Documents(CliRunner.Run("extract", "--json", path)));

        var diagnostic = Assert.Single(document.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("CORPUS010", diagnostic.GetProperty("id").GetString());
        Assert.Contains("UTF-8", diagnostic.GetProperty("message").GetString());
    }

    [Fact]
    public void An_empty_file_is_reported_as_CORPUS010()
    {
        using var folder = new TempFolder();
        var path = folder.Write("empty.txt", string.Empty);

        var document = Assert.Single(Documents(CliRunner.Run("extract", "--json", path)));

        Assert.Equal("CORPUS010", Assert.Single(document.GetProperty("diagnostics").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_text_so_columns_count_from_the_first_letter()
    {
        using var folder = new TempFolder();
        var withBom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("{Breaking} Floods hit Jakarta.")).ToArray();
        var path = folder.WriteBytes("bom.txt", withBom);

        var document = Assert.Single(Documents(CliRunner.Run("extract", "--json", path)));

        var residue = Assert.Single(document.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("id").GetString() == "CORPUS012");
        Assert.Equal(1, residue.GetProperty("line").GetInt32());
        Assert.Equal(1, residue.GetProperty("column").GetInt32());
        Assert.DoesNotContain(document.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("id").GetString() == "CORPUS010");
    }

    [Fact]
    public void Quotes_backslashes_and_control_characters_in_paths_are_escaped_so_the_json_parses()
    {
        using var folder = new TempFolder();
        var name = "say \"hi\" now\t.txt";

        // On Unix a backslash is an ordinary file-name character (the engine still reads it as a separator when
        // it takes the file name, so it goes in the folder's name here).
        var sub = System.OperatingSystem.IsWindows() ? "plain" : "back\\slash";
        var path = folder.Write(System.IO.Path.Combine(sub, name), "Crowds gathered in Nairobi.");

        var document = Assert.Single(Documents(CliRunner.Run("extract", "--json", path)));

        Assert.Equal(name, document.GetProperty("fileName").GetString());
        Assert.EndsWith(sub + "/" + name, document.GetProperty("path").GetString());
    }

    [Fact]
    public void Curly_quotes_and_non_latin_letters_stay_readable_in_the_json()
    {
        using var folder = new TempFolder();
        var path = folder.Write("李强.txt", "“Growth will recover,” the minister said in Beijing.");

        var result = CliRunner.Run("extract", "--json", path);

        Assert.Contains("\"fileName\": \"李强.txt\"", result.Stdout);
        Assert.DoesNotContain("\\u", result.Stdout);
    }
}
