using static Corpus.Extraction.Tests.Names.EntityAssert;

namespace Corpus.Extraction.Tests.Names;

/// <summary>
/// A seed may be a fragment that opens or ends right where the rules read the words around a name ("at" before a
/// host's name, "by" after a score, "Stock" before "Exchange"): the words outside the text are none, not an error,
/// and the rest of the seed is read as usual. Made-up text, not from any seed, held-out article or wire set.
/// </summary>
public sealed class TextEdgeTests
{
    [Theory]
    [InlineData("at Quenbury Park.\nScottish striker Alan Quenrae scored twice in the first half before Quenwich replied in stoppage time.\nSecond-placed Quenfield United were held 0-0 at Quenbridge, while Quenworth moved up to third with a 3-1 win at Quenby.")] // a sports story: the host after a score is read
    [InlineData("away at Quenbury Park.\nQuenfield United drew 1-1 with Quenbridge Rovers.")]
    [InlineData("by Quenfield.\nQuenbridge Rovers were beaten 2-0 by Quenworth Athletic on Saturday.")]
    [InlineData("Exchange index rose 1.2 percent.")]
    [InlineData("Quenfield United beat")]
    [InlineData("index")]
    public void A_fragment_that_opens_or_ends_beside_a_name_is_read(string text)
    {
        var entities = Extract(text);

        Assert.NotNull(entities);
    }

    [Fact]
    public void The_names_after_a_fragments_opening_words_are_found()
    {
        var entities = Extract("at Quenbury Park.\nScottish striker Alan Quenrae scored twice in the first half before Quenwich replied in stoppage time.\nSecond-placed Quenfield United were held 0-0 at Quenbridge, while Quenworth moved up to third with a 3-1 win at Quenby.");

        Find(entities, "Quenfield United");
    }
}
