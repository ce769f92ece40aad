using SupportBot.Benchmarks;

namespace SupportBot.Core.Tests.Benchmarks;

public sealed class ArrivalCountsTests
{
    private const long TicksPerSecond = 1_000_000_000;
    private const long Millisecond = TicksPerSecond / 1000;

    [Fact]
    public void EvenlySpacedPosts_HaveNoVariance()
    {
        // Two messages a millisecond for a second: 20 in every 10 ms.
        var posts = Enumerable.Range(0, 2000).Select(i => 5_000 * Millisecond + i * Millisecond / 2).ToList();

        var counts = ArrivalCounts.Of(posts, TicksPerSecond);

        Assert.Equal(20, counts.Mean, precision: 6);
        Assert.Equal(0, counts.Variance, precision: 6);
        Assert.Equal(20, counts.Busiest);
    }

    [Fact]
    public void PostsInStep_ShowAsBurstsWithTheSameMean()
    {
        // The same 2,000 posts in a second, but 200 at once at the start of every 100 ms.
        var posts = Enumerable.Range(0, 2000).Select(i => i / 200 * 100 * Millisecond + i % 200).ToList();

        var counts = ArrivalCounts.Of(posts, TicksPerSecond);

        Assert.Equal(2000.0 / 91, counts.Mean, precision: 6);
        Assert.Equal(200, counts.Busiest);
        Assert.True(counts.Variance > 50 * counts.Mean, $"variance {counts.Variance}");
    }

    [Fact]
    public void NoPosts_AreNoArrivals() => Assert.Equal(new ArrivalCounts(0, 0, 0), ArrivalCounts.Of([], TicksPerSecond));

    [Fact]
    public void TicksOfAnotherClock_AreScaledToTenMilliseconds()
    {
        // A 10 MHz clock: one post every millisecond for 100 ms is 10 per 10 ms.
        var posts = Enumerable.Range(0, 100).Select(i => (long)i * 10_000).ToList();

        Assert.Equal(10, ArrivalCounts.Of(posts, 10_000_000).Mean, precision: 6);
    }
}
