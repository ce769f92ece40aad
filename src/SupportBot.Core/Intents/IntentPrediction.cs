using SupportBot.Core.Text;

namespace SupportBot.Core.Intents;

/// <summary>What the model thinks a message wants, how sure it is, and whether the message is out of scope.</summary>
public sealed record IntentPrediction
{
    /// <summary>The most probable intents, best first (the out-of-scope label included when the model has one).</summary>
    public required IReadOnlyList<IntentScore> Ranked { get; init; }

    /// <summary>The most probable in-scope intent, even when the message is judged out of scope.</summary>
    public required IntentScore Best { get; init; }

    /// <summary>True when the out-of-scope label wins or the best in-scope probability is below the model's threshold.</summary>
    public required bool IsOutOfScope { get; init; }

    /// <summary>The message's detected language.</summary>
    public required Language Language { get; init; }

    /// <summary>The predicted label: <see cref="Best"/>'s intent, or the out-of-scope label.</summary>
    public string Intent(string outOfScopeLabel = HelpdeskIntents.OutOfScope) => IsOutOfScope ? outOfScopeLabel : Best.Intent;

    /// <summary>Intent → probability for the ranked intents: the priors knowledge-base search ranks articles with.</summary>
    public Dictionary<string, double> Priors()
    {
        var priors = new Dictionary<string, double>(Ranked.Count, StringComparer.Ordinal);
        foreach (var score in Ranked)
        {
            priors[score.Intent] = score.Probability;
        }

        return priors;
    }
}
