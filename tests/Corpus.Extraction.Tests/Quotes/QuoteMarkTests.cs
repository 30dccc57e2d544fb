using System.Linq;
using static Corpus.Extraction.Tests.Quotes.QuoteTestKit;

namespace Corpus.Extraction.Tests.Quotes;

/// <summary>Pairing quotation marks: which characters open and close a quotation, and which are apostrophes.</summary>
public sealed class QuoteMarkTests
{
    [Theory]
    [InlineData("The mayor said, “We will rebuild every bridge.”", "We will rebuild every bridge.")]
    [InlineData("The mayor said, \"We will rebuild every bridge.\"", "We will rebuild every bridge.")]
    [InlineData("‘We have been let down,’ said the union leader.", "We have been let down,")]
    [InlineData("'We have been let down,' said the union leader.", "We have been let down,")]
    [InlineData("Le ministre a déclaré : «Nous ne céderons pas.»", "Nous ne céderons pas.")]
    [InlineData("Der Minister sagte: „Wir geben nicht auf.“", "Wir geben nicht auf.")]
    public void Reads_every_kind_of_mark(string text, string quoted)
    {
        Assert.Equal(quoted, Single(text).Text);
    }

    [Fact]
    public void Treebank_style_marks_quote_with_their_speaker_and_span()
    {
        var text = "``We don't have the money,'' said Ann Hollis, the county treasurer.";
        var quote = Single(text, Entity(text, "Ann Hollis", EntityKind.Person));

        Assert.Equal("We don't have the money,", quote.Text);
        Assert.Equal(QuoteKind.Quotation, quote.Kind);
        Assert.Equal("Ann Hollis", quote.Speaker);
        Assert.Equal(0, quote.Span.Start);
        Assert.Equal(text.IndexOf("''", System.StringComparison.Ordinal) + 2, quote.Span.Length);
    }

    [Fact]
    public void Treebank_style_marks_continue_over_paragraphs()
    {
        var quote = Single("``The river is rising.\n``We will open the shelters tonight,'' the mayor said.");

        Assert.Equal("The river is rising. We will open the shelters tonight,", quote.Text);
        Assert.Equal("the mayor", quote.SpeakerText);
    }

    [Fact]
    public void Span_runs_from_opening_through_closing_mark_and_text_excludes_marks()
    {
        var text = "Officials said, “The bridge is safe,” on Monday.";
        var quote = Single(text);

        Assert.Equal(text.IndexOf('“'), quote.Span.Start);
        Assert.Equal(text.IndexOf('”') - text.IndexOf('“') + 1, quote.Span.Length);
        Assert.Equal(1, quote.Span.Line);
        Assert.Equal(text.IndexOf('“') + 1, quote.Span.Column);
        Assert.Equal("The bridge is safe,", quote.Text);
    }

    [Fact]
    public void Single_quotes_nested_in_double_belong_to_the_outer_quotation()
    {
        var quotes = FindQuotes("“He told me ‘never again’ and walked out,” said the witness.");

        var quote = Assert.Single(quotes);
        Assert.Equal("He told me ‘never again’ and walked out,", quote.Text);
    }

    [Fact]
    public void Double_quotes_nested_in_british_single_quotes_belong_to_the_outer_quotation()
    {
        var quote = Single("‘The minister called it “a farce”, and he was right,’ said Mr Patel.");

        Assert.Equal("The minister called it “a farce”, and he was right,", quote.Text);
    }

    [Theory]
    [InlineData("“Don’t worry about the ’90s,” he said.", "Don’t worry about the ’90s,")]
    [InlineData("“Tsai’s team loved rock ’n’ roll,” he said.", "Tsai’s team loved rock ’n’ roll,")]
    [InlineData("“The students’ union will strike,” she said.", "The students’ union will strike,")]
    [InlineData("\"We'll see what the '90s crowd thinks,\" he said.", "We'll see what the '90s crowd thinks,")]
    public void Apostrophes_inside_a_quotation_do_not_end_it(string text, string quoted)
    {
        Assert.Equal(quoted, Single(text).Text);
    }

    [Theory]
    [InlineData("Fans of rock ’n’ roll filled the stadium in the ’90s.")]
    [InlineData("The students’ union met at Tsai’s office; they don’t agree.")]
    [InlineData("Fans of rock 'n' roll filled the stadium in the '90s.")]
    [InlineData("The TV has a 55\" screen and a 6' stand.")]
    public void Apostrophes_and_measures_are_never_quotations(string text)
    {
        var (quotes, problems) = Run(text);

        Assert.Empty(quotes);
        Assert.Empty(problems);
    }

    [Fact]
    public void British_single_quotes_skip_a_plural_possessive()
    {
        var quote = Single("‘I love the students’ work,’ she said.");

        Assert.Equal("I love the students’ work,", quote.Text);
    }

    [Fact]
    public void Straight_marks_pair_by_context_across_several_quotations()
    {
        var quotes = FindQuotes("\"It's over,\" said the manager. \"We tried our best.\" He left, saying \"goodbye\" to nobody.");

        Assert.Equal(new[] { "It's over,", "We tried our best.", "goodbye" }, quotes.Select(q => q.Text));
    }

    [Fact]
    public void A_quotation_may_span_a_line_break()
    {
        var quote = Single("The minister said: “This is not\nthe end of the matter,” before leaving.");

        Assert.Equal("This is not the end of the matter,", quote.Text);
        Assert.Equal(1, quote.Span.Line);
    }

    [Fact]
    public void A_quotation_may_span_wrapped_lines_in_a_text_with_blank_line_paragraphs()
    {
        var text = "First paragraph.\n\nThe governor said on Friday that “the state\nwill not raise taxes\nthis year,” and left.";

        var quote = Single(text);

        Assert.Equal("the state will not raise taxes this year,", quote.Text);
        Assert.Equal(3, quote.Span.Line);
    }

    [Fact]
    public void A_multi_paragraph_quotation_continues_where_the_next_paragraph_opens_with_a_mark()
    {
        var text = "“We will keep going until every family is housed.\n“Nobody in this city should sleep outside,” the mayor said.";

        var (quotes, problems) = Run(text);

        var quote = Assert.Single(quotes);
        Assert.Empty(problems);
        Assert.Equal("We will keep going until every family is housed. Nobody in this city should sleep outside,", quote.Text);
        Assert.Equal(0, quote.Span.Start);
        Assert.Equal(text.Length - " the mayor said.".Length, quote.Span.End);
        Assert.Equal("the mayor", quote.SpeakerText);
    }

    [Fact]
    public void A_multi_paragraph_quotation_works_with_blank_line_paragraphs_and_straight_marks()
    {
        var text = "\"The first part of the plan is simple.\n\n\"The second part is harder,\" the engineer said.";

        var quote = Single(text);

        Assert.Equal("The first part of the plan is simple. The second part is harder,", quote.Text);
    }

    [Fact]
    public void An_unclosed_quotation_is_a_problem_at_its_opening_mark_and_no_quote()
    {
        var text = "Later that day she said “this never ends.\nThe next paragraph has no mark.";

        var (quotes, problems) = Run(text);

        Assert.Empty(quotes);
        var problem = Assert.Single(problems);
        Assert.Equal(DiagnosticIds.UnclosedQuotation, problem.Id);
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.Equal(text.IndexOf('“'), problem.Span.Start);
        Assert.Equal(1, problem.Span.Line);
        Assert.Contains("closing mark", problem.Message);
    }

    [Fact]
    public void An_unclosed_quotation_does_not_swallow_the_next_one()
    {
        var text = "He said “we will win. Then she said “we will see” and smiled.";

        var (quotes, problems) = Run(text);

        Assert.Equal("we will see", Assert.Single(quotes).Text);
        Assert.Equal(text.IndexOf('“'), Assert.Single(problems).Span.Start);
    }

    [Fact]
    public void An_unclosed_straight_quotation_is_reported()
    {
        var (quotes, problems) = Run("The sign said \"Closed for repairs.");

        Assert.Empty(quotes);
        Assert.Equal(DiagnosticIds.UnclosedQuotation, Assert.Single(problems).Id);
    }

    [Fact]
    public void An_empty_pair_of_marks_is_not_a_quotation()
    {
        var (quotes, problems) = Run("The field was left as “” in the form.");

        Assert.Empty(quotes);
        Assert.Empty(problems);
    }

    [Fact]
    public void Quotations_come_in_text_order_with_lines_and_columns()
    {
        var text = "Intro line.\nShe said “one” and “two.”\n“Three,” he replied.";

        var quotes = FindQuotes(text);

        Assert.Equal(new[] { "one", "two.", "Three," }, quotes.Select(q => q.Text));
        Assert.Equal(new[] { 2, 2, 3 }, quotes.Select(q => q.Span.Line));
        Assert.Equal(new[] { 10, 20, 1 }, quotes.Select(q => q.Span.Column));
    }

    [Fact]
    public void A_multi_paragraph_quotation_in_a_markdown_block_quote()
    {
        var text = "> “The first paragraph of the speech.\n>\n> “The second paragraph,” she said.\n";

        var (quotes, problems) = Run(text);

        Assert.Empty(problems);
        Assert.Equal("The first paragraph of the speech. The second paragraph,", Assert.Single(quotes).Text);
    }

    [Theory]
    [InlineData("Residents said they were 'furious' about the decision.\n\n'We were never asked,' said one.", "furious")]
    [InlineData("Residents said they were ‘furious’ about the decision.", "furious")]
    public void A_mark_after_s_closes_a_single_quotation_when_nothing_else_can(string text, string first)
    {
        var quotes = FindQuotes(text);

        Assert.Equal(first, quotes[0].Text);
        Assert.Equal(text.Count(c => c == '\n') > 0 ? 2 : 1, quotes.Length);
    }

    [Fact]
    public void A_flood_of_stray_marks_reports_a_bounded_number_of_problems()
    {
        var text = string.Concat(Enumerable.Repeat("He said “yes. ", 500));

        var (quotes, problems) = Run(text);

        Assert.Empty(quotes);
        Assert.InRange(problems.Count, 1, 100);
    }
}
