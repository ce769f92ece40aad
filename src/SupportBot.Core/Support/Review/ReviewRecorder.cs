using SupportBot.Core.Conversations;

namespace SupportBot.Core.Support.Review;

/// <summary>Decides which turns go to the review inbox: the ones where the bot did not understand the user.</summary>
internal sealed class ReviewRecorder
{
    private readonly IReviewInbox? _inbox;
    private readonly TimeProvider _timeProvider;

    public ReviewRecorder(IReviewInbox? inbox, TimeProvider timeProvider)
    {
        _inbox = inbox;
        _timeProvider = timeProvider;
    }

    public Task RecordAsync(ITurnContext turnContext, Understanding understanding, TurnDecision decision, CancellationToken cancellationToken)
    {
        if (_inbox is null || !NotUnderstood(decision))
        {
            return Task.CompletedTask;
        }

        var best = understanding.Prediction.Best;
        return _inbox.RecordAsync(
            new ReviewItem
            {
                At = _timeProvider.GetUtcNow(),
                ChannelId = turnContext.Activity.ChannelId ?? "",
                Language = understanding.Language,
                Text = understanding.Text,
                GuessedIntent = best.Intent,
                Probability = Math.Round(best.Probability, 4),
                Rule = decision.Rule,
            },
            cancellationToken);
    }

    private static bool NotUnderstood(TurnDecision decision) =>
        decision.Kind is DecisionKind.OutOfScope or DecisionKind.Clarify
        || decision.Rule == "low_confidence_after_clarification";
}
