namespace SupportBot.Server.Channels.Telegram;

/// <summary>One send's place in a <see cref="SendRateWindow"/> (guarded by the window's lock).</summary>
internal sealed class SendSlot
{
    /// <summary>When the send started, then when it completed.</summary>
    public DateTimeOffset Time { get; set; }

    public bool InFlight { get; set; }
}
