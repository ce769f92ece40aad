namespace SupportBot.Server.Tests.Telegram;

/// <summary>Measures send rates from recorded times.</summary>
internal static class RateMeter
{
    /// <summary>The most events inside any window of <paramref name="window"/> (events at t and t + window excluded).</summary>
    public static int MaxInWindow(IEnumerable<DateTimeOffset> times, TimeSpan window)
    {
        var sorted = times.OrderBy(t => t).ToArray();
        var most = 0;
        var start = 0;
        for (var end = 0; end < sorted.Length; end++)
        {
            while (sorted[end] - sorted[start] >= window)
            {
                start++;
            }

            most = Math.Max(most, end - start + 1);
        }

        return most;
    }

    /// <summary>The shortest gap between consecutive events.</summary>
    public static TimeSpan MinGap(IEnumerable<DateTimeOffset> times)
    {
        var sorted = times.OrderBy(t => t).ToArray();
        return sorted.Length < 2 ? TimeSpan.MaxValue : sorted.Zip(sorted.Skip(1), (a, b) => b - a).Min();
    }
}
