using System.Linq;
using Corpus.Extraction.Names;
using static Corpus.Extraction.Tests.Names.EntityAssert;

namespace Corpus.Extraction.Tests.Names;

/// <summary>
/// A function word capitalised by its place ("The", "However", "Nevertheless") starts no name, whether it opens a sentence
/// inside the text or the text's last sentence, where fewer characters are left than a vector reads. Made-up sentences,
/// not from any seed, held-out article or wire set.
/// </summary>
public sealed class CapitalisedFunctionWordTests
{
    [Fact]
    public void No_capitalised_function_word_opening_a_sentence_is_a_name()
    {
        foreach (var word in WordLists.FunctionWords.Entries().Where(w => w.Length >= 2 && w[0] >= 'a' && w[0] <= 'z'))
        {
            var capitalised = char.ToUpperInvariant(word[0]) + word.Substring(1);
            foreach (var text in new[] { capitalised + " rain fell on the town. Quenbor stayed dry.", "Quenbor stayed dry. " + capitalised })
            {
                var entities = Extract(text);
                Assert.DoesNotContain(entities, e => e.Name == capitalised || e.Name.StartsWith(capitalised + " ", System.StringComparison.Ordinal));
            }
        }
    }
}
