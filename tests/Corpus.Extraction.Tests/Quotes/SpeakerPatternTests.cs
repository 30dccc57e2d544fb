using System.Linq;
using static Corpus.Extraction.Tests.Quotes.QuoteTestKit;

namespace Corpus.Extraction.Tests.Quotes;

/// <summary>Finding the speaker phrase from the attribution patterns of news prose.</summary>
public sealed class SpeakerPatternTests
{
    [Theory]
    [InlineData("The mayor said, “We will rebuild every bridge in this county.”", "The mayor")]
    [InlineData("“We are not going anywhere,” the senator told reporters on Tuesday.", "the senator")]
    [InlineData("“Prices will keep rising,” said Maria Lopez, an economist at the central bank.", "Maria Lopez")]
    [InlineData("“The deal is off,” according to the union.", "the union")]
    [InlineData("“It is a mess,” he said.", "he")]
    [InlineData("“Is this the end?” asked Anna Petrova.", "Anna Petrova")]
    [InlineData("“I don’t know,” admitted the coach, who has lost five straight games.", "the coach")]
    [InlineData("“We have to act now,” Gov. Gavin Newsom said Monday.", "Gov. Gavin Newsom")]
    [InlineData("“It will pass,” Mr. Smith told the committee.", "Mr. Smith")]
    [InlineData("“Never again,” Smith, who leads the union, said.", "Smith, who leads the union")]
    [InlineData("“We expect growth,” Jane Doe, chief executive of Acme, told investors.", "Jane Doe, chief executive of Acme")]
    [InlineData("“We were robbed,” the manager later insisted.", "the manager")]
    [InlineData("“Science is not a belief system,” the professor has argued.", "the professor")]
    [InlineData("'We have been let down,' said the union leader.", "the union leader")]
    [InlineData("“This bill is a tax on farmers,” Rep. Ann Ruiz (D-Ore.) wrote on X after the vote.", "Rep. Ann Ruiz")]
    [InlineData("“I will not run again,” Tom Baker (R) told reporters.", "Tom Baker")]
    public void Attribution_after_the_quotation(string text, string speakerText)
    {
        Assert.Equal(speakerText, Single(text).SpeakerText);
    }

    [Theory]
    [InlineData("The mayor said, “We will rebuild.”", "The mayor")]
    [InlineData("In a statement, the ministry said “the situation is under control.”", "the ministry")]
    [InlineData("Former President Barack Obama said in a speech that “democracy is fragile.”", "Former President Barack Obama")]
    [InlineData("Officials insisted the new rules “would protect consumers.”", "Officials")]
    [InlineData("The company’s founder, Lena Park, wrote on her blog: “We are hiring.”", "The company’s founder, Lena Park")]
    [InlineData("He tweeted: \"Big news coming soon!\"", "He")]
    [InlineData("According to the report, “most of the funds were never spent.”", "the report")]
    [InlineData("After the meeting Smith said “nothing changed.”", "Smith")]
    [InlineData("A 70-year-old farmer recovering from a stroke said the clinic had been “a lifesaver.”", "A 70-year-old farmer recovering from a stroke")]
    [InlineData("Shoppers queuing outside the store said the sale was “a complete shambles.”", "Shoppers queuing outside the store")]
    [InlineData("The students' union said it would \"fight every cut\" to its budget.", "The students' union")]
    [InlineData("Asked whether he would resign, the minister replied: “Absolutely not.”", "the minister")]
    public void Attribution_before_the_quotation(string text, string speakerText)
    {
        Assert.Equal(speakerText, Single(text).SpeakerText);
    }

    [Theory]
    [InlineData("As the chief executive wrote in a memo to staff, “This quarter will be painful.”", "the chief executive")]
    [InlineData("As the rating agency Moody’s observed last spring, “Growth has stalled.”", "the rating agency Moody’s")]
    [InlineData("As central bank Banco Norte remarked at the time, “Inflation is transitory.”", "central bank Banco Norte")]
    [InlineData("Markets fell, as analysts at Deka Capital had feared, “and no one was ready.”", "analysts at Deka Capital")]
    public void As_x_noted_attributes_to_the_noun_phrase_after_as(string text, string speakerText)
    {
        Assert.Equal(speakerText, Single(text).SpeakerText);
    }

    [Theory]
    [InlineData("As market researcher Helios Data pointed out last year, “Phones are saturated.”", "market researcher Helios Data")]
    [InlineData("As one veteran trader memorably summed up the mood, “Nobody wants to catch a falling knife.”", "one veteran trader")]
    public void As_pattern_needs_no_listed_verb(string text, string speakerText)
    {
        Assert.Equal(speakerText, Single(text).SpeakerText);
    }

    [Theory]
    [InlineData("Rivera: “I never saw the ball.”", "Rivera")]
    [InlineData("The coach put it this way: “We lost to a better team tonight.”", "The coach")]
    [InlineData("Acme CEO Jane Doe: “We are not for sale.”", "Acme CEO Jane Doe")]
    public void Colon_introductions(string text, string speakerText)
    {
        Assert.Equal(speakerText, Single(text).SpeakerText);
    }

    [Fact]
    public void A_prompt_is_attributed_to_the_subject_of_its_clause()
    {
        var text = "One tourist asked a travel chatbot from Wayfarer Labs for “a quiet beach with no crowds and cheap seafood.”";

        var quote = Single(text);

        Assert.Equal(QuoteKind.Quotation, quote.Kind);
        Assert.Equal("One tourist", quote.SpeakerText);
        Assert.Equal(0, quote.SpeakerSpan!.Value.Start);
        Assert.Equal("One tourist".Length, quote.SpeakerSpan!.Value.Length);
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void A_prompt_with_an_unlisted_verb_is_attributed_to_the_subject()
    {
        var quote = Single("A student prompted an image generator with “a cat riding a bicycle through Paris at night.”");

        Assert.Equal("A student", quote.SpeakerText);
    }

    [Theory]
    [InlineData("“Imagination is more important than knowledge.”\n— Albert Einstein", "Albert Einstein")]
    [InlineData("“Imagination is more important than knowledge.”\n-- Albert Einstein, 1929", "Albert Einstein")]
    [InlineData("“Stay hungry, stay foolish.” — Steve Jobs", "Steve Jobs")]
    public void A_dash_line_after_a_block_quotation_names_its_author(string text, string speakerText)
    {
        Assert.Equal(speakerText, Single(text).SpeakerText);
    }

    [Fact]
    public void Speaker_span_covers_the_phrase_as_written()
    {
        var text = "“Rates will fall,” said the central bank governor on Friday.";

        var quote = Single(text);

        Assert.Equal(text.IndexOf("the central", System.StringComparison.Ordinal), quote.SpeakerSpan!.Value.Start);
        Assert.Equal("the central bank governor".Length, quote.SpeakerSpan!.Value.Length);
        Assert.Equal(1, quote.SpeakerSpan!.Value.Line);
    }

    [Fact]
    public void Both_halves_of_an_interrupted_quotation_get_the_speaker()
    {
        var quotes = FindQuotes("“I’m leaving,” she said, “and you can’t stop me.”");

        Assert.Equal(new[] { "she", "she" }, new[] { quotes[0].SpeakerText, quotes[1].SpeakerText });
    }

    [Fact]
    public void A_following_quotation_without_attribution_keeps_the_speaker()
    {
        var text = "“We will appeal,” the lawyer said.\n“This is not over.”";

        var quotes = FindQuotes(text);

        Assert.Equal("the lawyer", quotes[1].SpeakerText);
        Assert.Equal(quotes[0].SpeakerSpan, quotes[1].SpeakerSpan);
    }

    [Fact]
    public void A_quotation_with_no_attribution_has_no_speaker()
    {
        var quote = Single("“Everything must go.”");

        Assert.Null(quote.SpeakerText);
        Assert.Null(quote.SpeakerSpan);
    }

    [Theory]
    [InlineData("“Four tigers” is what investors call them.")]
    [InlineData("“Goodbye,” and then the door closed.")]
    public void Words_after_a_quotation_that_are_not_an_attribution_give_no_speaker(string text)
    {
        Assert.Null(Single(text).SpeakerText);
    }

    [Fact]
    public void A_question_is_attributed_by_the_verb_before_it_not_by_the_next_clause()
    {
        var quotes = FindQuotes("The judge asked, \"Did you read the contract?\" The witness replied, \"No.\"");

        Assert.Equal("The judge", quotes[0].SpeakerText);
        Assert.Equal("The witness", quotes[1].SpeakerText);
    }

    [Fact]
    public void A_full_stop_inside_the_marks_before_a_capital_ends_the_sentence()
    {
        var quotes = FindQuotes("“The vote is tomorrow.” Ministers said nothing more. “We are ready,” the speaker said.");

        Assert.Null(quotes[0].SpeakerText);
        Assert.Equal("the speaker", quotes[1].SpeakerText);
    }

    [Theory]
    [InlineData("\"It's a shame,\" said Mr O'Brien, 54, a retired teacher.", "Mr O'Brien")]
    [InlineData("“This is a historic day,” says Dr. Jane Roe of the Mayo Clinic.", "Dr. Jane Roe of the Mayo Clinic")]
    [InlineData("“We’re monitoring the situation,” the statement said.", "the statement")]
    [InlineData("(“We’re not worried,” a spokesman said.)", "a spokesman")]
    [InlineData("The report warns that \"without action, sea levels will rise by a meter.\"", "The report")]
    [InlineData("“We will not back down,” Smith on Tuesday said.", "Smith")]
    [InlineData("He said:\"We won the vote.\"", "He")]
    [InlineData("Sen. Ada Quill (D-Vt.), who wrote the measure, called the vote \"a turning point for families.\"", "Sen. Ada Quill (D-Vt.), who wrote the measure")]
    [InlineData("Rep. Tom Ruiz (R-Ariz.) said the bill was \"a giveaway.\"", "Rep. Tom Ruiz")]
    [InlineData("The U.S. State Department urged “patience and restraint from all sides”.", "The U.S. State Department")]
    [InlineData("Analysts at Deka Capital said bills could rise, warning that “the worst is yet to come.”", "Analysts at Deka Capital")]
    [InlineData("According to the budget office, the measure would add “roughly $12 billion” to deficits.", "the budget office")]
    public void More_news_attributions(string text, string speakerText)
    {
        Assert.Equal(speakerText, Single(text).SpeakerText);
    }

    [Fact]
    public void A_markdown_block_quotation_with_an_attribution_line()
    {
        var text = "Intro.\n\n> “We choose to go to the Moon in this decade.\n> We choose to do the other things.”\n>\n> — John F. Kennedy\n";

        var quote = Single(text);

        Assert.Equal("We choose to go to the Moon in this decade. We choose to do the other things.", quote.Text);
        Assert.Equal("John F. Kennedy", quote.SpeakerText);
    }

    [Fact]
    public void A_participle_before_a_colon_leads_back_to_the_clause_speaker()
    {
        var quotes = FindQuotes("“Prices rose,” the minister said on Monday, before adding: “They will fall again.”");

        Assert.Equal(new[] { "the minister", "the minister" }, quotes.Select(q => q.SpeakerText));
    }
}
