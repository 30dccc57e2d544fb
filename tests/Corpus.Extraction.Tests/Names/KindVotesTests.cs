using Corpus.Extraction.Names;

namespace Corpus.Extraction.Tests.Names;

/// <summary>
/// A group's votes are summed by <see cref="KindVotes.AddTo"/>, which in the net8.0 build adds the seven weights as two
/// overlapping vectors of four: each weight must be added once, the shared fourth too, and nothing beside the seven
/// written.
/// </summary>
public sealed class KindVotesTests
{
    private struct Guarded
    {
        public long Before;
        public KindVotes Votes;
        public int After;
    }

    [Fact]
    public void AddTo_adds_each_of_the_seven_weights_once_and_writes_nothing_beside_them()
    {
        var from = Votes(1, 20, 300, 4000, 50000, 600000, 7000000);
        var totals = new Guarded { Before = -1, Votes = Votes(7, 6, 5, 4, 3, 2, 1), After = -2 };

        from.AddTo(ref totals.Votes);

        Assert.Equal(new[] { 8, 26, 305, 4004, 50003, 600002, 7000001 }, Weights(totals.Votes));
        Assert.Equal(-1, totals.Before);
        Assert.Equal(-2, totals.After);
        Assert.Equal(new[] { 1, 20, 300, 4000, 50000, 600000, 7000000 }, Weights(from));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void NoneAbove_is_the_largest_weight_at_most_the_limit(int limit)
    {
        // Each kind in turn holds the one weight above the limit (the vector reads must see all seven, the shared
        // fourth too), then none does, with negative weights beside.
        for (var kind = 0; kind < 7; kind++)
        {
            var weights = new[] { -5, limit, 0, -1, limit, 0, -2 };
            weights[kind] = limit + 1;
            var votes = Votes(weights[0], weights[1], weights[2], weights[3], weights[4], weights[5], weights[6]);
            Assert.False(votes.NoneAbove(limit));
            Assert.Equal(votes.Max <= limit, votes.NoneAbove(limit));
        }

        Assert.True(Votes(-5, limit, 0, -1, limit, 0, -2).NoneAbove(limit));
    }

    [Fact]
    public void AddTo_twice_sums_as_the_weights_one_by_one()
    {
        var a = Votes(-3, 0, 2, 9, -1, 4, 0);
        var b = Votes(5, 1, -2, 9, 1, 0, 6);
        var totals = default(KindVotes);

        a.AddTo(ref totals);
        b.AddTo(ref totals);

        Assert.Equal(new[] { 2, 1, 0, 18, 0, 4, 6 }, Weights(totals));
        Assert.Equal(31, totals.Total);
    }

    private static KindVotes Votes(params int[] weights)
    {
        var votes = default(KindVotes);
        for (var k = 0; k < 7; k++)
        {
            votes[k] = weights[k];
        }

        return votes;
    }

    private static int[] Weights(KindVotes votes)
    {
        var weights = new int[7];
        for (var k = 0; k < 7; k++)
        {
            weights[k] = votes[k];
        }

        return weights;
    }
}
