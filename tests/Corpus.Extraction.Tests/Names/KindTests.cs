using static Corpus.Extraction.Tests.Names.EntityAssert;

namespace Corpus.Extraction.Tests.Names;

/// <summary>Kinds decided from evidence: roles, descriptors, gazetteers, suffixes, event words, given names.</summary>
public sealed class KindTests
{
    [Theory]
    [InlineData("Midfielder Carlos Montenegro scored twice in the second half.", "Carlos Montenegro")]
    [InlineData("Paulo Moreira de Albuquerque, a lawyer, said the vote was fair. Moreira de Albuquerque said he would appeal.", "Paulo Moreira de Albuquerque")]
    public void A_person_whose_surname_is_a_place_stays_a_person(string text, string name)
    {
        Has(text, name, EntityKind.Person);
    }

    [Theory]
    [InlineData("Congress")]
    [InlineData("Assembly")]
    public void The_bodies_whose_names_the_classifier_reads_are_organisation_heads(string word)
    {
        // EntityClassifier.MultiWord compares a name's last word with these only when it is a head of a body (an
        // organisation suffix): a list without them would silently change "Nepali Congress" and "National Assembly".
        Assert.True(global::Corpus.Extraction.Names.WordLists.OrgSuffixes.Contains(word));
    }

    [Fact]
    public void A_peoples_congress_is_an_organisation()
    {
        Has("Leaders of the Nepali Congress met on Monday to choose a candidate.", "Nepali Congress", EntityKind.Organization);
    }

    [Fact]
    public void Titles_make_people_and_give_roles()
    {
        const string text = "Sen. Elizabeth Warren and President Emmanuel Macron met Dr. Anthony Fauci and Mr. Okonjo.";
        Assert.Equal("Sen.", Has(text, "Elizabeth Warren", EntityKind.Person).Role);
        Assert.Equal("President", Has(text, "Emmanuel Macron", EntityKind.Person).Role);
        Assert.Equal("Dr.", Has(text, "Anthony Fauci", EntityKind.Person).Role);
        Assert.Null(Has(text, "Okonjo", EntityKind.Person).Role);
        Lacks(text, "Sen.", "President", "Dr.", "Mr.");
    }

    [Fact]
    public void Lower_case_role_nouns_make_people()
    {
        const string text = "The deal was backed by economist Mariana Duarte and spokesman Tomasz Wiśniewski.";
        Assert.Equal("economist", Has(text, "Mariana Duarte", EntityKind.Person).Role);
        Assert.Equal("spokesman", Has(text, "Tomasz Wiśniewski", EntityKind.Person).Role);
    }

    [Fact]
    public void Organisation_descriptors_make_organisations()
    {
        const string text = "Tech giant Tencent, chipmaker Qualcomm and investment bank Morgan Stanley all gained.";
        Has(text, "Tencent", EntityKind.Organization);
        Has(text, "Qualcomm", EntityKind.Organization);
        var bank = Has(text, "Morgan Stanley", EntityKind.Organization);
        Assert.Equal("investment bank", bank.Description);
    }

    [Theory]
    [InlineData("The bridge was built by Chinese contractor Quenlu Bianco over four years.", "Quenlu Bianco")]
    [InlineData("Two former officials and an Italian subcontractor, Strada Quenetti, are among the defendants.", "Strada Quenetti")]
    [InlineData("The state power distributor Quenergia Sul cut supplies to 40,000 homes.", "Quenergia Sul")]
    [InlineData("Cargo surveyor Quentek Marlow said exports rose 14 percent.", "Quentek Marlow")]
    [InlineData("The rain will ease by Friday, private forecaster Quensul Tempo said.", "Quensul Tempo")]
    [InlineData("Headliners included the Ukrainian electronic duo Quenivska Noch, who opened on Saturday.", "Quenivska Noch")]
    [InlineData("The folk ensemble Quenada Birel closed the festival with songs from the mountains.", "Quenada Birel")]
    public void Descriptors_of_contractors_forecasters_and_groups_of_players_make_organisations(string text, string name)
    {
        Has(text, name, EntityKind.Organization);
    }

    [Fact]
    public void Product_descriptors_make_products()
    {
        Has("Users flocked to the chatbot Ernie and the app Lemon8.", "Ernie", EntityKind.Product);
        Has("A photo app called Lensa went viral after the Pixel phone launch.", "Pixel", EntityKind.Product);
    }

    [Fact]
    public void Gazetteer_names_are_places()
    {
        const string text = "Officials in Texas, Berlin and Nairobi and across Southeast Asia reacted.";
        Has(text, "Texas", EntityKind.Place);
        Has(text, "Berlin", EntityKind.Place);
        Has(text, "Nairobi", EntityKind.Place);
        Has(text, "Southeast Asia", EntityKind.Place);
    }

    [Theory]
    [InlineData("Water from the Quenbolat Dam irrigates the plain below.", "Quenbolat Dam")]
    [InlineData("Lorries queued for two days at the Quenmara Pass on the border.", "Quenmara Pass")]
    [InlineData("The trawler tied up at Quenfield Quay after the storm.", "Quenfield Quay")]
    [InlineData("Ships may soon sail the Quenvik Passage all summer.", "Quenvik Passage")]
    public void Dams_passes_and_quays_are_places(string text, string name)
    {
        Has(text, name, EntityKind.Place);
    }

    [Fact]
    public void A_place_noun_after_a_surname_particle_is_a_family_name()
    {
        Has("The computer scientist Andries van Dam spoke at the meeting.", "Andries van Dam", EntityKind.Person);
    }

    [Fact]
    public void A_given_name_that_a_clause_calls_it_is_a_company()
    {
        const string text = "Apple today announced its new phone with a faster chip.\n\nApple will ship the phone in May, and Maria Lopez said her team was ready.";
        Has(text, "Apple", EntityKind.Organization);
        Has(text, "Maria Lopez", EntityKind.Person);
        Has("Maria today announced her new album, and Maria will tour in May.", "Maria", EntityKind.Person);
    }

    [Fact]
    public void A_name_that_is_founded_or_reports_on_its_own_is_a_body()
    {
        Has("Quenvira, founded in 2019 by two engineers, raised $68 million.", "Quenvira", EntityKind.Organization);
        Has("Halvorsen Mendez said its sales rose 10 percent in the quarter.", "Halvorsen Mendez", EntityKind.Organization);
    }

    [Fact]
    public void Organisation_suffixes_make_organisations()
    {
        const string text = "Acme Corp hired staff from Stanford University, Mistral AI and Reality Labs.";
        Has(text, "Acme Corp", EntityKind.Organization);
        Has(text, "Stanford University", EntityKind.Organization);
        Has(text, "Mistral AI", EntityKind.Organization);
        Has(text, "Reality Labs", EntityKind.Organization);
    }

    [Fact]
    public void Ai_after_a_name_is_a_suffix_only_at_the_end_of_the_noun_phrase()
    {
        const string text = "Kirin AI processors were shown by Cohere AI and Sakana AI.";
        var names = KeptNames(text);
        Assert.Contains("Kirin", names);
        Assert.DoesNotContain("Kirin AI", names);
        Has(text, "Cohere AI", EntityKind.Organization);
        Has(text, "Sakana AI", EntityKind.Organization);
    }

    [Fact]
    public void Event_words_make_events()
    {
        const string text = "Leaders flew from the Munich Security Conference to the Paris Olympics and the Bonn Climate Summit.";
        Has(text, "Munich Security Conference", EntityKind.Event);
        Has(text, "Paris Olympics", EntityKind.Event);
        Has(text, "Bonn Climate Summit", EntityKind.Event);
    }

    [Fact]
    public void Given_names_make_people()
    {
        const string text = "The film stars Maria Lopez and Kevin Osei.";
        Has(text, "Maria Lopez", EntityKind.Person);
        Has(text, "Kevin Osei", EntityKind.Person);
    }

    [Fact]
    public void Nationalities_and_languages_are_not_places()
    {
        var entities = Extract("The Chinese delegation spoke English, and the app works in the Chinese language.");
        Assert.DoesNotContain(entities, e => e.Kind == EntityKind.Place);
        Assert.DoesNotContain(entities, e => e.Name == "Chinese language");
    }

    [Fact]
    public void Places_with_geographic_suffixes_are_places()
    {
        Has("Start-ups left Silicon Valley for the Pearl River Delta.", "Pearl River Delta", EntityKind.Place);
    }

    [Theory]
    [InlineData("Cricket South Africa said more than 6,000 spectators attended.", "Cricket South Africa")]
    [InlineData("The team was under scrutiny, and Athletics Kenya this year introduced tests.", "Athletics Kenya")]
    [InlineData("Greenpeace Brazil said the ruling was welcome.", "Greenpeace Brazil")]
    public void A_sport_or_a_known_body_before_a_country_names_a_national_body(string text, string name)
    {
        Has(text, name, EntityKind.Organization);
    }

    [Theory]
    [InlineData("Nordlys entered the Danish market by buying Kattegat Forsikring in 2022.", "Kattegat Forsikring", EntityKind.Organization)]
    [InlineData("The leaders crossed the Brandenburg Gate together.", "Brandenburg Gate", EntityKind.Place)]
    public void Heads_of_bodies_and_places_in_other_languages_and_gates(string text, string name, EntityKind kind)
    {
        Has(text, name, kind);
    }

    [Theory]
    [InlineData("Shares in the firm jumped 31 percent on their Nasdaq Tallinn debut.", "Nasdaq Tallinn", EntityKind.Organization)]
    [InlineData("Greenpeace Africa, which works in 14 African countries, said it was studying the rules.", "Greenpeace Africa", EntityKind.Organization)]
    [InlineData("The loan was arranged by LHV Pank and two Finnish lenders.", "LHV Pank", EntityKind.Organization)]
    [InlineData("Vaccinators went house to house in Metro Quenila last week.", "Metro Quenila", EntityKind.Place)]
    [InlineData("The sturgeon still spawn below the Quenon dams, the study found.", "Quenon", EntityKind.Place)]
    [InlineData("The crowd at the Quenwood Dome cheered every point.", "Quenwood Dome", EntityKind.Place)]
    [InlineData("The Syr Darya and the Quenmu Darya once fed the Aral Sea.", "Quenmu Darya", EntityKind.Place)]
    [InlineData("Assurances Quenaya reported an 18 percent rise in profit.", "Assurances Quenaya", EntityKind.Organization)]
    [InlineData("The regulator suspended the licence of Quenta Mobile, the third-largest operator.", "Quenta Mobile", EntityKind.Organization)]
    [InlineData("Rival Kwame Wireless said it would appeal.", "Kwame Wireless", EntityKind.Organization)]
    [InlineData("The South Quenific Forum has offered to send observers.", "South Quenific Forum", EntityKind.Organization)]
    [InlineData("Two Royal Quenland Air Force transport planes landed with tents and water.", "Royal Quenland Air Force", EntityKind.Organization)]
    [InlineData("Existing backers Quentrek Africa and two banks also took part in the round.", "Quentrek Africa", EntityKind.Organization)]
    [InlineData("Dutch rider Femke de Quen of Team Quenic Worx claimed the overall title.", "Team Quenic Worx", EntityKind.Organization)]
    [InlineData("President Tomas Quenda of the National Quenish Congress came second with 41.8%.", "National Quenish Congress", EntityKind.Organization)]
    [InlineData("Delegates of the Democratic Quenish Congress walked out of the talks.", "Democratic Quenish Congress", EntityKind.Organization)]
    [InlineData("The International Quenautical Congress opens in Lisbon next week.", "International Quenautical Congress", EntityKind.Event)]
    [InlineData("Team Quenvik said its rider had broken a collarbone.", "Team Quenvik", EntityKind.Organization)]
    [InlineData("Geodatum Australia put the magnitude of the quake at 6.1.", "Geodatum Australia", EntityKind.Organization)]
    [InlineData("Fans of Quenfrecce Hiroshima celebrated in the streets until dawn.", "Quenfrecce Hiroshima", EntityKind.Organization)]
    [InlineData("Exports rose 14 per cent, while Quenspec Agri Malaysia put the rise at 12.9 per cent.", "Quenspec Agri Malaysia", EntityKind.Organization)]
    [InlineData("Rescuers in boats and Brazilian Air Force helicopters lifted families from the roofs.", "Brazilian Air Force", EntityKind.Organization)]
    [InlineData("The Quenmark Defence Force said it was on standby.", "Quenmark Defence Force", EntityKind.Organization)]
    [InlineData("Martin Quenák of Komerční banka said dealers were cautious.", "Komerční banka", EntityKind.Organization)]
    [InlineData("Funds managed by Quenská spořitelna hold 18 percent.", "Quenská spořitelna", EntityKind.Organization)]
    [InlineData("Prices were firmer.\nCement maker Quenment Dobrova led the gainers, rising 6.2 percent.", "Quenment Dobrova", EntityKind.Organization)]
    [InlineData("The course was swollen by overnight rain from the Pyrenees.", "Pyrenees", EntityKind.Place)]
    [InlineData("Snow closed the passes through the Hindu Kush on Monday.", "Hindu Kush", EntityKind.Place)]
    [InlineData("The winners meet Esporte Clube Quentins in the final.", "Esporte Clube Quentins", EntityKind.Organization)]
    [InlineData("The Union Cycliste Quenationale said it would review the footage.", "Union Cycliste Quenationale", EntityKind.Organization)]
    [InlineData("The approval of the Fiscalía Nacional Quenómica is still needed.", "Fiscalía Nacional Quenómica", EntityKind.Organization)]
    [InlineData("The family's holding company, Quengele Beteiligungen, will tender its shares.", "Quengele Beteiligungen", EntityKind.Organization)]
    public void Bodies_and_places_named_by_their_heads_and_nouns(string text, string name, EntityKind kind)
    {
        Has(text, name, kind);
    }

    [Fact]
    public void A_family_is_its_people_and_a_places_people_live_in_it()
    {
        Has("The insurer is 51 percent owned by the Quenpaio Reis family.", "Quenpaio Reis", EntityKind.Person);
        Has("\"The people of Quenlands own it as much as anyone,\" he said.", "Quenlands", EntityKind.Place);
        Lacks("Prices rose.\nFounding family investment company Quen Invest agreed to tender.", "Founding");
        Has("Residents of Quenwi said the shelling went on all night.", "Quenwi", EntityKind.Place);
    }

    [Theory]
    [InlineData("The shells fell about 30 km south of Mong Quenkaw on Thursday.", "Mong Quenkaw")]
    [InlineData("Rebels were seen just northwest of Tarquenza overnight.", "Tarquenza")]
    [InlineData("Talks have stalled over the Quenseri area since June.", "Quenseri")]
    [InlineData("Development of the larger Greater Quenrise fields remains stalled.", "Greater Quenrise")]
    [InlineData("Output at the Quenundan field has all but ended.", "Quenundan")]
    public void A_direction_from_a_name_or_its_area_or_field_makes_it_a_place(string text, string name)
    {
        Has(text, name, EntityKind.Place);
    }

    [Theory]
    [InlineData("Larger rival QICI Lombard reports on Thursday.", "QICI Lombard")]
    [InlineData("Consumer watchdog UFQ-Que Choisir said it would sue.", "UFQ-Que Choisir")]
    [InlineData("Shares in QTN Morgan fell 3 percent.", "QTN Morgan")]
    public void Letters_in_capitals_open_a_bodys_name_not_a_persons(string text, string name)
    {
        Has(text, name, EntityKind.Organization);
    }

    [Theory]
    [InlineData("\"We will go back to parliament,\" he said in a televised address in Tetum.", "Tetum")]
    [InlineData("The leader told parliament in Bislama that the scheme had failed.", "Bislama")]
    public void A_countrys_official_language_is_no_place(string text, string language)
    {
        Assert.DoesNotContain(Extract(text), e => e.Name == language && e.Kind == EntityKind.Place);
    }

    [Fact]
    public void An_english_word_opening_the_sentence_before_a_comma_and_a_country_is_no_town()
    {
        Lacks("Earlier, Argentina beat India 2-0 in the women's match.", "Earlier");
        Lacks("Later, France said it would appeal.", "Later");
        Has("The family moved from Quenville, France, in 1990.", "Quenville", EntityKind.Place);
    }

    [Fact]
    public void An_area_in_an_apposition_makes_no_place()
    {
        Has("Aminata Quenoré-Diallo, a municipal councillor from the area, gave a toll of 23 dead.", "Aminata Quenoré-Diallo", EntityKind.Person);
    }

    [Fact]
    public void A_name_that_opens_with_a_companys_first_word_is_one_of_its_companies()
    {
        var text = "Quenlantida Seguros reported higher profit. The group's Spanish unit, Quenlantida Vida España, grew fastest. "
            + "Shares in Quenlantida rose 3.6 percent.";
        Has(text, "Quenlantida Vida España", EntityKind.Organization);
    }

    [Theory]
    [InlineData("Quenbird Bio plans a larger trial next year.", "Quenbird Bio", EntityKind.Organization)]
    [InlineData("Dealers said Indonesia's state-owned PT Quenmah cut its exports.", "PT Quenmah", EntityKind.Organization)]
    [InlineData("Independent broadcaster Quenta TV said the police had beaten a cameraman.", "Quenta TV", EntityKind.Organization)]
    [InlineData("A dealer at Quencomer said importers were buying dollars.", "Quencomer", EntityKind.Organization)]
    [InlineData("The winner pulled away on the Rua da Quenlação in the last kilometre.", "Rua da Quenlação", EntityKind.Place)]
    [InlineData("Lava moved towards the villages of Quenvicente and Quenllanos.", "Quenvicente", EntityKind.Place)]
    [InlineData("Officials closed Quen Aurora airport for six hours.", "Quen Aurora", EntityKind.Place)]
    [InlineData("A Greek shipowner is accused of sinking a tanker off Crete.", "Crete", EntityKind.Place)]
    [InlineData("The planet lies 120 light years from Earth, the team said.", "Earth", EntityKind.Place)]
    public void Bodies_and_places_told_by_their_heads_and_the_words_around_them(string text, string name, EntityKind kind)
    {
        Has(text, name, kind);
    }

    [Theory]
    [InlineData("The lead role was played by Nguyễn Thị Lan Quenhương, then 19.", "Nguyễn Thị Lan Quenhương")]
    [InlineData("In the women's events Ha Yeon-quen took the 52kg gold.", "Ha Yeon-quen")]
    public void Family_names_that_come_first_make_a_person(string text, string name)
    {
        Has(text, name, EntityKind.Person);
    }

    [Theory]
    [InlineData("Morgan Stanley advised the buyer, while Quenbar Sekuritas advised the seller.", "Quenbar Sekuritas")]
    [InlineData("The complaint came from consumer group Quen-Que Choisir on Monday.", "Quen-Que Choisir")]
    [InlineData("Its largest shareholders are the Finnish state investor Quesi and two funds.", "Quesi")]
    [InlineData("Okafor worked at Quenterwave before founding his own firm.", "Quenterwave")]
    public void Bodies_told_by_their_heads_their_descriptors_and_work_done_at_them(string text, string name)
    {
        Has(text, name, EntityKind.Organization);
    }

    [Theory]
    [InlineData("Quenbara Telekom plans to sell 6,000 towers.", "Quenbara Telekom", EntityKind.Organization)]
    [InlineData("He holed a 40-foot putt on the last at Quenside Links.", "Quenside Links", EntityKind.Place)]
    [InlineData("The official QMP news agency said the talks had ended.", "QMP", EntityKind.Organization)]
    [InlineData("\"Nobody expected it,\" said Dwayne Quenbanks, a broker with Calhoun Quenmodities.", "Dwayne Quenbanks", EntityKind.Person)]
    [InlineData("Fish farmer Solstrand Quenfisk fell 2.5 percent to 39 crowns.", "Solstrand Quenfisk", EntityKind.Organization)]
    public void Kinds_from_heads_and_the_words_around_a_name(string text, string name, EntityKind kind)
    {
        Has(text, name, kind);
    }
}
