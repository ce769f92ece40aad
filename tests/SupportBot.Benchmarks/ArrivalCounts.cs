using System.Globalization;

namespace SupportBot.Benchmarks;

/// <summary>
/// How evenly a run's messages arrived: the number posted in each 10 ms of the window, its mean, its variance and the
/// busiest 10 ms. Many independent users make about Poisson arrivals, whose variance equals the mean; a variance many
/// times the mean says the load came in bursts, and a burst queues behind itself whatever the server does.
/// </summary>
internal readonly record struct ArrivalCounts(double Mean, double Variance, int Busiest)
{
    private const long BinsPerSecond = 100;

    /// <summary>Counts the post times (monotonic ticks at <paramref name="ticksPerSecond"/>) in 10 ms bins from the first.</summary>
    public static ArrivalCounts Of(IReadOnlyCollection<long> postedTicks, long ticksPerSecond)
    {
        if (postedTicks.Count == 0)
        {
            return new ArrivalCounts(0, 0, 0);
        }

        var binTicks = ticksPerSecond / BinsPerSecond;
        var first = postedTicks.Min();
        var bins = new int[(postedTicks.Max() - first) / binTicks + 1];
        foreach (var ticks in postedTicks)
        {
            bins[(ticks - first) / binTicks]++;
        }

        var mean = (double)postedTicks.Count / bins.Length;
        var variance = bins.Sum(count => (count - mean) * (count - mean)) / bins.Length;
        return new ArrivalCounts(mean, variance, bins.Max());
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Mean:F1} messages per 10 ms on average, variance {Variance:F1} (about the mean for independent users), busiest 10 ms {Busiest}");
}
