using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace SupportBot.Server.Desk;

/// <summary>
/// Weekly working hours in one time zone, parsed from text like <c>Mon-Fri 09:00-18:00; Sat 10:00-14:00</c>. Empty
/// text means always open.
/// </summary>
public sealed class WorkingHours
{
    private static readonly string[] DayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    private readonly IReadOnlyList<(bool[] Days, TimeSpan Start, TimeSpan End)> _spans;

    private WorkingHours(IReadOnlyList<(bool[] Days, TimeSpan Start, TimeSpan End)> spans, TimeZoneInfo zone)
    {
        _spans = spans;
        Zone = zone;
    }

    /// <summary>The zone the hours are in.</summary>
    public TimeZoneInfo Zone { get; }

    /// <summary>Whether there are no limits.</summary>
    public bool IsAlwaysOpen => _spans.Count == 0;

    /// <summary>Parses the hours; false with a reason for text that is not hours.</summary>
    public static bool TryParse(string? text, TimeZoneInfo zone, [NotNullWhen(true)] out WorkingHours? hours, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(zone);
        hours = null;
        var spans = new List<(bool[], TimeSpan, TimeSpan)>();
        foreach (var part in (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (pieces.Length != 2 || ParseDays(pieces[0]) is not { } days || ParseTimes(pieces[1]) is not { } times)
            {
                error = $"'{part}' is not working hours like 'Mon-Fri 09:00-18:00'.";
                return false;
            }

            spans.Add((days, times.Start, times.End));
        }

        hours = new WorkingHours(spans, zone);
        error = null;
        return true;
    }

    /// <summary>Whether <paramref name="now"/> falls inside the hours.</summary>
    public bool IsOpen(DateTimeOffset now) => NextOpening(now) <= now;

    /// <summary><paramref name="now"/> when open; otherwise the next moment the hours begin.</summary>
    public DateTimeOffset NextOpening(DateTimeOffset now)
    {
        if (IsAlwaysOpen)
        {
            return now;
        }

        var local = TimeZoneInfo.ConvertTime(now, Zone);
        DateTimeOffset? best = null;
        for (var day = 0; day <= 7; day++)
        {
            var date = local.Date.AddDays(day);
            foreach (var (days, start, end) in _spans)
            {
                if (!days[(int)date.DayOfWeek])
                {
                    continue;
                }

                if (day == 0 && local.TimeOfDay >= start && local.TimeOfDay < end)
                {
                    return now;
                }

                var opening = ToInstant(date + start);
                if (opening > now && (best is null || opening < best))
                {
                    best = opening;
                }
            }

            if (best is not null)
            {
                return best.Value;
            }
        }

        return best ?? now;
    }

    /// <summary>A moment shown in the hours' zone.</summary>
    public DateTime ToLocal(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone).DateTime;

    private DateTimeOffset ToInstant(DateTime local)
    {
        // A start inside a DST gap does not exist; the hour after it does.
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified));
    }

    private static bool[]? ParseDays(string text)
    {
        var days = new bool[7];
        foreach (var item in text.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var range = item.Split('-');
            var first = Array.IndexOf(DayNames, range[0].ToLowerInvariant());
            var last = range.Length == 2 ? Array.IndexOf(DayNames, range[1].ToLowerInvariant()) : first;
            if (range.Length > 2 || first < 0 || last < 0)
            {
                return null;
            }

            // Mon-Sun wraps through the week's end; Fri-Mon too.
            for (var d = first; ; d = (d + 1) % 7)
            {
                days[d] = true;
                if (d == last)
                {
                    break;
                }
            }
        }

        return days.Any(d => d) ? days : null;
    }

    private static (TimeSpan Start, TimeSpan End)? ParseTimes(string text)
    {
        var range = text.Split('-');
        if (range.Length != 2
            || !TimeOnly.TryParseExact(range[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !TimeOnly.TryParseExact(range[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
            || end <= start)
        {
            return null;
        }

        return (start.ToTimeSpan(), end.ToTimeSpan());
    }
}
