using System;
using System.Linq;
using static Corpus.Extraction.Tests.Quotes.QuoteTestKit;

namespace Corpus.Extraction.Tests.Quotes;

/// <summary>Turning a speaker phrase into the entity it names (entities built by hand, as the entity engine would).</summary>
public sealed class SpeakerResolutionTests
{
    /// <summary>Each case: a text, its entities as "Kind:Name|Kind:Name", the speaker phrase and the entity it names.</summary>
    [Theory]
    [InlineData("As investment bank Morgan Grenfell noted last year, “Scale wins in this business.”",
        "Organization:Morgan Grenfell", "investment bank Morgan Grenfell", "Morgan Grenfell")]
    [InlineData("“We are not for sale,” Acme chairman Joe Lindqvist said.",
        "Organization:Acme|Person:Joe Lindqvist", "Acme chairman Joe Lindqvist", "Joe Lindqvist")]
    [InlineData("“We expect growth,” Jane Doe, chief executive of Acme, told investors.",
        "Person:Jane Doe|Organization:Acme", "Jane Doe, chief executive of Acme", "Jane Doe")]
    [InlineData("“We will appeal,” the company’s chief executive, Jane Doe, said.",
        "Person:Jane Doe", "the company’s chief executive, Jane Doe", "Jane Doe")]
    [InlineData("“Costs are rising,” a spokesperson for Acme said.",
        "Organization:Acme", "a spokesperson for Acme", null)]
    [InlineData("“Profits doubled,” said Bank of Avalon in a filing.",
        "Organization:Bank of Avalon", "Bank of Avalon", "Bank of Avalon")]
    [InlineData("One shopper asked the kiosk for “a red umbrella with a wooden handle.”",
        "Place:Lisbon", "One shopper", null)]
    [InlineData("Emma Clark arrived late at the Lisbon office.\n“I missed the train,” she said.",
        "Person:Emma Clark|Place:Lisbon", "she", "Emma Clark")]
    [InlineData("Emma Clark met Raj Patel at the station. “It was a long trip,” he said.",
        "Person:Emma Clark|Person:Raj Patel", "he", null)]
    [InlineData("Nexo founder Ana Ruiz, who will join the board, said the offer was fair. “We said no many times,” she said.",
        "Organization:Nexo|Person:Nexo founder|Person:Ana Ruiz", "she", "Ana Ruiz")]
    [InlineData("Emma Clark praised the plan.\n\nRegulator chief Raj Patel defended the rise. “We understand the worry,” he said.",
        "Person:Emma Clark|Person:Raj Patel", "he", "Raj Patel")]
    [InlineData("“The vote was fair,” the labour leader Keir Stam said.",
        "Person:Keir Stam", "the labour leader Keir Stam", "Keir Stam")]
    [InlineData("The opposition Labour Party said the government had \"lost control\" of the crisis.",
        "Organization:Labour Party", "The opposition Labour Party", "Labour Party")]
    [InlineData("Tellco, the region’s largest carrier, denied the claims. The company said its systems had performed “exactly as designed”.",
        "Organization:Tellco|Place:Lisbon", "The company", "Tellco")]
    [InlineData("The report's lead author, Professor Ana Feld of the Brenner School, said the bond was \"a meaningful start.\"",
        "Person:Ana Feld|Organization:Brenner School", "The report's lead author, Professor Ana Feld of the Brenner School", "Ana Feld")]
    [InlineData("The Arctic Council’s observer mission said in a statement that delays had “undermined confidence”.",
        "Organization:Arctic Council", "The Arctic Council’s observer mission", "Arctic Council")]
    [InlineData("Acme's press office said the recall was “purely precautionary”.",
        "Organization:Acme", "Acme's press office", "Acme")]
    [InlineData("Jane Doe's lawyer said the charges were “without merit”.",
        "Person:Jane Doe", "Jane Doe's lawyer", null)]
    [InlineData("A porter who gave only his first name, Luis, put it simply: “Without tips we starve.”",
        "Person:Luis", "A porter", "Luis")]
    [InlineData("Northwind Freight cut its forecast. “Demand has softened,” it said in a statement.",
        "Organization:Northwind Freight", "it", "Northwind Freight")]
    public void Speaker_phrase_names_the_entity_at_its_head(string text, string entities, string speakerText, string? speaker)
    {
        var built = entities.Split('|')
            .Select(e => e.Split(':'))
            .Select(e => Entity(text, e[1], Enum.Parse<EntityKind>(e[0])))
            .ToArray();

        var quote = Single(text, built);

        Assert.Equal(speakerText, quote.SpeakerText);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Fact]
    public void A_pronoun_follows_the_previous_speaker_when_they_were_mentioned_last()
    {
        var text = "Emma Clark thanked the staff. “It was a team effort,” Raj Patel said. “We all worked weekends,” he said.";

        var quotes = FindQuotes(text, Entity(text, "Emma Clark", EntityKind.Person), Entity(text, "Raj Patel", EntityKind.Person));

        Assert.Equal("Raj Patel", quotes[0].Speaker);
        Assert.Equal("Raj Patel", quotes[1].Speaker);
    }

    [Fact]
    public void A_continuing_quotation_keeps_the_resolved_speaker()
    {
        var text = "“The river is rising,” said Mayor Ana Ortiz.\n“We will open the shelters tonight.”";

        var quotes = FindQuotes(text, Entity(text, "Ana Ortiz", EntityKind.Person));

        Assert.Equal("Ana Ortiz", quotes[0].Speaker);
        Assert.Equal("Ana Ortiz", quotes[1].Speaker);
    }

    [Fact]
    public void A_person_named_between_two_quotations_speaks_the_second()
    {
        var text = "“We won the argument,” Raj Patel said.\nEmma Clark disagreed. “Nobody won anything.”";

        var quotes = FindQuotes(text, Entity(text, "Raj Patel", EntityKind.Person), Entity(text, "Emma Clark", EntityKind.Person));

        Assert.Equal("Raj Patel", quotes[0].Speaker);
        Assert.Equal("Emma Clark", quotes[1].Speaker);
        Assert.Equal("Emma Clark", quotes[1].SpeakerText);
    }

    [Fact]
    public void Two_people_named_between_quotations_leave_the_second_unattributed()
    {
        var text = "“We won,” Raj Patel said.\nEmma Clark and Li Wei disagreed. “Nobody won.”";

        var quotes = FindQuotes(
            text,
            Entity(text, "Raj Patel", EntityKind.Person),
            Entity(text, "Emma Clark", EntityKind.Person),
            Entity(text, "Li Wei", EntityKind.Person));

        Assert.Null(quotes[1].Speaker);
        Assert.Null(quotes[1].SpeakerText);
    }

    [Fact]
    public void A_person_named_in_the_previous_attribution_does_not_take_the_floor()
    {
        var text = "“I’m not happy with it,” said Senator Rand Pauling, a Kentucky Republican who voted no. “It spends too much.”";

        var quotes = FindQuotes(text, Entity(text, "Rand Pauling", EntityKind.Person), Entity(text, "Kentucky Republican", EntityKind.Person));

        Assert.Equal("Rand Pauling", quotes[1].Speaker);
    }

    [Fact]
    public void A_pronoun_in_a_later_paragraph_goes_on_with_the_person_quoted_last()
    {
        var text = "“We were never consulted,” said Margaret Hollis.\n\nThe campaign calls itself Save Our Green.\n\n“I’m not going anywhere,” she said.";

        var quotes = FindQuotes(text, Entity(text, "Margaret Hollis", EntityKind.Person), Entity(text, "Save Our Green", EntityKind.Organization));

        Assert.Equal("Margaret Hollis", quotes[1].Speaker);
        Assert.Equal("she", quotes[1].SpeakerText);
    }

    [Fact]
    public void A_pronoun_after_an_unnamed_speaker_goes_back_to_the_person_last_named_as_a_subject()
    {
        var text = "Tom Hale said the pumps had failed.\n\n“Was it sabotage?” one reporter asked.\n\n“It is too early to say,” he replied.";

        var quotes = FindQuotes(text, Entity(text, "Tom Hale", EntityKind.Person));

        Assert.Null(quotes[0].Speaker);
        Assert.Equal("Tom Hale", quotes[1].Speaker);
    }

    [Fact]
    public void A_pronoun_does_not_go_back_to_a_person_named_as_an_object()
    {
        var text = "The court heard from Tom Hale.\n\n“Was it sabotage?” one reporter asked.\n\n“It is too early to say,” he replied.";

        var quotes = FindQuotes(text, Entity(text, "Tom Hale", EntityKind.Person));

        Assert.Null(quotes[1].Speaker);
    }

    [Fact]
    public void A_block_of_quoted_paragraphs_takes_the_speaker_named_at_its_end()
    {
        var text = "The vote was close.\n“The plan has no money behind it.”\n“It has no timetable either.”\n“And it has no support,” Ann Hollis said.";

        var quotes = FindQuotes(text, Entity(text, "Ann Hollis", EntityKind.Person));

        Assert.All(quotes, q => Assert.Equal("Ann Hollis", q.Speaker));
        Assert.All(quotes, q => Assert.Equal("Ann Hollis", q.SpeakerText));
    }

    [Fact]
    public void A_quotation_inside_a_paragraph_of_prose_does_not_take_a_later_speaker()
    {
        var text = "Critics called the plan “unworkable and unfunded from the start.”\n“It has no timetable,” Ann Hollis said.";

        var quotes = FindQuotes(text, Entity(text, "Ann Hollis", EntityKind.Person));

        Assert.Null(quotes[0].Speaker);
        Assert.Equal("Ann Hollis", quotes[1].Speaker);
    }

    [Fact]
    public void A_role_noun_names_the_one_person_with_that_role()
    {
        var text = "Finance minister Ola Berg presented the budget. “Nobody will pay more,” the minister said.";
        var minister = Entity(text, "Ola Berg", EntityKind.Person) with { Role = "minister" };

        var quote = Single(text, minister, Entity(text, "Lisbon", EntityKind.Place));

        Assert.Equal("the minister", quote.SpeakerText);
        Assert.Equal("Ola Berg", quote.Speaker);
    }
}
