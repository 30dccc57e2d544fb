using System.Linq;
using static Corpus.Extraction.Tests.Names.EntityAssert;

namespace Corpus.Extraction.Tests.Names;

/// <summary>
/// Kinds that come from the words around a name nothing else types: prepositions of place, the speaker of a quotation,
/// "X of Y" after a person, descriptors after a name, competitions in sports stories, and the heads that other
/// languages put first. Made-up sentences, not from any seed, held-out article or wire set.
/// </summary>
public sealed class ContextKindTests
{
    [Theory]
    [InlineData("The cyclist grew up in Quenbarra, where his father kept goats.")]
    [InlineData("Aid trucks waited for a week near Quenbarra before the road was cleared.")]
    [InlineData("The match at Quenbarra was abandoned after 20 minutes.")]
    [InlineData("The riders move on to Quenbarra on Friday.")]
    [InlineData("\"Now we go to Quenbarra with confidence,\" the pilot said.")]
    public void A_name_nothing_else_types_after_a_preposition_of_place_is_a_place(string text)
    {
        Has(text, "Quenbarra", EntityKind.Place);
    }

    [Fact]
    public void What_a_statement_is_made_on_is_a_platform_not_a_place()
    {
        Has("A senior adviser said on Quenbargram that the road had been opened.", "Quenbargram", EntityKind.Organization);
        Has("The cyclist grew up on Quenbarra, an island off the coast.", "Quenbarra", EntityKind.Place);
    }

    [Fact]
    public void A_preposition_does_not_outweigh_what_the_name_itself_says()
    {
        Has("The bill now goes to the Quenbarra Senate for a vote.", "Quenbarra Senate", EntityKind.Organization);
        Has("Analysts said the merger would make Kestrel Holdings the largest miner in Ghana.", "Kestrel Holdings", EntityKind.Organization);
        Has("The bill was approved in Congress on Tuesday.", "Congress", EntityKind.Organization);
    }

    [Fact]
    public void A_one_word_name_that_speaks_a_quotation_is_a_person()
    {
        Has("\"He never complained, not once,\" Quenbarra said on Monday.", "Quenbarra", EntityKind.Person);
    }

    [Fact]
    public void A_name_after_a_person_and_of_is_the_body_the_person_speaks_for()
    {
        Has("Promoter Bob Arum of Quell Benson said the fight would go ahead.", "Quell Benson", EntityKind.Organization);
        Has("Prime Minister John Major of Britain arrived on Monday.", "Britain", EntityKind.Place);
    }

    [Fact]
    public void An_organisation_descriptor_after_a_name_makes_it_an_organisation()
    {
        Has("The Quenbarra news agency said the talks had ended.", "Quenbarra", EntityKind.Organization);
    }

    [Fact]
    public void Club_and_side_before_a_name_make_it_an_organisation()
    {
        Has("The striker joined from Serie B side Quenbarra in January.", "Quenbarra", EntityKind.Organization);
    }

    private const string Sports = "SOCCER - LEADERS DRAW AGAIN.\nMILAN 1997-03-02\n"
        + "Juventus were held 1-1 by Parma on Sunday and the striker missed a penalty, leaving the champions two points clear "
        + "at the top before their Champions League match with Ajax, while the goalkeeper was sent off.\n"
        + "The winger, who rode the Tour de France as a boy, scored after 20 minutes.\n"
        + "EASTERN CONFERENCE\nAtlantic Division\n";

    [Fact]
    public void In_a_sports_story_leagues_conferences_and_stage_races_are_competitions()
    {
        Has(Sports, "Champions League", EntityKind.Event);
        Has(Sports, "Tour de France", EntityKind.Event);
        Has(Sports, "EASTERN CONFERENCE", EntityKind.Event);
    }

    [Fact]
    public void A_league_named_with_its_sport_is_the_body_that_runs_it()
    {
        const string Text = "ICE HOCKEY - RESULTS.\nNEW YORK 1997-03-02\n"
            + "Results of National Hockey League games on Saturday, when the goalkeeper made 40 saves and the defenceman scored twice:\n"
            + "Boston 3 Buffalo 2\nToronto 4 Ottawa 1";
        Has(Text, "National Hockey League", EntityKind.Organization);
    }

    [Fact]
    public void An_event_heading_with_a_possessive_and_a_number_plays_no_side()
    {
        const string Text = "ATHLETICS - RESULTS IN OSLO.\nOSLO 1997-07-04\n"
            + "Results from the meeting, where the sprinter won the 100 metres and the favourite fell on the final lap:\n\n"
            + "Men's 100 metres\n1. Odane Quist (Jamaica) 9.91\n2. Marek Vell (Poland) 10.02\n";
        Lacks(Text, "Men");
    }

    [Theory]
    [InlineData("The home side played at the Stadio Renato Quenbarra on Sunday.", "Stadio Renato Quenbarra")]
    [InlineData("Miners dug lithium from the Salar de Quenbarra for decades.", "Salar de Quenbarra")]
    [InlineData("Her lawyer spoke to reporters on the steps of the Palais de Quenbarra.", "Palais de Quenbarra")]
    [InlineData("The skeleton was found on a beach in North Quenbarra last year.", "North Quenbarra")]
    public void Heads_that_other_languages_put_first_and_compass_points_make_places(string text, string name)
    {
        Has(text, name, EntityKind.Place);
    }

    [Fact]
    public void A_korean_given_name_keeps_its_lower_case_syllable()
    {
        Has("President Lee Jae-myung promised new laws.", "Lee Jae-myung", EntityKind.Person);
        Lacks("The Lagos-based company and the Oscar-winning director met.", "Lagos-based", "Oscar-winning");
    }

    [Fact]
    public void Names_given_as_instances_of_a_class_take_its_kind()
    {
        const string text = "Leaders held rallies in cities including Quenbarra, Velmuru and Tessaluru.";
        Has(text, "Quenbarra", EntityKind.Place);
        Has(text, "Tessaluru", EntityKind.Place);
        Has("The ministry will support local suppliers such as Quenbarra Semichem and Velmo.", "Quenbarra Semichem", EntityKind.Organization);
    }

    [Theory]
    [InlineData("Under the Quenbar Copyright Act of 1957, a court can order damages.", "Quenbar Copyright Act")]
    [InlineData("Washington has a Mutual Quenbar Treaty with Manila dating to 1951.", "Mutual Quenbar Treaty")]
    [InlineData("The ministers signed the Treaty of Quenbarra on Friday.", "Treaty of Quenbarra")]
    [InlineData("Survivors said the three-deck M.V. Quenbarra was carrying at least 500 people.", "M.V. Quenbarra")]
    [InlineData("The coast guard said its vessel BRP Quenbarra was hit by a water cannon.", "BRP Quenbarra")]
    [InlineData("The 12,000-tonne Quenbar Falcon was towed to port with a gash in its bow.", "Quenbar Falcon")]
    public void Laws_accords_and_ships_are_neither_bodies_nor_people(string text, string name)
    {
        Has(text, name, EntityKind.Other);
    }

    [Fact]
    public void A_name_whose_shares_board_or_founder_the_text_names_is_a_company()
    {
        Has("Quenbar Maju's founder pleaded guilty to bribery charges last year.", "Quenbar Maju", EntityKind.Organization);
        Has("Shares in the group rose, and Velmora's shares jumped 6 percent.", "Velmora", EntityKind.Organization);
        Has("Analysts said Tim Quenbar's shares were worth more than his house.", "Tim Quenbar", EntityKind.Person);
    }

    [Fact]
    public void A_one_word_name_only_the_world_given_names_hold_is_a_company_before_its_ceo()
    {
        // "Apple" is in the world list of given names, not in the main one: before "CEO" it is the company.
        Has("Tim Quenbar, Apple's CEO, spoke at the fair on Monday.", "Apple", EntityKind.Organization);
        Has("The designer left, and Apple's founder kept the studio going.", "Apple", EntityKind.Organization);
    }

    [Fact]
    public void A_place_whose_first_word_is_a_common_one_is_found_whole()
    {
        const string text = "Floods cut the road between Quenbarra and Can Tho, and the worst-hit province was An Giang.";
        Has(text, "Can Tho", EntityKind.Place);
        Has(text, "An Giang", EntityKind.Place);

        // Whole, a world place outweighs a list's person ("Dong" is a family name).
        Has("The worst-hit provinces were Dong Quenbar, An Giang and Long An.", "Long An", EntityKind.Place);
    }

    [Fact]
    public void A_place_known_whole_is_no_side_named_after_a_town_in_it()
    {
        Has("Health officials in Minas Gerais said cases had doubled since January.", "Minas Gerais", EntityKind.Place);
        Has("The Vancouver Grizzlies lost again on Friday.", "Vancouver Grizzlies", EntityKind.Organization);
    }

    [Fact]
    public void Given_names_of_the_six_languages_human_names_lists_make_people()
    {
        // Without the given name, the list's towns would make the second name a town too.
        Has("Officials named them as Gordon Tull from Calgary, and Uwe Quenbarra from Hamburg.", "Uwe Quenbarra", EntityKind.Person);
    }

    [Fact]
    public void A_name_opening_with_the_arabic_article_alone_is_a_body_and_after_a_given_name_a_person_s()
    {
        Has("Saudi clubs such as Al-Quenbar spent heavily on players last year.", "Al-Quenbar", EntityKind.Organization);
        var text = "Spokesman Faisal Al-Quenbari said the talks would resume. Al-Quenbari added that no date was set.";
        var faisal = Has(text, "Faisal Al-Quenbari", EntityKind.Person);
        Assert.Equal(2, faisal.Mentions.Count);
    }

    [Fact]
    public void A_patronymic_inside_a_name_makes_a_person()
    {
        Has("The ruling was read by Nurhana Qistina binti Hamdan on Tuesday.", "Nurhana Qistina binti Hamdan", EntityKind.Person);
        Has("The shares were held by Qasim bin Talal al-Rashed until 2018.", "Qasim bin Talal al-Rashed", EntityKind.Person);
        Has("The semi-official daily al-Quenram said more storms were due.", "al-Quenram", EntityKind.Organization);
        Has("\"We will not leave,\" said Sheikh Hassan al-Quenour, the movement's leader.", "Hassan al-Quenour", EntityKind.Person);
    }

    [Fact]
    public void A_businessman_before_a_name_is_a_role()
    {
        Assert.Equal("businessman", Has("Saudi businessman Quenbar Talal testified on Monday.", "Quenbar Talal", EntityKind.Person).Role);
    }

    [Fact]
    public void A_korean_family_name_before_a_hyphenated_given_name_makes_a_person_without_a_title()
    {
        Has("A delegation led by the minister's deputy, Choi Min-ho, is due in Tokyo next week.", "Choi Min-ho", EntityKind.Person);
        Has("The winner came from the club's South Korean forward Lee Jae-won.", "Lee Jae-won", EntityKind.Person);
        Has("Reporting by Park Hye-jin in Seoul; Editing by Ana Ruiz", "Park Hye-jin", EntityKind.Person);
    }

    [Fact]
    public void Dr_and_Prof_without_a_full_stop_are_titles()
    {
        var walsh = Has("Dr Mereana Quist, who led the study, said the bird was huge.", "Mereana Quist", EntityKind.Person);
        Assert.Equal("Dr", walsh.Role);
    }

    [Fact]
    public void Museums_and_countries_written_with_connectors_are_known()
    {
        Has("The fossil will go on display at the Quenbarra Museum next year.", "Quenbarra Museum", EntityKind.Organization);
        Has("The sprinter from Trinidad and Tobago won the final.", "Trinidad and Tobago", EntityKind.Place);
    }

    [Fact]
    public void The_article_of_a_place_that_has_one_is_part_of_its_name()
    {
        Has("The ruling by the court in The Hague was ignored.", "The Hague", EntityKind.Place);
    }

    [Fact]
    public void A_stage_race_named_with_of_is_one_competition()
    {
        const string Text = "CYCLING - QUIST WINS TOUR OF FLANDERS.\nOUDENAARDE, Belgium 1997-04-06\n"
            + "Belgian Wim Quist won the Tour of Flanders on Sunday, the sprinter and the team leader a minute behind after the "
            + "final climb, with the peloton far back on the last lap of the circuit.";
        Has(Text, "Tour of Flanders", EntityKind.Event);
    }

    [Fact]
    public void A_country_initials_in_brackets_are_no_ticker()
    {
        const string Text = "Results of the men's 100 metres:\n1. Marcus Quist (U.S.) 9.89\n2. Akani Vell (Kenya) 9.94";
        Has(Text, "U.S.", EntityKind.Place);
        Lacks("Gold miner Kestrel Resources NL <KSR.AX> said on Wednesday its profit rose.", "KSR.AX", "KSR");
    }

    [Fact]
    public void An_adjective_before_an_institution_with_a_remit_is_part_of_its_name()
    {
        Has("The report by the Catholic Commission for Justice and Peace was published on Monday.", "Catholic Commission for Justice and Peace", EntityKind.Organization);
        Has("Rebels of the Communist Party of Nepal attacked a police post.", "Communist Party of Nepal", EntityKind.Organization);
    }

    [Fact]
    public void English_words_joined_by_and_before_an_institution_head_are_one_name()
    {
        Has("The deal needs the approval of the Competition and Consumer Authority in Helsinki.", "Competition and Consumer Authority", EntityKind.Organization);
        Has("A secretary at the Ministry of Disaster Management and Relief said shelters were open.", "Ministry of Disaster Management and Relief", EntityKind.Organization);
        Lacks("Executives at Apple and Google Cloud Services met on Monday.", "Apple and Google Cloud Services");
        Has("The Ministry of Communications and Quenitalisation declined to comment.", "Ministry of Communications and Quenitalisation", EntityKind.Organization);
        Has("The Ministry of Lands and Quenization said the survey was done.", "Ministry of Lands and Quenization", EntityKind.Organization);
    }

    [Fact]
    public void A_name_the_quotation_marks_enclose_exactly_is_a_title()
    {
        Has("The prize went to \u201CThe Ash Birds\u201D, a first feature by Peruvian director Ana Quist.", "Ash Birds", EntityKind.Other);
        Has("Director Ana Quist said the film would open in Lima.", "Ana Quist", EntityKind.Person);
    }

    [Theory]
    [InlineData("The award was shared by Moussa Quendiop, for \"Those Who Quenstay\", and Nino Kvaquelia.", "Quenstay")]
    [InlineData("The jury prize went to \"Night Quenferry to Busan\", a thriller set on a boat.", "Night Quenferry")]
    [InlineData("Best actor went to Dariush Quenlahi, who plays a wrestler in \"The Quenmat\".", "Quenmat")]
    [InlineData("Her film \"The Year of the Quendragon\" won the jury prize.", "Year")]
    [InlineData("The painting, \u201CThe Road to Quenanne\u201D, fetched $9 million.", "Road")]
    public void A_name_inside_a_quoted_title_is_a_word_of_the_title(string text, string name)
    {
        var entities = Extract(text);
        Assert.DoesNotContain(entities, e => e.Name == name && e.Kind is EntityKind.Person or EntityKind.Organization or EntityKind.Place && !e.Tentative);
    }

    [Theory]
    [InlineData("Her first novel, \"The Quistman's Guide to the Vellary\", sold a million copies.", "Quistman", "Guide", "Vellary")]
    [InlineData("The critics loved \u201CQuendler's List\u201D when it opened in May.", "Quendler", "List")]
    [InlineData("The band played \"The Year of the Quendragon and the Long March Home\" to close the show.", "Year", "Quendragon", "Long March Home")]
    [InlineData("He read \"Harry Quenter and the Philosopher's Stone\" twice.", "Harry Quenter", "Philosopher", "Stone")]
    [InlineData("They watched \"Star Quenwars: A New Quenhope\" twice.", "Star Quenwars", "New Quenhope")]
    public void The_words_of_a_quoted_title_with_a_possessive_or_of_many_words_are_no_entities(string text, params string[] words)
    {
        var names = Extract(text).Select(e => e.Name).ToArray();
        foreach (var word in words)
        {
            Assert.DoesNotContain(word, names);
        }
    }

    [Fact]
    public void A_name_a_quoted_title_contains_is_kept_where_the_text_names_it_elsewhere()
    {
        const string Text = "The navigator Ode Quennick sailed from Lisbon in May. Quennick kept a log.\n\n"
            + "The film \"Quennick's Last Voyage\" tells the story.";
        var entity = Has(Text, "Ode Quennick", EntityKind.Person);
        Assert.Equal(2, entity.Mentions.Count); // the title's word is no mention
        Has("The prize went to \u201CThe Ash Birds\u201D, a first feature by Peruvian director Ana Quist.", "Ash Birds", EntityKind.Other);
    }

    [Fact]
    public void A_quotation_that_reads_on_in_lower_case_words_is_no_title()
    {
        Has("He said the side \"never gave up in Quenbarra\" last year.", "Quenbarra", EntityKind.Place);
    }

    [Fact]
    public void A_business_always_named_with_a_possessive_keeps_it()
    {
        const string Text = "Auction house Quellby's said on Monday the painting would be sold in May. The sale at Quellby's in London follows a record.";
        var entity = Find(Extract(Text), "Quellby's");
        Assert.Equal(2, entity.Mentions.Count);
        Has("Britain's and France's leaders met in Paris. Britain's prime minister spoke first.", "Britain", EntityKind.Place);
        Has("Ratings agency Quendy's placed the bank on review for a downgrade.", "Quendy's", EntityKind.Organization);
    }

    [Fact]
    public void An_ordinary_word_owns_no_product()
    {
        const string Text = "BADMINTON - JAPAN OPEN RESULTS.\nTOKYO 1997-03-09\nResults of the finals, where the top seed won the singles title:\n\n"
            + "Men's singles\nLiu Quist (China) beat Anders Vell (Denmark) 15-9 15-12\n\nWomen's doubles\nHan Mei and Li Xue (China) beat Mia Ode and Eliza Rank (Indonesia) 15-11 15-7";
        Lacks(Text, "Men", "Women");
    }

    [Fact]
    public void A_word_after_a_spaced_dash_is_capitalised_by_its_place()
    {
        const string Text = "RUGBY UNION - NEW ZEALAND WIN SERIES.\nPRETORIA 1996-08-24\nNew Zealand beat South Africa 33-26 on Saturday.\n"
            + "Scorers:\nNew Zealand - Tries: Quist 2, Vell. Conversions: Ode 3.\nSouth Africa - Tries: Rank. Conversions: Tell 2.";
        Lacks(Text, "Tries");
    }

    [Fact]
    public void Storms_operations_memorials_tribunals_and_teams_named_after_cities()
    {
        Has("Typhoon Quella hit the coast on Monday, cutting power to thousands.", "Typhoon Quella", EntityKind.Event);
        Has("The Quist Memorial meeting in Brussels drew 40,000 fans.", "Quist Memorial", EntityKind.Event);
        Has("The government asked the Constitutional Tribunal to rule on the decree.", "Constitutional Tribunal", EntityKind.Organization);
        Has("Guard Jason Quist scored 25 points as the Vancouver Quellers lost again.", "Vancouver Quellers", EntityKind.Organization);
        Has("Han Meiling of China beat the top seed in the final.", "Han Meiling", EntityKind.Person);
    }

    [Fact]
    public void A_name_no_list_knows_that_ends_in_a_common_noun_is_a_body()
    {
        Has("Shares in Quellara Precision jumped 88 yen on a newspaper report.", "Quellara Precision", EntityKind.Organization);
        Has("Quellara Vennik, 34, worked at a bank before.", "Quellara Vennik", EntityKind.Person);
    }

    [Fact]
    public void A_compass_point_before_a_nationality_is_a_people_of_a_region()
    {
        Has("Southeast Asian foreign ministers met in Vientiane on Friday.", "Southeast Asian", EntityKind.Other);
    }

    [Fact]
    public void An_ordinary_word_opening_a_sentence_takes_no_kind_from_the_noun_after_it()
    {
        Lacks("Streaming platforms were a visible presence at the festival. Host nation Ivory Coast play Egypt on Sunday.", "Streaming", "Host");
        Has("Quellcorp chips power most phones sold in China.", "Quellcorp", EntityKind.Organization);
    }

    [Fact]
    public void A_numbered_part_of_a_text_is_no_body()
    {
        var article = Find(Extract("The judges found that the surveillance breached Article 8 of the convention."), "Article");
        Assert.Equal(EntityKind.Other, article.Kind);
    }

    [Fact]
    public void An_organisation_suffix_in_capitals_makes_a_headline_name_a_body()
    {
        // The capitals are a mention of the company the story names in full.
        var company = Has("QUELLARA RESOURCES PROFIT JUMPS, BUYS GHANAIAN STAKE.\nPERTH 1996-08-28\nGold miner Quellara Resources NL said on Wednesday its profit rose.", "Quellara Resources NL", EntityKind.Organization);
        Assert.Equal(2, company.Mentions.Count);
    }

    [Theory]
    [InlineData("The Nikkei average fell 1.2 percent, and the Hang Seng index ended lower.", "Nikkei")]
    [InlineData("The Nikkei average fell 1.2 percent, and the Hang Seng index ended lower.", "Hang Seng")]
    [InlineData("Traders said El Nino would cut the crop next year.", "El Nino")]
    [InlineData("She spoke in Wolof at a news conference in the capital.", "Wolof")]
    [InlineData("Olympic champions Cuba came back from two sets down.", "Olympic")]
    [InlineData("Poor planning leaves Andean villages exposed to landslides.", "Andean")]
    public void Indices_climate_patterns_languages_and_adjectives_of_regions_are_neither_bodies_nor_places(string text, string name)
    {
        Has(text, name, EntityKind.Other);
    }

    [Fact]
    public void An_index_name_before_a_newspaper_noun_is_the_paper()
    {
        Assert.NotEqual(EntityKind.Other, Find(Extract("The Nikkei business daily reported the merger on Tuesday."), "Nikkei").Kind);
    }

    [Theory]
    [InlineData("The daily Quen Kuulutaja reported last week that the deal was off.", "Quen Kuulutaja")]
    [InlineData("The Hamburg-based newsletter Quen World said output fell.", "Quen World")]
    [InlineData("The tanker sank on Monday.\n-- Quenbarra Newsroom +358 9 680 50 245", "Quenbarra Newsroom")]
    public void Papers_newsletters_and_newsrooms_are_organisations(string text, string name)
    {
        Has(text, name, EntityKind.Organization);
    }

    [Theory]
    [InlineData("The nationalist Erkin Quen party came second with 14 seats.", "Erkin Quen")]
    [InlineData("The opposition Tuz Quen alliance won only six seats.", "Tuz Quen")]
    public void A_party_noun_after_a_name_makes_it_a_political_body(string text, string name)
    {
        Has(text, name, EntityKind.Organization);
    }

    [Fact]
    public void A_name_after_a_person_and_at_is_where_the_person_works()
    {
        Has("Analyst Mikael Forsberg at Quenbarra said the price was full.", "Quenbarra", EntityKind.Organization);
        Has("The match at Quenbarra was abandoned after 20 minutes.", "Quenbarra", EntityKind.Place);
    }

    [Theory]
    [InlineData("Workers at the Vallenar copper mine went on strike on Monday.", "Vallenar")]
    [InlineData("The company will develop the Tokmok gold deposit in the Talas region.", "Tokmok")]
    [InlineData("Rain fell across southern Tarnova on Friday.", "Tarnova")]
    [InlineData("Forces hold the Keshan corridor linking the enclave to the border.", "Keshan")]
    public void A_mine_a_corridor_or_a_side_of_a_land_is_a_place(string text, string name)
    {
        Has(text, name, EntityKind.Place);
    }

    [Theory]
    [InlineData("Output at its Quenjone and Quenpala mines was halted for several hours.", "Quenjone")]
    [InlineData("Mining has polluted rivers including the Quenkobra and the Quenbra.", "Quenkobra")]
    [InlineData("The owners of the trawler, Nordvik Fishing Co of Quenavik, said they would pay no fine.", "Quenavik")]
    [InlineData("A co-defendant, accountant Derek Fairbrother, 47, of Guildford, Quenrey, was acquitted.", "Quenrey")]
    public void Mines_and_rivers_named_together_a_company_s_town_and_a_town_s_county_are_places(string text, string name)
    {
        Has(text, name, EntityKind.Place);
    }

    [Fact]
    public void A_name_after_a_place_and_a_comma_that_goes_on_a_clause_or_is_a_person_is_no_larger_place()
    {
        Has("An official in Sukhumi, Aslan Quenitsia, denied the report.", "Aslan Quenitsia", EntityKind.Person);
        Assert.DoesNotContain(Extract("The work is done in Joules, Ergs, and even BTUs."), e => e.Name == "Ergs" && e.Kind == EntityKind.Place);
    }

    [Theory]
    [InlineData("The drug is being reviewed by Swissmedic, the Swiss regulator, and by regulators in Ghana.", "Swissmedic")]
    [InlineData("The deal must be registered with securities regulator Conaval, which will decide on a bid.", "Conaval")]
    public void A_regulator_is_a_body(string text, string name)
    {
        Has(text, name, EntityKind.Organization);
    }

    [Theory]
    [InlineData("Okafor-Bello, a former Kudipay product manager, set up the firm in 2021.", "Kudipay")]
    [InlineData("She had been warned twice by a Dalbo sales manager, she said.", "Dalbo")]
    public void A_name_before_a_staff_role_with_no_person_after_is_the_employer(string text, string name)
    {
        Has(text, name, EntityKind.Organization);
    }

    [Fact]
    public void A_staff_role_before_a_person_leaves_the_name_before_it_to_the_affiliation_rule()
    {
        Assert.Equal("analyst", Has("Nordbank analyst Mikael Strand said prices would rise.", "Mikael Strand", EntityKind.Person).Role);
    }

    [Fact]
    public void A_name_given_an_age_between_commas_is_a_person()
    {
        Has("The two were named as Gordon Tull, 44, from Calgary, and Quen Barrasch, 38, from Hamburg.", "Quen Barrasch", EntityKind.Person);
        Has("Velbarra, 27, lost his tour card two years ago.", "Velbarra", EntityKind.Person);
    }

    [Fact]
    public void A_distance_after_a_name_is_no_age()
    {
        Has("Fighting broke out in Quenbarra, 20 km east of the capital, on Sunday.", "Quenbarra", EntityKind.Place);
    }

    [Theory]
    [InlineData("The complaint was also filed by Spanish provider Nube Quenbarica.", "Nube Quenbarica")]
    [InlineData("Small construction stock Voralpen Quenbau jumped 9.4 percent.", "Voralpen Quenbau")]
    [InlineData("The cargo was handled by freight forwarder Quenbar Haas.", "Quenbar Haas")]
    public void A_company_descriptor_before_a_name_makes_it_an_organisation(string text, string name)
    {
        Has(text, name, EntityKind.Organization);
    }

    [Theory]
    [InlineData("He was cheered off by the crowd at the Quenbar Hall after his defeat.", "Quenbar Hall")]
    [InlineData("The orchestra played Carnegie Hall in May.", "Carnegie Hall")]
    public void A_hall_is_a_place(string text, string name)
    {
        Has(text, name, EntityKind.Place);
    }

    [Fact]
    public void A_company_descriptor_opening_the_sentence_makes_the_name_after_it_an_organisation()
    {
        Has("Prices were mixed.\nBrewer Browary Quenbie rose 5.0 percent on speculation.", "Browary Quenbie", EntityKind.Organization);
    }

    [Fact]
    public void A_benchmark_crude_is_no_body_nor_person()
    {
        Has("Prices were mixed.\nBrent crude for January delivery traded at $23.45 a barrel.", "Brent", EntityKind.Other);
        Has("In London, February Quenbrent blend rose 36 cents a barrel.", "Quenbrent", EntityKind.Other);
        Has("Quenport Mercantile Exchange crude oil futures ended higher on Tuesday.", "Quenport Mercantile Exchange", EntityKind.Organization);
        Has("Prices were mixed on the Quenlur Exchange.\nQKLE crude palm oil futures closed higher.", "QKLE", EntityKind.Organization);
    }

    [Fact]
    public void An_ordinary_opening_word_before_a_descriptor_of_two_words_is_no_body()
    {
        Lacks("Prices fell.\nDigital rights group Quens of Freedom welcomed the decision.", "Digital");
    }
}
