namespace SupportBot.Core.Conversations;

/// <summary>A bot: handles one incoming activity (a turn) and replies through the turn context.</summary>
public interface IBot
{
    /// <summary>Handles the turn's activity.</summary>
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
