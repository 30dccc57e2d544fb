using System.Globalization;
using System.Linq;
using System.Threading;

namespace Corpus.Generators.Tests.Generator;

/// <summary>The same seeds give the same bytes whatever the culture or the order the compiler lists them in.</summary>
public sealed class DeterminismTests
{
    private static readonly (string Path, string? Text)[] Seeds = SyntheticSeeds.Files
        .Append(("/project/seeds/004_istanbul.txt", "In Istanbul, Turkish Airlines chief executive Bilal Ek\u015Fi said \u201CINCOMING FLIGHTS increased 12%\u201D in IZMIR and Diyarbak\u0131r."))
        .ToArray();

    private static string Generate((string Path, string? Text)[] seeds)
        => string.Join("\n//----\n", GeneratorHarness.Run(seeds).Files.Select(f => f.HintName + "\n" + f.Text));

    [Fact]
    public void Turkish_and_English_cultures_give_identical_output()
    {
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("tr-TR");
            var turkish = Generate(Seeds);
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en-US");
            var english = Generate(Seeds);

            Assert.Equal("tr-TR", new CultureInfo("tr-TR").Name);
            Assert.Equal(english, turkish);
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = original;
        }
    }

    [Fact]
    public void The_order_of_the_seeds_does_not_matter()
    {
        var forward = Generate(Seeds);
        var backward = Generate(Seeds.Reverse().ToArray());
        var shuffled = Generate(new[] { Seeds[2], Seeds[0], Seeds[3], Seeds[1] });

        Assert.Equal(forward, backward);
        Assert.Equal(forward, shuffled);
    }
}
