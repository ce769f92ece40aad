using SupportBot.Core.Conversations;
using SupportBot.Core.Conversations.Testing;

namespace SupportBot.Core.Tests.Conversations;

public sealed class StateReuseTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task NextTurn_ImmutableProperty_GetsTheSavedValueItselfOtherwiseACopy(bool immutable)
    {
        using var temp = new TempStore();
        var adapter = temp.CreateAdapter();
        var counter = ConversationState.CreateProperty("counter", TestJsonContext.Default.CounterState, immutableValues: immutable);
        CounterState? saved = null;
        CounterState? readNext = null;
        await adapter.SendTextToBotAsync("one", new DelegateBot(async (turn, ct) =>
        {
            saved = new CounterState { Count = 1 };
            await counter.SetAsync(turn, saved, ct);
        }), CancellationToken.None);
        await adapter.SendTextToBotAsync("two", new DelegateBot(async (turn, ct) =>
            readNext = await counter.GetAsync(turn, () => new CounterState(), ct)), CancellationToken.None);

        Assert.Equal(saved, readNext);
        Assert.Equal(immutable, ReferenceEquals(saved, readNext));
    }

    [Fact]
    public async Task NextTurn_ImmutablePropertyReadFromTheFile_IsReadOnceThenShared()
    {
        using var temp = new TempStore();
        var counter = ConversationState.CreateProperty("counter", TestJsonContext.Default.CounterState, immutableValues: true);
        await temp.CreateAdapter().SendTextToBotAsync("one", new DelegateBot((turn, ct) =>
            counter.SetAsync(turn, new CounterState { Count = 7 }, ct)), CancellationToken.None);

        var restarted = temp.CreateAdapter(temp.Open());
        var reads = new List<CounterState>();
        for (var i = 0; i < 2; i++)
        {
            await restarted.SendTextToBotAsync("again", new DelegateBot(async (turn, ct) =>
                reads.Add(await counter.GetAsync(turn, () => new CounterState(), ct))), CancellationToken.None);
        }

        Assert.All(reads, r => Assert.Equal(7, r.Count));
        Assert.Same(reads[0], reads[1]);
    }

    [Fact]
    public async Task FailedTurn_ImmutableProperty_NextTurnSeesTheLastSavedValue()
    {
        using var temp = new TempStore();
        var adapter = temp.CreateAdapter();
        var counter = ConversationState.CreateProperty("counter", TestJsonContext.Default.CounterState, immutableValues: true);
        await adapter.SendTextToBotAsync("one", new DelegateBot((turn, ct) =>
            counter.SetAsync(turn, new CounterState { Count = 1 }, ct)), CancellationToken.None);
        await Assert.ThrowsAsync<InvalidOperationException>(() => adapter.SendTextToBotAsync("boom", new DelegateBot(async (turn, ct) =>
        {
            await counter.SetAsync(turn, new CounterState { Count = 2 }, ct);
            throw new InvalidOperationException("the turn fails after changing state");
        }), CancellationToken.None));

        var seen = 0;
        await adapter.SendTextToBotAsync("three", new DelegateBot(async (turn, ct) =>
            seen = (await counter.GetAsync(turn, () => new CounterState(), ct)).Count), CancellationToken.None);
        Assert.Equal(1, seen);
    }
}
