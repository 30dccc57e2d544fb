using static Corpus.Extraction.Tests.Names.EntityAssert;

namespace Corpus.Extraction.Tests.Names;

/// <summary>
/// The lines of sports and market reports: headings over results, scoring labels, a rider's team after his country,
/// and offices whose portfolio opens the name's run. Made-up text, not from any seed, held-out article or wire set.
/// </summary>
public sealed class ReportLineTests
{
    private const string Athletics = "ATHLETICS - GRAND PRIX MEETING RESULTS .\nVALDORA, Italy 1996-09-04\n"
        + "Leading results of the athletics meeting in Valdora on Wednesday:\nMen\n100 metres\n1. Dwayne Harkness (U.S.) 10.04 seconds\n"
        + "2. Obadele Mensah (Ghana) 10.11\nWomen\nJavelin\n1. Trine Solheim (Norway) 64.20 metres\n2. Kirsi Lahtela (Finland) 62.88";

    [Fact]
    public void A_heading_over_a_numbered_list_plays_no_side()
    {
        Lacks(Athletics, "Men", "Women", "Javelin");
        Has(Athletics, "Trine Solheim", EntityKind.Person);
    }

    [Fact]
    public void A_line_that_reads_on_in_words_after_a_number_is_a_sentence_not_a_result()
    {
        const string text = "CRICKET - SHIELD MATCH ENDS IN WIN .\nHarwick beat Tollard by seven wickets in the Shield on Sunday.\n"
            + "Set 132 to win, Harwick reached their target with 20 overs to spare.\nScores: Tollard 245 (Kemp 71; Ferris 4-61) and 198 (Pike 64; Ferris 5-48).";

        Lacks(text, "Set", "Scores");
    }

    [Fact]
    public void The_names_a_scoring_label_lists_are_players()
    {
        const string text = "RUGBY UNION - CUP MATCH RESULT .\nDURBAN 1996-10-12\nHarbour beat Ridgeback 31-16 in the cup final on Saturday.\n"
            + "Harbour - Tries: Dlamini (2), Oberholzer. Conversions: Stander 2.\nRidgeback - Tries: Mokoena. Penalties: Venter 3.";

        Has(text, "Oberholzer", EntityKind.Person);
        Has(text, "Mokoena", EntityKind.Person);
        Has(text, "Venter", EntityKind.Person);
    }

    [Fact]
    public void The_name_after_a_riders_country_in_brackets_is_his_team()
    {
        const string text = "CYCLING - TOUR OF ARDENIA STAGE RESULTS .\nVESTRA, Ardenia 1996-09-06\n"
            + "Danish rider Anders Kjeldsen broke clear of the peloton to win the 198-km fourth stage on Friday.\nLeading results:\n"
            + "1. Anders Kjeldsen (Denmark) Valbrook-Tessari 4 hours 52 minutes 11 seconds\n2. Marek Zielny (Poland) Team Nordlys same time\n"
            + "3. Pieter Groen (Netherlands) Valbrook-Tessari same time";

        Has(text, "Valbrook-Tessari", EntityKind.Organization);
        Has(text, "Team Nordlys", EntityKind.Organization);
        Has(text, "Anders Kjeldsen", EntityKind.Person);
    }

    [Theory]
    [InlineData("The budget was presented to parliament by Deputy Finance Minister Tomas Ekberg last week.", "Tomas Ekberg")]
    [InlineData("The delegation was led by First Deputy Prime Minister Ravshan Ubaidov.", "Ravshan Ubaidov")]
    public void A_portfolio_that_opens_the_run_is_part_of_the_title(string text, string person)
    {
        Has(text, person, EntityKind.Person);
        Lacks(text, "Deputy", "First Deputy", "Deputy Finance");
    }

    [Theory]
    [InlineData("Brokers said Tamblyn Rhodes lost 0.50 to 67.50 in thin trade.", "Tamblyn Rhodes")]
    [InlineData("Among blue chips, Hollis Webb eased 1.00 rupee to 96.00 after the budget.", "Hollis Webb")]
    [InlineData("In London, Ashworth Dale rose 31 pence to 548p by midday.", "Ashworth Dale")]
    public void What_moves_by_an_amount_to_a_price_is_a_listed_company(string text, string name)
    {
        Has(text, name, EntityKind.Organization);
    }

    [Fact]
    public void A_person_who_climbs_places_to_an_ordinal_stays_a_person()
    {
        Has("Defending champion Marta Lindqvist rose three places to sixth in the standings.", "Marta Lindqvist", EntityKind.Person);
    }

    [Fact]
    public void An_english_word_that_only_opens_sentences_is_no_name_for_a_headline_in_capitals()
    {
        const string text = "KESTREL MILLS H1 PROFIT FALLS ON WEAKER PULP PRICES .\nHELSINKI 1996-08-22\n"
            + "Kestrel Mills Oy said on Thursday its first-half profit fell.\n\"Prices for coated paper bottomed out in the second quarter,\" "
            + "the company said.\nProfit after financial items 241 vs 388";

        Lacks(text, "PRICES", "Prices", "PROFIT", "Profit");
    }

    [Fact]
    public void A_place_put_first_with_its_comma_is_not_one_of_the_list_after_it()
    {
        const string text = "CRICKET - SHIELD RESULTS .\nHarwick beat Tollard by seven wickets in the Shield on Sunday, with 12 wickets for the bowlers.\n"
            + "In Hamilton, Northern Districts and Wellington drew after rain washed out the final day.\n"
            + "Standings: Harwick 3 20, Northern Districts 3 8, Wellington 3 4.";

        Has(text, "Hamilton", EntityKind.Place);
        Has(text, "Northern Districts", EntityKind.Organization);
    }

    [Theory]
    [InlineData("Health Canada said 142 new cases were recorded last year.", "Health Canada")]
    [InlineData("Statistics Norway said inflation slowed in May.", "Statistics Norway")]
    public void A_sector_word_before_a_country_names_its_agency(string text, string name)
    {
        Has(text, name, EntityKind.Organization);
    }

    [Theory]
    [InlineData("Loans also came from the Centre Pompidou in Paris.", "Centre Pompidou")]
    [InlineData("It will then travel to the Kunsthalle Wien in Vienna.", "Kunsthalle Wien")]
    [InlineData("The show opens at the Museo Tamayo next month.", "Museo Tamayo")]
    public void A_museum_or_centre_named_head_first_is_a_body(string text, string name)
    {
        Has(text, name, EntityKind.Organization);
    }

    [Fact]
    public void A_group_label_names_nobody()
    {
        const string text = "BASEBALL - NATIONAL SERIES RESULTS .\nResults of games on Sunday:\nGroup A\nHavana 5 Matanzas 3\nGroup D\nGranma 2 Holguin 1";

        Assert.DoesNotContain(Extract(text), e => !e.Tentative && e.Name.StartsWith("Group", System.StringComparison.Ordinal)
            && e.Kind is EntityKind.Person or EntityKind.Organization);
    }

    [Fact]
    public void A_region_named_with_a_compass_word_last_is_no_person()
    {
        const string text = "RUGBY UNION - CURRIE CUP RESULTS .\nIn Pretoria, Northern Transvaal thrashed Griqualand West 45-13 on Saturday.\n"
            + "Northern Transvaal 45 Griqualand West 13";

        Has(text, "Griqualand West", EntityKind.Organization);
    }

    [Fact]
    public void A_strait_named_before_its_noun_is_a_place()
    {
        Has("A cargo ship rammed a ferry in the Bosphorus strait on Friday. The Bosphorus links two seas.", "Bosphorus", EntityKind.Place);
    }

    [Fact]
    public void The_city_a_results_story_is_filed_from_is_a_place_apart_from_the_home_side_in_capitals()
    {
        const string text = "BASKETBALL - LEAGUE RESULTS AND STANDINGS .\nNEW YORK 1996-11-10\n"
            + "Results of league games on Saturday (home team in CAPS):\nNEW YORK 99 Philadelphia 91\nATLANTA 102 Milwaukee 95\n"
            + "Chicago 103 CLEVELAND 84\nChicago stayed unbeaten as Scott Rhodes scored 31 points and 15 rebounds.";

        var entities = Extract(text);
        var place = Assert.Single(entities, e => e.Name == "NEW YORK" && e.Kind == EntityKind.Place);
        Assert.Single(place.Mentions);
        Assert.Contains(entities, e => e.Name == "NEW YORK" && e.Kind == EntityKind.Organization);
    }

    [Fact]
    public void The_city_a_game_is_played_in_is_a_place_apart_from_its_side()
    {
        const string text = "ICE HOCKEY - LEAGUE RESULTS .\nResults of league games on Saturday (home team in CAPS):\n"
            + "PITTSBURGH 4 Boston 2\nMontreal 3 TORONTO 3\nIn Pittsburgh, Czech winger Radek Vondra scored twice as Pittsburgh beat Boston.\n"
            + "Montreal rallied from two goals down in Toronto, and Boston won 4-0 at Toronto last week.";

        var entities = Extract(text);
        Assert.Contains(entities, e => e.Name == "Pittsburgh" && e.Kind == EntityKind.Place);
        Assert.Contains(entities, e => e.Name == "Pittsburgh" && e.Kind == EntityKind.Organization);
        Assert.Contains(entities, e => e.Name == "Toronto" && e.Kind == EntityKind.Place);
        Assert.Contains(entities, e => e.Name == "Boston" && e.Kind == EntityKind.Organization);
    }

    [Theory]
    [InlineData("Wing Sipho Ndlovu scored two tries in the second half.", "Sipho Ndlovu")]
    [InlineData("Lock Tevita Rabuka was sent off after 20 minutes.", "Tevita Rabuka")]
    [InlineData("Goaltender Jussi Lahti made 38 saves.", "Jussi Lahti")]
    public void A_players_position_opening_the_sentence_is_a_role_not_part_of_the_name(string text, string person)
    {
        Has(text, person, EntityKind.Person);
    }

    [Theory]
    [InlineData("Chancellor of the Exchequer Kenneth Clarke is due to meet the governor.", "Kenneth Clarke", "Chancellor of the Exchequer")]
    [InlineData("Minister of Foreign Affairs Ana Silva flew to Lima.", "Ana Silva", "Minister of Foreign Affairs")]
    [InlineData("President of Ghana John Mahama spoke first.", "John Mahama", "President of Ghana")]
    public void An_office_after_of_is_part_of_the_title(string text, string person, string role)
    {
        Assert.Equal(role, Has(text, person, EntityKind.Person).Role);
    }

    [Fact]
    public void An_office_that_ends_the_run_names_nobody_but_a_place_stays_a_name()
    {
        Lacks("The Minister of State attended the ceremony.", "State");
        Has("The President of Ghana said the vote was fair.", "Ghana", EntityKind.Place);
    }

    [Theory]
    [InlineData("Zambia's Mines Minister Chitalu Mwansa said output would recover.", "Chitalu Mwansa", "Mines")]
    [InlineData("\"The road is cut,\" Emergencies Minister Temir Asanov told reporters.", "Temir Asanov", "Emergencies")]
    [InlineData("\"Children are not test data,\" Privacy Commissioner Rosa Quenterberg said.", "Rosa Quenterberg", "Privacy")]
    [InlineData("The plan was backed by Housing Secretary Quenton Aldous on Monday.", "Quenton Aldous", "Housing")]
    public void A_plural_portfolio_before_a_ministers_title_is_part_of_it(string text, string person, string portfolio)
    {
        Has(text, person, EntityKind.Person);
        Lacks(text, portfolio);
    }

    [Fact]
    public void A_modifier_joined_to_a_title_by_a_hyphen_is_part_of_it()
    {
        const string text = "Vice-Governor Ludmila Quenková told reporters the bank would wait.";
        Assert.Equal("Vice-Governor", Has(text, "Ludmila Quenková", EntityKind.Person).Role);
        Assert.DoesNotContain(Extract(text), e => e.Name.StartsWith("Vice", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_portfolio_does_not_swallow_the_place_before_the_title()
    {
        Has("\"A fair price,\" said Marshall Islands President Henri Bolkem.", "Marshall Islands", EntityKind.Place);
    }

    [Theory]
    [InlineData("Aluminium held steady, nickel fell and zinc edged higher.", "Aluminium")]
    [InlineData("Sterling eased to 2.3190 marks from 2.3255 on Friday.", "Sterling")]
    [InlineData("Soymeal rose $2.40 to $231.80 a short ton.", "Soymeal")]
    public void What_a_market_trades_opening_a_sentence_is_no_body_or_person(string text, string word)
    {
        Assert.DoesNotContain(Extract(text), e => e.Name == word && e.Kind is EntityKind.Person or EntityKind.Organization or EntityKind.Place);
    }

    [Theory]
    [InlineData("Pre-race favourite Sergei Ivanov punctured twice.", "Pre")]
    [InlineData("The company makes ultrasound and X-ray systems.", "X")]
    [InlineData("Anti-government protests spread on Friday.", "Anti")]
    public void A_prefix_before_a_hyphen_and_a_lower_case_word_is_part_of_a_common_word(string text, string prefix)
    {
        Assert.DoesNotContain(Extract(text), e => e.Name == prefix);
    }

    [Fact]
    public void A_club_named_with_its_own_first_word_and_the_sides_it_hosts_or_faces_are_bodies()
    {
        const string text = "SOCCER - BETIS BEAT VILLARREAL .\nSubstitute Chinedu Okafor headed a stoppage-time winner as Real Betis beat "
            + "Villarreal 2-1 on Sunday. Betis coach Rodrigo Salcedo praised his side. Barcelona, who host Valencia on Monday, "
            + "are second. Betis travel to Belgium on Thursday to face Club Brugge.";

        Has(text, "Real Betis", EntityKind.Organization);
        Has(text, "Valencia", EntityKind.Organization);
        Has(text, "Club Brugge", EntityKind.Organization);
    }

    [Fact]
    public void The_side_a_score_is_won_at_or_lost_at_home_to_is_a_body_and_a_ground_a_place()
    {
        const string text = "SOCCER - QUENLAND LEAGUE .\nQuenburg Rovers beat Kestrel Town 2-0 in the league on Saturday. Marlow United, "
            + "who needed a win, won 3-0 away at Quenwa Bellmore, and Harlow Athletic lost 1-0 at home to Quensaki Frontel. "
            + "Kestrel Town won 4-0 at Quenbury last month.";

        Has(text, "Quenwa Bellmore", EntityKind.Organization);
        Has(text, "Quensaki Frontel", EntityKind.Organization);
        Assert.DoesNotContain(Extract(text), e => e.Name == "Quenbury" && e.Kind == EntityKind.Organization);
    }

    [Fact]
    public void A_present_day_sports_story_after_a_long_one_in_the_same_text_is_read_as_sport()
    {
        var business = new System.Text.StringBuilder("Quenmark profit rises on loan demand\nQUENBURG, March 3 (Reuters) - Quenmark Bank said on Monday its profit rose.");
        for (var i = 0; i < 160; i++)
        {
            business.Append(" The lender said demand for loans from small firms was strong in the quarter.");
        }

        var text = business + "\n\nSoccer - Leeds snatch title on final day\nQUENPORT, Dec 6 (Reuters) - Leeds won the league title on Saturday, "
            + "coming from behind to beat Marlow United 2-1. Leeds coach Tom Quenley said the players were superb. The defender and the striker "
            + "both scored, and the goalkeeper kept the league's best record.";

        Has(text, "Leeds", EntityKind.Organization);
    }

    [Fact]
    public void A_town_before_its_captain_in_a_sports_story_is_the_side()
    {
        const string text = "SOCCER - QUENLAND LEAGUE .\nMarlow United beat Kestrel Town 2-0 on Saturday to win the league title. "
            + "Kashiwa captain Ryo Quenada said his side had only themselves to blame. Kashiwa finished second.";

        var kashiwa = Has(text, "Kashiwa", EntityKind.Organization);
        Assert.Equal(2, kashiwa.Mentions.Count);
    }

    [Fact]
    public void A_role_noun_after_a_subject_or_to_is_a_verb()
    {
        Assert.Null(Has("Talk show host Jay Leno spoke.", "Jay Leno", EntityKind.Person).Affiliation);
        Assert.DoesNotContain(Extract("Fans of the club, who host Valencia on Monday, queued for tickets."), e => e.Name == "Valencia" && e.Kind == EntityKind.Person);
    }

    [Fact]
    public void A_venue_after_at_opening_a_report_line_is_a_place()
    {
        const string text = "CRICKET - ENGLISH COUNTY CHAMPIONSHIP SCORES.\nLONDON 1996-08-30\n"
            + "Close of play scores in four-day English County Championship matches on Friday:\n"
            + "At Quenbury: Sussex 298 (T. Pendry 91; S. McFarlane 4-61) v Kent 37-1.\n"
            + "At Old Velham: Lancashire v Derbyshire - no play, rain.\n";
        Has(text, "Quenbury", EntityKind.Place);
        Has(text, "Old Velham", EntityKind.Place);
        Has("At Quenbarra, the home midfielder gathered 34 possessions as the Eagles won.", "Quenbarra", EntityKind.Place);
    }

    [Fact]
    public void Cricket_s_test_match_is_no_body()
    {
        const string text = "Quenbar struck an unbeaten 142 as the hosts reached 387 for six on the opening day of the one-off Test. "
            + "It was his third Test hundred. The visitors have won only three of their 11 Tests.";
        Assert.DoesNotContain(Extract(text), e => e.Name is "Test" or "Tests" && e.Kind is EntityKind.Organization or EntityKind.Person or EntityKind.Place);
    }

    [Fact]
    public void A_move_to_a_price_with_a_thousands_comma_makes_a_company()
    {
        Has("Fiat slipped 35 lire to 5,180, while Quenbar Italia gained 48 to 4,233 on talk of a sale.", "Quenbar Italia", EntityKind.Organization);
    }

    [Fact]
    public void A_name_before_index_is_a_market_s_index()
    {
        Has("The all-share Quenbartel index fell 0.64 percent to 9,812.", "Quenbartel", EntityKind.Other);
    }

    [Fact]
    public void A_country_of_ordinary_words_in_a_line_of_capitals_is_still_a_place()
    {
        var text = "Results of the women's downhill:\n1. Katarina Quenbar (Croatia) 1:41.27\n2. Kelly Ann Dunleavy (United States) 1:42.30\n";
        Has(text, "United States", EntityKind.Place);
        Has(text, "Kelly Ann Dunleavy", EntityKind.Person);
    }

    [Fact]
    public void Sets_won_in_a_row_are_a_match_between_players_not_sides()
    {
        var text = "TENNIS - SOUTH AFRICA BEAT SPAIN .\nPERTH 1996-12-31\nLindiwe Quenoena beat Nuria Echeverria 6-2 6-3 and "
            + "Pieter Venter beat Alvaro Montilla 6-4 7-5 on Tuesday.\nSouth Africa beat Spain 3-0.\n";
        Has(text, "Lindiwe Quenoena", EntityKind.Person);
        Has(text, "Spain", EntityKind.Place);
    }

    [Fact]
    public void Sides_listed_with_their_countries_around_a_score_are_clubs()
    {
        var text = "SOCCER - CUP RESULTS .\nQUITO 1996-08-21\nResults of quarter-final first legs played on Wednesday:\n"
            + "Racing Quenclub (Argentina) 3 Atletico Quenal (Colombia) 1\n\nALPINE SKIING - RESULTS .\n"
            + "1. Kelly Ann Quenleavy (United States) 1:42.30\n";
        Has(text, "Racing Quenclub", EntityKind.Organization);
        Has(text, "Atletico Quenal", EntityKind.Organization);
        Has(text, "Kelly Ann Quenleavy", EntityKind.Person);
    }

    [Fact]
    public void What_a_player_scores_for_is_a_side_and_the_West_Indies_a_place()
    {
        var text = "SOCCER - AUSTRIAN FIRST DIVISION .\nVIENNA 1996-12-08\nSubstitute Samuel Oyelaran headed his first league goal for "
            + "Quenpid 12 minutes from time.\nThe crowd went home happy.\n";
        Has(text, "Quenpid", EntityKind.Organization);
        var cricket = "CRICKET - AUSTRALIA BEAT WEST INDIES .\nMELBOURNE 1996-12-08\nOpener Brendan Kettering made 87 as Australia beat "
            + "West Indies by six wickets in the one-day match.\n";
        Has(cricket, "West Indies", EntityKind.Place);
    }
}
