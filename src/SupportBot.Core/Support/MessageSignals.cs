namespace SupportBot.Core.Support;

/// <summary>Rule-based readings of a message that the model should not have to learn (explicit asks, shouting, emptiness).</summary>
public sealed record MessageSignals
{
    /// <summary>No letters or digits at all: empty, whitespace, emoji or punctuation only.</summary>
    public bool IsEmpty { get; init; }

    /// <summary>Longer than the bot reads; only the start was understood.</summary>
    public bool WasCut { get; init; }

    /// <summary>The user asked for a person in so many words (<c>/operator</c>, "оператор", "живой человек", "human").</summary>
    public bool AsksForHuman { get; init; }

    /// <summary>Shouting (mostly capitals), a pile of "!!!" or swearing.</summary>
    public bool SoundsFrustrated { get; init; }

    /// <summary>A bare complaint with no subject ("не работает", "help", "ошибка").</summary>
    public bool IsVague { get; init; }

    /// <summary>A slash command such as <c>/start</c>, lower-cased without arguments, or null.</summary>
    public string? Command { get; init; }

    /// <summary>What follows the command, trimmed, or empty.</summary>
    public string CommandArgument { get; init; } = "";
}
