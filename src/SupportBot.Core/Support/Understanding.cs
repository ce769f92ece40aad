using SupportBot.Core.Intents;
using SupportBot.Core.Knowledge;

namespace SupportBot.Core.Support;

/// <summary>What the bot made of one user message: language, intents, knowledge-base hits and conversational signals.</summary>
public sealed record Understanding
{
    /// <summary>The text that was understood (cut to the configured length).</summary>
    public required string Text { get; init; }

    /// <summary>"ru" or "en": the language to reply in.</summary>
    public required string Language { get; init; }

    /// <summary>The intent model's verdict.</summary>
    public required IntentPrediction Prediction { get; init; }

    /// <summary>Knowledge-base hits, searched with the model's intents as priors.</summary>
    public required SearchResult Search { get; init; }

    /// <summary>Signals read from the words and shape of the message.</summary>
    public required MessageSignals Signals { get; init; }

    /// <summary>The model's probability for <paramref name="intent"/> (0 when it is not among the ranked ones).</summary>
    public float ProbabilityOf(string intent) =>
        Prediction.Ranked.FirstOrDefault(r => r.Intent == intent).Probability;
}
