namespace SupportBot.Core.Conversations;

/// <summary>Runs around every turn (transcripts, typing, state loading); calls <c>next</c> to go on.</summary>
public interface IMiddleware
{
    /// <summary>Handles the turn, calling <paramref name="next"/> to run the rest of the pipeline and the bot.</summary>
    Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken);
}
