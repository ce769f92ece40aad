namespace SupportBot.Server.Channels.Telegram;

/// <summary>Reads Bot API dates, which are Unix seconds, tolerating peers that send milliseconds.</summary>
internal static class TelegramTime
{
    // Unix seconds pass 10^11 only in the year 5138; milliseconds passed it in 1973. Anything above is milliseconds.
    private const long MillisecondsThreshold = 100_000_000_000;

    public static DateTimeOffset? FromUnix(long value)
    {
        if (value <= 0)
        {
            return null;
        }

        try
        {
            return value >= MillisecondsThreshold ? DateTimeOffset.FromUnixTimeMilliseconds(value) : DateTimeOffset.FromUnixTimeSeconds(value);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
