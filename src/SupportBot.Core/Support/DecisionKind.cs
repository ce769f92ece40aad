namespace SupportBot.Core.Support;

/// <summary>What the bot decided to do with a message.</summary>
public enum DecisionKind
{
    /// <summary>Nothing to read: ask the user to write the problem in words.</summary>
    AskToRephrase,

    /// <summary>Answer from one article.</summary>
    Answer,

    /// <summary>Two or three articles are close: ask which one was meant.</summary>
    Disambiguate,

    /// <summary>Too vague or unsure: ask one focused question.</summary>
    Clarify,

    /// <summary>Hand the conversation to a person as a ticket.</summary>
    Escalate,

    /// <summary>Anger or repeated failure: empathize, then offer a person.</summary>
    Empathize,

    /// <summary>Outside what the bot handles.</summary>
    OutOfScope,

    /// <summary>The user asks about a ticket's status.</summary>
    TicketStatus,

    /// <summary>Greeting, thanks, goodbye, "what can you do", a stray yes/no.</summary>
    SmallTalk,
}
