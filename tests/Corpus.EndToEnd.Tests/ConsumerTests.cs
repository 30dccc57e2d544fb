using System;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Corpus.EndToEnd.Tests.Infrastructure;

namespace Corpus.EndToEnd.Tests;

/// <summary>
/// The foundation issue's bar, tried as a new user would: a fresh project with only the packed package and
/// the seeds prints, through the generated API, Robin Li / Person / founder / Baidu / 1 mention / line 4, and
/// Goldman Sachs as the speaker of the LLM quotation on line 9.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ConsumerTests(PackageFixture package)
{
    private const string Program = """
        using Corpus;

        var robin = Seeds.People.RobinLi;
        Console.WriteLine($"ROBIN|{robin.Name}|{robin.Kind}|{robin.Role}|{robin.Affiliation?.Name}|{robin.Mentions.Count}|{robin.Mentions[0].Line}|{robin.Mentions[0].Document.FileName}");
        foreach (var quote in Seeds.AllQuotes)
        {
            Console.WriteLine($"QUOTE|{quote.Kind}|{quote.Speaker?.Name}|{quote.Source.Line}|{quote.Source.Column}|{quote.Text.Replace('\n', ' ')}");
        }

        foreach (var entity in Seeds.AllEntities)
        {
            Console.WriteLine($"ENTITY|{entity.Name}|{entity.Kind}|{entity.Mentions.Count}");
        }

        Console.WriteLine($"LOOKUP|{Seeds.Entity("Robin Li").Name}|{Seeds.TryFindEntity("Goldman Sachs", out var bank)}|{bank?.Kind}");
        """;

    private static string[] Lines(DotnetResult result, string tag)
        => result.Output.Split('\n').Where(l => l.StartsWith(tag + "|", StringComparison.Ordinal)).Select(l => l.TrimEnd('\r')).ToArray();

    [Fact]
    public void A_packed_consumer_prints_Robin_Li_and_the_Goldman_Sachs_quotation_through_the_generated_api()
    {
        var consumer = package.NewConsumer("consumer").WithProject().WithProgram(Program);

        consumer.Build().AssertSuccess();
        var run = consumer.Run().AssertSuccess();

        Assert.Equal($"ROBIN|Robin Li|Person|founder|Baidu|1|4|{Repository.SeedFileName}", Assert.Single(Lines(run, "ROBIN")));
        var llm = Assert.Single(Lines(run, "QUOTE"), l => l.Contains("|LLM performance improves with scale", StringComparison.Ordinal));
        Assert.StartsWith("QUOTE|Quotation|Goldman Sachs|9|174|", llm);
        Assert.Contains("ENTITY|Goldman Sachs|Organization|1", Lines(run, "ENTITY"));
        Assert.Equal("LOOKUP|Robin Li|True|Organization", Assert.Single(Lines(run, "LOOKUP")));

        // IntelliSense reads the XML documentation file: RobinLi's entry quotes the sentence he came from.
        var member = consumer.Documentation().Descendants("member")
            .Single(m => ((string?)m.Attribute("name"))?.EndsWith("Corpus.Seeds.People.RobinLi", StringComparison.Ordinal) == true);
        var text = Regex.Replace(member.Value, @"\s+", " ");
        Assert.Contains("In Shanghai, Baidu founder Robin Li inspired attendees", text);
        Assert.Contains("founder", text);
        Assert.Contains(Repository.SeedFileName + ":4", text);
    }

    [Fact]
    public void Namespace_class_name_and_public_accessibility_come_from_msbuild_properties_and_every_public_member_is_documented()
    {
        // CS1591 (a public member without XML docs) is an error here: the generated public API must be documented.
        var consumer = package.NewConsumer("public-consumer")
            .WithProject("<CorpusNamespace>Acme.Newsroom</CorpusNamespace><CorpusClassName>Articles</CorpusClassName><CorpusPublic>true</CorpusPublic><OutputType>Library</OutputType>")
            .WithProgram("""
                namespace Acme.Newsroom.Api;

                /// <summary>Uses the generated corpus from a public API.</summary>
                public static class Founders
                {
                    /// <summary>Robin Li, typed.</summary>
                    public static Acme.Newsroom.Entity RobinLi => Acme.Newsroom.Articles.People.RobinLi;
                }
                """);

        var build = consumer.Build().AssertSuccess();

        Assert.DoesNotContain("CS1591", build.Output);
        var members = consumer.Documentation().Descendants("member").Select(m => (string?)m.Attribute("name")).ToArray();
        Assert.Contains("P:Acme.Newsroom.Articles.People.RobinLi", members);
    }

    [Fact]
    public void A_consumer_with_CorpusEnabled_false_builds_without_a_generated_corpus()
    {
        var consumer = package.NewConsumer("disabled-consumer")
            .WithProject("<CorpusEnabled>false</CorpusEnabled>")
            .WithProgram("""
                var seeds = typeof(Program).Assembly.GetType("Corpus.Seeds");
                Console.WriteLine(seeds is null ? "NO-CORPUS" : "CORPUS");
                """);

        consumer.Build().AssertSuccess();
        var run = consumer.Run().AssertSuccess();

        Assert.Contains("NO-CORPUS", run.Output);
    }
}
