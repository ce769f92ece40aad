using SupportBot.Core.Conversations;

namespace SupportBot.Core.Tests.Conversations;

/// <summary>A bot made of one function.</summary>
internal sealed class DelegateBot(Func<ITurnContext, CancellationToken, Task> onTurn) : IBot
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) => onTurn(turnContext, cancellationToken);
}
