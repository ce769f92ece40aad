using SupportBot.Core.Conversations;
using SupportBot.Core.Conversations.Testing;

namespace SupportBot.Core.Tests.Conversations;

public sealed class MiddlewareTests
{
    [Fact]
    public async Task ProcessActivity_SeveralMiddleware_RunInOrderAroundTheBot()
    {
        var log = new List<string>();
        var adapter = new TestAdapter();
        adapter.Use(new Recording("a", log)).Use(new Recording("b", log));

        await adapter.SendTextToBotAsync("hi", new DelegateBot((_, _) =>
        {
            log.Add("bot");
            return Task.CompletedTask;
        }), CancellationToken.None);

        Assert.Equal(["a>", "b>", "bot", "<b", "<a"], log);
    }

    [Fact]
    public async Task ProcessActivity_MiddlewareSkipsNext_BotDoesNotRun()
    {
        var ran = false;
        var adapter = new TestAdapter();
        adapter.Use(new ShortCircuit());
        await adapter.SendTextToBotAsync("hi", new DelegateBot((_, _) =>
        {
            ran = true;
            return Task.CompletedTask;
        }), CancellationToken.None);

        Assert.False(ran);
        Assert.Equal("blocked", Assert.Single(adapter.Sent).Text);
    }

    [Fact]
    public async Task ProcessActivity_BotThrows_ErrorHandlerApologizesAndNextTurnWorks()
    {
        using var temp = new TempStore();
        var adapter = temp.CreateAdapter();
        var errors = new List<Exception>();
        adapter.OnTurnError = async (turn, exception, ct) =>
        {
            errors.Add(exception);
            await turn.SendTextAsync("Извините, что-то пошло не так.", ct);
        };
        var counter = ConversationState.CreateProperty("counter", TestJsonContext.Default.CounterState);
        var bot = new DelegateBot(async (turn, ct) =>
        {
            var state = await counter.GetAsync(turn, () => new CounterState(), ct);
            await counter.SetAsync(turn, state with { Count = state.Count + 1 }, ct);
            if (turn.Activity.Text == "boom")
            {
                throw new InvalidOperationException("bot failure");
            }

            await turn.SendTextAsync($"count {state.Count + 1}", ct);
        });

        await new TestFlow(adapter, bot)
            .Send("one").AssertReply("count 1")
            .Send("boom").AssertReply("Извините, что-то пошло не так.")
            .Send("two").AssertReply("count 2")
            .StartTestAsync();

        Assert.Equal("bot failure", Assert.Single(errors).Message);
    }

    [Fact]
    public async Task ProcessActivity_BotThrowsWithoutHandler_ExceptionReachesTheChannel()
    {
        var adapter = new TestAdapter();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            adapter.SendTextToBotAsync("hi", new DelegateBot((_, _) => throw new InvalidOperationException("no handler")), CancellationToken.None));
        Assert.Equal("no handler", error.Message);
    }

    [Fact]
    public async Task StateProperty_WithoutAutoSaveMiddleware_ThrowsClearError()
    {
        var adapter = new TestAdapter();
        var counter = ConversationState.CreateProperty("counter", TestJsonContext.Default.CounterState);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => adapter.SendTextToBotAsync(
            "hi", new DelegateBot((turn, ct) => counter.GetAsync(turn, () => new CounterState(), ct)), CancellationToken.None));
        Assert.Contains(nameof(AutoSaveStateMiddleware), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessActivity_ActivityWithoutConversation_FailsClearly()
    {
        using var temp = new TempStore();
        var adapter = temp.CreateAdapter();
        var activity = adapter.MakeActivity("hi") with { Conversation = null };
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            adapter.ProcessActivityAsync(activity, new DelegateBot((_, _) => Task.CompletedTask), CancellationToken.None));
        Assert.Contains("no conversation id", error.Message, StringComparison.Ordinal);
    }

    private sealed class Recording(string name, List<string> log) : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
        {
            log.Add(name + ">");
            await next(cancellationToken);
            log.Add("<" + name);
        }
    }

    private sealed class ShortCircuit : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken) =>
            turnContext.SendTextAsync("blocked", cancellationToken);
    }
}
