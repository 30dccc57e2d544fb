using System.Linq;
using static Corpus.Extraction.Tests.Names.EntityAssert;

namespace Corpus.Extraction.Tests.Names;

public sealed class AliasAndCoreferenceTests
{
    [Fact]
    public void A_bracketed_acronym_is_an_alias_and_its_later_uses_are_mentions()
    {
        const string text = "The Consumer Electronics Show (CES) opened in Las Vegas. Crowds at CES were large, and CES organisers were pleased.";
        var ces = Has(text, "Consumer Electronics Show", EntityKind.Event);
        Assert.Equal(new[] { "CES" }, ces.Aliases.ToArray());
        Assert.Equal(3, ces.Mentions.Count);
        Lacks(text, "CES", "The Consumer Electronics Show");
    }

    [Fact]
    public void A_bracketed_acronym_of_an_organisation_is_an_alias()
    {
        var ecb = Has("The European Central Bank (ECB) held rates. ECB officials declined to comment.", "European Central Bank", EntityKind.Organization);
        Assert.Contains("ECB", ecb.Aliases);
        Assert.Equal(2, ecb.Mentions.Count);
    }

    [Fact]
    public void A_name_known_as_another_makes_an_alias()
    {
        const string text = "Harbour Logistics, known as HLX, cut jobs. HLX shares fell.";
        var harbour = Has(text, "Harbour Logistics", EntityKind.Organization);
        Assert.Equal(new[] { "HLX" }, harbour.Aliases.ToArray());
        Assert.Equal(3, harbour.Mentions.Count);
    }

    [Fact]
    public void A_later_surname_resolves_to_the_only_person_with_it()
    {
        const string text = "Apple CEO Tim Cook spoke in Cupertino. Cook said the company would grow.";
        var cook = Has(text, "Tim Cook", EntityKind.Person);
        Assert.Equal(2, cook.Mentions.Count);
        Assert.Equal(1, cook.Mentions[1].Sentence);
        Lacks(text, "Cook");
    }

    [Fact]
    public void A_surname_shared_by_two_people_is_left_alone()
    {
        const string text = "Foreign minister Wang Yi met investor Jack Wang. Wang said the talks went well.";
        var entities = Extract(text);
        Assert.Single(Find(entities, "Wang Yi").Mentions);
        Assert.Single(Find(entities, "Jack Wang").Mentions);
    }

    [Fact]
    public void A_word_written_alone_long_before_a_longer_name_ends_with_it_is_its_own()
    {
        // "Quenbor" is written alone three times before "the Serpent Quenbor", whose first word is an ordinary one.
        var entities = Extract("They say Quenbor is patient. Few ask why Quenbor waits, and fewer ask Quenbor. "
            + "The priests then followed the Serpent Quenbor into the hills.");

        Assert.Equal(3, Find(entities, "Quenbor").Mentions.Count);
    }

    [Fact]
    public void A_surname_before_the_full_name_still_resolves_to_the_person()
    {
        // A scorecard's batsman, and a headline's surname, come before the full name: it opens with a given name or an initial.
        var quenby = Find(Extract("Quenby out for 4. Later Quenby was run out, and Quenby left.\nJan Quenby said he was tired."), "Jan Quenby");
        Assert.Equal(4, quenby.Mentions.Count);
        Assert.Equal(4, Find(Extract("Quenby out for 4. Later Quenby was run out, and Quenby left.\nR. Quenby said he was tired."), "R. Quenby").Mentions.Count);
    }

    [Fact]
    public void A_title_and_surname_resolve_to_the_person()
    {
        var okafor = Has("Finance minister Ngozi Okafor spoke. Later Ms. Okafor left.", "Ngozi Okafor", EntityKind.Person);
        Assert.Equal(2, okafor.Mentions.Count);
    }

    [Fact]
    public void Entities_come_in_order_of_first_mention_with_mentions_in_text_order()
    {
        var entities = Extract("Kenya and Ghana met. Ghana won, then Kenya did.");
        Assert.Equal(new[] { "Kenya", "Ghana" }, entities.Select(e => e.Name).ToArray());
        Assert.True(entities[0].Mentions[0].Span.Start < entities[0].Mentions[1].Span.Start);
    }

    [Fact]
    public void A_word_that_starts_a_company_and_only_says_things_is_the_company()
    {
        var text = "Quenbar Silicon, a chip startup, raised $200 million. Its chief executive co-founded Quenbar in 2021. "
            + "\"We have no plans for a listing,\" Quenbar said.";
        var company = Has(text, "Quenbar Silicon", EntityKind.Organization);
        Assert.Equal(3, company.Mentions.Count);
        Lacks(text, "Quenbar");
    }

    [Fact]
    public void The_words_before_a_companys_head_are_its_short_form()
    {
        var text = "Van der Quenbar Logistics agreed to merge with a rival. Van der Quenbar shares jumped 11 percent, and Van der Quenbar "
            + "chief executive Femke Hoekstra will lead the group.";
        Assert.Equal(3, Has(text, "Van der Quenbar Logistics", EntityKind.Organization).Mentions.Count);
        Lacks(text, "Van der Quenbar");
    }

    [Fact]
    public void A_surname_with_a_capital_particle_goes_to_its_bearer_before_his_company()
    {
        var text = "The jury found that the paper had defamed Ciarán Ó Quenlaigh, 52, managing director of Ó Quenlaigh Haulage Ltd of Galway. "
            + "Ó Quenlaigh told the court he had lost contracts. \"Mr Ó Quenlaigh has waited 20 months,\" his counsel said.";
        Assert.Equal(3, Has(text, "Ciarán Ó Quenlaigh", EntityKind.Person).Mentions.Count);
        Assert.Single(Has(text, "Ó Quenlaigh Haulage Ltd", EntityKind.Organization).Mentions);
    }
    [Fact]
    public void A_word_a_company_opens_with_goes_to_it_before_a_two_word_name_nothing_makes_a_person()
    {
        var text = "Nigerian Fintech Quenvira Tops Ten Million Users\n\nLAGOS (Reuters) - Quenvira Payments Ltd said on Tuesday it had passed "
            + "ten million users. Quenvira competes with two larger rivals, and analysts said Quenvira's growth was fast.";
        Assert.Equal(3, Has(text, "Quenvira Payments Ltd", EntityKind.Organization).Mentions.Count(m => m.Span.Start > 50));
    }

    [Fact]
    public void A_surname_goes_to_its_bearer_when_a_role_names_him_beside_his_company()
    {
        var text = "Chairman Tomas Quenvira said Quenvira Payments Ltd would list next year. Quenvira said the timing was right.";
        Assert.Equal(2, Has(text, "Tomas Quenvira", EntityKind.Person).Mentions.Count);
    }
    [Fact]
    public void A_town_placed_wherever_it_is_named_keeps_its_name_beside_a_body_named_after_it()
    {
        var text = "Scientists at the Quenbaul Volcanological Observatory said the ash cloud had thinned. "
            + "Flights to the airport near Quenbaul were cancelled.";
        Has(text, "Quenbaul", EntityKind.Place);
        Assert.Single(Has(text, "Quenbaul Volcanological Observatory", EntityKind.Organization).Mentions);
    }

    [Fact]
    public void A_company_short_name_placed_once_is_still_the_company()
    {
        var text = "Quenlora Learning, an education start-up, was fined. Quenlora said it would appeal. "
            + "Quenlora raised money last year, and a spokeswoman in Quenlora said nothing.";
        Assert.Equal(4, Has(text, "Quenlora Learning", EntityKind.Organization).Mentions.Count);
    }
}
