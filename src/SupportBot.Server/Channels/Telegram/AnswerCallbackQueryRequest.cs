using System.Text.Json.Serialization.Metadata;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>Bot API <c>answerCallbackQuery</c>: stops the button's spinner, optionally with a short notice.</summary>
internal sealed record AnswerCallbackQueryRequest : TelegramRequest<bool?>
{
    public required string CallbackQueryId { get; init; }

    public string? Text { get; init; }

    public bool? ShowAlert { get; init; }

    internal override string MethodName => "answerCallbackQuery";

    internal override JsonTypeInfo RequestTypeInfo => TelegramJsonContext.Wire.AnswerCallbackQueryRequest;

    internal override JsonTypeInfo<TelegramResponse<bool?>> ResponseTypeInfo => TelegramJsonContext.Wire.TelegramResponseNullableBoolean;
}
