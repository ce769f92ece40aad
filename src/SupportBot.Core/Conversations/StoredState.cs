namespace SupportBot.Core.Conversations;

/// <summary>A state value as stored: its JSON and the version that guards the next write.</summary>
public sealed record StoredState
{
    /// <summary>The value's JSON.</summary>
    public required string Json { get; init; }

    /// <summary>Incremented by every write; a write names the version it read (optimistic concurrency).</summary>
    public required long Version { get; init; }
}
