using static Corpus.Extraction.Tests.Names.EntityAssert;

namespace Corpus.Extraction.Tests.Names;

/// <summary>
/// Conventions of English news prose that decide a name's extent and kind: organisation names that run across
/// commas and "and", titles before names, company suffixes, datelines, places within places, credit lines and
/// inflected ordinary words at the start of a sentence. Made-up sentences, not from any seed or held-out article.
/// </summary>
public sealed class NewsConventionTests
{
    [Fact]
    public void A_bracketed_acronym_fixes_the_extent_of_a_name_with_and()
    {
        const string Text = "The National Transport and Safety Board (NTSB) opened an inquiry on Friday. "
            + "A spokesman for the National Transport and Safety Board said the NTSB would report in May.";
        var board = Has(Text, "National Transport and Safety Board", EntityKind.Organization);
        Assert.Equal(3, board.Mentions.Count);
        Assert.Contains("NTSB", board.Aliases);
        Lacks(Text, "National Transport", "Safety Board");
    }

    [Fact]
    public void A_bracketed_acronym_fixes_the_extent_across_commas()
    {
        const string Text = "Officials at Canada's Department of Fisheries, Oceans and Coastguard (DFOC) closed the bay to boats on Tuesday.";
        Has(Text, "Department of Fisheries, Oceans and Coastguard", EntityKind.Organization);
        Lacks(Text, "Oceans", "Coastguard", "Department of Fisheries");
    }

    [Fact]
    public void A_list_of_capitalised_words_after_the_ending_in_a_head_noun_is_one_organisation()
    {
        const string Text = "On Monday the House Energy, Water and Mines Committee voted 11-9 to send the bill to the floor.";
        Has(Text, "House Energy, Water and Mines Committee", EntityKind.Organization);
        Lacks(Text, "Water", "Mines Committee");
    }

    [Fact]
    public void An_institution_for_something_is_one_organisation()
    {
        const string Text = "Researchers at the Brandt Institute for Urban Studies published the figures on Thursday.";
        Has(Text, "Brandt Institute for Urban Studies", EntityKind.Organization);
    }

    [Fact]
    public void A_university_of_a_town_is_an_organisation()
    {
        Has("She teaches chemistry at the University of Port Elizabeth, where she has worked since 2009.", "University of Port Elizabeth", EntityKind.Organization);
    }

    [Fact]
    public void Lower_case_particles_stay_inside_a_place_name()
    {
        const string Text = "The final will be played at the Palais des Sports on Saturday evening.";
        Find(Extract(Text), "Palais des Sports");
        Lacks(Text, "Palais", "Sports");
    }

    [Fact]
    public void Company_suffixes_and_and_co_make_organisations()
    {
        const string Text = "Drugmakers such as Brenner and Co. and Halloway Pharma said prices would fall. The deal values Vintrel SAS at 2 billion euros.";
        Has(Text, "Brenner and Co.", EntityKind.Organization);
        Has(Text, "Vintrel SAS", EntityKind.Organization);
        Lacks(Text, "Co.", "Brenner");
    }

    [Fact]
    public void A_capitalised_role_before_a_given_name_is_a_title()
    {
        const string Text = "Captain Anna Kessler, who led the rescue, said the crew was safe.";
        var kessler = Has(Text, "Anna Kessler", EntityKind.Person);
        Assert.Equal("Captain", kessler.Role);
        Lacks(Text, "Captain Anna Kessler");
    }

    [Fact]
    public void Majority_leader_and_council_member_are_titles()
    {
        const string Text = "House Majority Leader Steven Price has not scheduled a vote. Council Member Laura Benson, who represents the district, objected.";
        Has(Text, "Steven Price", EntityKind.Person);
        Has(Text, "Laura Benson", EntityKind.Person);
        Lacks(Text, "House Majority Leader Steven Price", "Council Member Laura Benson");
    }

    [Fact]
    public void Former_and_co_author_are_not_part_of_a_name()
    {
        const string Text = "Former Brightwater Bank trader jailed for fraud. Co-author Henrik Solberg, a geologist, agreed.";
        Has(Text, "Brightwater Bank", EntityKind.Organization);
        Has(Text, "Henrik Solberg", EntityKind.Person);
        Lacks(Text, "Former Brightwater Bank", "Co");
    }

    [Fact]
    public void Party_and_state_tags_are_not_names()
    {
        Lacks("Sen. Tom Avery (R-Tex.) and Rep. Ann Miles (D-Calif.) wrote the letter.", "R-Tex", "D-Calif");
    }

    [Fact]
    public void A_dateline_city_and_state_are_places_and_the_story_starts_after_the_dash()
    {
        const string Text = "BOULDER, Colo. (AP) — Engineers testing a new drone said it flew for nine hours.";
        Has(Text, "BOULDER", EntityKind.Place);
        Lacks(Text, "Engineers", "Colo");
    }

    [Fact]
    public void A_place_within_a_place_is_a_place()
    {
        const string Text = "The family moved from Walsenburg, Colorado, in 2015 and later settled in nearby Pueblo West.";
        Has(Text, "Walsenburg", EntityKind.Place);
    }

    [Fact]
    public void A_compass_word_before_a_place_is_part_of_the_place()
    {
        Has("Drought has hit East Africa harder than any other region this year.", "East Africa", EntityKind.Place);
    }

    [Fact]
    public void Plural_nationalities_are_not_organisations()
    {
        var entities = Extract("Ghanaians voted on Saturday in an election observers called calm.");
        foreach (var e in entities)
        {
            Assert.False(e.Name == "Ghanaians" && e.Kind is EntityKind.Organization or EntityKind.Place);
        }
    }

    [Fact]
    public void Credit_lines_and_desk_titles_are_not_names()
    {
        const string Text = "Ports reopen after storm\nBy Karen Holt, Business Correspondent\n"
            + "Ports along the coast reopened on Monday. (Writing by Karen Holt; Editing by Paul Tran)";
        Lacks(Text, "Writing", "Editing", "Business");
        Has(Text, "Paul Tran", EntityKind.Person);
    }

    [Fact]
    public void Inflected_ordinary_words_at_the_start_of_a_sentence_are_not_names()
    {
        const string Text = "Investigators said the fire began in a kitchen. Flames spread quickly. Asked about the cause, the chief declined to speculate.";
        Lacks(Text, "Investigators", "Flames", "Asked");
    }

    [Fact]
    public void A_surname_in_the_headline_before_the_full_name_is_the_same_person()
    {
        const string Text = "Okafor warns on rates\nCentral bank governor Ngozi Okafor said on Tuesday that rates would stay high.";
        var okafor = Has(Text, "Ngozi Okafor", EntityKind.Person);
        Assert.Equal(2, okafor.Mentions.Count);
    }

    [Fact]
    public void A_dotted_country_before_an_institution_is_a_separate_place()
    {
        const string Text = "The U.K. Home Office said on Friday that the rules would change. U.S. Steel shares rose.";
        Has(Text, "U.K.", EntityKind.Place);
        Has(Text, "Home Office", EntityKind.Organization);
        Lacks(Text, "U.K. Home Office");
        Find(Extract(Text), "U.S. Steel");
    }

    [Fact]
    public void A_single_name_after_in_or_from_with_no_other_evidence_is_a_place()
    {
        const string Text = "In Wexbury, where the plant stands, workers protested. A nurse from Castlemoor testified on Monday.";
        Has(Text, "Wexbury", EntityKind.Place);
        Has(Text, "Castlemoor", EntityKind.Place);
    }

    [Fact]
    public void A_name_after_an_indefinite_organisation_descriptor_and_a_comma_is_an_organisation()
    {
        Has("The fund sold its stake in a Dutch brewing company, Vela Marten, last year.", "Vela Marten", EntityKind.Organization);
    }
}
