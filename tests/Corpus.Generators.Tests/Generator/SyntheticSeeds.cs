namespace Corpus.Generators.Tests.Generator;

/// <summary>A few short seeds in the style of news articles, for tests that run the whole generator.</summary>
public static class SyntheticSeeds
{
    public static (string Path, string? Text)[] Files { get; } =
    {
        ("/project/seeds/001_markets.txt", "Tencent chairman Pony Ma said on Monday that the company would buy back shares worth $1 billion.\nAnalysts in Hong Kong welcomed the plan. \u201CThis is a clear signal of confidence,\u201D said Jefferies analyst Thomas Chong.\n"),
        ("/project/seeds/002_chips.md", "# Chips\n\nNvidia chief executive Jensen Huang visited Taipei in June. He told reporters: \u201CWe will keep building in Taiwan.\u201D\nThe company's H100 chip remains in short supply, according to Morgan Stanley.\n"),
        ("/project/seeds/003_summit.txt", "Leaders met at the G20 summit in New Delhi. Prime Minister Narendra Modi called the talks \u201Cproductive\u201D.\n"),
    };
}
