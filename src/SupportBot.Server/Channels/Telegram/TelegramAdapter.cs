using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SupportBot.Core.Conversations;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>
/// The Telegram channel's <see cref="BotAdapter"/>: delivers what the bot sends as Telegram HTML messages (split under
/// 4,096 characters, buttons as an inline keyboard on the last part) through the rate-limited send queue, and turns
/// typing activities into <c>sendChatAction</c>. Proactive turns (an agent's reply) go through
/// <see cref="BotAdapter.ContinueConversationAsync"/> with a stored reference whose conversation id is the chat id.
/// </summary>
internal sealed class TelegramAdapter : BotAdapter
{
    /// <summary>Telegram refuses empty messages; a message that is only buttons gets this as its text.</summary>
    internal const string ButtonsOnlyText = "⬇️";

    private static readonly ChannelCapabilities TelegramCapabilities = new()
    {
        SupportsButtons = true,
        MaxButtons = 10,
        SupportsMarkdown = true,
        MaxMessageLength = TelegramTextSplitter.MaxMessageLength,
    };

    private readonly TelegramSendQueue _queue;
    private readonly ITelegramBotClient _client;
    private readonly TelegramCallbackCodec _codec;
    private readonly ILogger _logger;

    public TelegramAdapter(TelegramSendQueue queue, ITelegramBotClient client, TelegramCallbackCodec codec, IOptions<TelegramOptions> options, ILogger<TelegramAdapter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _queue = queue ?? throw new ArgumentNullException(nameof(queue));
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _codec = codec ?? throw new ArgumentNullException(nameof(codec));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        Bot = new TelegramBot(options.Value.BotId, null, options.Value.ApiBaseUrl.TrimEnd('/') + "/");
    }

    /// <inheritdoc />
    public override ChannelCapabilities Capabilities => TelegramCapabilities;

    /// <summary>The bot's identity on Telegram.</summary>
    public TelegramBot Bot { get; }

    /// <inheritdoc />
    public override async Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            responses[i] = await SendAsync(activities[i], cancellationToken).ConfigureAwait(false);
        }

        return responses;
    }

    /// <summary>Shows "typing…" in <paramref name="chatId"/>; best effort, failures are logged and swallowed.</summary>
    public async Task SendTypingAsync(long chatId, CancellationToken cancellationToken)
    {
        try
        {
            await _client.SendRequestAsync(new SendChatActionRequest { ChatId = chatId, Action = "typing" }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is TelegramApiException or TelegramTransportException)
        {
            // telegram-test-api has no sendChatAction; a missing typing indicator is not worth a retry.
            TelegramLog.ChatActionFailed(_logger, exception, chatId);
        }
    }

    /// <summary>The inline keyboard for the bot's buttons, one per row; null when there are none to show.</summary>
    internal async Task<InlineKeyboardMarkup?> BuildKeyboardAsync(SuggestedActions? suggestedActions, CancellationToken cancellationToken)
    {
        if (suggestedActions?.Actions is not { Count: > 0 } actions)
        {
            return null;
        }

        var rows = new List<IReadOnlyList<InlineKeyboardButton>>();
        foreach (var action in actions.Take(Capabilities.MaxButtons))
        {
            var title = string.IsNullOrWhiteSpace(action.Title) ? action.Value : action.Title;
            if (string.IsNullOrWhiteSpace(title))
            {
                continue;
            }

            if (action.Type == "openUrl")
            {
                if (Uri.TryCreate(action.Value, UriKind.Absolute, out var url) && url.Scheme is "https" or "http")
                {
                    rows.Add([new InlineKeyboardButton { Text = title, Url = url.AbsoluteUri }]);
                }

                continue;
            }

            var data = await _codec.EncodeAsync(action.Value ?? action.Title, cancellationToken).ConfigureAwait(false);
            rows.Add([new InlineKeyboardButton { Text = title, CallbackData = data }]);
        }

        return rows.Count == 0 ? null : new InlineKeyboardMarkup { InlineKeyboard = rows };
    }

    private async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!long.TryParse(activity.Conversation?.Id, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chatId))
        {
            throw new InvalidOperationException($"A Telegram activity needs a numeric chat id as its conversation id, not '{activity.Conversation?.Id}'.");
        }

        if (activity.Type == ActivityTypes.Typing)
        {
            await SendTypingAsync(chatId, cancellationToken).ConfigureAwait(false);
            return new ResourceResponse("");
        }

        if (activity.Type != ActivityTypes.Message)
        {
            TelegramLog.NothingToSend(_logger, activity.Type, activity.Conversation!.Id);
            return new ResourceResponse("");
        }

        var parts = TelegramTextSplitter.SplitToHtml(activity.Text ?? "");
        var keyboard = await BuildKeyboardAsync(activity.SuggestedActions, cancellationToken).ConfigureAwait(false);
        if (parts.Count == 0)
        {
            if (keyboard is null)
            {
                TelegramLog.NothingToSend(_logger, activity.Type, activity.Conversation!.Id);
                return new ResourceResponse("");
            }

            parts = [ButtonsOnlyText];
        }

        TelegramMessage? last = null;
        for (var i = 0; i < parts.Count; i++)
        {
            var request = new SendMessageRequest
            {
                ChatId = chatId,
                Text = parts[i],
                ParseMode = "HTML",
                ReplyMarkup = i == parts.Count - 1 ? keyboard : null,
            };
            last = await _queue.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        return new ResourceResponse(last!.MessageId.ToString(CultureInfo.InvariantCulture));
    }
}
