using SupportBot.Core.Conversations;

namespace SupportBot.Benchmarks;

/// <summary>A channel that delivers nowhere, so the figures are the engine's own cost.</summary>
internal sealed class EngineBenchAdapter : BotAdapter
{
    private long _sent;

    public long Sent => Interlocked.Read(ref _sent);

    public override Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            responses[i] = new ResourceResponse(Interlocked.Increment(ref _sent).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return Task.FromResult<IReadOnlyList<ResourceResponse>>(responses);
    }
}
