using SupportBot.Server.Channels.Telegram;

namespace SupportBot.Server.Tests.Telegram;

public sealed class SendRateWindowTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-12-01T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void TryTake_UpToLimit_ThenWaitsUntilAWindowAfterTheFirstCompleted()
    {
        var window = new SendRateWindow(3, TimeSpan.FromSeconds(1));
        var slots = new[] { 0, 100, 200 }.Select(ms => window.TryTake(Start.AddMilliseconds(ms), out _)).ToArray();
        Assert.All(slots, Assert.NotNull);

        // All three still under way: ask again shortly.
        Assert.Null(window.TryTake(Start.AddMilliseconds(300), out var busy));
        Assert.Equal(SendRateWindow.BusyRetry, busy);

        window.Complete(slots[0]!, Start.AddMilliseconds(350));
        Assert.Null(window.TryTake(Start.AddMilliseconds(400), out var wait));
        Assert.Equal(TimeSpan.FromMilliseconds(950), wait);
        Assert.NotNull(window.TryTake(Start.AddMilliseconds(1350), out _));
    }

    [Fact]
    public void TryTake_ManyQuickSends_NeverMoreThanLimitInAnyWindow()
    {
        var window = new SendRateWindow(30, TimeSpan.FromSeconds(1));
        var taken = new List<DateTimeOffset>();
        for (var ms = 0; ms < 5000; ms += 7)
        {
            var now = Start.AddMilliseconds(ms);
            if (window.TryTake(now, out _) is { } slot)
            {
                taken.Add(now);
                window.Complete(slot, now.AddMilliseconds(3));
            }
        }

        Assert.Equal(30, RateMeter.MaxInWindow(taken, TimeSpan.FromSeconds(1)));
        Assert.InRange(taken.Count, 140, 151);
    }
}
