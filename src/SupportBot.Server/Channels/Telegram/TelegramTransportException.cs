namespace SupportBot.Server.Channels.Telegram;

/// <summary>
/// A request to the Bot API got no usable answer (network, timeout, malformed response), as opposed to
/// <see cref="TelegramApiException"/>, where Telegram answered with an error. Never an
/// <see cref="OperationCanceledException"/>: cancellation by the caller stays cancellation. The message never contains
/// the bot token.
/// </summary>
public sealed class TelegramTransportException : Exception
{
    /// <summary>A transport failure of <paramref name="method"/>.</summary>
    public TelegramTransportException(string method, TelegramTransportFailure failure, string message, int? httpStatus = null, Exception? innerException = null)
        : base($"Telegram {method}: {message}", innerException)
    {
        Method = method;
        Failure = failure;
        HttpStatus = httpStatus;
    }

    /// <summary>The Bot API method that failed.</summary>
    public string Method { get; }

    /// <summary>What went wrong.</summary>
    public TelegramTransportFailure Failure { get; }

    /// <summary>The HTTP status, when an answer came.</summary>
    public int? HttpStatus { get; }
}
