using static Corpus.Extraction.Tests.Names.EntityAssert;

namespace Corpus.Extraction.Tests.Names;

/// <summary>
/// Names that are neither people, bodies nor places, told by the words around them (OtherKinds): diseases, peoples,
/// laws, awards, festivals and races, what is won, and models by their number; and the names those words must leave
/// as they were. Made-up sentences, not from any seed, held-out article or wire set.
/// </summary>
public sealed class OtherKindTests
{
    [Theory]
    [InlineData("Health workers said cases of Quenbar fever had doubled since January.", "Quenbar")]
    [InlineData("Scientists are studying a possible link with Halvik-Morrow disease in cattle.", "Halvik-Morrow")]
    [InlineData("Leaders of the Quenbari people met the minister on Monday.", "Quenbari")]
    [InlineData("Most of the victims were ethnic Quenbari, officials said.", "Quenbari")]
    [InlineData("Jobs were reserved for the Quenbari and Talvesh communities.", "Talvesh")]
    [InlineData("The Nobel laureate spoke at the opening.", "Nobel")]
    [InlineData("She thanked the Quenbarra-winning director of the film.", "Quenbarra")]
    public void Diseases_peoples_and_awards_are_other_names(string text, string name)
    {
        Has(text, name, EntityKind.Other);
    }

    [Theory]
    [InlineData("The film won the Golden Quenbar for best feature at the festival.", "Golden Quenbar")]
    [InlineData("The deal needs clearance under the Halvik-Morrow act, the company said.", "Halvik-Morrow")]
    [InlineData("Parliament passed the amendments to the Minerals Law by 51 votes to 22.", "Minerals Law")]
    [InlineData("She was found guilty under an article of the Criminal Code covering resistance.", "Criminal Code")]
    public void Laws_and_prizes_by_the_words_around_them_are_other_names(string text, string name)
    {
        Has(text, name, EntityKind.Other);
    }

    [Fact]
    public void The_names_of_an_unjoined_law_title_are_the_law_s_words()
    {
        const string text = "Parliament passed the Law on Openness of Foreign Quenbarding last year, critics said.";
        Has(text, "Law", EntityKind.Other);
        Has(text, "Openness", EntityKind.Other);
        Has(text, "Foreign Quenbarding", EntityKind.Other);
    }

    [Theory]
    [InlineData("Crowds gathered ahead of the Quenbar al-Adha holiday, when demand for meat rises.", "Quenbar al-Adha")]
    [InlineData("Kenyan runners swept the Halvik Vesterby road race on Tuesday.", "Halvik Vesterby")]
    [InlineData("Results from the Quenbar Indoors tennis tournament on Wednesday.", "Quenbar Indoors")]
    [InlineData("Uzbek grandmaster Rustam Aliev won the Quenbar Rapid Masters on Sunday after a play-off.", "Quenbar Rapid Masters")]
    public void Festivals_holidays_races_and_what_is_won_are_events(string text, string name)
    {
        Has(text, name, EntityKind.Event);
    }

    [Theory]
    [InlineData("The satellite was launched on a Quenbar 9 rocket from the coast.", "Quenbar", EntityKind.Product)]
    [InlineData("The start-up released Quenbarix 2, a small language model trained on legal text.", "Quenbarix", EntityKind.Product)]
    [InlineData("Shares rose while the benchmark Quenbar 50 index ended flat.", "Quenbar", EntityKind.Other)]
    public void A_name_and_a_number_before_a_product_s_noun_is_a_model(string text, string name, EntityKind kind)
    {
        Has(text, name, kind);
    }

    [Fact]
    public void The_same_words_after_a_known_place_or_body_leave_it_as_it_was()
    {
        Has("Officials in Kenya said the Nairobi marathon would go ahead.", "Nairobi", EntityKind.Place);
        Has("The new Texas law takes effect in September.", "Texas", EntityKind.Place);
        Has("Ibáñez won Puente Alto by a wide margin, officials in Santiago said.", "Puente Alto", EntityKind.Place);
        Has("Results: Argentina 26 Fiji 19, in Singapore on Sunday.", "Argentina", EntityKind.Place);
    }

    [Theory]
    [InlineData("He finished ninth at the Giro d'Quenbaria on his first grand tour.", "Giro d'Quenbaria", EntityKind.Event)]
    [InlineData("Both finalists qualify for next year's Copa Quenbaria.", "Copa Quenbaria", EntityKind.Event)]
    [InlineData("The team will now focus on the Vuelta, which starts in Lisbon.", "Vuelta", EntityKind.Event)]
    [InlineData("Police boarded the Panama-flagged tanker Lisbon Star in February.", "Lisbon Star", EntityKind.Other)]
    [InlineData("The Japanese yacht Quenbar Spirit was third across the line.", "Quenbar Spirit", EntityKind.Other)]
    [InlineData("Sales rose in Poland and the Baltic states last year.", "Baltic", EntityKind.Other)]
    [InlineData("Its paid version, Quenbar Pro, costs 18 euros a month.", "Quenbar Pro", EntityKind.Product)]
    [InlineData("A letter written by a Quenbarese doctor was found in the archive.", "Quenbarese", EntityKind.Other)]
    [InlineData("The Quenbarsvarlden general index was up 0.6 percent.", "Quenbarsvarlden", EntityKind.Other)]
    public void Races_ships_products_and_adjectives_by_their_shape_or_noun(string text, string name, EntityKind kind)
    {
        Has(text, name, kind);
    }

    [Fact]
    public void A_body_s_service_and_a_sea_s_coast_keep_their_kinds()
    {
        Has("Figures from the electoral service, Quenbel, gave the lead to the opposition.", "Quenbel", EntityKind.Organization);
        Has("Fighting was reported along the Pacific coast on Sunday.", "Pacific", EntityKind.Place);
        Has("Copa Airlines said on Monday it would add flights to Lisbon.", "Copa Airlines", EntityKind.Organization);
    }

    [Theory]
    [InlineData("The Quenbar Tribune newspaper said in an editorial that both sides had erred.", "Quenbar Tribune")]
    [InlineData("The plan prompted protests by the Quenbaria Labour Congress on Monday.", "Quenbaria Labour Congress")]
    [InlineData("Prices are set by the Chamber of Drug Market Regulation each year.", "Chamber of Drug Market Regulation")]
    [InlineData("The Quenbar Stock Exchange index lost 1.9 points to 112.4.", "Quenbar Stock Exchange")]
    public void Papers_unions_chambers_and_exchanges_stay_bodies(string text, string name)
    {
        Has(text, name, EntityKind.Organization);
    }

    [Theory]
    [InlineData("The first bans under the bloc's AI Act take effect next year.", "Act", EntityKind.Other)]
    [InlineData("Approval is needed under the Quenbar Exchange and Foreign Trade Act, officials said.", "Quenbar Exchange", EntityKind.Other)]
    [InlineData("Wales lost their opening Six Quenbarions match in Rome.", "Quenbarions", EntityKind.Event)]
    [InlineData("The team reached the Quenbar Four for the first time.", "Quenbar", EntityKind.Event)]
    [InlineData("Cape Verde reached the last eight of the Africa Cup of Quenbarions on Monday.", "Quenbarions", EntityKind.Event)]
    [InlineData("He won the sixth stage of Milan-Turin on Friday.", "Milan", EntityKind.Event)]
    public void Unjoined_laws_and_competitions_are_no_bodies_or_places(string text, string name, EntityKind kind)
    {
        Has(text, name, kind);
    }

    [Fact]
    public void Two_places_joined_before_a_noun_stay_places()
    {
        Has("Traffic on the Lyon-Geneva motorway was halted by snow in Lyon.", "Lyon", EntityKind.Place);
    }

    [Fact]
    public void A_sentence_s_first_word_before_such_a_noun_is_no_name()
    {
        Lacks("Short people get rained on last.", "Short");
        Lacks("Rheumatic fever is rare in Europe now.", "Rheumatic");
    }
}
