using System.Text.Json.Nodes;

namespace SupportBot.Server.Tests.Telegram;

/// <summary>A message the bot sent, as the telegram-test-api peer keeps it: its id and the request body it came in.</summary>
internal sealed record PeerBotMessage(long MessageId, JsonObject Message)
{
    public string Text => Message["text"]?.GetValue<string>() ?? "";

    /// <summary>The inline keyboard's buttons (text, callback_data), row by row flattened; empty when there is none.</summary>
    public IReadOnlyList<(string Text, string? Data)> Buttons =>
        Message["reply_markup"]?["inline_keyboard"] is JsonArray rows
            ? [.. rows.SelectMany(r => r!.AsArray()).Select(b => (b!["text"]!.GetValue<string>(), b["callback_data"]?.GetValue<string>()))]
            : [];
}
