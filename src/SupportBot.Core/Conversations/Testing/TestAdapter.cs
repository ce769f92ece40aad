using System.Collections.Concurrent;

namespace SupportBot.Core.Conversations.Testing;

/// <summary>
/// An in-memory channel ("test") for conversation tests: builds user activities, runs them through the middleware and
/// the bot, and queues what the bot sends. Capabilities and locale are configurable; proactive turns work through
/// <see cref="BotAdapter.ContinueConversationAsync"/> with <see cref="Reference"/>.
/// </summary>
public sealed class TestAdapter : BotAdapter
{
    private readonly ConcurrentQueue<Activity> _replies = new();
    private readonly ConcurrentQueue<Activity> _sent = new();
    private readonly TimeProvider _timeProvider;
    private int _nextId;

    /// <summary>A test channel with one conversation between "user1" and "bot".</summary>
    public TestAdapter(ChannelCapabilities? capabilities = null, string locale = "ru-RU", string conversationId = "conversation1", TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        Capabilities = capabilities ?? ChannelCapabilities.Default;
        Locale = locale;
        _timeProvider = timeProvider ?? TimeProvider.System;
        Reference = new ConversationReference
        {
            ChannelId = ChannelId,
            Conversation = new ConversationAccount { Id = conversationId },
            User = new ChannelAccount { Id = "user1", Name = "User", Role = "user" },
            Bot = new ChannelAccount { Id = "bot", Name = "Bot", Role = "bot" },
            ServiceUrl = "https://test.invalid/",
            Locale = locale,
        };
    }

    /// <summary>The channel id of every test activity.</summary>
    public const string ChannelId = "test";

    /// <inheritdoc />
    public override ChannelCapabilities Capabilities { get; }

    /// <summary>The locale user activities carry.</summary>
    public string Locale { get; set; }

    /// <summary>The test conversation, for proactive turns.</summary>
    public ConversationReference Reference { get; }

    /// <summary>Everything the bot sent, in order (typing included), kept after replies are taken.</summary>
    public IReadOnlyList<Activity> Sent => [.. _sent];

    /// <summary>A message from the test user.</summary>
    public Activity MakeActivity(string text) => IncomingActivity.FromUser(Reference, new Activity
    {
        Type = ActivityTypes.Message,
        Id = NextId(),
        Text = text,
        Locale = Locale,
        Timestamp = _timeProvider.GetUtcNow(),
    });

    /// <summary>Runs a turn for the user's <paramref name="text"/>.</summary>
    public Task SendTextToBotAsync(string text, IBot bot, CancellationToken cancellationToken) =>
        ProcessActivityAsync(MakeActivity(text), bot, cancellationToken);

    /// <summary>Takes the oldest reply not yet taken, typing indicators included.</summary>
    public bool TryTakeReply(out Activity? reply) => _replies.TryDequeue(out reply);

    /// <inheritdoc />
    public override Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            var sent = activities[i] with { Id = activities[i].Id ?? NextId(), Timestamp = _timeProvider.GetUtcNow() };
            _sent.Enqueue(sent);
            _replies.Enqueue(sent);
            responses[i] = new ResourceResponse(sent.Id!);
        }

        return Task.FromResult<IReadOnlyList<ResourceResponse>>(responses);
    }

    private string NextId() => Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
