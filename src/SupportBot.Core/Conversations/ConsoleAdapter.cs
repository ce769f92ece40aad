using System.Globalization;

namespace SupportBot.Core.Conversations;

/// <summary>
/// A text-terminal channel ("console"): each line read is a user message, each reply is written out. There are no
/// buttons, so suggested actions are listed as numbered lines and a typed number picks that choice. "/exit" or the
/// end of the input ends the chat.
/// </summary>
public sealed class ConsoleAdapter : BotAdapter
{
    /// <summary>The channel id of console activities.</summary>
    public const string ChannelId = "console";

    private static readonly ChannelCapabilities ConsoleCapabilities = new() { SupportsButtons = false, SupportsMarkdown = false, MaxMessageLength = int.MaxValue };

    private readonly TextReader _input;
    private readonly TextWriter _output;
    private readonly TimeProvider _timeProvider;
    private readonly Lock _choicesLock = new();
    private IReadOnlyList<CardAction> _shownChoices = [];
    private int _nextId;

    /// <summary>A console chat reading <paramref name="input"/> and writing <paramref name="output"/>.</summary>
    public ConsoleAdapter(TextReader input, TextWriter output, string locale = "ru-RU", string conversationId = "console", TimeProvider? timeProvider = null)
    {
        _input = input ?? throw new ArgumentNullException(nameof(input));
        _output = output ?? throw new ArgumentNullException(nameof(output));
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        _timeProvider = timeProvider ?? TimeProvider.System;
        Locale = locale;
        Reference = new ConversationReference
        {
            ChannelId = ChannelId,
            Conversation = new ConversationAccount { Id = conversationId },
            User = new ChannelAccount { Id = "console-user", Name = Environment.UserName, Role = "user" },
            Bot = new ChannelAccount { Id = "supportbot", Name = "SupportBot", Role = "bot" },
            Locale = locale,
        };
    }

    /// <inheritdoc />
    public override ChannelCapabilities Capabilities => ConsoleCapabilities;

    /// <summary>The locale user messages carry.</summary>
    public string Locale { get; }

    /// <summary>The console conversation, for proactive turns.</summary>
    public ConversationReference Reference { get; }

    /// <summary>Greets (a conversationUpdate with the user joining), then chats until "/exit" or the end of input.</summary>
    public async Task RunAsync(IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bot);
        await ProcessActivityAsync(NewActivity(ActivityTypes.ConversationUpdate, null) with { MembersAdded = [Reference.User!] }, bot, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            await _output.WriteAsync("> ".AsMemory(), cancellationToken).ConfigureAwait(false);
            await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
            var line = await _input.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null || line.Trim() is "/exit" or "/quit")
            {
                return;
            }

            await ProcessActivityAsync(NewActivity(ActivityTypes.Message, PickChoice(line)), bot, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public override async Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            if (activity.Type == ActivityTypes.Message)
            {
                await WriteMessageAsync(activity, cancellationToken).ConfigureAwait(false);
            }

            responses[i] = new ResourceResponse(activity.Id ?? NextId());
        }

        await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return responses;
    }

    private async Task WriteMessageAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(activity.Text))
        {
            await _output.WriteLineAsync(activity.Text.AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        var actions = activity.SuggestedActions?.Actions ?? [];
        if (actions.Count == 0)
        {
            return;
        }

        for (var i = 0; i < actions.Count; i++)
        {
            await _output.WriteLineAsync($"  {i + 1}. {actions[i].Title}".AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        lock (_choicesLock)
        {
            _shownChoices = actions;
        }
    }

    /// <summary>A number naming one of the choices just shown stands for that choice; the choices are then gone.</summary>
    private string PickChoice(string line)
    {
        IReadOnlyList<CardAction> shown;
        lock (_choicesLock)
        {
            shown = _shownChoices;
            _shownChoices = [];
        }

        return int.TryParse(line.Trim().TrimEnd('.', ')'), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number >= 1 && number <= shown.Count
            ? shown[number - 1].Value ?? shown[number - 1].Title
            : line;
    }

    private Activity NewActivity(string type, string? text) => IncomingActivity.FromUser(Reference, new Activity
    {
        Type = type,
        Id = NextId(),
        Text = text,
        Locale = Locale,
        Timestamp = _timeProvider.GetUtcNow(),
    });

    private string NextId() => Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
}
