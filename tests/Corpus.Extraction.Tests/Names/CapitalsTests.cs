using System.Linq;
using static Corpus.Extraction.Tests.Names.EntityAssert;

namespace Corpus.Extraction.Tests.Names;

/// <summary>Capitals that are not names, and names where every word is capitalised.</summary>
public sealed class CapitalsTests
{
    [Fact]
    public void Sentence_initial_function_words_are_never_names()
    {
        const string text = "However, the plan failed. Over half the staff left. One analyst called it a mess. Their offer was rejected. As I said, it was late. In March, it ended.";
        Assert.Empty(Extract(text));
    }

    [Fact]
    public void Negated_auxiliaries_are_never_names()
    {
        // Kept whole by the tokenizer (only a clitic after its stem is split off), "Don't" would read as one capitalised
        // word; neither apostrophe nor capitals make it a name.
        const string text = "Don't panic. \u201CWon\u2019t they?\u201D Isn't it late? Can't we stay? He said he WON'T go.";
        Assert.Empty(KeptNames(text));
        Assert.Equal(new[] { "O\u2019Brien" }, KeptNames("Don\u2019t ask O\u2019Brien."));
    }

    [Fact]
    public void Sentence_initial_ordinary_words_are_at_most_tentative()
    {
        var entities = Extract("Final results arrived on Friday. Collectively, the banks lost money.");
        Assert.All(entities, e => Assert.True(e.Tentative, e.Name));
        Assert.DoesNotContain(entities, e => e.Name == "Friday");
    }

    [Fact]
    public void An_ordinary_word_also_written_in_lower_case_is_dropped()
    {
        Assert.Empty(Extract("Final figures are due. The final tally came later."));
    }

    [Fact]
    public void A_real_name_at_the_start_of_a_sentence_is_kept()
    {
        var samsung = Has("The market cooled. Samsung’s chips still sold well.", "Samsung", EntityKind.Organization);
        Assert.Equal("Samsung", samsung.Name);
    }

    [Fact]
    public void A_sentence_initial_word_used_as_a_name_elsewhere_is_not_tentative()
    {
        var apple = Has("Apple released results. Shares of Apple rose.", "Apple", EntityKind.Organization);
        Assert.Equal(2, apple.Mentions.Count);
    }

    [Fact]
    public void The_word_after_an_opening_quotation_mark_is_sentence_initial()
    {
        var entities = Extract("He replied, “Nothing will change,” and “Tencent is ahead.”");
        Assert.DoesNotContain(entities, e => e.Name == "Nothing" && !e.Tentative);
        Assert.Contains(entities, e => e.Name == "Tencent" && !e.Tentative);
    }

    [Fact]
    public void Names_never_start_with_a_determiner_or_preposition()
    {
        var names = KeptNames("The World Bank met in Madrid. In Lagos, the talks went on. The U.S. Treasury agreed. As Mr. Okafor said, it was fine.");
        Assert.Contains("World Bank", names);
        Assert.Contains("Madrid", names);
        Assert.Contains("Lagos", names);
        Assert.DoesNotContain(names, n => n.StartsWith("The ", System.StringComparison.Ordinal) || n.StartsWith("In ", System.StringComparison.Ordinal) || n.StartsWith("As ", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_name_that_is_also_an_ordinary_word_is_tentative_at_sentence_start()
    {
        Assert.DoesNotContain("Nice", KeptNames("Nice work was done by the team."));
        Assert.Contains("Nice", KeptNames("The festival moved to Nice this year."));
    }

    [Fact]
    public void Days_and_months_are_not_entities()
    {
        Assert.Empty(KeptNames("The vote is on Monday, 3 March, and results come in April."));
    }

    [Theory]
    [InlineData("The contract for No. 3 ribbed smoked sheet closed lower.", "No.")]
    [InlineData("Panathinaikos went top of Group A on Thursday.", "Group")]
    [InlineData("Officials said Sunday's super-G would go ahead.", "G")]
    [InlineData("Temperatures fell to minus 45 degrees Celsius overnight.", "Celsius")]
    [InlineData("The round drew chipmaker Quenbar Micro (NASDAQ: QMD), which builds chips.", "QMD")]
    public void Capitals_that_label_rather_than_name_are_not_entities(string text, string label)
    {
        Lacks(text, label);
    }

    [Fact]
    public void The_exchange_before_a_ticker_is_still_a_body()
    {
        Has("The round drew chipmaker Quenbar Micro (NASDAQ: QMD), which builds chips.", "NASDAQ", EntityKind.Organization);
    }

    [Fact]
    public void The_words_of_a_credit_line_and_a_bylines_beat_are_no_names()
    {
        var text = "(Reporting by Anjali Quenmukh in Mumbai; Additional reporting by Chi Quen; Editing by Mark Quenter)\n\n"
            + "By Hannah Quenlindgren, Climate Correspondent\n";
        Lacks(text, "Additional", "Climate");
        Has(text, "Chi Quen", EntityKind.Person);
    }

    [Fact]
    public void Units_and_a_titles_service_word_are_no_names()
    {
        Lacks("The regulator will auction two blocks of 5G spectrum in the 3.5 GHz band.", "GHz");
        var mirza = Has("Its secretary, Air Commodore Shahid Quenza, said the event would go ahead.", "Shahid Quenza", EntityKind.Person);
        Assert.Equal("Air Commodore", mirza.Role);
    }

    [Fact]
    public void A_word_in_capitals_wrapped_in_hyphens_alone_on_its_line_is_markup()
    {
        var text = "-DOCSTART-\n\nLONDON 1996-08-30\nThe pro-EU voters met in Paris.\n-DOCSTART-\n\nQuenbar Holdings said profit rose.\n";
        Lacks(text, "DOCSTART");
        Has(text, "EU", EntityKind.Organization);
        Has(text, "Quenbar Holdings", EntityKind.Organization);
    }

    [Fact]
    public void An_adjective_opening_the_sentence_before_a_players_position_is_no_side_and_a_ticker_after_any_exchange_code_is_no_name()
    {
        var cricket = "CRICKET - TEST SCOREBOARD .\nSYDNEY 1996-12-08\nAustralia 331 for five.\nFast bowler Chidi Quenafor took three wickets.\n";
        Lacks(cricket, "Fast");
        Lacks("Quenue Mobile (LuSE: QKFM), the third-largest operator, agreed to sell.", "QKFM");
    }
}
