namespace SupportBot.Server.Channels.Telegram;

/// <summary>Why a request got no usable answer from the Bot API.</summary>
public enum TelegramTransportFailure
{
    /// <summary>No connection, reset, DNS or TLS failure.</summary>
    Network,

    /// <summary>No answer within the request timeout (the caller did not cancel).</summary>
    Timeout,

    /// <summary>An answer that is not a Bot API envelope (malformed JSON, an HTML error page).</summary>
    MalformedResponse,
}
