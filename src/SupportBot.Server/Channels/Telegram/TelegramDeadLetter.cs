namespace SupportBot.Server.Channels.Telegram;

/// <summary>A send that failed for good: what it was, where it went, why it failed.</summary>
internal sealed record TelegramDeadLetter
{
    public long Id { get; init; }

    public required long ChatId { get; init; }

    public required string Method { get; init; }

    /// <summary>The request as JSON, so it can be resent by hand.</summary>
    public required string Payload { get; init; }

    public required string Error { get; init; }

    public required int Attempts { get; init; }

    public required DateTimeOffset FailedAt { get; init; }
}
