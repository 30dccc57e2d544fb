using System.Linq;
using static Corpus.Extraction.Tests.Names.EntityAssert;

namespace Corpus.Extraction.Tests.Names;

/// <summary>
/// Where a long organisation's name starts and ends: its legal form and the stop after it, the connectors and
/// possessives inside it, and the names on either side of an "and" that stay two. Made-up sentences, not from any
/// seed, held-out article or wire set.
/// </summary>
public sealed class OrganisationSpanTests
{
    // Every mention of every entity, as the text writes it, with the entity's kind.
    private static string[] Mentions(string text) =>
        Extract(text).Where(e => !e.Tentative)
            .SelectMany(e => e.Mentions.Select(m => text.Substring(m.Span.Start, m.Span.Length) + ":" + e.Kind)).ToArray();

    [Fact]
    public void The_stop_of_a_legal_form_that_ends_the_sentence_is_the_sentence_s()
    {
        var text = "The mill was sold to Quenwick Textile Corp. The deal closed in May. Quenwick Textile Corp. said it would hire.";
        var mentions = Mentions(text);

        Assert.Contains("Quenwick Textile Corp:Organization", mentions);
        Assert.Contains("Quenwick Textile Corp.:Organization", mentions);
        Assert.Single(Extract(text), e => e.Name.StartsWith("Quenwick Textile Corp", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_legal_form_with_its_stop_ends_the_name_before_the_next_sentence()
    {
        var mentions = Mentions("Card payments grew at Quenvis Inc. Mobile wallets grew faster, the bank said.");

        Assert.Contains("Quenvis Inc:Organization", mentions);
        Assert.DoesNotContain(mentions, m => m.StartsWith("Quenvis Inc. Mobile", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Analysts at Quenlow Lynch & Co. Ltd. said so.", "Quenlow Lynch & Co. Ltd.:Organization")]
    [InlineData("Quenmoto Motor Corp. President Akio Quenoda said sales rose.", "Quenmoto Motor Corp.:Organization")]
    public void A_legal_form_or_a_title_after_a_legal_form_s_stop_stays_in_the_sentence(string text, string mention)
    {
        Assert.Contains(mention, Mentions(text));
    }
}
