using SupportBot.Core.Intents;

namespace SupportBot.Core.Support;

/// <summary>The support bot's memory of one conversation: its language, the case in hand, and the open ticket.</summary>
public sealed record SupportState
{
    /// <summary>"ru" or "en"; empty until the first message.</summary>
    public string Language { get; init; } = "";

    /// <summary>Clarifying questions asked about the current problem.</summary>
    public int Clarifications { get; init; }

    /// <summary>"Didn't help" answers in a row.</summary>
    public int FailedAnswers { get; init; }

    /// <summary>The vague message the last clarifying question was about.</summary>
    public string? PendingClarification { get; init; }

    /// <summary>The problem in the user's own words: the first message of the case that named one.</summary>
    public string? Problem { get; init; }

    /// <summary>The intents the model saw in the problem, best first.</summary>
    public IReadOnlyList<IntentScore> Guesses { get; init; } = [];

    /// <summary>Articles offered in this case.</summary>
    public IReadOnlyList<ArticleScore> OfferedArticles { get; init; } = [];

    /// <summary>Other relevant articles to try when the current one does not help, best first.</summary>
    public IReadOnlyList<string> Alternatives { get; init; } = [];

    /// <summary>Guided steps the user went through without success.</summary>
    public IReadOnlyList<string> TriedSteps { get; init; } = [];

    /// <summary>The number of the ticket that holds this conversation, while it is open.</summary>
    public string? OpenTicket { get; init; }

    /// <summary>The transcript position up to which an earlier ticket of this conversation already holds the messages.</summary>
    public long FiledTranscriptUpTo { get; init; }

    /// <summary>The resolved ticket whose rating (1–5) the bot asked for, until the user answers.</summary>
    public string? AwaitingRatingFor { get; init; }

    /// <summary>The same conversation with the case forgotten (language, ticket and transcript position kept).</summary>
    public SupportState WithNewCase() => new() { Language = Language, OpenTicket = OpenTicket, FiledTranscriptUpTo = FiledTranscriptUpTo };
}
