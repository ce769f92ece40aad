using SupportBot.Core.Conversations;

namespace SupportBot.Core.Support;

/// <summary>Where the support bot keeps its state, and a shorthand for changing it.</summary>
internal static class SupportStateProperties
{
    public static StateProperty<SupportState> Conversation { get; } =
        ConversationState.CreateProperty("support", SupportJsonContext.Default.SupportState, immutableValues: true);

    public static StateProperty<UserProfile> User { get; } =
        UserState.CreateProperty("profile", SupportJsonContext.Default.UserProfile, immutableValues: true);

    public static Task<SupportState> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        Conversation.GetAsync(turnContext, () => new SupportState(), cancellationToken);

    /// <summary>Reads, changes and writes back the conversation's state; dialogs and the bot share it this way.</summary>
    public static async Task<SupportState> UpdateAsync(ITurnContext turnContext, Func<SupportState, SupportState> change, CancellationToken cancellationToken)
    {
        var state = change(await GetAsync(turnContext, cancellationToken).ConfigureAwait(false));
        Conversation.SetLoaded(turnContext, state);   // read just above: no second slot look-up
        return state;
    }
}
