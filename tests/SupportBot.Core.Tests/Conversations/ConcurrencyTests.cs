using SupportBot.Core.Conversations;
using SupportBot.Core.Conversations.Testing;

namespace SupportBot.Core.Tests.Conversations;

public sealed class ConcurrencyTests
{
    private static readonly StateProperty<CounterState> Counter = ConversationState.CreateProperty("counter", TestJsonContext.Default.CounterState);

    [Fact]
    public async Task ProcessActivity_ManyConcurrentTurnsInOneConversation_LoseNoUpdate()
    {
        using var temp = new TempStore();
        var adapter = temp.CreateAdapter();
        var bot = new DelegateBot(async (turn, ct) =>
        {
            var state = await Counter.GetAsync(turn, () => new CounterState(), ct);
            await Task.Yield();
            await Counter.SetAsync(turn, state with { Count = state.Count + 1 }, ct);
        });

        await Task.WhenAll(Enumerable.Range(0, 60).Select(i => Task.Run(() => adapter.SendTextToBotAsync($"t{i}", bot, CancellationToken.None))));

        var stored = await temp.Store.ReadStateAsync(
            new StateKey { Scope = StateScope.Conversation, ChannelId = TestAdapter.ChannelId, OwnerId = "conversation1", Name = "counter" },
            CancellationToken.None);
        Assert.Equal("{\"count\":60}", stored.Text());
        Assert.Equal(60, stored?.Version);
        Assert.Equal(60, (await temp.Store.GetTranscriptAsync(TestAdapter.ChannelId, "conversation1", 0, 1000, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task ProcessActivity_ManyConversationsAtOnce_EverySaveLands()
    {
        using var temp = new TempStore();
        var adapters = Enumerable.Range(0, 40).Select(i => temp.CreateAdapter(conversationId: $"c{i}")).ToArray();
        var bot = new DelegateBot(async (turn, ct) =>
        {
            var state = await Counter.GetAsync(turn, () => new CounterState(), ct);
            await Counter.SetAsync(turn, state with { Count = state.Count + 1 }, ct);
            await turn.SendTextAsync($"{state.Count + 1}", ct);
        });

        await Task.WhenAll(adapters.Select(adapter => Task.Run(async () =>
        {
            for (var i = 0; i < 15; i++)
            {
                await adapter.SendTextToBotAsync($"t{i}", bot, CancellationToken.None);
            }
        })));

        var reopened = temp.Open();
        for (var i = 0; i < adapters.Length; i++)
        {
            var stored = await reopened.ReadStateAsync(
                new StateKey { Scope = StateScope.Conversation, ChannelId = TestAdapter.ChannelId, OwnerId = $"c{i}", Name = "counter" },
                CancellationToken.None);
            Assert.Equal("{\"count\":15}", stored.Text());
            Assert.Equal(30, (await reopened.GetTranscriptAsync(TestAdapter.ChannelId, $"c{i}", 0, 1000, CancellationToken.None)).Count);
        }
    }

    [Fact]
    public async Task ProcessActivity_TwoConversations_RunInParallel()
    {
        using var temp = new TempStore();
        var first = temp.CreateAdapter(conversationId: "first");
        var second = temp.CreateAdapter(conversationId: "second");
        var bothInside = new Barrier(2);
        var bot = new DelegateBot((turn, ct) =>
        {
            // Only two turns inside the bot at once get past the barrier; serialized conversations would time out.
            Assert.True(bothInside.SignalAndWait(TimeSpan.FromSeconds(10)), "the other conversation's turn never ran alongside");
            return Task.CompletedTask;
        });

        await Task.WhenAll(
            Task.Run(() => first.SendTextToBotAsync("a", bot, CancellationToken.None)),
            Task.Run(() => second.SendTextToBotAsync("b", bot, CancellationToken.None)));
    }

    [Fact]
    public async Task ProcessActivity_UserStateChangedByAnotherProcess_ConflictsAndKeepsTranscript()
    {
        using var temp = new TempStore();
        var profile = UserState.CreateProperty("profile", TestJsonContext.Default.ProfileState);
        var adapter = temp.CreateAdapter();
        var otherProcess = temp.Open();
        var bot = new DelegateBot(async (turn, ct) =>
        {
            var state = await profile.GetAsync(turn, () => new ProfileState(), ct);
            await profile.SetAsync(turn, state with { Visits = state.Visits + 1 }, ct);

            // Meanwhile another server instance saves the same user's profile.
            await otherProcess.CommitTurnAsync(
                [new StateWrite { Key = new StateKey { Scope = StateScope.User, ChannelId = "test", OwnerId = "user1", Name = "profile" }, Utf8Json = StateJson.Utf8("{\"visits\":100}"), ExpectedVersion = 0 }],
                [],
                ct);
        });

        await Assert.ThrowsAsync<StateConflictException>(() => adapter.SendTextToBotAsync("hello", bot, CancellationToken.None));

        var transcript = await temp.Store.GetTranscriptAsync("test", "conversation1", 0, 10, CancellationToken.None);
        Assert.Equal("hello", Assert.Single(transcript).Activity.Text);
    }
}
