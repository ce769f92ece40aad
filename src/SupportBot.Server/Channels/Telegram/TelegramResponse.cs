namespace SupportBot.Server.Channels.Telegram;

/// <summary>The Bot API's envelope around every answer.</summary>
internal sealed record TelegramResponse<TResult>
{
    public bool Ok { get; init; }

    public TResult? Result { get; init; }

    public int? ErrorCode { get; init; }

    public string? Description { get; init; }

    public TelegramResponseParameters? Parameters { get; init; }
}
