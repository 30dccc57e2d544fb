using static Corpus.Extraction.Tests.Quotes.QuoteTestKit;

namespace Corpus.Extraction.Tests.Quotes;

/// <summary>Turning a speaker phrase into the entity it names (entities built by hand, as the entity engine would).</summary>
public sealed class SpeakerResolutionTests
{
    [Fact]
    public void The_name_that_ends_a_descriptor_phrase_is_the_speaker()
    {
        var text = "As investment bank Morgan Grenfell noted last year, “Scale wins in this business.”";
        var bank = Entity(text, "Morgan Grenfell", EntityKind.Organization);

        var quote = Single(text, bank);

        Assert.Equal("investment bank Morgan Grenfell", quote.SpeakerText);
        Assert.Equal("Morgan Grenfell", quote.Speaker);
    }

    [Fact]
    public void A_person_named_after_their_role_and_company_is_the_speaker_not_the_company()
    {
        var text = "“We are not for sale,” Acme chairman Joe Lindqvist said.";

        var quote = Single(text, Entity(text, "Acme", EntityKind.Organization), Entity(text, "Joe Lindqvist", EntityKind.Person));

        Assert.Equal("Acme chairman Joe Lindqvist", quote.SpeakerText);
        Assert.Equal("Joe Lindqvist", quote.Speaker);
    }

    [Fact]
    public void The_head_before_an_appositive_is_the_speaker()
    {
        var text = "“We expect growth,” Jane Doe, chief executive of Acme, told investors.";

        var quote = Single(text, Entity(text, "Jane Doe", EntityKind.Person), Entity(text, "Acme", EntityKind.Organization));

        Assert.Equal("Jane Doe", quote.Speaker);
    }

    [Fact]
    public void A_phrase_whose_head_is_not_a_name_has_no_entity()
    {
        var text = "“Costs are rising,” a spokesperson for Acme said.";

        var quote = Single(text, Entity(text, "Acme", EntityKind.Organization));

        Assert.Equal("a spokesperson for Acme", quote.SpeakerText);
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void A_phrase_that_names_no_entity_keeps_its_text_and_has_no_speaker()
    {
        var text = "One shopper asked the kiosk for “a red umbrella with a wooden handle.”";

        var quote = Single(text, Entity(text, "Lisbon", EntityKind.Place));

        Assert.Equal("One shopper", quote.SpeakerText);
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void A_pronoun_resolves_to_the_only_person_mentioned_before()
    {
        var text = "Emma Clark arrived late at the Lisbon office.\n“I missed the train,” she said.";

        var quote = Single(text, Entity(text, "Emma Clark", EntityKind.Person), Entity(text, "Lisbon", EntityKind.Place));

        Assert.Equal("she", quote.SpeakerText);
        Assert.Equal("Emma Clark", quote.Speaker);
    }

    [Fact]
    public void A_pronoun_with_two_people_before_it_stays_unresolved()
    {
        var text = "Emma Clark met Raj Patel at the station. “It was a long trip,” he said.";

        var quote = Single(text, Entity(text, "Emma Clark", EntityKind.Person), Entity(text, "Raj Patel", EntityKind.Person));

        Assert.Equal("he", quote.SpeakerText);
        Assert.Null(quote.Speaker);
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
    public void It_resolves_to_the_organisation_mentioned_before()
    {
        var text = "Northwind Freight cut its forecast. “Demand has softened,” it said in a statement.";

        var quote = Single(text, Entity(text, "Northwind Freight", EntityKind.Organization));

        Assert.Equal("Northwind Freight", quote.Speaker);
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
}
