using System.Linq;
using Corpus.Extraction.Names;
using static Corpus.Extraction.Tests.Names.EntityAssert;

namespace Corpus.Extraction.Tests.Names;

/// <summary>
/// Ordinary capitalised words glued to the front of a name ("Holders Quenby", "Unseeded Czech Quentin Varga",
/// "pro-European Party of ..."), and ordinary words that a headline or a model's number capitalises ("... Push Into
/// Payments", "Falcon 9"), are no part of a name and no name of their own; names that open with an ordinary word of
/// their own keep it. Made-up sentences, not from any seed, held-out article or wire set.
/// </summary>
public sealed class GluedWordTests
{
    [Theory]
    [InlineData("Holders Bulgaria qualify automatically for the finals.", "Bulgaria")] // a plural whose singular the dictionary leaves out
    [InlineData("Leaders Club Quenbrugge stretched their lead to five points.", "Club Quenbrugge")] // before a club's first word
    [InlineData("Rival Quenwick Pacific Life is due to report on Friday.", "Quenwick Pacific Life")] // a competitor before a company
    public void A_word_that_describes_the_name_after_it_is_not_the_names(string text, string name)
    {
        var entities = Extract(text);

        var span = Find(entities, name).Mentions[0].Span;
        Assert.Equal(text.IndexOf(name, System.StringComparison.Ordinal), span.Start);
        Assert.Equal(name.Length, span.Length);
    }

    [Theory]
    [InlineData("Unseeded Czech Tomas Quenvorak, ranked 141st, knocked out the champion.", "Tomas Quenvorak")]
    [InlineData("Veteran Chilean Gonzalo Quenverria won in straight sets on Tuesday.", "Gonzalo Quenverria")]
    public void A_word_before_a_nationality_and_a_given_name_describes_the_person(string text, string name)
    {
        var entities = Extract(text);

        var person = Find(entities, name);
        Assert.Equal(EntityKind.Person, person.Kind);
        Assert.DoesNotContain(entities, e => e.Name.StartsWith(text.Substring(0, text.IndexOf(' ')), System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("German Minister of State for Culture Katrin Quenhofer attended the ceremony.", "Katrin Quenhofer")]
    [InlineData("The Commissioner for Trade Anna Quenby spoke first.", "Anna Quenby")]
    [InlineData("\"It is the energy,\" said British DJ Olivia Quenbrooke.", "Olivia Quenbrooke")]
    public void An_office_s_remit_or_a_trade_before_a_person_is_not_the_person_s_name(string text, string name)
    {
        var person = Find(Extract(text), name);

        Assert.Equal(EntityKind.Person, person.Kind);
        Assert.Equal(text.IndexOf(name, System.StringComparison.Ordinal), person.Mentions[0].Span.Start);
    }

    [Fact]
    public void A_surname_the_story_writes_after_another_given_name_loses_the_headline_s_opening_word()
    {
        var text = "Late Quenafor header gives Quenbetis win\n\nSubstitute Chinedu Quenafor headed in a late winner. Quenafor said he was happy.\n";
        var entities = Extract(text);

        Assert.DoesNotContain(entities, e => e.Name == "Late Quenafor");
        Assert.Equal(3, Find(entities, "Chinedu Quenafor").Mentions.Count);
    }

    [Fact]
    public void A_surname_opening_a_sentence_with_its_own_given_name_keeps_it()
    {
        // No other given name before "Harris": "Spike" may be his own.
        var first = Find(Extract("Spike Harris said the film was done. The crew thanked Harris, and Harris smiled."), "Spike Harris").Mentions[0].Span;

        Assert.Equal(0, first.Start);
    }

    [Theory]
    [InlineData("The government is dominated by the ruling pro-European Party of Quenward Solidarity, which won in May.", "Party of Quenward Solidarity")]
    [InlineData("Malaria kills many children in sub-Saharan Africa every year, the report said.", "Africa")]
    public void A_nationality_joined_to_a_prefix_in_lower_case_is_the_adjective_s(string text, string name)
    {
        var entities = Extract(text);

        var span = Find(entities, name).Mentions[0].Span;
        Assert.Equal(text.IndexOf(name, System.StringComparison.Ordinal), span.Start);
        Assert.DoesNotContain(entities, e => e.Name == "Saharan" || e.Name.StartsWith("European ", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_club_named_by_a_plural_before_its_town_keeps_it()
    {
        // "Grizzlies" is no agent noun: a beast's name, as clubs are named.
        var text = "Grizzlies Quenburg won 5-2 at Quenmunchen on Sunday.";

        Assert.Equal(0, Find(Extract(text), "Grizzlies Quenburg").Mentions[0].Span.Start);
    }

    [Fact]
    public void A_headline_word_that_opens_a_name_the_story_writes_ends_the_run_before_it()
    {
        var text = "Nigerian Fintech Quendira Tops 20 Million Users as Telecoms Push Into Payments\n\n"
            + "LAGOS, Feb 18 (Reuters) - Quendira said on Tuesday it had passed 20 million users, as rival fintechs and mobile payments grow. A fintech analyst was impressed. "
            + "Analysts said Quendira would need more money.\n";
        var entities = Extract(text);

        Assert.Equal(3, Find(entities, "Quendira").Mentions.Count);
        var kept = KeptNames(text);
        Assert.DoesNotContain(kept, n => n.Contains("Fintech") || n == "Payments");
    }

    [Fact]
    public void A_headline_run_opened_by_a_given_name_keeps_its_surname()
    {
        var text = "Meenakshi Quenathan Named Chief of Quenlark Biotech\n\nQuenathan, 52, takes over in June, the company said.\n";

        Assert.Contains(Extract(text), e => e.Name == "Meenakshi Quenathan");
    }

    [Theory]
    [InlineData("Several missions were booked on Falcon 9 rockets from the company.", "Falcon")]
    [InlineData("It scored higher than the Quenmeta model and Llama 3.1 on that test.", "Llama")]
    [InlineData("The tournament is one of four Super 1000 events of the season.", "Super")]
    [InlineData("Prosecutors said he broke Law 146 on deposits.", "Law")]
    public void An_english_word_before_a_model_s_number_is_no_body_person_or_place(string text, string word)
    {
        Assert.DoesNotContain(Extract(text), e => e.Name == word && e.Kind is EntityKind.Organization or EntityKind.Person or EntityKind.Place);
    }

    [Fact]
    public void The_article_of_a_body_known_without_it_is_not_the_body_s()
    {
        var text = "\"We were removed from the stations,\" she told The Associated Press on Monday.";
        var press = Find(Extract(text), "Associated Press");

        Assert.Equal(text.IndexOf("Associated", System.StringComparison.Ordinal), press.Mentions[0].Span.Start);
    }

    [Theory]
    [InlineData("Badminton: Quenlee ends home drought as open finals conclude\n\nKUALA LUMPUR, Jan 12 - Quenlee won the title on Sunday.\n")]
    [InlineData("Hockey - Quenland stun Olympic champions in Quenbury\n\nQUENBURY, Feb 10 - Quenland beat the champions 3-2 on Sunday.\n")]
    public void The_sport_a_headline_is_filed_under_before_a_colon_or_a_dash_is_no_name(string text)
    {
        var first = text.Substring(0, text.IndexOf(' ', System.StringComparison.Ordinal)).TrimEnd(':');

        Assert.DoesNotContain(Extract(text), e => e.Name == first);
    }

    [Fact]
    public void Capitals_that_run_on_into_a_body_s_remit_are_not_the_body_s_short_form()
    {
        var text = "QUENLAND PALM OIL FUTURES CLOSE HIGHER.\n\nKUALA LUMPUR 1996-11-21\n"
            + "Futures of palm oil rose. Official data from the Palm Oil Registration and Licensing Authority showed output fell.\n";

        Assert.Single(Find(Extract(text), "Palm Oil Registration and Licensing Authority").Mentions);
        Assert.Equal(2, Find(Extract("KESTREL BANK PROFIT RISES.\n\nJOHANNESBURG 1996-11-21\nKestrel Bank of South Africa said its profit rose.\n"),
            "Kestrel Bank of South Africa").Mentions.Count);
    }

    [Theory]
    [InlineData("Bath 41 Wasps 20\nQuenford 12 Harlequins 9\n", "Bath")] // a line of results
    [InlineData("He scored his first league goal for Rapid 12 minutes from time.", "Rapid")] // a club's first word
    public void A_side_before_its_score_stays_a_side(string text, string name)
    {
        Assert.Equal(EntityKind.Organization, Find(Extract(text), name).Kind);
    }
}
