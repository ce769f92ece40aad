namespace SupportBot.Server.Channels.Telegram;

/// <summary>One chat's place in the send queue: one send at a time, in order, and the earliest time of the next.</summary>
internal sealed class ChatLane
{
    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>When the next message to this chat may start (guarded by <see cref="Gate"/>).</summary>
    public DateTimeOffset NextAllowed { get; set; } = DateTimeOffset.MinValue;

    /// <summary>Sends waiting for or holding the lane (guarded by the queue's lock).</summary>
    public int Users { get; set; }
}
