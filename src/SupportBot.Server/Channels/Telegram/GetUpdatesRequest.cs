using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>Bot API <c>getUpdates</c>: long polling; <see cref="Offset"/> confirms every update below it. Updates come back raw and are read one by one (<see cref="TelegramUpdateReader"/>).</summary>
internal sealed record GetUpdatesRequest : TelegramRequest<IReadOnlyList<JsonElement>>
{
    public long? Offset { get; init; }

    public int? Limit { get; init; }

    /// <summary>Long-poll timeout in seconds.</summary>
    public int? Timeout { get; init; }

    public IReadOnlyList<string>? AllowedUpdates { get; init; }

    internal override string MethodName => "getUpdates";

    internal override JsonTypeInfo RequestTypeInfo => TelegramJsonContext.Wire.GetUpdatesRequest;

    internal override JsonTypeInfo<TelegramResponse<IReadOnlyList<JsonElement>>> ResponseTypeInfo => TelegramJsonContext.Wire.TelegramResponseIReadOnlyListJsonElement;

    internal override TimeSpan ServerWait => TimeSpan.FromSeconds(Timeout ?? 0);
}
