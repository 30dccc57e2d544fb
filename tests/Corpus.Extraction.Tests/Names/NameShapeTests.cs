using System.Linq;
using static Corpus.Extraction.Tests.Names.EntityAssert;

namespace Corpus.Extraction.Tests.Names;

/// <summary>Multi-word names, mixed case, acronyms, model numbers, hyphens, possessives, domains, non-ASCII.</summary>
public sealed class NameShapeTests
{
    [Fact]
    public void Connectors_join_multi_word_names()
    {
        const string text = "Bank of America and the University of California signed a deal with Moore Threads.";
        Has(text, "Bank of America", EntityKind.Organization);
        Has(text, "University of California", EntityKind.Organization);
        Has(text, "Moore Threads", EntityKind.Organization);
        Lacks(text, "America", "California");
    }

    [Fact]
    public void Particles_join_personal_names()
    {
        Has("Commission chief Ursula von der Leyen arrived.", "Ursula von der Leyen", EntityKind.Person);
    }

    [Fact]
    public void Mixed_case_names_are_names()
    {
        var names = KeptNames("MiniMax launched a rival to ChatGPT while owners of the iPhone waited for eBay deals.");
        Assert.Contains("MiniMax", names);
        Assert.Contains("ChatGPT", names);
        Assert.Contains("iPhone", names);
        Assert.Contains("eBay", names);
    }

    [Fact]
    public void Acronyms_are_names_but_common_acronyms_are_not()
    {
        var names = KeptNames("NATO and SMIC were named, but AI, LLMs, GPUs, the CEO and an IPO were not.");
        Assert.Contains("NATO", names);
        Assert.Contains("SMIC", names);
        Assert.DoesNotContain("AI", names);
        Assert.DoesNotContain("LLMs", names);
        Assert.DoesNotContain("GPUs", names);
        Assert.DoesNotContain("CEO", names);
        Assert.DoesNotContain("IPO", names);
        Assert.DoesNotContain("TB", KeptNames("The first new TB shot in a century cut the risk of disease by half."));
        Assert.DoesNotContain("Btu", KeptNames("Natural gas rose 14.2 cents to $3.795 per million Btu."));
    }

    [Fact]
    public void Model_numbers_make_products()
    {
        const string text = "Nvidia’s H100 chip beat the Kunlun 2R accelerator in tests.";
        Has(text, "H100", EntityKind.Product);
        Has(text, "Kunlun 2R", EntityKind.Product);
        Has(text, "Nvidia", EntityKind.Organization);
    }

    [Fact]
    public void Hyphenated_uses_mention_the_name_only()
    {
        const string text = "Dozens of Midjourney-like tools and Gemini-powered apps appeared.";
        var entities = Extract(text);
        var midjourney = Find(entities, "Midjourney");
        var gemini = Find(entities, "Gemini");
        Assert.Equal(EntityKind.Product, midjourney.Kind);
        Assert.Equal("Midjourney", text.Substring(midjourney.Mentions[0].Span.Start, midjourney.Mentions[0].Span.Length));
        Assert.Equal("Gemini", text.Substring(gemini.Mentions[0].Span.Start, gemini.Mentions[0].Span.Length));
    }

    [Fact]
    public void Joined_names_with_inner_hyphens_stay_whole()
    {
        var names = KeptNames("Coca-Cola and Rolls-Royce reported, as did GPT-4 testers; U.S.-Mexico trade grew.");
        Assert.Contains("Coca-Cola", names);
        Assert.Contains("Rolls-Royce", names);
        Assert.Contains("GPT-4", names);
        Assert.Contains("U.S.", names);
        Assert.Contains("Mexico", names);
    }

    [Fact]
    public void Possessives_are_not_part_of_the_name()
    {
        const string text = "The report cited Tesla's plans, Xiaomi’s phones and the Beatles’ songs.";
        var entities = Extract(text);
        foreach (var name in new[] { "Tesla", "Xiaomi", "Beatles" })
        {
            var e = Find(entities, name);
            Assert.Equal(name, text.Substring(e.Mentions[0].Span.Start, e.Mentions[0].Span.Length));
        }
    }

    [Theory]
    [InlineData("Moody's and two smaller agencies have negative outlooks on the province's debt.", "Moody's")]
    [InlineData("Prices at Sainsbury's fell for a third week, the survey found.", "Sainsbury's")]
    public void A_name_the_organisation_list_knows_with_its_possessive_keeps_it(string text, string name)
    {
        Has(text, name, EntityKind.Organization);
    }

    [Fact]
    public void A_web_domain_is_an_alias_of_the_name_it_carries()
    {
        var bloomberg = Has("Readers of Bloomberg.com know that Bloomberg covers markets.", "Bloomberg", EntityKind.Organization);
        Assert.Equal(new[] { "Bloomberg.com" }, bloomberg.Aliases.ToArray());
        Assert.Equal(2, bloomberg.Mentions.Count);
    }

    [Fact]
    public void A_web_domain_alone_is_an_organisation()
    {
        Has("The story ran on Politico.com first.", "Politico.com", EntityKind.Organization);
    }

    [Fact]
    public void Non_ascii_names_are_names()
    {
        const string text = "Actress Zoë Kravitz met striker Darwin Nuñez and 王毅 in Paris.";
        Has(text, "Zoë Kravitz", EntityKind.Person);
        Has(text, "Darwin Nuñez", EntityKind.Person);
        Has(text, "王毅", EntityKind.Person);
        Has(text, "Paris", EntityKind.Place);
    }

    [Fact]
    public void The_U_S_keeps_its_dots_and_is_a_place()
    {
        var us = Has("The U.S. and the U.K. agreed. Later the U.S. changed course.", "U.S.", EntityKind.Place);
        Assert.Equal(2, us.Mentions.Count);
        Has("The U.S. and the U.K. agreed.", "U.K.", EntityKind.Place);
    }
}
