using System.Linq;
using Corpus.Extraction.Names;
using Corpus.Extraction.Text;
using static Corpus.Extraction.Tests.Names.EntityAssert;

namespace Corpus.Extraction.Tests.Names;

/// <summary>
/// A word is capitalised by its place after a list item's number or letter at a line's start ("(2) Thank you") and
/// where a column starts inside a line, after a tab (two poems side by side); a person's initial, a number inside a
/// line or a gap of spaces is no such place, and the names in a table's cells are kept. Made-up text, not from any
/// seed, held-out article or wire set.
/// </summary>
public sealed class LineStartTests
{
    [Theory]
    [InlineData("(2) Thank you for the form.", "Thank")]
    [InlineData("Steps:\n1) Send the form to the office.", "Send")]
    [InlineData("Rules\na) Live in the moment, they say.", "Live")]
    public void An_ordinary_word_after_an_item_number_is_no_name(string text, string word)
    {
        Assert.DoesNotContain(word, KeptNames(text));
    }

    [Theory]
    [InlineData("(3) Hey!  Sounds like we took too much.", "Hey")]
    [InlineData("1) Send the form.", "Send")]
    [InlineData("Top pets\n#15 Your pet rock.", "Your")]
    [InlineData("Rules\n\ta) Live well.", "Live")]
    [InlineData("Rules\niv) Come back.", "Come")]
    [InlineData("Rules\nb. Keep left.", "Keep")]
    public void The_word_after_an_item_number_is_capitalised_by_its_place(string text, string word)
    {
        Assert.True(IsInitial(text, word));
    }

    [Theory]
    [InlineData("The list:\nJ. Quenby said the plan was late.", "Quenby")] // a person's initial
    [InlineData("The report names 12 Quenby staff.", "Quenby")] // a number inside a line
    [InlineData("Notes\nmix) Quenby rose.", "Quenby")] // a word, not a numeral
    public void A_word_after_an_initial_or_a_number_in_a_line_is_not(string text, string word)
    {
        Assert.False(IsInitial(text, word));
    }

    [Fact]
    public void A_name_after_an_item_number_is_kept()
    {
        Assert.Single(Find(Extract("(2) Quenix shipped a new server on Monday."), "Quenix").Mentions);
    }

    [Theory]
    [InlineData("He left it dead and took its head\tCome to my arms, my boy!", "Come")] // two poems side by side
    [InlineData("The room was still,\t\tSaid the old man to the boy,", "Said")]
    public void A_word_that_opens_a_column_is_capitalised_by_its_place(string text, string word)
    {
        Assert.True(IsInitial(text, word));
    }

    [Fact]
    public void A_word_after_spaces_inside_a_line_is_not()
    {
        Assert.False(IsInitial("He left it dead and took its head  Quenby came to the door.", "Quenby"));
    }

    [Fact]
    public void Names_in_the_cells_of_a_table_are_kept()
    {
        var names = KeptNames("Pos\tClub\tPoints\n1\tArsenal\t12\n2\tChelsea\t9\n3\tReading\t7\n");

        Assert.Contains("Arsenal", names);
        Assert.Contains("Reading", names);
    }

    private static bool IsInitial(string text, string word)
    {
        var tokens = Tokenizer.Tokenize(text);
        var view = new TokenView(text, tokens);
        var sentences = new TokenSentences(view, SentenceSplitter.Split(text));
        var k = Enumerable.Range(0, tokens.Length).First(i => text.Substring(tokens[i].Start, tokens[i].Length) == word);
        return sentences.IsInitial(k);
    }
}
