namespace SupportBot.Server.Channels.Telegram;

/// <summary>The Bot API: one call per request type.</summary>
internal interface ITelegramBotClient
{
    /// <summary>
    /// Calls the request's method and returns its result. Throws <see cref="TelegramApiException"/> when Telegram
    /// answers with an error, <see cref="TelegramTransportException"/> when no usable answer comes (a timeout
    /// included), and <see cref="OperationCanceledException"/> only when <paramref name="cancellationToken"/> fires.
    /// </summary>
    Task<TResult> SendRequestAsync<TResult>(TelegramRequest<TResult> request, CancellationToken cancellationToken);
}
