namespace SupportBot.Core.Support;

/// <summary>The support bot's settings (section <c>SupportBot:Bot</c>): confidence thresholds and limits.</summary>
public sealed record SupportBotOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "SupportBot:Bot";

    /// <summary>Messages are understood up to this many characters; the rest is kept in the transcript only.</summary>
    public int MaxMessageLength { get; init; } = 2000;

    /// <summary>A conversational intent (greeting, thanks…) is acted on from this probability.</summary>
    public double MinConversationIntentProbability { get; init; } = 0.5;

    /// <summary>An explicit ask (a person, a ticket, ticket status) is acted on from this probability.</summary>
    public double MinRequestIntentProbability { get; init; } = 0.45;

    /// <summary>The model alone may pick an article for a support topic from this probability.</summary>
    public double MinTopicProbability { get; init; } = 0.5;

    /// <summary>An article "agrees" with the model when one of its intents has at least this probability.</summary>
    public double MinAgreeingIntentProbability { get; init; } = 0.1;

    /// <summary>
    /// A query of at least this many terms, all found in one article, counts as a match even when the model thinks the
    /// message is out of scope (new articles the model was not trained on).
    /// </summary>
    public int MinTermsForStrongMatch { get; init; } = 3;

    /// <summary>
    /// Two relevant articles are "close" and the bot asks which one was meant when the runner-up scores at least this
    /// share of the best one's score.
    /// </summary>
    public double DisambiguationScoreRatio { get; init; } = 0.97;

    /// <summary>At most this many candidates in a "Did you mean…?" question.</summary>
    public int MaxDisambiguationChoices { get; init; } = 3;

    /// <summary>The bot asks one clarifying question this many times before it hands over to a person.</summary>
    public int MaxClarifications { get; init; } = 1;

    /// <summary>After this many "didn't help" in a row the bot hands over to a person.</summary>
    public int MaxFailedAnswers { get; init; } = 2;

    /// <summary>Checks the values; throws naming the first bad one (called once at start).</summary>
    public void Validate()
    {
        Require(MaxMessageLength is >= 100 and <= 100_000, nameof(MaxMessageLength));
        Require(MinConversationIntentProbability is > 0 and < 1, nameof(MinConversationIntentProbability));
        Require(MinRequestIntentProbability is > 0 and < 1, nameof(MinRequestIntentProbability));
        Require(MinTopicProbability is > 0 and < 1, nameof(MinTopicProbability));
        Require(MinAgreeingIntentProbability is >= 0 and < 1, nameof(MinAgreeingIntentProbability));
        Require(DisambiguationScoreRatio is > 0 and <= 1, nameof(DisambiguationScoreRatio));
        Require(MaxDisambiguationChoices is >= 2 and <= 5, nameof(MaxDisambiguationChoices));
        Require(MinTermsForStrongMatch >= 1, nameof(MinTermsForStrongMatch));
        Require(MaxClarifications >= 0, nameof(MaxClarifications));
        Require(MaxFailedAnswers >= 1, nameof(MaxFailedAnswers));
    }

    private static void Require(bool condition, string name)
    {
        if (!condition)
        {
            throw new ArgumentOutOfRangeException(name, $"SupportBot:Bot:{name} is out of range.");
        }
    }
}
