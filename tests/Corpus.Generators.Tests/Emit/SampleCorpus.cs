using Corpus.Extraction;
using Corpus.Extraction.Corpus;
using Corpus.Generators.Models;
using Corpus.Generators.Tests.CorpusStep;

namespace Corpus.Generators.Tests.Emit;

/// <summary>
/// A small hand-built corpus that exercises every part of the generated API: people with roles and
/// affiliations, aliases, a collision, quotes with and without speakers, a term, tombstones, and text that
/// tries to break out of strings and comments.
/// </summary>
internal static class SampleCorpus
{
    public const string Interview =
        "Alibaba chairman Joe Tsai said on Tuesday that the group would spin off its cloud unit.\n"
        + "The World Artificial Intelligence Conference (WAIC) opened in Shanghai. WAIC drew 300,000 visitors.\n"
        + "As investment bank Morgan Stanley noted, \u201CCloud margins improve with scale\u2014more customers, more data.\u201D\n"
        + "Critics call the start-ups the \u201Cfour tigers\u201D of AI.\n";

    public const string Hostile =
        "The firm */ <summary> & \"Acme\\Labs\" {x} #error said \u2028 hi.\n"
        + "Acme\\Labs chief executive O'Brien added: \u201C</summary> \"quoted\" \\ {0} \u2029 #error end */\u201D\n"
        + "The U.S. and the US both replied.\n";

    public static CorpusModel Model(bool withTombstones = true)
    {
        var interview = new SeedBuilder("/project/seeds/000_interview.txt", Interview)
            .Entity("Joe Tsai", EntityKind.Person, role: "chairman", affiliation: "Alibaba")
            .Entity("Alibaba", EntityKind.Organization)
            .Entity("World Artificial Intelligence Conference", EntityKind.Event, aliases: "WAIC")
            .Entity("Shanghai", EntityKind.Place)
            .Entity("Morgan Stanley", EntityKind.Organization, description: "investment bank")
            .Quote("Cloud margins improve with scale\u2014more customers, more data.", speaker: "Morgan Stanley", speakerText: "investment bank Morgan Stanley")
            .Quote("four tigers", kind: QuoteKind.Term)
            .Build();
        var hostile = new SeedBuilder("/project/seeds/hostile notes.md", Hostile)
            .Entity("Acme\\Labs", EntityKind.Organization)
            .Entity("O'Brien", EntityKind.Person, role: "chief executive", affiliation: "Acme\\Labs")
            .Entity("U.S.", EntityKind.Place)
            .Entity("US", EntityKind.Place)
            .Quote("</summary> \"quoted\" \\ {0} \u2029 #error end */", speaker: "O'Brien")
            .Build();

        LockFile? lockFile = null;
        if (withTombstones)
        {
            lockFile = new LockFile(
                "/project/seeds.lock.json",
                new[]
                {
                    new LockEntry("jack-ma", "Jack Ma", "People", "JackMa", EntityKind.Person, "h1"),
                    new LockEntry("joe-cai", "Joe Cai", "People", "JoeCai", EntityKind.Person, "h2"),
                    new LockEntry("cloud-margins-improve", "Cloud margins improve with scale\u2014more customers.", "Quotes", "CloudMarginsImprove", null, "h3"),
                    new LockEntry("gone", "Gone */ </summary> \"x\"", "Quotes", "Gone", null, "h4"),
                }.ToEquatableArray(),
                EquatableArray<Problem>.Empty);
        }

        return CorpusBuilder.Build(new[] { hostile, interview }, new CorpusOptions("/project", null, lockFile));
    }

    public static CorpusSpec Spec(GeneratorOptions? options = null, bool notNullWhen = false, bool withTombstones = true)
        => new(Model(withTombstones), options ?? GeneratorOptions.Default, new CompilationFeatures(notNullWhen));
}
