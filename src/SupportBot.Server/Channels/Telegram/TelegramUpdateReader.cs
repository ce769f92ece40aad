using System.Text.Json;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>
/// Reads updates one by one, so a single update we cannot read (a new Bot API shape, a broken peer) is skipped with
/// its id instead of blocking every update behind it.
/// </summary>
internal static class TelegramUpdateReader
{
    /// <summary>The update, or null with the id when only that could be read (id 0 when not even that).</summary>
    public static (TelegramUpdate? Update, long UpdateId) Read(JsonElement element)
    {
        long updateId = 0;
        if (element.ValueKind == JsonValueKind.Object
            && element.TryGetProperty("update_id", out var id)
            && id.ValueKind == JsonValueKind.Number
            && id.TryGetInt64(out var value))
        {
            updateId = value;
        }

        try
        {
            var update = element.Deserialize(TelegramJsonContext.Default.TelegramUpdate);
            return (update, update?.UpdateId ?? updateId);
        }
        catch (JsonException)
        {
            return (null, updateId);
        }
    }
}
