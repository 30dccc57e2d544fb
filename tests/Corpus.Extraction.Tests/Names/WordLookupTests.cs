using System.Collections.Generic;
using Corpus.Extraction.Names;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Tests.Names;

/// <summary>
/// The word lookups answer as the lists themselves: a set's cheap test (by length, first and last character, a
/// character outside ASCII read as any) never turns away a word it holds, and a token view's answers, from its kept
/// facts or a probe, are the set's own, also for a place outside the text.
/// </summary>
public sealed class WordLookupTests
{
    private static readonly string[] Words = { "Zürich", "café", "Ölberg", "ab", "émile", "Straße", "x" };

    private static readonly string[] Probes =
    {
        "Zürich", "zürich", "ZÜRICH", "café", "Café", "CAFÉ", "cafe", "Ölberg", "ölberg", "ab", "AB", "Ab", "aB", "émile",
        "Émile", "ÉMILE", "Straße", "STRASSE", "straße", "x", "X", "é", "ß", "abc", "",
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_set_holds_a_word_with_a_character_outside_ASCII_at_either_end_as_its_entries_say(bool ignoreCase)
    {
        var set = new WordSet(Words, ignoreCase);
        var entries = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var word in Words)
        {
            entries.Add(ignoreCase ? word.ToLowerInvariant() : word);
        }

        foreach (var probe in Probes)
        {
            // Inside a longer text, as a token is, with characters around it that no entry ends in.
            var text = "«" + probe + "»";
            var held = probe.Length > 0 && entries.Contains(ignoreCase ? probe.ToLowerInvariant() : probe);
            Assert.Equal(held, set.Contains(text, 1, probe.Length));
            if (held)
            {
                Assert.True(set.MayMatch(text, 1, probe.Length), probe);
                Assert.True(set.MayMatchToken(text, 1, probe.Length), probe);
            }
        }
    }

    [Fact]
    public void A_token_view_answers_each_list_as_the_list_does_twice_over_and_nothing_past_its_tokens()
    {
        const string text = "President Émile Zürich of Café Ölberg said on Monday the CEOs and Straße x would meet in Paris.";
        var tokens = Tokenizer.Tokenize(text);
        var local = new WordSet(Words, ignoreCase: false);
        var sets = new[] { WordLists.Titles, WordLists.Calendar, WordLists.FunctionWords, WordLists.EnglishWords, WordLists.PlacesWorld, WordLists.GivenNamesWorld, local };
        var view = new TokenView(text, tokens, tokens.Length - 2);
        for (var pass = 0; pass < 2; pass++)
        {
            for (var k = 0; k < view.Count; k++)
            {
                var t = tokens[k];
                foreach (var set in sets)
                {
                    var held = set.Contains(text, t.Start, t.Length);
                    Assert.Equal(held, view.In(set, k));
                    Assert.Equal(held, view.InFew(set, k));
                }

                // Every lookup of a capitalised word goes with the name-word test first in the rules; asked after, too.
                _ = view.IsNameWord(k);
            }
        }

        foreach (var k in new[] { -1, view.Count, view.Count + 1 })
        {
            foreach (var set in sets)
            {
                Assert.False(view.In(set, k));
                Assert.False(view.InFew(set, k));
            }

            Assert.Equal(0u, view.WorldBits(k));
        }

        view.Release();
    }
}
