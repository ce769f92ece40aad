using System.Text.Json;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>
/// A Telegram message (Bot API <c>Message</c>), with only the fields the bot reads. The media fields are kept as raw
/// JSON because only their presence matters: the bot answers text and politely declines the rest.
/// </summary>
internal sealed record TelegramMessage
{
    /// <summary>0 when the peer omits it (telegram-test-api's callback messages do).</summary>
    public long MessageId { get; init; }

    public TelegramUser? From { get; init; }

    public required TelegramChat Chat { get; init; }

    /// <summary>Unix time in seconds from Telegram; telegram-test-api sends milliseconds (see <see cref="TelegramTime"/>).</summary>
    public long Date { get; init; }

    public string? Text { get; init; }

    public string? Caption { get; init; }

    public InlineKeyboardMarkup? ReplyMarkup { get; init; }

    public JsonElement? Sticker { get; init; }

    public JsonElement? Photo { get; init; }

    public JsonElement? Voice { get; init; }

    public JsonElement? Audio { get; init; }

    public JsonElement? Video { get; init; }

    public JsonElement? VideoNote { get; init; }

    public JsonElement? Animation { get; init; }

    public JsonElement? Document { get; init; }

    public JsonElement? Location { get; init; }

    public JsonElement? Contact { get; init; }

    public JsonElement? Poll { get; init; }

    /// <summary>What the message carries besides text, for logs and the polite reply ("sticker", "photo"…).</summary>
    public string ContentKind => this switch
    {
        { Text: not null } => "text",
        { Sticker: not null } => "sticker",
        { Photo: not null } => "photo",
        { Voice: not null } => "voice",
        { Audio: not null } => "audio",
        { Video: not null } => "video",
        { VideoNote: not null } => "video_note",
        { Animation: not null } => "animation",
        { Document: not null } => "document",
        { Location: not null } => "location",
        { Contact: not null } => "contact",
        { Poll: not null } => "poll",
        _ => "other",
    };
}
