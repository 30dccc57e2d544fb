using System.Linq;
using static Corpus.Extraction.Tests.Names.EntityAssert;

namespace Corpus.Extraction.Tests.Names;

/// <summary>
/// Where a name starts and ends, and what a short later form of it is: a company's first words alone, the name an
/// acronym in brackets defines, a word that opens a sentence before a name, a title before a body's head, a double
/// surname, and the place a person is "in". Made-up sentences, not from any seed, held-out article or wire set.
/// </summary>
public sealed class ShortFormAndExtentTests
{
    [Fact]
    public void A_company_first_word_alone_is_its_short_form_even_where_a_small_town_has_that_name()
    {
        var entities = Extract("Harlow Pump Corp said on Monday it would close two plants. Harlow shares fell 3 percent, "
            + "and analysts said Harlow had lost orders to rivals.");

        Assert.Equal(EntityKind.Organization, Find(entities, "Harlow Pump Corp").Kind);
        Assert.DoesNotContain(entities, e => e.Name == "Harlow" && e.Kind == EntityKind.Place);
    }

    [Fact]
    public void A_company_first_two_words_alone_are_its_short_form()
    {
        var entities = Extract("Ter Horst Industrie NV agreed to buy the plant. Ter Horst chairman Jan Smit said the deal "
            + "would add to earnings. Ter Horst shares rose.");

        Assert.DoesNotContain(entities, e => e.Name == "Ter Horst" && e.Kind == EntityKind.Person);
        Has("Tomas Brandt Holding AG bought the mill. Tomas Brandt shares rose 4 percent in Zurich.", "Tomas Brandt Holding AG", EntityKind.Organization);
    }

    [Fact]
    public void The_first_two_words_of_a_body_that_ends_in_its_head_are_its_short_form()
    {
        var entities = Extract("Pump maker Halvig agreed to merge with Dutch rival Van Quenen Flow Systems. Van Quenen investors "
            + "will hold 46% of the new group. Van Quenen gained 8.9% in Amsterdam, and the works council at Van Quenen said it "
            + "would seek guarantees.");

        Assert.Equal(EntityKind.Organization, Find(entities, "Van Quenen Flow Systems").Kind);
        Assert.DoesNotContain(entities, e => e.Name == "Van Quenen" && e.Kind == EntityKind.Person);
    }

    [Fact]
    public void The_family_a_company_is_named_after_with_its_particles_is_its_short_form()
    {
        var entities = Extract("Dutch brewer Van der Quenen Dranken NV bid for the Polish brewery on Monday. Van der Quenen said "
            + "it would keep all 1,800 jobs, and the ministry chose Van der Quenen over two other bidders.");

        Assert.Equal(EntityKind.Organization, Find(entities, "Van der Quenen Dranken NV").Kind);
        Assert.DoesNotContain(entities, e => e.Name == "Van der Quenen" && e.Kind == EntityKind.Person);
    }

    [Fact]
    public void A_person_a_body_is_named_after_keeps_his_name()
    {
        var entities = Extract("The Egon Quenle Research Foundation opened an archive in Vienna. Egon Quenle painted the "
            + "city's suburbs for forty years.");

        Assert.Equal(EntityKind.Person, Find(entities, "Egon Quenle").Kind);
    }

    [Theory]
    [InlineData("SEOUL--(BUSINESS WIRE)--Quenbit Energy Materials Co., Ltd. said on Monday it would build a plant.", "Quenbit Energy Materials Co., Ltd.")]
    [InlineData("The contract went to Quenhai Heavy Industries Co., Limited, the shipyard said.", "Quenhai Heavy Industries Co., Limited")]
    public void A_company_legal_form_after_a_comma_is_part_of_its_name(string text, string name)
    {
        Has(text, name, EntityKind.Organization);
    }

    [Fact]
    public void A_known_place_that_begins_a_company_name_stays_a_place()
    {
        Has("Lagos Ventures Ltd raised $40 million. The company is based in Lagos, the commercial capital.", "Lagos", EntityKind.Place);
        Has("Abu Dhabi Quay Ports PJSC raised $1 billion. Abu Dhabi wants more such listings.", "Abu Dhabi", EntityKind.Place);
    }

    [Theory]
    [InlineData("The Economic Community of Coastal Lowland States (ECOCLS) met on Monday.", "Economic Community of Coastal Lowland States")]
    [InlineData("He was tried by the Special Tribunal for the former Dalmarian Republic (STDR) in 2004.", "Special Tribunal for the former Dalmarian Republic")]
    [InlineData("The U.N. High Commissioner for Refugees (UNHCR) said 4,000 people had crossed.", "U.N. High Commissioner for Refugees")]
    [InlineData("The Organisation of Upland Unity (OUU) said it would send observers.", "Organisation of Upland Unity")]
    [InlineData("The Council for Security and Co-operation in Arcadia (CSCA) sent observers.", "Council for Security and Co-operation in Arcadia")]
    public void An_acronym_in_brackets_fixes_the_extent_of_the_name_it_defines(string text, string name)
    {
        Has(text, name, EntityKind.Organization);
    }

    [Theory]
    [InlineData("Quenland's Ministry of Economy, Trade and Industry said it would study the rule.", "Ministry of Economy, Trade and Industry")]
    [InlineData("Funding comes from the Ministry of Business, Innovation and Employment in Velmora.", "Ministry of Business, Innovation and Employment")]
    [InlineData("The National Council for Science, Technology and Technological Innovation approved the grant.", "National Council for Science, Technology and Technological Innovation")]
    [InlineData("A spokesman for the Department of Agriculture, Forestry, and Fisheries declined to comment.", "Department of Agriculture, Forestry, and Fisheries")]
    public void A_body_remit_listed_with_commas_after_its_head_is_one_name(string text, string name)
    {
        Has(text, name, EntityKind.Organization);
    }

    [Theory]
    [InlineData("The Supreme Court of Justice of Uruguay upheld the ruling on Tuesday.", "Supreme Court of Justice of Uruguay")]
    [InlineData("The Association of Dairy Farmers of Estonia said milk prices were too low.", "Association of Dairy Farmers of Estonia")]
    public void A_country_after_a_body_remit_is_part_of_its_name(string text, string name)
    {
        Has(text, name, EntityKind.Organization);
    }

    [Fact]
    public void A_body_after_a_body_remit_is_a_name_of_its_own()
    {
        var names = KeptNames("The Committee of Ministers of the Council of Europe met in Strasbourg on Wednesday.");

        Assert.Contains("Committee of Ministers", names);
        Assert.Contains("Council of Europe", names);
    }

    [Fact]
    public void A_list_after_a_body_named_for_a_place_or_of_other_bodies_is_no_remit()
    {
        var names = KeptNames("Officials from the Bank of England, Treasury and Parliament met on Monday. "
            + "The Ministry of Health, Oxfam and Quenaid signed the plan.");

        Assert.Contains("Bank of England", names);
        Assert.Contains("Ministry of Health", names);
        Assert.DoesNotContain("Bank of England, Treasury and Parliament", names);
        Assert.DoesNotContain("Ministry of Health, Oxfam and Quenaid", names);
    }

    [Theory]
    [InlineData("Outgoing President Tomas Quenkie's National Renewal Party came first with 18 seats.", "Tomas Quenkie", "National Renewal Party")]
    [InlineData("Tension grew between Prime Minister Kemal Quenoglu's Prosperity Party and its partner.", "Kemal Quenoglu", "Prosperity Party")]
    public void A_titled_person_before_a_possessive_is_not_part_of_the_party_after_it(string text, string person, string party)
    {
        Has(text, person, EntityKind.Person);
        Has(text, party, EntityKind.Organization);
    }

    [Fact]
    public void A_title_alone_before_a_possessive_stays_in_the_body_named_for_it()
    {
        Has("The Comptroller General's Office opened an inquiry into the contract.", "Comptroller General's Office", EntityKind.Organization);
    }

    [Fact]
    public void An_acronym_whose_letters_the_words_do_not_spell_fixes_nothing()
    {
        // (A body's remit after "on" goes on through "and" by itself, "National Commission on Data and Liberty": the names
        // here are two by every rule but the acronym's.)
        var names = KeptNames("The Quenmark Data Council and Liberty Group (CNDL) opened an inquiry.");

        Assert.DoesNotContain("Quenmark Data Council and Liberty Group", names);
    }

    [Theory]
    [InlineData("Substitute Claudio Brenna scored in stoppage time.", "Claudio Brenna", EntityKind.Person)]
    [InlineData("Hosts China stayed unbeaten with a win over Brazil.", "China", EntityKind.Place)]
    [InlineData("Wicketkeeper Tamal Deb was 46 not out at the close.", "Tamal Deb", EntityKind.Person)]
    [InlineData("Organiser Sandro Vielli said he would bid for the final.", "Sandro Vielli", EntityKind.Person)]
    [InlineData("Neighbouring Romania said it was watching the crisis closely.", "Romania", EntityKind.Place)]
    [InlineData("Neighboring Bolivia has said it will not take sides.", "Bolivia", EntityKind.Place)]
    [InlineData("Substitute Quenji Hataoka volleyed the equaliser.", "Quenji Hataoka", EntityKind.Person)]
    [InlineData("Resident Quenaid Farouk, 52, said the walls cracked overnight.", "Quenaid Farouk", EntityKind.Person)]
    public void A_word_that_only_opens_the_sentence_is_not_part_of_the_name_after_it(string text, string name, EntityKind kind)
    {
        Has(text, name, kind);
    }

    [Fact]
    public void A_head_or_a_club_name_at_the_opening_keeps_its_first_word()
    {
        Assert.Contains("Purity Quenkosgei Rotach", KeptNames("Women:\n1. Purity Quenkosgei Rotach (Kenya) 2:16:51"));
        Has("Bank Julius Tessin said the shares were cheap.", "Bank Julius Tessin", EntityKind.Organization);
        Assert.Contains("Inter Milan", KeptNames("Inter Milan lead the standings on 58 points after beating Lecce 4-0."));
    }

    [Fact]
    public void A_title_before_one_word_that_heads_a_body_is_no_person()
    {
        Assert.DoesNotContain(Extract("He has scored 14 goals in the Premier League this season."), e => e.Name == "League");
    }

    [Fact]
    public void A_double_surname_after_a_given_name_is_one_name_even_when_its_first_part_is_a_place()
    {
        Has("\"We will not back down,\" Foreign Secretary Ramon Santiago-Velez told reporters.", "Ramon Santiago-Velez", EntityKind.Person);
    }

    [Theory]
    [InlineData("An official in Quenbarra said the road had reopened.")]
    [InlineData("Analysts in Quenbarra expected the rate to stay on hold.")]
    public void A_person_in_a_name_is_somewhere(string text)
    {
        Has(text, "Quenbarra", EntityKind.Place);
    }

    [Fact]
    public void Shares_and_stakes_in_a_name_make_it_a_company()
    {
        Has("Shares in Quenbarra fell 14 pence after the profit warning.", "Quenbarra", EntityKind.Organization);
        Has("The fund holds a 20 percent stake in Quenbarra.", "Quenbarra", EntityKind.Organization);
    }

    [Theory]
    [InlineData("Brazilian steel producer Quenbarra Aceros SA reported a loss.", "Quenbarra Aceros SA")]
    [InlineData("Eduardo Maia of Banco Quenbarra said the sale was delayed.", "Banco Quenbarra")]
    [InlineData("The bank had no plans to bid for the state-owned Quenbarische Landesbank this year.", "Quenbarische Landesbank")]
    [InlineData("Shares in Quenbarbanken rose after the results.", "Quenbarbanken")]
    [InlineData("Graduates of the Ecole Quenbarra founded the company.", "Ecole Quenbarra")]
    [InlineData("The coach told Radio Quenbarra the title was not won yet.", "Radio Quenbarra")]
    [InlineData("The bank made an offer for small rival Cassa di Risparmio di Quenbarra on Monday.", "Cassa di Risparmio di Quenbarra")]
    [InlineData("Petrolera Quenbarra said work on its project had been suspended.", "Petrolera Quenbarra")]
    [InlineData("A judge of the Tribunal de Grande Quenbarra ordered the film withdrawn.", "Tribunal de Grande Quenbarra")]
    public void Bodies_named_by_their_head_or_legal_form_are_organisations(string text, string name)
    {
        Has(text, name, EntityKind.Organization);
    }

    [Fact]
    public void In_a_sports_story_the_city_of_a_club_is_the_club()
    {
        var text = "SOCCER - NEWCASTLE WIN.\nLONDON 1997-03-02\nStriker Alan Fry scored twice as Bristol Rovers beat Leeds 3-1 "
            + "on Sunday in the league.\nBristol struggled until half-time, when the goalkeeper was sent off.\n";

        var entities = Extract(text);
        Assert.DoesNotContain(entities, e => e.Name == "Bristol" && e.Kind == EntityKind.Place);
        Assert.Equal(2, Find(entities, "Bristol Rovers").Mentions.Count); // "Bristol struggled" is the club's
    }

    [Fact]
    public void The_name_before_an_office_held_for_a_place_is_the_place()
    {
        Has("Quenbarra Gov. Roberto Salas called the trial a circus.", "Quenbarra", EntityKind.Place);
        Has("The lecture was given by astronomer Michel Mayor-Aubert of Geneva.", "Michel Mayor-Aubert", EntityKind.Person);
    }

    [Fact]
    public void A_name_listed_with_a_small_town_and_nothing_else_is_a_place()
    {
        Has("\"People in Garm and Quenbarra have been cut off for months,\" the spokeswoman said.", "Quenbarra", EntityKind.Place);
    }

    [Theory]
    [InlineData("Troops sacked the palace of the Kingdom of Quenbarra in 1897.", "Kingdom of Quenbarra")]
    [InlineData("A landslide cut the Quenbarra Highway, stranding hundreds of trucks.", "Quenbarra Highway")]
    public void States_and_roads_are_places(string text, string name)
    {
        Has(text, name, EntityKind.Place);
    }

    [Fact]
    public void In_a_scorecard_bowlers_and_fielders_are_people()
    {
        var text = "CRICKET - ZIMBABWE FOLLOW ON.\nCOLOMBO 1996-09-12\nScoreboard on the third day of the first test:\n"
            + "T. Mabena c Dasanayake b Kumarasiri 9\nG. Chiwara lbw b Kumarasiri 21\nA. Mutendi c and b Weerakkody 4\n"
            + "Bowling: Kumarasiri 18-5-42-2, Weerakkody 16-3-51-1\n";

        Assert.DoesNotContain(Extract(text), e => e.Name is "Kumarasiri" or "Weerakkody" && e.Kind == EntityKind.Organization);
    }

    [Fact]
    public void A_possessive_after_a_bodys_head_owns_the_body_after_it()
    {
        const string text = "The find was announced by the International Quenomical Union's Minor Quenet Center in Cambridge.";
        Has(text, "International Quenomical Union", EntityKind.Organization);
        Has(text, "Minor Quenet Center", EntityKind.Organization);
        Has("The Quenolian People's Revolutionary Party won the vote.", "Quenolian People's Revolutionary Party", EntityKind.Organization);
        Has("Analysts at Quenby's Investors Service cut the rating.", "Quenby's Investors Service", EntityKind.Organization);
    }

    [Fact]
    public void In_a_scorecard_the_batsman_opening_his_line_is_a_person()
    {
        var text = "CRICKET - QUENLAND V ZIMBABWE SCOREBOARD .\nQUENPUR 1996-12-17\nQuenland first innings\n"
            + "Waqen Butt b Chikore 5\nFarqan Steel not out 88\nRizqen Stone run out 27\nTotal (for three wickets) 120\n";

        Has(text, "Waqen Butt", EntityKind.Person);
        Has(text, "Farqan Steel", EntityKind.Person);
        Has(text, "Rizqen Stone", EntityKind.Person);
    }

    [Fact]
    public void A_middle_surname_alone_is_the_person_whose_name_holds_it()
    {
        var entities = Extract("Former minister Gustavo Quenbarra Larrea denied the charges on Monday. Prosecutors said Quenbarra "
            + "approved inflated contracts. If convicted, Quenbarra faces eight years in prison.");

        Assert.Equal(3, Find(entities, "Gustavo Quenbarra Larrea").Mentions.Count);
    }

    [Fact]
    public void A_first_name_alone_that_nothing_types_is_the_person_it_starts()
    {
        var entities = Extract("Striker Chidike Obiora scored twice on Sunday. \"Chidike is in the form of his life,\" the coach said.");

        Assert.Equal(2, Find(entities, "Chidike Obiora").Mentions.Count);
    }

    [Fact]
    public void The_city_a_sports_story_is_filed_from_is_a_place_though_its_side_plays_in_it()
    {
        var text = "BASKETBALL - KNICKS WIN AGAIN.\nNEW YORK 1996-12-07\nNew York beat Boston 101-94 on Saturday, the guard "
            + "scoring 28 points, and New York stay top of the Atlantic Division.\n";

        var entities = Extract(text);

        Assert.Equal(EntityKind.Place, Find(entities, "NEW YORK").Kind);
        Assert.Equal(EntityKind.Organization, Find(entities, "New York").Kind);
    }

    [Theory]
    [InlineData("Officials in Cox's Bazar said 42 bodies had been recovered.", "Cox's Bazar", EntityKind.Place)]
    [InlineData("Deputies of the Kenyan People's Unity Party walked out.", "Kenyan People's Unity Party", EntityKind.Organization)]
    [InlineData("The match was played at St Quentin's Park on Sunday.", "St Quentin's Park", EntityKind.Place)]
    public void A_possessive_inside_a_place_or_a_people_s_body_is_part_of_its_name(string text, string name, EntityKind kind)
    {
        Has(text, name, kind);
    }

    [Fact]
    public void A_short_name_its_context_makes_a_company_is_the_company_before_a_person_s_surname()
    {
        var entities = Extract("Hoshida Precision KK cut its forecast. President Kenji Hoshida said demand was weak. "
            + "Shares in Hoshida fell 15 percent.");

        Assert.Equal(2, Find(entities, "Hoshida Precision KK").Mentions.Count);
    }

    [Fact]
    public void A_headline_in_capitals_names_a_company_by_its_first_words()
    {
        var text = "QUENWICK MEDICAL TO BUY LANTERN DIAGNOSTICS.\nBOSTON 1996-08-22\nQuenwick Medical Systems Inc said on Thursday "
            + "it would buy Lantern Diagnostics Corp for $1.2 billion.\n";

        var entities = Extract(text);

        Assert.Equal(2, Find(entities, "Quenwick Medical Systems Inc").Mentions.Count);
        Assert.Equal(2, Find(entities, "Lantern Diagnostics Corp").Mentions.Count);
    }

    [Fact]
    public void Scorers_in_brackets_after_a_side_s_score_are_people()
    {
        var text = "SOCCER - DUTCH FIRST DIVISION SUMMARIES.\nAMSTERDAM 1996-09-22\nSummaries of Dutch first division soccer matches played on Sunday (halftime scores in brackets), "
            + "after the striker scored twice and the goalkeeper saved a penalty:\n"
            + "Ajax Amsterdam 2 ( Quenstra 23 , Vandermolen 71 ) Utrecht 0 .\nHeerenveen 3 ( Tjallema 5 , 40 ) NAC Breda 0 .\n";

        var entities = Extract(text);

        Assert.All(new[] { "Quenstra", "Vandermolen", "Tjallema" }, name => Assert.Equal(EntityKind.Person, Find(entities, name).Kind));
        Assert.Equal(EntityKind.Organization, Find(entities, "Utrecht").Kind);
    }

    [Fact]
    public void A_country_written_with_and_stays_whole_inside_a_body_s_name()
    {
        Has("The Supreme Court of Trinidad and Tobago ruled on Monday.", "Supreme Court of Trinidad and Tobago", EntityKind.Organization);
    }

    [Theory]
    [InlineData("A coast guard ship rammed a supply boat near Second Quen Shoal in August.", "Second Quen Shoal", EntityKind.Place)]
    [InlineData("First Quen Commercial Bank PJSC led the deal.", "First Quen Commercial Bank PJSC", EntityKind.Organization)]
    public void An_ordinal_before_a_name_with_a_head_is_part_of_it(string text, string name, EntityKind kind)
    {
        Has(text, name, kind);
    }

    [Fact]
    public void A_surname_written_with_its_particles_alone_is_the_person_whose_name_holds_them()
    {
        var entities = Extract("Director Guillermo del Quen was born in Guadalajara. \"It was madness,\" del Quen told reporters. "
            + "Goalkeeper Edwin van der Quenst saved twice, and van der Quenst was named man of the match. Later de Quenk left.");

        Assert.Equal(2, Find(entities, "Guillermo del Quen").Mentions.Count);
        Assert.Equal(2, Find(entities, "Edwin van der Quenst").Mentions.Count);
        Has("\"We will win,\" de Quenk said.", "de Quenk", EntityKind.Person);
        Assert.DoesNotContain(entities, e => e.Name.StartsWith("Later", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Northern Transvaal beat Western Province 24-20 in Pretoria on Saturday.", "Northern Transvaal")]
    [InlineData("The former chairman fled to Northern Cyprus in 1990.", "Northern Cyprus")]
    [InlineData("Drought has hit farmers across the Eastern Cape this year.", "Eastern Cape")]
    public void A_compass_adjective_before_a_name_is_part_of_it(string text, string name)
    {
        Assert.Contains(name, KeptNames(text));
    }

    [Theory]
    [InlineData("Conglomerate Tamblyn Rhodes Holdings was unchanged at 88.00.", "Tamblyn Rhodes Holdings")]
    [InlineData("Refiner Quenbury & Lyle Plc said on Monday it had bought two cargoes of raw sugar.", "Quenbury & Lyle Plc")]
    [InlineData("Insurer Harlow Mutual Ltd said profit rose.", "Harlow Mutual Ltd")]
    public void A_descriptor_noun_opening_the_sentence_is_not_part_of_the_company_after_it(string text, string name)
    {
        Has(text, name, EntityKind.Organization);
    }

    [Fact]
    public void A_hyphenated_company_name_without_its_legal_form_is_the_company()
    {
        var entities = Extract("Vaara-Sellu Oy said on Thursday its profit fell. Vaara-Sellu's shares rose on the Helsinki exchange. "
            + "Vaara-Sellu is Finland's fourth-largest forest products group.");

        Assert.DoesNotContain(entities, e => e.Name == "Vaara-Sellu" && e.Kind == EntityKind.Person);
        Assert.Equal(3, Find(entities, "Vaara-Sellu Oy").Mentions.Count);
    }

    [Theory]
    [InlineData("Approval is needed from the Directorate of Fisheries in Bergen.", "Directorate of Fisheries")]
    [InlineData("The show was supported by the Ministry of Culture and National Heritage and the city.", "Ministry of Culture and National Heritage")]
    [InlineData("The International Federation of Red Cross and Red Crescent Societies appealed for funds.", "International Federation of Red Cross and Red Crescent Societies")]
    [InlineData("The study appears in the Eastern Journal of Medicine this week.", "Eastern Journal of Medicine")]
    [InlineData("Power cuts were blamed on the Electricity Company of Ghana on Monday.", "Electricity Company of Ghana")]
    public void A_body_remit_after_of_goes_on_through_and_in_ordinary_words(string text, string name)
    {
        Has(text, name, EntityKind.Organization);
    }

    [Theory]
    [InlineData("Leading results of the stage from Kielce to Łódź on Friday.", "Łódź")]
    [InlineData("The convoy reached Poznań late on Sunday.", "Poznań")]
    public void A_large_place_written_with_its_own_letters_is_a_place(string text, string name)
    {
        Has(text, name, EntityKind.Place);
    }

    [Theory]
    [InlineData("Real Madrid joined Deportivo at the top of the table on Sunday.", "Real Madrid")]
    [InlineData("Sporting Lisbon were held 1-1 at home.", "Sporting Lisbon")]
    public void An_ordinary_word_that_clubs_put_before_their_city_stays_in_the_name(string text, string name)
    {
        Assert.Contains(name, KeptNames(text));
    }

    [Fact]
    public void A_headline_opening_word_before_a_nationality_is_not_a_person()
    {
        var entities = Extract("Forgotten Polish modernist gets first major show\nWARSAW, April 14 - A painter is getting her first show.");

        Assert.DoesNotContain(entities, e => e.Name == "Forgotten Polish");
    }

    [Theory]
    [InlineData("Growth must stay within the Maastricht treaty limits, the minister said.", "Maastricht")]
    [InlineData("The concert came a year after the Dayton peace agreement ended the war.", "Dayton")]
    public void A_town_before_an_accord_noun_names_the_accord(string text, string name)
    {
        Assert.DoesNotContain(Extract(text), e => e.Name == name && e.Kind is EntityKind.Place or EntityKind.Person or EntityKind.Organization);
    }

    [Theory]
    [InlineData("We asked the Confederation of African Football to move the match.", "Confederation of African Football")]
    [InlineData("The Stock Exchange of Thailand's main index closed up 2.3 percent.", "Stock Exchange of Thailand")]
    [InlineData("A statement from the Supreme Council of Military Justice said the four were guilty.", "Supreme Council of Military Justice")]
    public void A_body_named_with_of_is_read_whole(string text, string name)
    {
        Has(text, name, EntityKind.Organization);
    }

    [Fact]
    public void A_business_named_with_its_possessive_keeps_it_even_when_the_name_is_a_given_name()
    {
        var entities = Extract("A portrait sold for $16.8 million at Marlowe's on Tuesday. \"Marlowe's has set the tone,\" a dealer said.");

        Assert.Equal(EntityKind.Organization, Find(entities, "Marlowe's").Kind);
    }

    [Fact]
    public void A_possessive_name_written_once_before_a_reporting_verb_keeps_its_possessive()
    {
        Has("Quenbrant's said it may cut the rating on the bonds.", "Quenbrant's", EntityKind.Organization);
    }

    [Fact]
    public void A_common_word_with_a_possessive_is_a_heading_not_a_business()
    {
        const string text = "ROWING - LUCERNE REGATTA RESULTS .\nMen's single sculls: 1. Iztok Cop (Slovenia) 7:02.11\n"
            + "Men's eight: 1. Germany 5:41.20\nWomen's double sculls: 1. Canada 6:49.02";

        Lacks(text, "Men's", "Women's");
    }

    [Theory]
    [InlineData("Cardinal Valve Corp said on Tuesday it agreed to be bought.", "Cardinal Valve Corp")]
    [InlineData("The Prince Hotels Group said profit rose.", "Prince Hotels Group")]
    [InlineData("The Prosecutor-General's Office said the seven would be tried.", "Prosecutor-General's Office")]
    public void A_title_that_opens_a_body_name_is_part_of_it(string text, string name)
    {
        Has(text, name, EntityKind.Organization);
    }

    [Theory]
    [InlineData("North Melbourne moved to the top of the ladder on Sunday.", "North Melbourne")]
    [InlineData("South Sydney five-eighth Jason Taylor scored a try.", "South Sydney")]
    public void A_compass_point_opening_the_sentence_before_a_place_is_part_of_the_name(string text, string name)
    {
        Assert.Contains(name, KeptNames(text));
    }

    [Theory]
    [InlineData("The rocket lifted off from Kourou in French Guiana on Tuesday.", "French Guiana", EntityKind.Place)]
    [InlineData("He ran the fastest 800 metres of the year at the King Quenbert Stadium on Friday.", "King Quenbert Stadium", EntityKind.Place)]
    public void A_nationality_or_a_title_opening_a_known_place_or_a_venue_is_part_of_it(string text, string name, EntityKind kind)
    {
        Has(text, name, kind);
    }

    [Theory]
    [InlineData("The Peruvian Red Cross said it was sending tents to the area.", "Peruvian Red Cross")]
    [InlineData("Supplies went to the Kyrgyz Red Crescent on Monday.", "Kyrgyz Red Crescent")]
    [InlineData("It was the biggest listing in the Gulf after Saudi Aramco's share sale.", "Saudi Aramco")]
    [InlineData("The Vietnam Red Cross said it had distributed 800 tonnes of rice.", "Vietnam Red Cross")]
    [InlineData("Watchdog Transparency International Malaysia welcomed the ruling.", "Transparency International Malaysia")]
    public void A_nation_before_or_after_a_body_is_part_of_its_name(string text, string name)
    {
        Has(text, name, EntityKind.Organization);
    }

    [Fact]
    public void Common_letters_a_name_defines_in_brackets_are_a_name_wherever_the_seed_uses_them()
    {
        var entities = Extract("The centre-right Democratic Alliance (AD) won the vote. The Socialist Party (PS) came second. "
            + "The PS, led by a former minister, lost seats, and the AD had 31.4% with all districts counted.");

        Assert.Equal(2, Find(entities, "AD").Mentions.Count);
        Assert.Equal(2, Find(entities, "PS").Mentions.Count);
        Assert.DoesNotContain(Extract("The meeting ended at 9 PM and the AD era began."), e => e.Name is "AD" or "PM");
    }

    [Theory]
    [InlineData("Cycling-Lindqvist wins queen stage to seize lead\nOskar Lindqvist won the stage on Saturday.", "Lindqvist")]
    [InlineData("Exclusive-Harlow plans to cut 500 jobs\nHarlow Pump Corp will cut jobs, sources said.", "Harlow")]
    public void A_headline_topic_before_a_hyphen_is_not_part_of_the_name_after_it(string text, string name)
    {
        var entities = Extract(text);
        Assert.DoesNotContain(entities, e => e.Name.StartsWith("Cycling-", System.StringComparison.Ordinal) || e.Name.StartsWith("Exclusive-", System.StringComparison.Ordinal));
        Assert.Contains(entities, e => e.Mentions.Any(m => text.Substring(m.Span.Start, m.Span.Length) == name));
    }

    [Fact]
    public void An_assembly_of_the_republic_is_one_body_and_a_count_before_member_makes_no_role()
    {
        Has("The party holds 88 of the seats in the 230-member Assembly of the Republic.", "Assembly of the Republic", EntityKind.Organization);
    }

    [Theory]
    [InlineData("His Nepali Congress party had been left without a majority.", "Nepali Congress", EntityKind.Organization)]
    [InlineData("Leaders met at the Belém Palace on Tuesday.", "Belém Palace", EntityKind.Place)]
    [InlineData("Riders were reeled in on the Col des Mosses before the finish.", "Col des Mosses", EntityKind.Place)]
    [InlineData("The glaciers of the Cordillera Blanca lost a third of their area.", "Cordillera Blanca", EntityKind.Place)]
    [InlineData("A drug must reach a health post in rural Tigray.", "Tigray", EntityKind.Place)]
    [InlineData("Results were published in the Lancet medical journal on Friday.", "Lancet", EntityKind.Organization)]
    public void Heads_and_nouns_around_a_name_give_its_kind(string text, string name, EntityKind kind)
    {
        Has(text, name, kind);
    }

    [Fact]
    public void A_persons_name_in_a_list_of_places_stays_a_person()
    {
        Has("(Additional reporting by Gabriel Mourão in São Paulo and Luisa Arteaga Pérez in Caracas; Editing by Frank Dale)",
            "Luisa Arteaga Pérez", EntityKind.Person);
        Has("(Reporting by Peter Quenwol in Juba and Meseret Quenalemu in Addis Ababa; Writing by Lindiwe Mahlangu)",
            "Meseret Quenalemu", EntityKind.Person);
        Has("Floods hit towns in Jalal-Abad and Quenbatken in the south.", "Quenbatken", EntityKind.Place);
    }

    [Theory]
    [InlineData("Researchers at Peru's National Institute for Research on Glaciers and Mountain Ecosystems combined images.", "National Institute for Research on Glaciers and Mountain Ecosystems")]
    [InlineData("She directs the malaria programme at the Africa Centres for Disease Control and Prevention in Addis Ababa.", "Africa Centres for Disease Control and Prevention")]
    public void A_remit_goes_on_through_on_and_and_in_ordinary_words(string text, string name)
    {
        Has(text, name, EntityKind.Organization);
    }

    [Fact]
    public void A_companys_relation_opening_the_sentence_is_not_part_of_its_name()
    {
        Has("Rival Yaskawa Electric Corp reported a 9% fall in quarterly profit.", "Yaskawa Electric Corp", EntityKind.Organization);
    }

    [Theory]
    [InlineData("South Korea, led by setter Kim Nam-soon, lost in five sets.", "Kim Nam-soon")]
    [InlineData("\"Costs rose,\" KFTC Chairman Han Ki-jeong told a briefing.", "Han Ki-jeong")]
    [InlineData("Former minister Park Min-young attended the ceremony.", "Park Min-young")]
    public void A_korean_given_name_after_the_family_name_is_joined_whatever_its_syllables_spell(string text, string name)
    {
        Has(text, name, EntityKind.Person);
    }

    [Fact]
    public void A_title_joined_by_a_hyphen_is_one_title()
    {
        Assert.Equal("Attorney-General", Has("Attorney-General Singgih told reporters the nine would be tried.", "Singgih", EntityKind.Person).Role);
    }

    [Theory]
    [InlineData("Okonkwo headed a late equaliser at the Estádio do Quenbar on Sunday.", "Estádio do Quenbar", EntityKind.Place)]
    [InlineData("Wales led through two penalties from Rhys ap Quenbar in the first half.", "Rhys ap Quenbar", EntityKind.Person)]
    [InlineData("Fighters of the al Quenbar-linked group attacked the post.", "al Quenbar", EntityKind.Organization)]
    public void Particles_of_other_languages_join_a_name(string text, string name, EntityKind kind)
    {
        Has(text, name, kind);
    }

    [Fact]
    public void A_remit_ending_in_a_plural_head_is_read_through_and()
    {
        Has("Ngaire Quenbar, a glaciologist at the Institute for Marine and Antarctic Studies, said so.",
            "Institute for Marine and Antarctic Studies", EntityKind.Organization);
    }

    [Fact]
    public void A_nationality_before_a_survey_is_part_of_its_name()
    {
        Has("The cores will be stored at the British Antarctic Survey in Cambridge.", "British Antarctic Survey", EntityKind.Organization);
    }

    [Fact]
    public void A_position_opening_the_sentence_is_the_players_role()
    {
        var player = Has("Flyhalf Tommaso Quenbari kicked 17 points.", "Tommaso Quenbari", EntityKind.Person);
        Assert.Equal("Flyhalf", player.Role);
    }

    [Theory]
    [InlineData("The jury found that the Sunday Quenier had defamed him.", "Sunday Quenier", EntityKind.Organization)]
    [InlineData("Danish brewer Skovlund Quenerier A/S said on Wednesday its profit rose.", "Skovlund Quenerier A/S", EntityKind.Organization)]
    [InlineData("He ran a haulage firm in County Quenway for 30 years.", "County Quenway", EntityKind.Place)]
    [InlineData("Standard Quenlige 1 Genk 1", "Standard Quenlige", EntityKind.Organization)]
    public void Words_that_open_or_end_a_name_in_its_own_convention(string text, string name, EntityKind kind)
    {
        Has(text, name, kind);
    }

    [Fact]
    public void A_day_opens_no_name_without_the_article()
    {
        Lacks("The vote on Sunday Quenbar was close.", "Sunday Quenbar");
    }

    [Theory]
    [InlineData("Prices rose.\nEpidemiologist Marina Quenlo-Prado said vaccination works.", "Marina Quenlo-Prado", EntityKind.Person)]
    [InlineData("Prices rose.\nNeighboring Telangana holds state elections later this year.", "Telangana", EntityKind.Place)]
    public void A_word_for_what_a_name_is_that_opens_the_sentence_is_not_part_of_it(string text, string name, EntityKind kind)
    {
        Has(text, name, kind);
    }

    [Fact]
    public void A_field_of_work_opening_the_sentence_is_no_part_of_the_name_after_it()
    {
        Has("Ash fell on the city.\nVulcanologist Otoniel Quenías said the eruption was slowing.", "Otoniel Quenías", EntityKind.Person);
    }

    [Fact]
    public void A_party_named_by_its_nation_keeps_the_nationality()
    {
        Has("Lawmakers from the governing Quenorgian Unity party passed the bill.", "Quenorgian Unity", EntityKind.Organization);
        Has("Lawmakers from the governing Georgian Unity party passed the bill.", "Georgian Unity", EntityKind.Organization);
    }

    [Fact]
    public void A_capitalised_article_inside_a_sentence_is_part_of_the_title_after_it()
    {
        Has("Results appeared in the medical journal The Quencet on Friday.", "The Quencet", EntityKind.Organization);
        Has("He climbed the Passo dello Quenvio on the last day.", "Passo dello Quenvio", EntityKind.Place);
    }

    [Fact]
    public void The_months_short_form_before_a_name_is_a_given_name()
    {
        Has("(Reporting by Anne Quenanen; Editing by Jan Quenvey)", "Jan Quenvey", EntityKind.Person);
        Lacks("The talks resumed on Jan 5 in Geneva.", "Jan");
        Has("The video artist June Quenpaik died in Miami in 2006.", "June Quenpaik", EntityKind.Person);
    }

    [Fact]
    public void The_months_short_form_after_a_given_name_or_before_a_particle_is_a_given_name()
    {
        Has("The title went to Dutchmen Kees Quenstra and Pieter Jan de Quenvelt.", "Pieter Jan de Quenvelt", EntityKind.Person);
        Has("Coach Jan van Quendijk named his side.", "Jan van Quendijk", EntityKind.Person);
        Has("The sprint was won by Pieter Jan Quenveld of Belgium.", "Pieter Jan Quenveld", EntityKind.Person);
        Lacks("The talks resumed in Quenburg on 5 Jan de facto.", "Jan");
    }

    [Theory]
    [InlineData("The Cruising Yacht Club of Quenalia organises the race.", "Cruising Yacht Club of Quenalia")]
    [InlineData("The work was funded by the National Institutes of Quenhealth.", "National Institutes of Quenhealth")]
    [InlineData("Without it, the Movement for a Democratic Quenakia would fall.", "Movement for a Democratic Quenakia")]
    public void Clubs_institutes_and_movements_take_their_remit_into_the_name(string text, string name)
    {
        Has(text, name, EntityKind.Organization);
    }

    [Fact]
    public void A_plural_word_opening_the_sentence_before_one_name_word_describes_it()
    {
        var text = "ICE HOCKEY - FINNISH LEAGUE .\nHELSINKI 1996-12-08\nQuenerit 4 HIFK 2\nLeaders Quenerit extended their lead with a 4-2 win.\n";
        Has(text, "Quenerit", EntityKind.Organization);
        Lacks(text, "Leaders Quenerit");
        Has("Statistics Norway said inflation slowed in May.", "Statistics Norway", EntityKind.Organization);
    }
}
