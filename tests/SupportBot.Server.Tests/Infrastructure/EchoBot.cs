using SupportBot.Core.Conversations;

namespace SupportBot.Server.Tests.Infrastructure;

/// <summary>A bot for protocol tests: types, then answers "echo: text" with two buttons; "boom" throws.</summary>
internal sealed class EchoBot : IBot
{
    private int _turns;

    public int Turns => Volatile.Read(ref _turns);

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _turns);
        if (turnContext.Activity.Text == "boom")
        {
            throw new InvalidOperationException("The test bot was asked to fail.");
        }

        await turnContext.SendActivityAsync(Activity.Typing(), cancellationToken);
        await turnContext.SendTextAsync("echo: " + turnContext.Activity.Text, cancellationToken, SuggestedActions.ImBack("yes", "no"));
    }
}
