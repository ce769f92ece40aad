namespace SupportBot.Core.Conversations;

/// <summary>A state value as stored: its JSON and the version that guards the next write.</summary>
public sealed class StoredState
{
    /// <summary>The value's JSON as UTF-8, as it is serialized, stored and read back (no trip through a .NET string).</summary>
    public required byte[] Utf8Json { get; init; }

    /// <summary>Incremented by every write; a write names the version it read (optimistic concurrency).</summary>
    public required long Version { get; init; }

    /// <summary>
    /// What <see cref="Utf8Json"/> reads as, for a property whose values are immutable: the store's cache hands it to the
    /// next turn, which then skips deserializing. Null when nobody has read it yet.
    /// </summary>
    internal object? Value { get; set; }
}
