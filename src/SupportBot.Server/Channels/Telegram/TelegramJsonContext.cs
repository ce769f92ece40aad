using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>Source-generated JSON for the Bot API: snake_case names, nulls left out of requests.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GetMeRequest))]
[JsonSerializable(typeof(GetUpdatesRequest))]
[JsonSerializable(typeof(SetWebhookRequest))]
[JsonSerializable(typeof(DeleteWebhookRequest))]
[JsonSerializable(typeof(GetWebhookInfoRequest))]
[JsonSerializable(typeof(SendMessageRequest))]
[JsonSerializable(typeof(EditMessageTextRequest))]
[JsonSerializable(typeof(EditMessageReplyMarkupRequest))]
[JsonSerializable(typeof(AnswerCallbackQueryRequest))]
[JsonSerializable(typeof(SendChatActionRequest))]
[JsonSerializable(typeof(TelegramResponse<TelegramUser>))]
[JsonSerializable(typeof(TelegramResponse<IReadOnlyList<JsonElement>>))]
[JsonSerializable(typeof(TelegramResponse<bool?>))]
[JsonSerializable(typeof(TelegramResponse<TelegramWebhookInfo>))]
[JsonSerializable(typeof(TelegramResponse<TelegramMessage>))]
[JsonSerializable(typeof(TelegramResponse<JsonElement?>))]
[JsonSerializable(typeof(TelegramUpdate))]
[JsonSerializable(typeof(IReadOnlyList<TelegramUpdate>))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class TelegramJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The context requests are written with: Cyrillic and emoji stay as they are instead of six-byte escapes, which
    /// keeps Russian messages small on the wire and dead letters readable. The body is JSON, never HTML.
    /// </summary>
    public static TelegramJsonContext Wire { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
