using static Corpus.Extraction.Tests.Names.EntityAssert;

namespace Corpus.Extraction.Tests.Names;

/// <summary>
/// Ordinary words capitalised only by the title case of their line or phrase ("Quenby's Law of Difficulty:",
/// "Falling in Love") are read as a sentence's first word is: no name when the text also writes them in lower case.
/// Names in headlines in title case, in lists and in scores stay. Made-up text, not from any seed or wire set.
/// </summary>
public sealed class TitleCaseLineTests
{
    [Theory]
    [InlineData("Quenby's Law of Difficulty:\n\nEvery difficulty grows when it is ignored long enough.\n", "Difficulty")]
    [InlineData("Falling in Love\n\nThey say love is blind, and that marriage opens its eyes.\n", "Love")]
    [InlineData("The Night the Quenport Lights Went Out\n\nThe lights went out at nine, and nobody noticed for an hour.\n", "Lights")]
    [InlineData("-- Ode Quist, The Burden of Proof\n\nThe burden was heavier than he thought.\n", "Burden")]
    public void An_ordinary_word_capitalised_by_a_line_in_title_case_is_no_name(string text, string word)
    {
        Lacks(text, word);
    }

    [Fact]
    public void A_word_of_a_name_in_title_case_the_finder_split_is_no_name_of_its_own()
    {
        Lacks("Medics from the Quenland Society for Culture and Health said the clinic had closed. Health workers left.", "Health");
    }

    [Fact]
    public void Names_in_headlines_in_title_case_stay()
    {
        Assert.Contains("Quenport", KeptNames("Harvest Contract Goes to Quenport\n\nThe harvest contract went to Quenport on Tuesday.\n"));
        Has("Officials in Pale, the regional capital, condemned the attack. The sky was pale.", "Pale", EntityKind.Place);
    }

    [Fact]
    public void Names_listed_with_commas_or_beside_a_given_name_stay()
    {
        var kept = KeptNames("-- Quist and Heron, The Elements of Quenstyle\n\nShe saw a heron by the river.\n");
        Assert.Contains("Heron", kept);
        Assert.Contains("Quendiamond", KeptNames("-- Jack \"Legs\" Quendiamond\n\nHe saw a quendiamond in the river.\n"));
    }

    [Fact]
    public void A_line_with_a_score_is_no_title()
    {
        var kept = KeptNames("Results on Saturday:\n\nArsenal 2 Quenton 1\n\nThe arsenal of the club is its youth.\n");
        Assert.Contains("Quenton", kept);
    }
}
