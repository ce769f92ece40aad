using System.Collections.Concurrent;
using SupportBot.Core.Conversations;

namespace SupportBot.Server.Tests.Telegram;

/// <summary>
/// A small bot for channel tests: records every activity it gets and answers through <see cref="Reply"/> (by default
/// "Вы написали: …" with two buttons when the text is "кнопки").
/// </summary>
internal sealed class RecordingBot : IBot
{
    private readonly ConcurrentQueue<Activity> _received = new();

    public IReadOnlyList<Activity> Received => [.. _received];

    public Func<ITurnContext, CancellationToken, Task>? Reply { get; set; } = DefaultReplyAsync;

    /// <summary>Completes when <paramref name="count"/> activities have arrived (or fails after the timeout).</summary>
    public async Task WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (_received.Count < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Expected {count} activities, got {_received.Count}.");
            }

            await Task.Delay(10);
        }
    }

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        _received.Enqueue(turnContext.Activity);
        if (Reply is not null)
        {
            await Reply(turnContext, cancellationToken);
        }
    }

    public static Task DefaultReplyAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text ?? "";
        return text == "кнопки"
            ? turnContext.SendTextAsync("Выберите вариант:", cancellationToken, SuggestedActions.ImBack("Сбросить пароль", "Позвать оператора"))
            : turnContext.SendTextAsync("Вы написали: " + text, cancellationToken);
    }
}
