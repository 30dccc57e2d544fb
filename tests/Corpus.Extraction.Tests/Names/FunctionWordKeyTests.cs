using System.Linq;
using Corpus.Extraction.Names;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Tests.Names;

/// <summary>
/// The table of capitalised function words keys two words to a bucket and leaves out a word whose bucket is full,
/// silently: such a word would then be looked up in the lexicon at every sentence it opens. Every function word the
/// table is meant to hold (two to fifteen letters in ASCII, starting with a lower-case letter) must be in it (a word
/// the tokenizer does not keep whole, "don't", opens no sentence as one token).
/// </summary>
public sealed class FunctionWordKeyTests
{
    [Fact]
    public void The_key_table_leaves_no_function_word_out()
    {
        var words = WordLists.FunctionWords.Entries()
            .Where(w => w.Length >= 2 && w.Length <= 15 && w.All(c => c < 128) && w[0] >= 'a' && w[0] <= 'z')
            .ToList();
        Assert.NotEmpty(words);
        var missing = words
            .Select(w => char.ToUpperInvariant(w[0]) + w.Substring(1))
            .Where(capitalised =>
            {
                var text = capitalised + " rain fell on the town of Quenbor.";
                var token = Tokenizer.Tokenize(text)[0];
                return token.Length == capitalised.Length && !NameCandidateFinder.IsKeyedFunctionWord(token, text);
            })
            .ToList();
        Assert.Empty(missing);
    }
}
