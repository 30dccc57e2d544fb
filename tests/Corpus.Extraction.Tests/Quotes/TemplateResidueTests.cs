using System.Collections.Generic;
using Corpus.Extraction.Quotes;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Tests.Quotes;

/// <summary>Spin and template residue: reported as CORPUS012 and read as the braces' content.</summary>
public sealed class TemplateResidueTests
{
    private static (string Text, List<Problem> Problems) Neutralise(string text)
    {
        var problems = new List<Problem>();
        return (TemplateResidue.Neutralise(text, new LineMap(text), problems), problems);
    }

    [Theory]
    [InlineData("There is progress on the {hardware} front too.", "{hardware}")]
    [InlineData("He stressed {that a} useful tool beats another model.", "{that a}")]
    public void Residue_is_reported_where_it_stands(string text, string residue)
    {
        var (_, problems) = Neutralise(text);

        var problem = Assert.Single(problems);
        Assert.Equal(DiagnosticIds.TemplateResidue, problem.Id);
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Equal(text.IndexOf('{'), problem.Span.Start);
        Assert.Equal(residue.Length, problem.Span.Length);
        Assert.Contains(residue, problem.Message);
    }

    [Fact]
    public void Residue_is_read_as_its_content_and_offsets_do_not_move()
    {
        var text = "There is progress on the {hardware} front too.";

        var (read, _) = Neutralise(text);

        Assert.Equal(text.Length, read.Length);
        Assert.Equal("There is progress on the  hardware  front too.", read);
    }

    [Fact]
    public void Residue_on_a_later_line_points_at_its_line_and_column()
    {
        var (_, problems) = Neutralise("First line.\nSecond {spin|turn} line.");

        var problem = Assert.Single(problems);
        Assert.Equal(2, problem.Span.Line);
        Assert.Equal(8, problem.Span.Column);
    }

    [Theory]
    [InlineData("An unmatched { brace is just a character.")]
    [InlineData("A closing } alone is fine too.")]
    [InlineData("A brace { that opens\nand closes on the next line } is not residue.")]
    [InlineData("No braces at all.")]
    public void Unmatched_or_line_spanning_braces_are_not_residue(string text)
    {
        var (read, problems) = Neutralise(text);

        Assert.Empty(problems);
        Assert.Equal(text, read);
    }

    [Fact]
    public void Several_residues_are_each_reported()
    {
        var (_, problems) = Neutralise("The {big|large} firm {quickly} grew.");

        Assert.Equal(2, problems.Count);
    }

    [Fact]
    public void Only_the_brace_nearest_its_partner_opens_a_residue()
    {
        // A seed of braces that never close on their line: each brace's partner is looked for up to the next brace
        // only, so the seed is read once, and only the last brace pairs with the closing one.
        var text = new string('{', 100_000) + "spin}";

        var (read, problems) = Neutralise(text);

        var problem = Assert.Single(problems);
        Assert.Equal(99_999, problem.Span.Start);
        Assert.Equal(new string('{', 99_999) + " spin ", read);
    }

    [Fact]
    public void A_quotation_with_residue_reads_the_content()
    {
        var text = "She said, “We will {build|make} it here.”";

        var model = DocumentExtractor.Extract("residue-quote.txt", text);

        var quote = Assert.Single(model.Quotes);
        Assert.Equal("We will build|make it here.", quote.Text);
        Assert.Contains(model.Problems, p => p.Id == DiagnosticIds.TemplateResidue);
    }
}
