using System.Linq;
using Corpus.Extraction;
using Corpus.Extraction.Corpus;

namespace Corpus.Generators.Tests.CorpusStep;

public sealed class CorpusBuilderTests
{
    private static DocumentModel Markets() => new SeedBuilder(
            "/repo/news/markets.txt",
            "Tencent chairman Pony Ma said the company would buy back shares.\nAnalysts in Hong Kong welcomed the plan. Tencent shares rose 3%.")
        .Entity("Pony Ma", EntityKind.Person, role: "chairman", affiliation: "Tencent")
        .Entity("Tencent", EntityKind.Organization)
        .Entity("Hong Kong", EntityKind.Place)
        .Build();

    private static DocumentModel Chips() => new SeedBuilder(
            "/repo/news/chips.txt",
            "Tencent is testing chips from Biren Technology in Shanghai.\nThe chipmaker told Reuters it would list in Hong Kong.")
        .Entity("Tencent", EntityKind.Organization, description: "internet group")
        .Entity("Biren Technology", EntityKind.Organization, description: "chipmaker")
        .Entity("Shanghai", EntityKind.Place)
        .Entity("Hong Kong", EntityKind.Place)
        .Entity("Reuters", EntityKind.Organization)
        .Build();

    private static CorpusOptions Options => new("/repo", null, null);

    [Fact]
    public void The_same_name_in_two_seeds_is_one_entity_with_mentions_in_each()
    {
        var corpus = CorpusBuilder.Build(new[] { Markets(), Chips() }, Options);

        var tencent = corpus.Entities.Single(e => e.Name == "Tencent");
        Assert.Equal(new[] { 0, 1, 1 }, tencent.Mentions.Select(m => m.Document));
        Assert.Equal("internet group", tencent.Description);
        Assert.Equal("tencent", tencent.Key);
        Assert.Equal("Tencent", tencent.MemberName);
        Assert.Single(corpus.Entities, e => e.Name == "Hong Kong");
    }

    [Fact]
    public void Documents_are_ordered_by_relative_path_and_the_input_order_does_not_matter()
    {
        var forward = CorpusBuilder.Build(new[] { Markets(), Chips() }, Options);
        var backward = CorpusBuilder.Build(new[] { Chips(), Markets() }, Options);

        Assert.Equal(forward, backward);
        Assert.Equal(new[] { "news/chips.txt", "news/markets.txt" }, forward.Documents.Select(d => d.RelativePath));
    }

    [Fact]
    public void Without_a_project_folder_the_relative_path_is_the_file_name()
    {
        var corpus = CorpusBuilder.Build(new[] { Markets() }, CorpusOptions.Default);

        Assert.Equal("markets.txt", corpus.Documents[0].RelativePath);
        Assert.Equal("Markets", corpus.Documents[0].MemberName);
    }

    [Theory]
    [InlineData("000_bf472475e3e9b8da.txt", "Doc000Bf472475e3e9b8da")]
    [InlineData("central-bank-notes.md", "CentralBankNotes")]
    [InlineData("WAIC_2024.txt", "WAIC2024")]
    [InlineData("2024.txt", "Doc2024")]
    [InlineData(".txt", "Txt")]
    public void Document_member_names_come_from_the_file_name(string fileName, string expected)
        => Assert.Equal(expected, CorpusBuilder.DocumentMemberName(fileName));

    [Fact]
    public void A_document_name_from_metadata_replaces_the_file_name()
    {
        var options = Options with { DocumentNames = new[] { new DocumentName("/repo/news/markets.txt", "TencentBuyback") }.ToEquatableArray() };

        var corpus = CorpusBuilder.Build(new[] { Markets(), Chips() }, options);

        Assert.Equal(new[] { "Chips", "TencentBuyback" }, corpus.Documents.Select(d => d.MemberName));
    }

    [Fact]
    public void Two_seeds_with_the_same_file_name_get_distinct_members_and_an_info()
    {
        var first = new SeedBuilder("/repo/a/report.txt", "Nvidia reported results on Wednesday.").Build();
        var second = new SeedBuilder("/repo/b/report.md", "AMD reported results on Tuesday.").Build();

        var corpus = CorpusBuilder.Build(new[] { second, first }, Options);

        Assert.Equal(new[] { "Report", "Report2" }, corpus.Documents.Select(d => d.MemberName));
        var problem = Assert.Single(corpus.Problems);
        Assert.Equal(DiagnosticIds.IdentifierCollision, problem.Problem.Id);
        Assert.Equal("/repo/b/report.md", problem.Path);
    }

    [Fact]
    public void The_same_surface_with_kinds_that_disagree_stays_two_entities()
    {
        var product = new SeedBuilder("/repo/a.txt", "Kuaishou released Kling, a video model.").Entity("Kling", EntityKind.Product).Build();
        var person = new SeedBuilder("/repo/b.txt", "The economist Kling said rates would fall.").Entity("Kling", EntityKind.Person).Build();

        var corpus = CorpusBuilder.Build(new[] { product, person }, Options);

        var kling = corpus.Entities.Where(e => e.Name == "Kling").ToList();
        Assert.Equal(2, kling.Count);
        Assert.Equal(("kling", "Kling"), (kling.Single(e => e.Kind == EntityKind.Person).Key, kling.Single(e => e.Kind == EntityKind.Person).MemberName));
        Assert.Equal(("kling-product", "Kling"), (kling.Single(e => e.Kind == EntityKind.Product).Key, kling.Single(e => e.Kind == EntityKind.Product).MemberName));
    }

    [Fact]
    public void A_tentative_name_is_dropped_unless_some_seed_uses_it_as_a_name()
    {
        var tentative = new SeedBuilder("/repo/a.txt", "Apple shares fell. Mercury levels in the river rose.")
            .Entity("Mercury", EntityKind.Other, tentative: true)
            .Entity("Apple", EntityKind.Organization, tentative: true)
            .Build();
        var solid = new SeedBuilder("/repo/b.txt", "Investors sold shares of Apple on Monday.").Entity("Apple", EntityKind.Organization).Build();

        var corpus = CorpusBuilder.Build(new[] { tentative, solid }, Options);

        Assert.DoesNotContain(corpus.Entities, e => e.Name == "Mercury");
        var apple = Assert.Single(corpus.Entities);
        Assert.Equal(new[] { 0, 1 }, apple.Mentions.Select(m => m.Document));
    }

    [Fact]
    public void A_tentative_guess_of_kind_yields_to_the_kind_the_name_has_elsewhere()
    {
        var tentative = new SeedBuilder("/repo/a.txt", "Jordan said nothing. The talks went on.").Entity("Jordan", EntityKind.Person, tentative: true).Build();
        var solid = new SeedBuilder("/repo/b.txt", "Talks in Jordan resumed on Sunday.").Entity("Jordan", EntityKind.Place).Build();

        var corpus = CorpusBuilder.Build(new[] { tentative, solid }, Options);

        var jordan = Assert.Single(corpus.Entities);
        Assert.Equal(EntityKind.Place, jordan.Kind);
        Assert.Equal(2, jordan.Mentions.Count);
    }

    [Fact]
    public void Role_affiliation_and_description_come_from_the_first_seed_that_gives_one()
    {
        var first = new SeedBuilder("/repo/a.txt", "Satya Nadella spoke in Seattle.").Entity("Satya Nadella", EntityKind.Person).Build();
        var second = new SeedBuilder("/repo/b.txt", "Microsoft chief executive Satya Nadella said Microsoft would invest.")
            .Entity("Satya Nadella", EntityKind.Person, role: "chief executive", affiliation: "Microsoft")
            .Entity("Microsoft", EntityKind.Organization)
            .Build();
        var third = new SeedBuilder("/repo/c.txt", "OpenAI board member Satya Nadella declined to comment on OpenAI.")
            .Entity("Satya Nadella", EntityKind.Person, role: "board member", affiliation: "OpenAI")
            .Entity("OpenAI", EntityKind.Organization)
            .Build();

        var corpus = CorpusBuilder.Build(new[] { third, second, first }, Options);

        var nadella = corpus.Entities.Single(e => e.Name == "Satya Nadella");
        Assert.Equal("chief executive", nadella.Role);
        Assert.Equal("microsoft", nadella.AffiliationKey);
    }

    [Fact]
    public void An_affiliation_that_names_no_entity_is_dropped()
    {
        var seed = new SeedBuilder("/repo/a.txt", "Acme founder Jane Doe resigned.")
            .Entity("Jane Doe", EntityKind.Person, role: "founder", affiliation: "Acme")
            .Build();

        var corpus = CorpusBuilder.Build(new[] { seed }, Options);

        Assert.Null(Assert.Single(corpus.Entities).AffiliationKey);
        Assert.Equal("founder", corpus.Entities[0].Role);
    }

    [Fact]
    public void An_affiliation_may_name_an_alias()
    {
        var seed = new SeedBuilder("/repo/a.txt", "The International Monetary Fund (IMF) met. IMF economist Gita Gopinath spoke.")
            .Entity("International Monetary Fund", EntityKind.Organization, aliases: "IMF")
            .Entity("Gita Gopinath", EntityKind.Person, role: "economist", affiliation: "IMF")
            .Build();

        var corpus = CorpusBuilder.Build(new[] { seed }, Options);

        Assert.Equal("international-monetary-fund", corpus.Entities.Single(e => e.Name == "Gita Gopinath").AffiliationKey);
    }

    [Fact]
    public void Affiliations_never_form_a_cycle()
    {
        var seed = new SeedBuilder("/repo/a.txt", "Alphabet unit Google and Google parent Alphabet both filed.")
            .Entity("Alphabet", EntityKind.Organization, affiliation: "Google")
            .Entity("Google", EntityKind.Organization, affiliation: "Alphabet")
            .Build();

        var corpus = CorpusBuilder.Build(new[] { seed }, Options);

        var alphabet = corpus.Entities.Single(e => e.Name == "Alphabet");
        var google = corpus.Entities.Single(e => e.Name == "Google");
        Assert.Equal("google", alphabet.AffiliationKey);
        Assert.Null(google.AffiliationKey);
    }

    [Theory]
    [InlineData("Robin Li", "robin-li")]
    [InlineData("U.S.", "us")]
    [InlineData("J.R.R. Tolkien", "jrr-tolkien")]
    [InlineData("Zoë Kravitz", "zoe-kravitz")]
    [InlineData("Nuñez", "nunez")]
    [InlineData("McDonald's", "mcdonalds")]
    [InlineData("Ascend 910B", "ascend-910b")]
    [InlineData("Fortune.com", "fortune-com")]
    [InlineData("李强", "u674e5f3a")]
    [InlineData("AT&T", "at-t")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Æthelred", "aethelred")]
    public void Keys_are_lower_case_ascii_slugs(string name, string key)
        => Assert.Equal(key, KeyAssigner.Slug(name));

    [Theory]
    [InlineData("Robin Li", "RobinLi")]
    [InlineData("U.S.", "US")]
    [InlineData("Zhipu AI", "ZhipuAI")]
    [InlineData("ChatGPT", "ChatGPT")]
    [InlineData("A100", "A100")]
    [InlineData("Ascend 910B", "Ascend910B")]
    [InlineData("Zoë", "Zoë")]
    [InlineData("iPhone", "IPhone")]
    [InlineData("McDonald's", "McDonalds")]
    [InlineData("3M", "_3M")]
    [InlineData("李强", "李强")]
    [InlineData("Bank of America", "BankOfAmerica")]
    [InlineData("!!!", "Entity")]
    public void Member_names_are_the_pascal_case_of_the_name(string name, string member)
        => Assert.Equal(member, IdentifierNamer.Pascal(name, keepCapitals: true, prefix: "_", fallback: "Entity"));

    [Fact]
    public void A_member_never_takes_its_class_name_or_a_name_inherited_from_object()
    {
        var seed = new SeedBuilder("/repo/a.txt", "People magazine and the band Equals were both in Places.")
            .Entity("People", EntityKind.Person)
            .Entity("Equals", EntityKind.Group)
            .Entity("Places", EntityKind.Place)
            .Build();

        var corpus = CorpusBuilder.Build(new[] { seed }, Options);

        Assert.Equal(new[] { "PeopleEntity", "PlacesEntity", "EqualsEntity" }, corpus.Entities.Select(e => e.MemberName));
    }

    [Fact]
    public void Two_names_that_map_to_one_identifier_are_told_apart_and_reported()
    {
        var seed = new SeedBuilder("/repo/a.txt", "Officials in the U.S. said the US would respond.\nThe U.S. embassy agreed.")
            .Entity("US", EntityKind.Place)
            .Entity("U.S.", EntityKind.Place)
            .Build();

        var corpus = CorpusBuilder.Build(new[] { seed }, Options);

        Assert.Equal("US", corpus.Entities.Single(e => e.Name == "U.S.").MemberName);
        Assert.Equal("US2", corpus.Entities.Single(e => e.Name == "US").MemberName);
        Assert.Equal(new[] { "us", "us-place" }, corpus.Entities.Select(e => e.Key).OrderBy(k => k, System.StringComparer.Ordinal));
        var problem = Assert.Single(corpus.Problems);
        Assert.Equal(DiagnosticIds.IdentifierCollision, problem.Problem.Id);
        Assert.Equal(ProblemSeverity.Info, problem.Problem.Severity);
        Assert.Equal("/repo/a.txt", problem.Path);
        Assert.Equal("Officials in the U.S. said the ".Length, problem.Problem.Span.Start);
        Assert.Contains("US2", problem.Problem.Message);
    }

    [Fact]
    public void A_numbered_name_never_takes_a_name_another_entity_has_as_written()
    {
        var seed = new SeedBuilder("/repo/a.txt", "US2 is a drug; the US and the U.S. agree.")
            .Entity("US2", EntityKind.Place)
            .Entity("US", EntityKind.Place)
            .Entity("U.S.", EntityKind.Place)
            .Build();

        var corpus = CorpusBuilder.Build(new[] { seed }, Options);

        Assert.Equal("US2", corpus.Entities.Single(e => e.Name == "US2").MemberName);
        Assert.Equal("US3", corpus.Entities.Single(e => e.Name == "US").MemberName);
    }

    [Fact]
    public void Entities_are_ordered_by_kind_then_member_name()
    {
        var corpus = CorpusBuilder.Build(new[] { Markets(), Chips() }, Options);

        Assert.Equal(
            new[] { "PonyMa", "BirenTechnology", "Reuters", "Tencent", "HongKong", "Shanghai" },
            corpus.Entities.Select(e => e.MemberName));
    }

    [Fact]
    public void Quotes_are_named_by_their_opening_words()
    {
        var seed = new SeedBuilder(
                "/repo/a.txt",
                "As the IMF noted, \u201CGDP growth slows with age\u2014fewer workers, less saving and more debt.\u201D Critics called it \u201Cthe lost decade\u201D.")
            .Entity("IMF", EntityKind.Organization)
            .Quote("GDP growth slows with age\u2014fewer workers, less saving and more debt.", speaker: "IMF")
            .Quote("the lost decade", kind: QuoteKind.Term)
            .Build();

        var corpus = CorpusBuilder.Build(new[] { seed }, Options);

        Assert.Equal(new[] { "gdp-growth-slows-with-age", "the-lost-decade" }, corpus.Quotes.Select(q => q.Key));
        Assert.Equal(new[] { "GdpGrowthSlowsWithAge", "TheLostDecade" }, corpus.Quotes.Select(q => q.MemberName));
        Assert.Equal("imf", corpus.Quotes[0].SpeakerKey);
        Assert.Null(corpus.Quotes[1].SpeakerKey);
        Assert.Equal(QuoteKind.Term, corpus.Quotes[1].Kind);
    }

    [Theory]
    [InlineData("Yes, we will raise rates again next year.", "YesWeWillRaiseRatesAgain")]
    [InlineData("We don't expect a recession, but growth will slow.", "WeDontExpectARecession")]
    [InlineData("Prices rose 2.5 percent, the most since 2008.", "PricesRose25Percent")]
    [InlineData("1,000 jobs will go.", "_1000JobsWillGo")]
    [InlineData("\u2026", "Quote")]
    public void Quote_member_names_follow_the_opening_clause(string text, string member)
        => Assert.Equal(member, IdentifierNamer.Pascal(KeyAssigner.OpeningWords(text), keepCapitals: false, prefix: "_", fallback: "Quote"));

    [Fact]
    public void Quotes_that_open_alike_get_distinct_names()
    {
        var first = new SeedBuilder("/repo/a.txt", "She said: \u201CWe are not worried about inflation.\u201D").Quote("We are not worried about inflation.").Build();
        var second = new SeedBuilder("/repo/b.txt", "He said: \u201CWe are not worried about inflation at all.\u201D").Quote("We are not worried about inflation at all.").Build();

        var corpus = CorpusBuilder.Build(new[] { second, first }, Options);

        Assert.Equal(new[] { "we-are-not-worried-about-inflation", "we-are-not-worried-about-inflation-2" }, corpus.Quotes.Select(q => q.Key));
        Assert.Equal(new[] { "WeAreNotWorriedAboutInflation", "WeAreNotWorriedAboutInflation2" }, corpus.Quotes.Select(q => q.MemberName));
        Assert.Equal("/repo/b.txt", Assert.Single(corpus.Problems).Path);
    }

    [Fact]
    public void A_speaker_resolves_to_the_entity_named_in_the_same_seed()
    {
        var first = new SeedBuilder("/repo/a.txt", "Kling the economist spoke.").Entity("Kling", EntityKind.Person).Build();
        var second = new SeedBuilder("/repo/b.txt", "Kling is a model. Kling says \u201Cmake a video\u201D often.")
            .Entity("Kling", EntityKind.Product)
            .Quote("make a video", speaker: "Kling")
            .Build();

        var corpus = CorpusBuilder.Build(new[] { first, second }, Options);

        Assert.Equal("kling-product", Assert.Single(corpus.Quotes).SpeakerKey);
    }

    [Fact]
    public void Only_sentences_that_a_mention_or_quote_points_at_are_kept_and_pointers_follow()
    {
        var seed = new SeedBuilder("/repo/a.txt", "Markets were calm.\nNothing happened in the morning.\nThen Nvidia jumped 5%.\nA trader said \u201Cwow\u201D.")
            .Entity("Nvidia", EntityKind.Organization)
            .Quote("wow")
            .Build();

        var corpus = CorpusBuilder.Build(new[] { seed }, Options);

        Assert.Equal(new[] { "Then Nvidia jumped 5%.", "A trader said \u201Cwow\u201D." }, corpus.Documents[0].Sentences);
        Assert.Equal(0, corpus.Entities[0].Mentions[0].Sentence);
        Assert.Equal(1, corpus.Quotes[0].Source.Sentence);
        Assert.Equal(3, corpus.Entities[0].Mentions[0].Span.Line);
    }

    [Fact]
    public void An_unreadable_seed_is_a_document_with_nothing_in_it()
    {
        var empty = DocumentExtractor.Extract("/repo/empty.txt", string.Empty);

        var corpus = CorpusBuilder.Build(new[] { empty, Markets() }, Options);

        Assert.Equal(new[] { "Empty", "Markets" }, corpus.Documents.Select(d => d.MemberName));
        Assert.Empty(corpus.Documents[0].Sentences);
    }
}
