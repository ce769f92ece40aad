using SupportBot.Core.Intents;

namespace SupportBot.Core.Support;

/// <summary>Why the bot did what it did in one turn, for staff: the top intents, the top articles and the rule that fired.</summary>
public sealed record TurnTrace
{
    /// <summary>The decision's kind.</summary>
    public required DecisionKind Decision { get; init; }

    /// <summary>The rule that fired.</summary>
    public required string Rule { get; init; }

    /// <summary>The reply language.</summary>
    public required string Language { get; init; }

    /// <summary>The top intents with probabilities, best first.</summary>
    public required IReadOnlyList<IntentScore> TopIntents { get; init; }

    /// <summary>The top articles with their scores, best first.</summary>
    public required IReadOnlyList<ArticleScore> TopArticles { get; init; }

    /// <summary>The trace of a decision.</summary>
    public static TurnTrace Of(Understanding understanding, TurnDecision decision)
    {
        ArgumentNullException.ThrowIfNull(understanding);
        ArgumentNullException.ThrowIfNull(decision);
        return new TurnTrace
        {
            Decision = decision.Kind,
            Rule = decision.Rule,
            Language = understanding.Language,
            TopIntents = understanding.Prediction.Ranked.Take(3).ToArray(),
            TopArticles = understanding.Search.Hits.Take(3)
                .Select(ArticleScore.Of)
                .ToArray(),
        };
    }
}
