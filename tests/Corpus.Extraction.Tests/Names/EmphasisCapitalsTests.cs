using static Corpus.Extraction.Tests.Names.EntityAssert;

namespace Corpus.Extraction.Tests.Names;

/// <summary>Words written in capitals for emphasis inside a sentence are not names; acronyms in the same places are.</summary>
public sealed class EmphasisCapitalsTests
{
    [Theory]
    [InlineData("The rota was posted on Monday. This is NOT a drill, and the kettle is not broken.", "NOT")]
    [InlineData("Thanks for the invitation to the picnic. I'd LOVE to come, and I love the park.", "LOVE")]
    [InlineData("The garage is full of boxes. We REALLY need to clear it out, really.", "REALLY")]
    [InlineData("The neighbours parked on the lawn again. People are SO rude, so rude.", "SO")]
    [InlineData("The printer jammed twice. It should NOT do that, and it will not.", "NOT")]
    [InlineData("Ask the caretaker about the keys. With YOU here, you can open the shed.", "YOU")]
    [InlineData("Bring a coat to the fair. Did YOU pack one? You never do.", "YOU")]
    [InlineData("The band played for hours. Someone said I don't LIKE it, but I like it.", "LIKE")]
    [InlineData("Read the manual first. The manual IS the law here, and it is long.", "IS")]
    [InlineData("The soup was cold. Real cooks HAVE to taste, as cooks have always done.", "HAVE")]
    [InlineData("The old script crashed daily. Nothing was ever as slow as THIS mess, and this one is new.", "THIS")]
    public void A_word_stressed_in_capitals_is_not_a_name(string text, string word)
    {
        Assert.DoesNotContain(word, KeptNames(text));
    }

    [Fact]
    public void Capitals_on_a_line_with_a_few_lower_case_words_are_a_shouted_stretch()
    {
        Assert.DoesNotContain("NOT", KeptNames("<maria> OH MY GOD NOT A BROKEN BUILD AGAIN\n<tomas> it was not me"));
    }

    [Theory]
    [InlineData("Cases rose in the north. The WHO urged calm on Monday, and who could blame it?", "WHO")]
    [InlineData("Riders for Spain's ONCE team led once again. The ONCE rider won.", "ONCE")]
    [InlineData("Shares were traded on the SIX exchange in Zurich, six brokers said.", "SIX")]
    [InlineData("The talks opened in Lisbon. Italy wants to join EMU in 1999, the minister said.", "EMU")]
    [InlineData("Cyclists filled the square. The main sponsor is ONCE, and it paid once more this year.", "ONCE")]
    [InlineData("Donors pulled out after the WE lost its charity status in Toronto, and we were told why.", "WE")]
    [InlineData("Fighters loyal to IS attacked the town on Friday. Later IS militants fled, and the army said it is safe.", "IS")]
    [InlineData("The official TAP news agency said the ministers met. TAP said they agreed to tap new funds.", "TAP")]
    public void An_acronym_that_is_also_an_English_word_is_kept(string text, string acronym)
    {
        Assert.Contains(acronym, KeptNames(text));
    }

    [Fact]
    public void A_long_word_in_capitals_that_the_text_also_writes_in_lower_case_is_stressed()
    {
        Assert.DoesNotContain("BREAKFAST", KeptNames("The hotel was quiet. I want something hot for BREAKFAST today, as breakfast was cold."));
    }

    [Fact]
    public void A_long_acronym_the_text_never_writes_in_lower_case_is_kept()
    {
        Assert.Contains("SWIFT", KeptNames("The banks were cut off from the SWIFT network on Tuesday, officials in Brussels said."));
    }

    [Fact]
    public void A_name_that_is_no_English_word_is_kept_when_written_in_lower_case_too()
    {
        Assert.Contains("EMACS", KeptNames("The team moved its notes into the EMACS editor last year. Half of them still run emacs at home."));
    }
}
