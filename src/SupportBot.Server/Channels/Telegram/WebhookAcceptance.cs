namespace SupportBot.Server.Channels.Telegram;

/// <summary>What became of an update posted to the webhook.</summary>
internal enum WebhookAcceptance
{
    /// <summary>Queued for handling.</summary>
    Accepted,

    /// <summary>Seen before (Telegram repeats deliveries it thinks failed); answered 200 and dropped.</summary>
    Duplicate,

    /// <summary>The queue is full; answered 503 so Telegram delivers it again later.</summary>
    Full,
}
