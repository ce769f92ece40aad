using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SupportBot.Core.Conversations;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>
/// Decides what each update means: a private text message or a button press becomes a bot turn (with "typing…" while
/// it runs); a pressed keyboard is answered and removed so it cannot be pressed twice; media and edits in a private
/// chat get a polite reply; everything else (groups, channels, membership changes) is logged and ignored.
/// </summary>
internal sealed class TelegramUpdateHandler : ITelegramUpdateHandler
{
    private const int RememberedPresses = 10_000;
    private const int SideCallAttempts = 3;

    private readonly TelegramAdapter _adapter;
    private readonly IBot _bot;
    private readonly TelegramCallbackCodec _codec;
    private readonly ITelegramBotClient _client;
    private readonly TelegramRetryPolicy _retry;
    private readonly TelegramSendQueue _queue;
    private readonly TelegramOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly RecentKeys<(long Chat, long Message)> _pressedKeyboards = new(RememberedPresses);

    public TelegramUpdateHandler(
        TelegramAdapter adapter,
        IBot bot,
        TelegramCallbackCodec codec,
        ITelegramBotClient client,
        TelegramRetryPolicy retry,
        TelegramSendQueue queue,
        IOptions<TelegramOptions> options,
        TimeProvider timeProvider,
        ILogger<TelegramUpdateHandler> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _adapter = adapter ?? throw new ArgumentNullException(nameof(adapter));
        _bot = bot ?? throw new ArgumentNullException(nameof(bot));
        _codec = codec ?? throw new ArgumentNullException(nameof(codec));
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _retry = retry ?? throw new ArgumentNullException(nameof(retry));
        _queue = queue ?? throw new ArgumentNullException(nameof(queue));
        _options = options.Value;
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    public Task HandleAsync(TelegramUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        return update switch
        {
            { Message: { } message } => OnMessageAsync(update, message, cancellationToken),
            { CallbackQuery: { } callback } => OnCallbackAsync(callback, cancellationToken),
            { EditedMessage: { Chat.IsPrivate: true, From.IsBot: false } edited } => ReplyPolitelyAsync(update, edited, TelegramPhrases.EditsNotSeen(edited.From.LanguageCode), cancellationToken),
            _ => Ignore(update, update.Message?.ContentKind ?? "-", "not a conversation with a person"),
        };
    }

    private Task OnMessageAsync(TelegramUpdate update, TelegramMessage message, CancellationToken cancellationToken)
    {
        if (!message.Chat.IsPrivate)
        {
            return Ignore(update, message.ContentKind, $"{message.Chat.Type} chat; the bot talks in private chats only");
        }

        if (message.From is { IsBot: true })
        {
            return Ignore(update, message.ContentKind, "sent by a bot");
        }

        if (string.IsNullOrWhiteSpace(message.Text))
        {
            return ReplyPolitelyAsync(update, message, TelegramPhrases.TextOnly(message.From?.LanguageCode), cancellationToken);
        }

        return RunTurnAsync(message.Chat.Id, TelegramActivityMapper.FromMessage(message, message.Text, _adapter.Bot), cancellationToken);
    }

    private async Task OnCallbackAsync(TelegramCallbackQuery callback, CancellationToken cancellationToken)
    {
        var chatId = callback.Message?.Chat.Id ?? callback.From.Id;
        var language = callback.From.LanguageCode;
        var messageId = callback.Message?.MessageId ?? 0;
        if (messageId > 0 && !_pressedKeyboards.TryAdd((chatId, messageId)))
        {
            await AnswerCallbackAsync(callback, chatId, TelegramPhrases.AlreadyAnswered(language), cancellationToken).ConfigureAwait(false);
            return;
        }

        var value = await _codec.DecodeAsync(callback.Data, cancellationToken).ConfigureAwait(false);
        if (value is null)
        {
            TelegramLog.UnknownCallback(_logger, callback.Id, chatId);
            await AnswerCallbackAsync(callback, chatId, TelegramPhrases.ButtonExpired(language), cancellationToken).ConfigureAwait(false);
            return;
        }

        await AnswerCallbackAsync(callback, chatId, null, cancellationToken).ConfigureAwait(false);
        var activity = TelegramActivityMapper.FromCallback(callback, value, _adapter.Bot, _timeProvider.GetUtcNow());
        try
        {
            await RunTurnAsync(chatId, activity, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (messageId > 0)
            {
                // After the answer, so the removal does not delay it by the chat's send interval; a second press in
                // the meantime is caught above. The queue retries on its own, hence one attempt here.
                await SideCallAsync(
                    "editMessageReplyMarkup",
                    chatId,
                    ct => _queue.SendAsync(new EditMessageReplyMarkupRequest { ChatId = chatId, MessageId = messageId, ReplyMarkup = InlineKeyboardMarkup.Empty }, ct),
                    1,
                    CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private async Task RunTurnAsync(long chatId, Activity activity, CancellationToken cancellationToken)
    {
        using var typing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var typingLoop = ShowTypingAsync(chatId, typing.Token);
        try
        {
            await _adapter.ProcessActivityAsync(activity, _bot, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await typing.CancelAsync().ConfigureAwait(false);
            await typingLoop.ConfigureAwait(false);
        }
    }

    private async Task ShowTypingAsync(long chatId, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(_options.TypingDelay, _timeProvider, cancellationToken).ConfigureAwait(false);
            while (!cancellationToken.IsCancellationRequested)
            {
                await _adapter.SendTypingAsync(chatId, cancellationToken).ConfigureAwait(false);
                await Task.Delay(_options.TypingInterval, _timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The turn is over.
        }
    }

    private async Task ReplyPolitelyAsync(TelegramUpdate update, TelegramMessage message, string text, CancellationToken cancellationToken)
    {
        TelegramLog.UpdateIgnored(_logger, update.UpdateId, update.Kind, message.ContentKind, "no text to understand; answered politely");
        await _queue.SendAsync(new SendMessageRequest { ChatId = message.Chat.Id, Text = TelegramHtml.Escape(text), ParseMode = "HTML" }, cancellationToken).ConfigureAwait(false);
    }

    private Task Ignore(TelegramUpdate update, string content, string reason)
    {
        TelegramLog.UpdateIgnored(_logger, update.UpdateId, update.Kind, content, reason);
        return Task.CompletedTask;
    }

    private Task AnswerCallbackAsync(TelegramCallbackQuery callback, long chatId, string? text, CancellationToken cancellationToken) =>
        SideCallAsync("answerCallbackQuery", chatId, ct => _client.SendRequestAsync(new AnswerCallbackQueryRequest { CallbackQueryId = callback.Id, Text = text }, ct), SideCallAttempts, cancellationToken);

    // Answering a press and removing its keyboard are courtesies: a failure is logged and the turn goes on.
    private async Task SideCallAsync<T>(string method, long chatId, Func<CancellationToken, Task<T>> call, int attempts, CancellationToken cancellationToken)
    {
        try
        {
            await _retry.ExecuteAsync(method, call, attempts, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is TelegramApiException or TelegramTransportException)
        {
            TelegramLog.SideCallFailed(_logger, exception, method, chatId);
        }
    }
}
