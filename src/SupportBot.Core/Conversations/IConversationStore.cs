namespace SupportBot.Core.Conversations;

/// <summary>
/// Conversation and user state plus transcripts, behind one narrow interface so that a turn's state changes and its
/// transcript entries are saved in one transaction (SQLite now, PostgreSQL later).
/// </summary>
public interface IConversationStore : ITranscriptStore
{
    /// <summary>The stored value, or null when there is none.</summary>
    Task<StoredState?> ReadStateAsync(StateKey key, CancellationToken cancellationToken);

    /// <summary>
    /// Applies the state writes and appends the transcript entries in one transaction. Throws
    /// <see cref="StateConflictException"/> (and saves nothing) when a value changed since the turn read it.
    /// </summary>
    Task CommitTurnAsync(IReadOnlyList<StateWrite> writes, IReadOnlyList<TranscriptEntry> transcript, CancellationToken cancellationToken);
}
