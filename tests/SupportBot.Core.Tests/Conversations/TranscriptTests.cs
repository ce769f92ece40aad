using SupportBot.Core.Conversations;
using SupportBot.Core.Conversations.Testing;

namespace SupportBot.Core.Tests.Conversations;

public sealed class TranscriptTests
{
    [Fact]
    public async Task TranscriptLogger_NormalAndFailedTurns_RecordsEveryMessageInOrder()
    {
        using var temp = new TempStore();
        var adapter = temp.CreateAdapter();
        adapter.OnTurnError = (turn, _, ct) => turn.SendTextAsync("Извините, ошибка.", ct);
        var bot = new DelegateBot(async (turn, ct) =>
        {
            await turn.SendActivityAsync(Activity.Typing(), ct);
            await turn.SendTextAsync("Эхо: " + turn.Activity.Text, ct);
            if (turn.Activity.Text == "сломай")
            {
                throw new InvalidOperationException("boom");
            }
        });

        await new TestFlow(adapter, bot)
            .Send("привет").AssertReply("Эхо: привет")
            .Send("сломай").AssertReply("Эхо: сломай").AssertReply("Извините, ошибка.")
            .StartTestAsync();

        var transcript = await temp.Store.GetTranscriptAsync(TestAdapter.ChannelId, "conversation1", 0, 100, CancellationToken.None);
        Assert.Equal(
            [(TranscriptRole.User, "привет"), (TranscriptRole.Bot, "Эхо: привет"), (TranscriptRole.User, "сломай"), (TranscriptRole.Bot, "Эхо: сломай"), (TranscriptRole.Bot, "Извините, ошибка.")],
            transcript.Select(e => (e.Role, e.Activity.Text)));
        Assert.All(transcript, e => Assert.NotNull(e.Activity.Id));
        Assert.Equal(transcript[0].Activity.Id, transcript[1].Activity.ReplyToId);
        Assert.True(transcript.Zip(transcript.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence));
    }

    [Fact]
    public async Task TranscriptLogger_BotThrowsBeforeReplying_UserMessageIsKept()
    {
        using var temp = new TempStore();
        var adapter = temp.CreateAdapter();
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            adapter.SendTextToBotAsync("мой пароль не подходит", new DelegateBot((_, _) => throw new InvalidOperationException("down")), CancellationToken.None));

        var entry = Assert.Single(await temp.Store.GetTranscriptAsync(TestAdapter.ChannelId, "conversation1", 0, 10, CancellationToken.None));
        Assert.Equal("мой пароль не подходит", entry.Activity.Text);
        Assert.Equal(TranscriptRole.User, entry.Role);
    }

    [Fact]
    public async Task TranscriptLogger_ProactiveAgentMessage_RecordedAsAgentWithoutTheTrigger()
    {
        using var temp = new TempStore();
        var adapter = temp.CreateAdapter();
        var agent = new ChannelAccount { Id = "agent-7", Name = "Анна", Role = "agent" };

        await adapter.ContinueConversationAsync(
            adapter.Reference,
            (turn, ct) => turn.SendActivityAsync(Activity.Message("Здравствуйте, это Анна из поддержки.") with { From = agent }, ct),
            CancellationToken.None);

        var entry = Assert.Single(await temp.Store.GetTranscriptAsync(TestAdapter.ChannelId, "conversation1", 0, 10, CancellationToken.None));
        Assert.Equal(TranscriptRole.Agent, entry.Role);
        Assert.Equal("agent-7", entry.Activity.From?.Id);
        Assert.Equal("user1", Assert.Single(adapter.Sent).Recipient?.Id);
    }

    [Fact]
    public async Task TranscriptLogger_WithoutAutoSave_AppendsStraightToTheStore()
    {
        using var temp = new TempStore();
        var adapter = new TestAdapter();
        adapter.Use(new TranscriptLoggerMiddleware(temp.Store));
        await adapter.SendTextToBotAsync("hi", new DelegateBot((turn, ct) => turn.SendTextAsync("hello", ct)), CancellationToken.None);

        var transcript = await temp.Store.GetTranscriptAsync(TestAdapter.ChannelId, "conversation1", 0, 10, CancellationToken.None);
        Assert.Equal(["hi", "hello"], transcript.Select(e => e.Activity.Text));
    }

    [Fact]
    public async Task TranscriptLogger_StateAndTranscript_CommittedTogetherAtTurnEnd()
    {
        using var temp = new TempStore();
        var adapter = temp.CreateAdapter();
        var counter = ConversationState.CreateProperty("counter", TestJsonContext.Default.CounterState);
        var seenMidTurn = -1;
        await adapter.SendTextToBotAsync("hi", new DelegateBot(async (turn, ct) =>
        {
            await counter.SetAsync(turn, new CounterState { Count = 1 }, ct);
            await turn.SendTextAsync("hello", ct);
            seenMidTurn = (await temp.Store.GetTranscriptAsync(TestAdapter.ChannelId, "conversation1", 0, 10, ct)).Count;
        }), CancellationToken.None);

        Assert.Equal(0, seenMidTurn);
        Assert.Equal(2, (await temp.Store.GetTranscriptAsync(TestAdapter.ChannelId, "conversation1", 0, 10, CancellationToken.None)).Count);
        Assert.Equal("{\"count\":1}", RawState.Read(temp.FilePath, "counter"));
    }

    [Fact]
    public async Task TranscriptLogger_ChannelLogsItsOwnActivities_RecordsOnlyTheTraces()
    {
        using var temp = new TempStore();
        var adapter = new TestAdapter();
        adapter.Use(new TranscriptLoggerMiddleware(temp.Store, channelLogsActivities: true));
        await adapter.SendTextToBotAsync("не работает почта", new DelegateBot(async (turn, ct) =>
        {
            await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Trace, Name = "guesses" }, ct);
            await turn.SendActivityAsync(Activity.Typing(), ct);
            await turn.SendTextAsync("Попробуйте перезапустить клиент.", ct);
        }), CancellationToken.None);

        var entry = Assert.Single(await temp.Store.GetTranscriptAsync(TestAdapter.ChannelId, "conversation1", 0, 10, CancellationToken.None));
        Assert.Equal((ActivityTypes.Trace, "guesses", TranscriptRole.Bot), (entry.Activity.Type, entry.Activity.Name, entry.Role));
        Assert.Equal(["Попробуйте перезапустить клиент."], adapter.Sent.Where(a => a.Type == ActivityTypes.Message).Select(a => a.Text));
    }
}
