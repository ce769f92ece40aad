using Microsoft.Extensions.Time.Testing;
using SupportBot.Core.Conversations;
using SupportBot.Core.Conversations.Testing;

namespace SupportBot.Core.Tests.Conversations;

public sealed class ShowTypingMiddlewareTests
{
    [Fact]
    public async Task OnTurn_SlowBot_TypesAfterTheDelayAndRepeatsUntilItAnswers()
    {
        var time = new FakeTimeProvider();
        var adapter = new TestAdapter(timeProvider: time);
        adapter.Use(new ShowTypingMiddleware(time, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(3)));
        var thinking = new TaskCompletionSource();
        var turn = adapter.SendTextToBotAsync("долгий вопрос", new DelegateBot(async (context, ct) =>
        {
            await thinking.Task;
            await context.SendTextAsync("Готово", ct);
        }), CancellationToken.None);

        time.Advance(TimeSpan.FromMilliseconds(499));
        Assert.Empty(adapter.Sent);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await WaitForAsync(() => adapter.Sent.Count == 1);
        time.Advance(TimeSpan.FromSeconds(3));
        await WaitForAsync(() => adapter.Sent.Count == 2);

        thinking.SetResult();
        await turn;
        time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Typing, ActivityTypes.Message], adapter.Sent.Select(a => a.Type));
        Assert.Equal("Готово", adapter.Sent[^1].Text);
    }

    [Fact]
    public async Task OnTurn_FastBot_SendsNoTyping()
    {
        var time = new FakeTimeProvider();
        var adapter = new TestAdapter(timeProvider: time);
        adapter.Use(new ShowTypingMiddleware(time));
        await adapter.SendTextToBotAsync("hi", new DelegateBot((context, ct) => context.SendTextAsync("hello", ct)), CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal("hello", Assert.Single(adapter.Sent).Text);
    }

    [Fact]
    public async Task OnTurn_ZeroDelay_TypesAtTheStartOfTheTurn()
    {
        var adapter = new TestAdapter();
        adapter.Use(new ShowTypingMiddleware(TimeProvider.System, TimeSpan.Zero, TimeSpan.FromMinutes(1)));
        var typedFirst = false;
        await adapter.SendTextToBotAsync("hi", new DelegateBot(async (context, ct) =>
        {
            await WaitForAsync(() => adapter.Sent.Count == 1);
            typedFirst = adapter.Sent[0].Type == ActivityTypes.Typing;
            await context.SendTextAsync("hello", ct);
        }), CancellationToken.None);

        Assert.True(typedFirst);
    }

    [Fact]
    public async Task OnTurn_NotAMessage_SendsNoTyping()
    {
        var time = new FakeTimeProvider();
        var adapter = new TestAdapter(timeProvider: time);
        adapter.Use(new ShowTypingMiddleware(time, TimeSpan.Zero));
        await adapter.ProcessActivityAsync(adapter.MakeActivity("") with { Type = ActivityTypes.ConversationUpdate }, new DelegateBot((_, _) => Task.CompletedTask), CancellationToken.None);
        Assert.Empty(adapter.Sent);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the typing indicator");
            await Task.Delay(5);
        }
    }
}
