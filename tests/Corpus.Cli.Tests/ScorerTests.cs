using System.Collections.Generic;
using System.Linq;
using Corpus.Cli.Scoring;
using Corpus.Extraction;

namespace Corpus.Cli.Tests;

public sealed class ScorerTests
{
    private static readonly GoldFile Gold = new(
        "wire.txt",
        new[]
        {
            Gold1("Satya Nadella", "Person", role: "chief executive", affiliation: "Microsoft", mentions: 2),
            Gold1("Microsoft", "Organization", mentions: 1),
            Gold1("Seattle", "Place", mentions: 1),
            Gold1("World Economic Forum", "Event", aliases: new[] { "WEF" }, mentions: 3),
        },
        new[] { Gold1("English", "Other") },
        new[] { "However", "The" },
        new[]
        {
            new GoldQuote("We are just getting started,", "Quotation", "Satya Nadella", 2, 1),
            new GoldQuote("cloud wars", "Term", null, 3, 20),
        });

    private static GoldEntity Gold1(string name, string kind, string? role = null, string? affiliation = null, string[]? aliases = null, int? mentions = null)
        => new(name, kind, role, affiliation, aliases ?? new string[0], mentions);

    private static EntityInfo Entity(string name, EntityKind kind, int mentions = 1, string? role = null, string? affiliation = null)
        => new(
            name,
            kind,
            role,
            affiliation,
            null,
            EquatableArray<string>.Empty,
            new EquatableArray<EntityMention>(Enumerable.Range(0, mentions).Select(i => new EntityMention(new SourceSpan(i * 10, name.Length, 1, (i * 10) + 1), 0)).ToArray()),
            Tentative: false);

    private static QuoteInfo Quote(string text, QuoteKind kind, int line, int column, string? speaker)
        => new(text, kind, new SourceSpan(100, text.Length + 2, line, column), 0, speaker, speaker, null);

    [Fact]
    public void A_perfect_extraction_scores_one_everywhere()
    {
        var entities = new[]
        {
            Entity("Satya Nadella", EntityKind.Person, 2, "chief executive", "Microsoft"),
            Entity("Microsoft", EntityKind.Organization),
            Entity("Seattle", EntityKind.Place),
            Entity("World Economic Forum", EntityKind.Event, 3),
        };
        var quotes = new[]
        {
            Quote("We are just getting started,", QuoteKind.Quotation, 2, 1, "Satya Nadella"),
            Quote("cloud wars", QuoteKind.Term, 3, 20, null),
        };

        var score = Scorer.Score("wire.txt", entities, quotes, Gold);

        Assert.Equal(new Ratio(4, 4), score.Precision);
        Assert.Equal(new Ratio(4, 4), score.Recall);
        Assert.Equal(new Ratio(4, 4), score.KindAccuracy);
        Assert.Equal(new Ratio(1, 1), score.Roles);
        Assert.Equal(new Ratio(1, 1), score.Affiliations);
        Assert.Equal(new Ratio(4, 4), score.MentionCounts);
        Assert.Equal(new Ratio(2, 2), score.QuotesFound);
        Assert.Equal(new Ratio(2, 2), score.QuoteSpeakers);
        Assert.Empty(score.Missed);
        Assert.Empty(score.Spurious);
        Assert.Empty(score.ExtraQuotes);
    }

    [Fact]
    public void Optional_entities_and_aliases_count_for_precision_but_recall_needs_every_gold_entity()
    {
        var entities = new[]
        {
            Entity("WEF", EntityKind.Event, 3),
            Entity("English", EntityKind.Other),
            Entity("Tuesday", EntityKind.Other),
        };

        var score = Scorer.Score("wire.txt", entities, new QuoteInfo[0], Gold);

        Assert.Equal(new Ratio(2, 3), score.Precision);
        Assert.Equal(new Ratio(1, 4), score.Recall);
        Assert.Equal("Tuesday", Assert.Single(score.Spurious).Name);
        Assert.Equal(new[] { "Satya Nadella", "Microsoft", "Seattle" }, score.Missed.Select(m => m.Name).ToArray());
        Assert.Equal(new Ratio(1, 1), score.MentionCounts);
    }

    [Fact]
    public void Matching_is_ordinal_and_case_sensitive()
    {
        var score = Scorer.Score("wire.txt", new[] { Entity("seattle", EntityKind.Place), Entity("SEATTLE", EntityKind.Place) }, new QuoteInfo[0], Gold);

        Assert.Equal(new Ratio(0, 2), score.Precision);
        Assert.Equal(new Ratio(0, 4), score.Recall);
    }

    [Fact]
    public void Wrong_kinds_roles_affiliations_and_counts_are_listed_separately()
    {
        var entities = new[]
        {
            Entity("Satya Nadella", EntityKind.Person, 1, "executive", null),
            Entity("Seattle", EntityKind.Organization),
        };

        var score = Scorer.Score("wire.txt", entities, new QuoteInfo[0], Gold);

        Assert.Equal(new Ratio(1, 2), score.KindAccuracy);
        Assert.Equal("Seattle", Assert.Single(score.WrongKinds).Gold.Name);
        Assert.Equal(new Ratio(0, 1), score.Roles);
        Assert.Equal(new Ratio(0, 1), score.Affiliations);
        Assert.Equal("Satya Nadella", Assert.Single(score.WrongMentionCounts).Gold.Name);
    }

    [Fact]
    public void A_forbidden_name_is_a_defect_even_when_it_is_also_spurious()
    {
        var score = Scorer.Score("wire.txt", new[] { Entity("However", EntityKind.Other), Entity("Seattle", EntityKind.Place) }, new QuoteInfo[0], Gold);

        Assert.Equal("However", Assert.Single(score.Forbidden).Name);
        Assert.Equal("However", Assert.Single(score.Spurious).Name);
    }

    [Fact]
    public void A_quote_is_found_only_with_the_same_text_line_and_column()
    {
        var quotes = new[]
        {
            Quote("We are just getting started,", QuoteKind.Quotation, 2, 2, "Satya Nadella"),
            Quote("cloud wars", QuoteKind.Quotation, 3, 20, "Microsoft"),
        };

        var score = Scorer.Score("wire.txt", new EntityInfo[0], quotes, Gold);

        Assert.Equal(new Ratio(1, 2), score.QuotesFound);
        Assert.Equal(2, Assert.Single(score.MissedQuotes).Line);
        Assert.Equal(new Ratio(0, 1), score.QuoteKinds);
        Assert.Equal(new Ratio(0, 1), score.QuoteSpeakers);
        Assert.Single(score.WrongQuotes);
        Assert.Equal(2, Assert.Single(score.ExtraQuotes).Span.Column);
    }

    [Fact]
    public void Nothing_to_count_is_not_a_zero()
    {
        var score = Scorer.Score("wire.txt", new EntityInfo[0], new QuoteInfo[0], Gold);

        Assert.Null(score.Precision.Value);
        Assert.Equal(0.0, score.Recall.Value);
    }

    [Fact]
    public void The_project_gold_file_loads_with_every_section()
    {
        var gold = GoldFile.Load(System.IO.Path.Combine(System.AppContext.BaseDirectory, "Data", "seed-000.gold.json"));

        Assert.Equal("000_bf472475e3e9b8da.txt", gold.Document);
        Assert.Equal(26, gold.Entities.Count);
        Assert.Contains(gold.Entities, e => e.Name == "Fortune" && e.Aliases.SequenceEqual(new List<string> { "Fortune.com" }) && e.Mentions == 2);
        Assert.Contains(gold.Optional, e => e.Name == "four tigers" && e.Kind == "Group");
        Assert.Contains("Final week", gold.Forbidden);
        Assert.Contains(gold.Quotes, q => q.Speaker == "Goldman Sachs" && q.Line == 9 && q.Column == 174);
    }
}
