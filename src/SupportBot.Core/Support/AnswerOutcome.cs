namespace SupportBot.Core.Support;

/// <summary>How an answer or a question with buttons ended.</summary>
public enum AnswerOutcome
{
    /// <summary>The user says it helped.</summary>
    Helped,

    /// <summary>The user says it did not help.</summary>
    NotHelped,

    /// <summary>The user asked for a person.</summary>
    WantsPerson,

    /// <summary>The user wrote something else instead of answering: read it as a new message.</summary>
    NewMessage,
}
