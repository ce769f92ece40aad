namespace SupportBot.Core.Conversations;

/// <summary>One state change of a turn: a new JSON value (or a delete) guarded by the version the turn read.</summary>
public sealed record StateWrite
{
    /// <summary>The value's key.</summary>
    public required StateKey Key { get; init; }

    /// <summary>The new JSON as UTF-8, or null to delete the value.</summary>
    public required byte[]? Utf8Json { get; init; }

    /// <summary>The version read at the start of the turn; 0 when the value did not exist.</summary>
    public required long ExpectedVersion { get; init; }

    /// <summary>The value <see cref="Utf8Json"/> was written from, when it is immutable and so may be handed out again.</summary>
    internal object? Value { get; init; }
}
