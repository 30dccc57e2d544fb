using static Corpus.Extraction.Tests.Names.EntityAssert;

namespace Corpus.Extraction.Tests.Names;

/// <summary>Appositions and relations: roles with affiliations, descriptors with owners.</summary>
public sealed class RelationTests
{
    [Fact]
    public void Organisation_role_person_gives_role_and_affiliation()
    {
        const string text = "At the fair, Tesla founder Elon Musk spoke first.";
        var musk = Has(text, "Elon Musk", EntityKind.Person);
        Assert.Equal("founder", musk.Role);
        Assert.Equal("Tesla", musk.Affiliation);
        Has(text, "Tesla", EntityKind.Organization);
    }

    [Fact]
    public void A_possessive_person_after_a_role_keeps_role_and_affiliation()
    {
        var ma = Has("Reporters noted Tencent chairman Pony Ma’s frank remarks.", "Pony Ma", EntityKind.Person);
        Assert.Equal("chairman", ma.Role);
        Assert.Equal("Tencent", ma.Affiliation);
    }

    [Fact]
    public void Capitalised_titles_inside_a_name_run_split_it()
    {
        const string text = "Samsung Chairman Lee Jae-yong and Microsoft CEO Satya Nadella met.";
        var lee = Has(text, "Lee Jae-yong", EntityKind.Person);
        Assert.Equal("Chairman", lee.Role);
        Assert.Equal("Samsung", lee.Affiliation);
        var nadella = Has(text, "Satya Nadella", EntityKind.Person);
        Assert.Equal("CEO", nadella.Role);
        Assert.Equal("Microsoft", nadella.Affiliation);
    }

    [Theory]
    [InlineData("Navy spokesman Rear Admiral Ramon Velarde called the deployment reckless.", "Ramon Velarde", "Rear Admiral")]
    [InlineData("Coast guard spokesman Commodore Rogelio Tamblot told reporters in Manila.", "Rogelio Tamblot", "Commodore")]
    public void A_naval_rank_before_a_name_is_the_role(string text, string name, string role)
    {
        Assert.Equal(role, Has(text, name, EntityKind.Person).Role);
    }

    [Fact]
    public void A_nationality_before_a_role_is_no_affiliation()
    {
        const string text = "Japanese premier Fumio Kishida and German Chancellor Olaf Scholz spoke.";
        var kishida = Has(text, "Fumio Kishida", EntityKind.Person);
        Assert.Equal("premier", kishida.Role);
        Assert.Null(kishida.Affiliation);
        var scholz = Has(text, "Olaf Scholz", EntityKind.Person);
        Assert.Equal("Chancellor", scholz.Role);
        Assert.Null(scholz.Affiliation);
        Lacks(text, "German Chancellor Olaf Scholz", "German Chancellor");
        Assert.Equal(EntityKind.Other, Find(Extract(text), "Japanese").Kind);
    }

    [Fact]
    public void A_possessive_owner_and_descriptor_make_a_product_of_an_organisation()
    {
        const string text = "ByteDance’s video-editing software CapCut topped the charts.";
        var capcut = Has(text, "CapCut", EntityKind.Product);
        Assert.Equal("ByteDance", capcut.Affiliation);
        Assert.Equal("video-editing software", capcut.Description);
        Has(text, "ByteDance", EntityKind.Organization);
    }

    [Fact]
    public void An_apposition_after_a_name_gives_its_role_and_affiliation()
    {
        const string text = "Maria Santos, chief executive of Petrobras, resigned.";
        var santos = Has(text, "Maria Santos", EntityKind.Person);
        Assert.Equal("chief executive", santos.Role);
        Assert.Equal("Petrobras", santos.Affiliation);
    }

    [Fact]
    public void An_apposition_descriptor_gives_the_kind()
    {
        Has("Kuehne, the logistics firm, and Zalando, the online retailer, both grew.", "Zalando", EntityKind.Organization);
        Has("Profits rose at Vellora, a Swiss drugmaker.", "Vellora", EntityKind.Organization);
    }

    [Fact]
    public void The_maker_of_a_product_is_an_organisation()
    {
        Has("One user tried a photo app from Bright Pixel.", "Bright Pixel", EntityKind.Organization);
    }

    [Fact]
    public void People_and_shares_at_a_name_make_it_an_organisation()
    {
        const string text = "Analysts at Morgan Stanley were upbeat, and shares of SK Hynix rose in Seoul.";
        Has(text, "Morgan Stanley", EntityKind.Organization);
        Has(text, "SK Hynix", EntityKind.Organization);
        Has(text, "Seoul", EntityKind.Place);
    }

    [Fact]
    public void A_clause_after_a_comma_is_no_apposition()
    {
        Has("Demand for chips from Nvidia, was the main driver, the firm said. Nvidia’s H100 chip sold out.", "Nvidia", EntityKind.Organization);
    }

    [Fact]
    public void Two_word_nationalities_are_not_people()
    {
        Has("The South Korean company said profit rose.", "South Korean", EntityKind.Other);
    }

    [Fact]
    public void A_descriptor_of_several_words_outweighs_the_role_it_ends_in()
    {
        var quenbacom = Has("Minister Elena Ciobanu said state trader Quenbacom would deliver the gas.", "Quenbacom", EntityKind.Organization);
        Assert.Null(quenbacom.Role);
        Has("The statement was read on state television Tele Quenbar.", "Tele Quenbar", EntityKind.Organization);
    }

    [Fact]
    public void A_descriptor_of_several_words_may_open_the_sentence_capitalised()
    {
        var quenbacom = Has("The grid failed in March. State trader Quenbacom has since bought power abroad.", "Quenbacom", EntityKind.Organization);
        Assert.Null(quenbacom.Role);
        Assert.Null(Has("Chief executive Anna Quenberg said sales rose.", "Anna Quenberg", EntityKind.Person).Description);
    }

    [Fact]
    public void A_firms_word_said_of_someone_at_a_firm_is_the_persons_job()
    {
        var lim = Has("\"Nobody is buying,\" said Lim Boon Quen, a broker at Kian Quen Futures.", "Lim Boon Quen", EntityKind.Person);
        Assert.Equal("broker", lim.Role);
        Assert.Equal("Kian Quen Futures", lim.Affiliation);
        Has("Quenbar Securities, a broker, said demand was thin.", "Quenbar Securities", EntityKind.Organization);
    }

    [Fact]
    public void A_hyphenated_descriptor_before_a_name_makes_it_an_organisation()
    {
        var text = "Lyon-based artificial intelligence start-up Quenphore on Tuesday released a model. "
            + "\"We built it for small languages,\" Quenphore said.";
        Assert.Equal(2, Has(text, "Quenphore", EntityKind.Organization).Mentions.Count);
    }

    [Fact]
    public void What_a_company_does_said_of_one_the_state_owns_makes_an_organisation()
    {
        Has("Researchers were working with state salt producer Quenalco on a plan.", "Quenalco", EntityKind.Organization);
        var governor = Has("\"It is a tough field,\" said state governor Ana Quenbar.", "Ana Quenbar", EntityKind.Person);
        Assert.Equal("state governor", governor.Role);
    }

    [Fact]
    public void A_role_before_a_titles_word_makes_one_title_with_it()
    {
        var ferraris = Has("ESA Director General Giulia Quenrari said the launch went well.", "Giulia Quenrari", EntityKind.Person);
        Assert.Equal("Director General", ferraris.Role);
        Assert.Equal("ESA", ferraris.Affiliation);
    }
}
