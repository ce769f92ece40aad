namespace SupportBot.Server.Channels.Telegram;

/// <summary>Keeps the bot token out of text that leaves the client (logs, exception messages).</summary>
internal static class TelegramSecrets
{
    public const string Mask = "<bot-token>";

    public static string Scrub(string text, string? token)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrEmpty(token))
        {
            return text;
        }

        // The secret half alone identifies the bot too, so it is masked wherever it appears.
        var secret = token[(token.IndexOf(':', StringComparison.Ordinal) + 1)..];
        var scrubbed = text.Replace(token, Mask, StringComparison.Ordinal);
        return secret.Length >= 8 ? scrubbed.Replace(secret, Mask, StringComparison.Ordinal) : scrubbed;
    }
}
