using System;
using System.IO;
using System.Text.RegularExpressions;
using Corpus.EndToEnd.Tests.Infrastructure;

namespace Corpus.EndToEnd.Tests;

/// <summary>
/// The compile-time half (issue 5), tried as a new user would with only the packed package: a misspelt lookup
/// is CORPUS001 at its line; after `corpus lock`, a seed edit that removes Robin Li leaves the build green with
/// CORPUS003 at the use; a malformed corpus.json is CORPUS005 pointing into corpus.json and the build goes on.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class StaleReferenceTests(PackageFixture package)
{
    private static void AssertDiagnostic(DotnetResult build, string file, int line, string id, string? alsoContains = null)
    {
        // MSBuild's console form: path(line,column): warning ID: message [project]
        var pattern = Regex.Escape(file) + @"\(" + line + @",\d+\): (warning|info|message) " + id + ":(?<message>[^\n]*)";
        var match = Regex.Match(build.Output, pattern);
        Assert.True(match.Success, $"expected {id} at {file}({line},…) in the build output:\n{build.Output}");
        if (alsoContains is not null)
        {
            Assert.Contains(alsoContains, match.Groups["message"].Value);
        }
    }

    [Fact]
    public void A_misspelt_lookup_is_CORPUS001_at_its_line_with_the_closest_name()
    {
        var consumer = package.NewConsumer("misspelt").WithProject().WithProgram("""
            using Corpus;

            var founder = Seeds.Entity("Robin Lee");
            Console.WriteLine(founder.Name);
            """);

        var build = consumer.Build().AssertSuccess();

        AssertDiagnostic(build, "Program.cs", 3, "CORPUS001", "Robin Li");
    }

    [Fact]
    public void After_corpus_lock_removing_Robin_Li_from_the_seed_keeps_the_build_green_with_CORPUS003_at_the_use()
    {
        var consumer = package.NewConsumer("locked").WithProject().WithProgram("""
            using Corpus;

            Console.WriteLine("start");
            Console.WriteLine(Seeds.People.RobinLi.Name);
            """);
        consumer.Build().AssertSuccess();

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Corpus.Cli.Program.Run(new[] { "lock", Path.Combine(consumer.Folder, "seeds"), "--output", Path.Combine(consumer.Folder, "seeds.lock.json") }, stdout, stderr);
        Assert.True(code == 0, $"corpus lock exited with {code}:\n{stdout}\n{stderr}");
        Assert.Contains("\"Robin Li\"", File.ReadAllText(Path.Combine(consumer.Folder, "seeds.lock.json")));

        var seed = File.ReadAllText(consumer.Seed);
        Assert.Contains("Robin Li", seed);
        File.WriteAllText(consumer.Seed, seed.Replace("Robin Li", "Pony Ma", StringComparison.Ordinal));

        var build = consumer.Build().AssertSuccess();

        AssertDiagnostic(build, "Program.cs", 4, "CORPUS003");
        consumer.Run().AssertSuccess();
    }

    [Fact]
    public void A_malformed_corpus_json_is_CORPUS005_in_corpus_json_and_the_build_goes_on()
    {
        var consumer = package.NewConsumer("malformed").WithProject()
            .WithProgram("""
                using Corpus;

                Console.WriteLine(Seeds.People.RobinLi.Name);
                """)
            .WithFile("corpus.json", "{\n  \"entities\": [\n    { \"name\": \"Baidu\", \"kind\": \"Organization\" \n  ]\n}\n");

        var build = consumer.Build().AssertSuccess();

        Assert.Matches(@"corpus\.json\([2-5],\d+\): (warning|error) CORPUS005", build.Output);
        var run = consumer.Run().AssertSuccess();
        Assert.Contains("Robin Li", run.Output);
    }
}
