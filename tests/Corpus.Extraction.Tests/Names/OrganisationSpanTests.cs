using System.Linq;
using static Corpus.Extraction.Tests.Names.EntityAssert;

namespace Corpus.Extraction.Tests.Names;

/// <summary>
/// Where a long organisation's name starts and ends: its legal form and the stop after it, the connectors and
/// possessives inside it, and the names on either side of an "and" that stay two. Made-up sentences, not from any
/// seed, held-out article or wire set.
/// </summary>
public sealed class OrganisationSpanTests
{
    // Every mention of every entity, as the text writes it, with the entity's kind.
    private static string[] Mentions(string text) =>
        Extract(text).Where(e => !e.Tentative)
            .SelectMany(e => e.Mentions.Select(m => text.Substring(m.Span.Start, m.Span.Length) + ":" + e.Kind)).ToArray();

    [Fact]
    public void The_stop_of_a_legal_form_that_ends_the_sentence_is_the_sentence_s()
    {
        var text = "The mill was sold to Quenwick Textile Corp. The deal closed in May. Quenwick Textile Corp. said it would hire.";
        var mentions = Mentions(text);

        Assert.Contains("Quenwick Textile Corp:Organization", mentions);
        Assert.Contains("Quenwick Textile Corp.:Organization", mentions);
        Assert.Single(Extract(text), e => e.Name.StartsWith("Quenwick Textile Corp", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_legal_form_with_its_stop_ends_the_name_before_the_next_sentence()
    {
        var mentions = Mentions("Card payments grew at Quenvis Inc. Mobile wallets grew faster, the bank said.");

        Assert.Contains("Quenvis Inc:Organization", mentions);
        Assert.DoesNotContain(mentions, m => m.StartsWith("Quenvis Inc. Mobile", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Analysts at Quenlow Lynch & Co. Ltd. said so.", "Quenlow Lynch & Co. Ltd.:Organization")]
    [InlineData("Quenmoto Motor Corp. President Akio Quenoda said sales rose.", "Quenmoto Motor Corp.:Organization")]
    public void A_legal_form_or_a_title_after_a_legal_form_s_stop_stays_in_the_sentence(string text, string mention)
    {
        Assert.Contains(mention, Mentions(text));
    }

    [Theory]
    [InlineData("The Quenlandic Brewers' Association said sales fell.", "Quenlandic Brewers' Association")]
    [InlineData("The Swedish Fishermen's Association objected to the quota.", "Swedish Fishermen's Association")]
    [InlineData("He wrote to the Spanish Roof Tile Makers' Association on Monday.", "Spanish Roof Tile Makers' Association")]
    [InlineData("Members of the Pensioners' Union voted on Friday.", "Pensioners' Union")]
    public void The_members_of_a_body_before_its_head_are_its_name_s(string text, string name)
    {
        Assert.Contains(name + ":Organization", Mentions(text));
    }

    [Theory]
    [InlineData("The Quenland Public Defender's Office said it would appeal.", "Quenland Public Defender's Office")]
    [InlineData("The Ombudsman's Office said it was worried about the camps.", "Ombudsman's Office")]
    [InlineData("The European Public Prosecutor's Office charged him in May.", "European Public Prosecutor's Office")]
    public void An_office_named_for_its_holder_keeps_the_title(string text, string name)
    {
        Assert.Contains(name + ":Organization", Mentions(text));
    }

    [Fact]
    public void A_company_s_unit_after_its_possessive_is_a_name_of_its_own()
    {
        var mentions = Mentions("Quenbank's QVF Investments sold its stake on Monday. Moody's Investors Service said so.");

        Assert.Contains("Quenbank:Organization", mentions);
        Assert.Contains("QVF Investments:Organization", mentions);
        Assert.Contains("Moody's Investors Service:Organization", mentions);
    }

    [Fact]
    public void A_country_or_a_person_before_a_possessive_stays_apart()
    {
        var mentions = Mentions("Britain's Labour Party lost seats. President Marcel Quenkie's National Progress Party won.");

        Assert.Contains("Britain:Place", mentions);
        Assert.Contains("Labour Party:Organization", mentions);
        Assert.Contains("National Progress Party:Organization", mentions);
    }

    [Theory]
    [InlineData("Shares of Quenta Iron and Steel Co rose 2 percent.", "Quenta Iron and Steel Co")]
    [InlineData("Quenhua Textile Import and Export Corp bought the wool.", "Quenhua Textile Import and Export Corp")]
    [InlineData("He was taken to Quenogo Teaching and Referral Hospital on Monday.", "Quenogo Teaching and Referral Hospital")]
    [InlineData("The Voices for Peace Foundation said the talks would resume.", "Voices for Peace Foundation")]
    [InlineData("The Directorate General of Civil Aviation grounded the jets.", "Directorate General of Civil Aviation")]
    [InlineData("The Center of Studies on Migration said so.", "Center of Studies on Migration")]
    [InlineData("The Quenland Commission on Informatics and Liberty fined the firm.", "Quenland Commission on Informatics and Liberty")]
    [InlineData("The Quenland Union's Peace and Reconciliation Commission met on Friday.", "Peace and Reconciliation Commission")]
    public void A_connector_inside_a_body_s_name_goes_on_to_its_head(string text, string name)
    {
        Assert.Contains(name + ":Organization", Mentions(text));
    }

    [Theory]
    [InlineData("Britain and France signed the accord on Monday.", "Britain", "France")]
    [InlineData("Siemens and Bosch agreed to share the plant.", "Siemens", "Bosch")]
    [InlineData("Quenford Motor and General Motors Co agreed on prices.", "Quenford Motor", "General Motors Co")]
    [InlineData("Deutsche Bank and Commerz Bank held merger talks.", "Deutsche Bank", "Commerz Bank")]
    [InlineData("Apple and Google Cloud signed a deal.", "Apple", "Google Cloud")]
    public void Two_names_joined_by_a_connector_stay_two(string text, string first, string second)
    {
        var names = KeptNames(text);
        Assert.Contains(first, names);
        Assert.Contains(second, names);
    }

    [Theory]
    [InlineData("The Institute for Social Studies in Moldova said so.", "Institute for Social Studies in Moldova")]
    [InlineData("The Organisation for Security and Cooperation in Europe in Vienna said so.", "Organisation for Security and Cooperation in Europe")]
    [InlineData("The Institute for Global Health in Sydney ran the trial.", "Institute for Global Health")]
    public void A_remit_goes_on_through_in_to_a_land_but_not_to_a_city(string text, string name)
    {
        Assert.Contains(name + ":Organization", Mentions(text));
    }

    [Theory]
    [InlineData("The group Teachers Without Borders condemned the arrest.", "Teachers Without Borders")]
    [InlineData("He edited Quenland Today until June.", "Quenland Today")]
    [InlineData("Shares in Seven Quenwest Media fell 4 percent.", "Seven Quenwest Media")]
    [InlineData("Troops of the 4th Infantry Division moved in.", "4th Infantry Division")]
    [InlineData("Leaders of the Group of Seven met in Rome.", "Group of Seven")]
    public void A_word_capitalised_inside_a_sentence_is_the_name_s(string text, string name)
    {
        Assert.Contains(name + ":Organization", Mentions(text));
    }

    [Theory]
    [InlineData("Two Royal Quenland Air Force planes landed.", "Two Royal Quenland Air Force")]
    [InlineData("The talks in Paris Monday failed.", "Paris Monday")]
    [InlineData("The album Garbage In sold well.", "Garbage In")]
    [InlineData("Ask the Q. Did he go?", "Q. Did")]
    public void A_capital_that_counts_dates_or_titles_is_no_part_of_a_name(string text, string name)
    {
        Assert.DoesNotContain(Mentions(text), m => m.StartsWith(name + ":", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The deal with Quenridge Port Holdings (Pty) Ltd was signed.", "Quenridge Port Holdings (Pty) Ltd:Organization")]
    [InlineData("The stage went to Jan Quenberg of Quenland-Premier Tech on Sunday.", "Quenland-Premier Tech:Organization")]
    [InlineData("The Socialist Party of Nepal-Unified voted against it.", "Socialist Party of Nepal-Unified:Organization")]
    public void Marks_inside_a_company_s_name_stay_in_it(string text, string mention)
    {
        Assert.Contains(mention, Mentions(text));
    }

    [Theory]
    [InlineData("He was cleared by the Brazilian Rowing Confederation on Monday.", "Brazilian Rowing Confederation")]
    [InlineData("The Office of the Data Protection Commissioner fined the bank.", "Office of the Data Protection Commissioner")]
    public void A_body_s_nationality_and_the_office_it_serves_are_its_name_s(string text, string name)
    {
        Assert.Contains(name + ":Organization", Mentions(text));
    }

    [Fact]
    public void A_title_after_a_body_s_place_is_no_part_of_it()
    {
        var mentions = Mentions("The Bank of England Governor said rates would hold.");

        Assert.Contains("Bank of England:Organization", mentions);
    }
}
