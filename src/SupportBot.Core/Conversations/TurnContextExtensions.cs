namespace SupportBot.Core.Conversations;

/// <summary>Shorthands for sending from a turn.</summary>
public static class TurnContextExtensions
{
    /// <summary>Sends one activity and returns its id.</summary>
    public static async Task<ResourceResponse> SendActivityAsync(this ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var responses = await turnContext.SendActivitiesAsync([activity], cancellationToken).ConfigureAwait(false);
        return responses[0];
    }

    /// <summary>Sends a text message, with buttons when given.</summary>
    public static Task<ResourceResponse> SendTextAsync(this ITurnContext turnContext, string text, CancellationToken cancellationToken, SuggestedActions? suggestedActions = null) =>
        turnContext.SendActivityAsync(Activity.Message(text, suggestedActions), cancellationToken);
}
