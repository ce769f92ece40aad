using SupportBot.Server.Desk;

namespace SupportBot.Server.Tests.Desk;

public sealed class WorkingHoursTests
{
    private static readonly TimeZoneInfo Moscow = TimeZoneInfo.FindSystemTimeZoneById("Europe/Moscow");

    private static WorkingHours Parse(string text)
    {
        Assert.True(WorkingHours.TryParse(text, Moscow, out var hours, out var error), error);
        return hours;
    }

    private static DateTimeOffset Msk(int day, int hour, int minute = 0) => new(2026, 12, day, hour, minute, 0, TimeSpan.FromHours(3));

    [Theory]
    [InlineData(1, 9, 0, true)]
    [InlineData(1, 17, 59, true)]
    [InlineData(1, 18, 0, false)]
    [InlineData(1, 8, 59, false)]
    [InlineData(5, 12, 0, false)]
    [InlineData(6, 12, 0, false)]
    public void IsOpen_WeekdayHours(int day, int hour, int minute, bool open) =>
        Assert.Equal(open, Parse("Mon-Fri 09:00-18:00").IsOpen(Msk(day, hour, minute)));

    [Fact]
    public void NextOpening_FridayNight_IsMondayNine() =>
        Assert.Equal(Msk(7, 9), Parse("Mon-Fri 09:00-18:00").NextOpening(Msk(4, 22)));

    [Fact]
    public void NextOpening_SeveralSpans_PicksTheNearest()
    {
        var hours = Parse("Mon-Fri 09:00-18:00; Sat 10:00-14:00");

        Assert.Equal(Msk(5, 10), hours.NextOpening(Msk(4, 19)));
        Assert.Equal(Msk(7, 9), hours.NextOpening(Msk(5, 14)));
    }

    [Fact]
    public void Empty_IsAlwaysOpen()
    {
        var hours = Parse("");

        Assert.True(hours.IsAlwaysOpen);
        Assert.True(hours.IsOpen(Msk(6, 3)));
    }

    [Fact]
    public void WrappingDays_SunToMon()
    {
        var hours = Parse("Sun-Mon 10:00-12:00");

        Assert.True(hours.IsOpen(Msk(6, 11)));
        Assert.True(hours.IsOpen(Msk(7, 11)));
        Assert.False(hours.IsOpen(Msk(8, 11)));
    }

    [Theory]
    [InlineData("weekdays")]
    [InlineData("Mon-Fri")]
    [InlineData("Mon-Fri 18:00-09:00")]
    [InlineData("Mon-Fri 9-18")]
    [InlineData("Mon-Xyz 09:00-18:00")]
    [InlineData("Mon-Fri 09:00-25:00")]
    [InlineData("<script> 09:00-18:00")]
    public void TryParse_NotHours_SaysWhy(string text)
    {
        Assert.False(WorkingHours.TryParse(text, Moscow, out _, out var error));
        Assert.Contains("is not working hours", error, StringComparison.Ordinal);
    }
}
