using System.Collections.Concurrent;
using SupportBot.Core.Storage;

namespace SupportBot.Core.Conversations;

/// <summary>
/// Conversation state, user state and transcripts (<see cref="TranscriptTable"/>) in the bot's SQLite file. Keeps a
/// few open connections with their commands prepared for reads, and one writer that saves the turns finishing together
/// in one transaction, so turns queue in-process instead of spinning on SQLite's busy handler.
/// </summary>
public sealed class SqliteConversationStore : IConversationStore, IDisposable
{
    private const int MaxPooledSessions = 16;

    // This many state values stay in memory between turns: a conversation has two or three, each a few KB of JSON with
    // the objects read from it, so about 40 MB at most.
    private const int CachedStates = 8192;

    // State values are a few KB of JSON rewritten every turn. In a rowid table such a row fits in its leaf page, so an
    // update rewrites one page; WITHOUT ROWID keeps only about 1 KB in the leaf and rewrites overflow pages and the
    // free list on every update, several times the bytes through the log. A file made before keeps its layout: both
    // answer the same queries.
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS bot_state (
            scope       INTEGER NOT NULL,
            channel_id  TEXT    NOT NULL,
            owner_id    TEXT    NOT NULL,
            name        TEXT    NOT NULL,
            json        TEXT    NOT NULL,
            version     INTEGER NOT NULL,
            updated_at  INTEGER NOT NULL,
            PRIMARY KEY (scope, channel_id, owner_id, name)
        );
        """;

    private readonly SqliteDatabase _database;
    private readonly ConcurrentBag<StoreSession> _sessions = [];
    private readonly StateCache _cache = new(CachedStates);
    private readonly GroupCommitter _committer;
    private volatile bool _disposed;

    /// <summary>A store in <paramref name="database"/>; creates its tables when missing.</summary>
    public SqliteConversationStore(SqliteDatabase database, TimeProvider? timeProvider = null)
    {
        _database = database ?? throw new ArgumentNullException(nameof(database));
        database.EnsureSchema("conversations", Schema);
        TranscriptTable.Ensure(database);
        _committer = new GroupCommitter(database, timeProvider ?? TimeProvider.System, _cache);
    }

    /// <inheritdoc />
    public async Task<StoredState?> ReadStateAsync(StateKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_cache.TryGet(key, out var cached))
        {
            return cached;
        }

        var session = await RentAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var stored = session.ReadState(key);
            if (stored is not null)
            {
                _cache.AddRead(key, stored);
            }

            return stored;
        }
        finally
        {
            Return(session);
        }
    }

    /// <inheritdoc />
    public async Task CommitTurnAsync(IReadOnlyList<StateWrite> writes, IReadOnlyList<TranscriptEntry> transcript, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        ArgumentNullException.ThrowIfNull(transcript);
        if (writes.Count == 0 && transcript.Count == 0)
        {
            return;
        }

        cancellationToken.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _committer.CommitAsync(writes, transcript).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task AppendAsync(IReadOnlyList<TranscriptEntry> entries, CancellationToken cancellationToken) =>
        CommitTurnAsync([], entries, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<TranscriptEntry>> GetTranscriptAsync(string channelId, string conversationId, long afterSequence, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(channelId);
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var session = await RentAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return session.ReadTranscript(channelId, conversationId, afterSequence, limit);
        }
        finally
        {
            Return(session);
        }
    }

    /// <summary>Closes the pooled connections.</summary>
    public void Dispose()
    {
        _disposed = true;
        while (_sessions.TryTake(out var session))
        {
            session.Dispose();
        }
    }

    private async ValueTask<StoreSession> RentAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_sessions.TryTake(out var session))
        {
            return session;
        }

        var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return new StoreSession(connection);
    }

    private void Return(StoreSession session)
    {
        if (_disposed || _sessions.Count >= MaxPooledSessions)
        {
            session.Dispose();
            return;
        }

        _sessions.Add(session);
    }
}
