using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;

namespace SupportBot.Core.Conversations;

/// <summary>
/// What one turn loads and changes: its state values and its transcript entries, committed together at the end of the
/// turn. Lives in <see cref="ITurnContext.TurnState"/>, put there by <see cref="AutoSaveStateMiddleware"/>.
/// </summary>
internal sealed class TurnUnitOfWork
{
    private readonly IConversationStore _store;
    private readonly ILogger _logger;
    private readonly Dictionary<StateKey, StateSlot> _slots = [];
    private readonly List<TranscriptEntry> _transcript = [];
    private readonly Lock _transcriptLock = new();
    private bool _committed;

    public TurnUnitOfWork(IConversationStore store, ILogger logger)
    {
        _store = store;
        _logger = logger;
    }

    public IConversationStore Store => _store;

    public async Task<StateSlot<T>> GetSlotAsync<T>(StateKey key, JsonTypeInfo<T> typeInfo, bool immutable, CancellationToken cancellationToken)
    {
        if (_slots.TryGetValue(key, out var existing))
        {
            return existing as StateSlot<T>
                ?? throw new InvalidOperationException($"State '{key.Name}' is read as two different types in one turn.");
        }

        var stored = await _store.ReadStateAsync(key, cancellationToken).ConfigureAwait(false);
        var slot = StateSlot<T>.Load(key, stored, typeInfo, immutable);
        if (slot.WasMalformed)
        {
            ConversationLog.MalformedState(_logger, key.Name, key.Scope, key.ChannelId);
        }

        _slots.Add(key, slot);
        return slot;
    }

    public StateSlot<T> GetLoadedSlot<T>(StateKey key) =>
        _slots.TryGetValue(key, out var slot) && slot is StateSlot<T> typed
            ? typed
            : throw new InvalidOperationException($"State '{key.Name}' was not read in this turn.");

    /// <summary>Adds entries to the turn's transcript; false once the turn is committed (record them directly then).</summary>
    public bool TryRecord(IReadOnlyList<TranscriptEntry> entries)
    {
        lock (_transcriptLock)
        {
            if (_committed)
            {
                return false;
            }

            _transcript.AddRange(entries);
            return true;
        }
    }

    /// <summary>
    /// Saves the transcript, with the state changes when <paramref name="saveState"/> (a failed turn keeps only its
    /// transcript). When the state lost a race, the transcript is still saved and the conflict rethrown.
    /// </summary>
    public async Task CommitAsync(bool saveState, CancellationToken cancellationToken)
    {
        TranscriptEntry[] transcript;
        lock (_transcriptLock)
        {
            _committed = true;
            transcript = [.. _transcript];
        }

        var writes = saveState ? CollectWrites() : [];
        try
        {
            await _store.CommitTurnAsync(writes, transcript, cancellationToken).ConfigureAwait(false);
        }
        catch (StateConflictException)
        {
            await _store.AppendAsync(transcript, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    private List<StateWrite> CollectWrites()
    {
        var writes = new List<StateWrite>(_slots.Count);
        foreach (var slot in _slots.Values)
        {
            if (slot.GetWrite() is { } write)
            {
                writes.Add(write);
            }
        }

        return writes;
    }
}
