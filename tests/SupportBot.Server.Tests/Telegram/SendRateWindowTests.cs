using SupportBot.Server.Channels.Telegram;

namespace SupportBot.Server.Tests.Telegram;

public sealed class SendRateWindowTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-12-01T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void TryTake_UpToLimit_ThenWaitsUntilOldestLeavesTheWindow()
    {
        var window = new SendRateWindow(3, TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.Zero, window.TryTake(Start));
        Assert.Equal(TimeSpan.Zero, window.TryTake(Start.AddMilliseconds(100)));
        Assert.Equal(TimeSpan.Zero, window.TryTake(Start.AddMilliseconds(200)));
        Assert.Equal(TimeSpan.FromMilliseconds(700), window.TryTake(Start.AddMilliseconds(300)));
        Assert.Equal(TimeSpan.Zero, window.TryTake(Start.AddMilliseconds(1000)));
    }

    [Fact]
    public void TryTake_ManyRequests_NeverMoreThanLimitInAnyWindow()
    {
        var window = new SendRateWindow(30, TimeSpan.FromSeconds(1));
        var taken = new List<DateTimeOffset>();
        for (var ms = 0; ms < 5000; ms += 7)
        {
            var now = Start.AddMilliseconds(ms);
            if (window.TryTake(now) == TimeSpan.Zero)
            {
                taken.Add(now);
            }
        }

        var most = taken.Max(t => taken.Count(u => u >= t && u < t.AddSeconds(1)));
        Assert.Equal(30, most);
        Assert.InRange(taken.Count, 140, 151);
    }
}
