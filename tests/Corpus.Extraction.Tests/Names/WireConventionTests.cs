using static Corpus.Extraction.Tests.Names.EntityAssert;

namespace Corpus.Extraction.Tests.Names;

/// <summary>
/// Conventions of wire-service copy (CoNLL-style news): sports pages that name clubs after cities, results tables,
/// players listed with their countries, tickers and currencies, institutions named by their remit, possessives and
/// hyphens inside names, titles and letters around people's names, and the word lists that type names no context
/// explains. Made-up sentences, not from any seed, held-out article or wire set.
/// </summary>
public sealed class WireConventionTests
{
    private const string Results = "SOCCER - SPANISH FIRST DIVISION RESULTS.\nMADRID 1997-03-02\n"
        + "Results of Spanish first division soccer matches on Sunday:\n"
        + "Valencia 2 Seville 1\nBilbao 0 Oviedo 0\n"
        + "Standings:\nValencia 20 12 5 3 40 20 41\n"
        + "Valencia's striker Ivan Marko scored twice and Seville's goalkeeper Raul Ortiz was sent off before halftime.";

    [Fact]
    public void Cities_that_play_a_side_in_a_sports_story_are_organisations()
    {
        Has(Results, "Valencia", EntityKind.Organization);
        Has(Results, "Seville", EntityKind.Organization);
        Has(Results, "Bilbao", EntityKind.Organization);
    }

    [Fact]
    public void The_city_of_a_club_named_with_a_word_of_its_own_is_the_club_alone()
    {
        const string Text = "SOCCER - GERMAN FIRST DIVISION RESULTS.\nBONN 1997-03-02\n"
            + "Borussia Dortmund 2 VfB Stuttgart 1\nSC Freiburg 0 Hertha Berlin 3\n"
            + "Dortmund, who have won their last four games, scored twice in the first half through their Polish striker.\n"
            + "Stuttgart pulled one back after the break, and next weekend Dortmund travel to Freiburg.\n"
            + "Fans in Dortmund celebrated until midnight.";
        var entities = Extract(Text);
        Assert.Equal(EntityKind.Organization, Find(entities, "Stuttgart").Kind);
        Assert.Contains(entities, e => e.Name == "Dortmund" && e.Kind == EntityKind.Organization && e.Mentions.Count == 2);
        Assert.Contains(entities, e => e.Name == "Dortmund" && e.Kind == EntityKind.Place && e.Mentions.Count == 1); // the city a game is played in
    }

    [Fact]
    public void A_city_in_a_company_name_stays_a_place_outside_sport()
    {
        Has("Shares of Bayer Leverkusen Logistik fell, and traders in Leverkusen said the port was quiet.", "Leverkusen", EntityKind.Place);
    }

    [Fact]
    public void The_same_city_outside_a_sports_story_stays_a_place()
    {
        Has("Floods cut the roads around Valencia on Monday and schools in the city were closed.", "Valencia", EntityKind.Place);
    }

    [Fact]
    public void A_national_side_keeps_its_country_kind()
    {
        const string Text = "SOCCER - ITALY BEAT WALES IN QUALIFIER.\nROME 1997-03-29\n"
            + "Italy beat Wales 3-1 in a World Cup qualifier on Saturday, the striker Marco Del Vecchio scoring twice "
            + "before halftime as the home side's midfielders took control of the match.";
        Has(Text, "Italy", EntityKind.Place);
        Has(Text, "Wales", EntityKind.Place);
    }

    [Fact]
    public void A_player_listed_with_a_country_in_brackets_is_a_person()
    {
        const string Text = "TENNIS - RESULTS AT THE ROTTERDAM OPEN.\nROTTERDAM 1997-02-20\n"
            + "Results of second round matches in the tennis tournament:\n"
            + "Hendrik Vos (Netherlands) beat Tomas Berg (Sweden) 6-3 6-4\n"
            + "Paolo Rinaldi (Italy) beat Karel Novak (Czech Republic) 7-6 6-2";
        Has(Text, "Tomas Berg", EntityKind.Person);
        Has(Text, "Karel Novak", EntityKind.Person);
        Has(Text, "Czech Republic", EntityKind.Place);
    }

    [Fact]
    public void A_place_noun_after_a_name_makes_it_a_place()
    {
        Has("Rescue boats searched the Padma river for a second day after the ferry sank near Mawa.", "Padma", EntityKind.Place);
    }

    [Fact]
    public void Tickers_and_currency_prefixes_are_not_names()
    {
        const string Text = "Northfield Mining Corp <NFM.TO> said it would pay C$45 million for the mine.";
        Has(Text, "Northfield Mining Corp", EntityKind.Organization);
        Lacks(Text, "NFM", "TO", "C");
    }

    [Fact]
    public void A_possessive_inside_an_organisation_name_is_part_of_it()
    {
        Has("The National People's Front said on Tuesday it would boycott the vote.", "National People's Front", EntityKind.Organization);
        Has("Delegates of the Dock Workers' Union met the minister.", "Dock Workers' Union", EntityKind.Organization);
    }

    [Fact]
    public void A_possessive_after_a_place_or_a_person_names_two_things()
    {
        const string Text = "Canada's Liberal Party won the seat.";
        Has(Text, "Canada", EntityKind.Place);
        Has(Text, "Liberal Party", EntityKind.Organization);
    }

    [Fact]
    public void An_institution_remit_runs_across_of_and_and_on()
    {
        Has("The National Council for the Protection of Forests issued a report.", "National Council for the Protection of Forests", EntityKind.Organization);
        Has("A complaint went to the Commission on Human Rights in Geneva.", "Commission on Human Rights", EntityKind.Organization);
    }

    [Fact]
    public void Hyphens_join_one_place_and_name_particles()
    {
        Has("Aid workers flew to Guinea-Bissau on Friday.", "Guinea-Bissau", EntityKind.Place);
        Has("The festival opened in Aix-en-Provence on Friday.", "Aix-en-Provence", EntityKind.Place);
        Has("Foreign Minister Khalid al-Nasser met the envoy.", "Khalid al-Nasser", EntityKind.Person);
    }

    [Fact]
    public void Letters_after_a_name_and_a_nationality_before_it_are_not_part_of_it()
    {
        const string Text = "Defence counsel Edward Marsh QC told the jury that South African businessman Pieter Botha had been misled.";
        Has(Text, "Edward Marsh", EntityKind.Person);
        Has(Text, "Pieter Botha", EntityKind.Person);
        Lacks(Text, "Edward Marsh QC", "South African Pieter Botha");
    }

    [Fact]
    public void A_rank_before_a_name_is_a_title()
    {
        const string Text = "Army chief General Wiranto said troops would stay.";
        Has(Text, "Wiranto", EntityKind.Person);
        Lacks(Text, "General Wiranto");
    }

    [Fact]
    public void A_nationality_before_a_ministry_is_its_own_mention()
    {
        const string Text = "The Russian Foreign Ministry denied the report on Thursday.";
        Has(Text, "Foreign Ministry", EntityKind.Organization);
        Lacks(Text, "Russian Foreign Ministry");
    }

    [Fact]
    public void A_known_organisation_is_typed_without_context()
    {
        Has("Traders said Merrill Lynch was buying.", "Merrill Lynch", EntityKind.Organization);
    }

    [Fact]
    public void A_world_town_is_a_place_without_context()
    {
        Has("The convoy reached Plasencia before dusk.", "Plasencia", EntityKind.Place);
    }

    [Fact]
    public void A_sentence_initial_dictionary_word_is_not_a_name()
    {
        const string Text = "Survivors said the boat was overloaded. Referee: Mark Hill.";
        Lacks(Text, "Survivors", "Referee");
    }

    [Fact]
    public void A_surname_in_a_headline_before_the_full_name_is_that_person()
    {
        const string Text = "TENNIS - KOVALENKO WINS IN OSAKA.\nOSAKA 1997-04-06\nUkraine's Oleg Kovalenko won the final on Sunday. "
            + "Kovalenko said he was tired.";
        var person = Has(Text, "Oleg Kovalenko", EntityKind.Person);
        Assert.Equal(3, person.Mentions.Count);
    }

    [Fact]
    public void A_move_in_percent_to_a_price_makes_a_company()
    {
        Has("Kredyt Quenny rose 3.3 percent to 41.20 zlotys.", "Kredyt Quenny", EntityKind.Organization);
        Lacks("Prices were mixed. Sales rose 3.1 percent to 1.92 billion marks.", "Sales");
    }

    [Fact]
    public void A_move_in_percent_makes_a_listed_name_a_company()
    {
        Has("Akbank lost 3.2 percent and Yapı Quenredi eased 2.5 percent.", "Yapı Quenredi", EntityKind.Organization);
        Lacks("Prices were mixed.\nInflation rose 3 percent in May.", "Inflation");
    }
}
