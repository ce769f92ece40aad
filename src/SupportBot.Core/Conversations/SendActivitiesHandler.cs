namespace SupportBot.Core.Conversations;

/// <summary>
/// Intercepts outgoing activities (transcript recording, typing): call <paramref name="next"/> to send them on.
/// </summary>
public delegate Task<IReadOnlyList<ResourceResponse>> SendActivitiesHandler(
    ITurnContext turnContext,
    IReadOnlyList<Activity> activities,
    Func<Task<IReadOnlyList<ResourceResponse>>> next,
    CancellationToken cancellationToken);
