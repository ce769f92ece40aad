using System.Buffers;
using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using SupportBot.Core.Conversations;

namespace SupportBot.Server.Channels.WebChat;

/// <summary>
/// The Direct Line conversations: live ones in memory, the rest loaded from the store on first use; appends go to the
/// log and the store together. Conversations idle past <see cref="DirectLineOptions.IdleEviction"/> leave memory.
/// </summary>
internal sealed class DirectLineConversations(DirectLineStore store, TimeProvider timeProvider)
{
    private const int MaxIdLength = 64;

    private static readonly SearchValues<char> IdCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    private readonly ConcurrentDictionary<string, ConversationLog> _live = new(StringComparer.Ordinal);

    /// <summary>How many conversations are in memory.</summary>
    public int LiveCount => _live.Count;

    /// <summary>True for strings shaped like our conversation ids (URL-safe, bounded), so odd input never reaches the store.</summary>
    public static bool IsWellFormedId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= MaxIdLength && !id.AsSpan().ContainsAnyExcept(IdCharacters);

    /// <summary>Creates a conversation with an unguessable id and waits until it is stored.</summary>
    public async Task<ConversationLog> CreateAsync(CancellationToken cancellationToken)
    {
        var id = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
        var log = new ConversationLog(id, 0, [], Now());
        _live[id] = log;
        await store.AddConversationAsync(id, timeProvider.GetUtcNow()).WaitAsync(cancellationToken).ConfigureAwait(false);
        return log;
    }

    /// <summary>The conversation, from memory or the store; null when it does not exist.</summary>
    public async ValueTask<ConversationLog?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (!IsWellFormedId(conversationId))
        {
            return null;
        }

        if (_live.TryGetValue(conversationId, out var live) && !live.IsEvicted)
        {
            live.Touch(Now());
            return live;
        }

        if (await store.LoadAsync(conversationId, ConversationLog.RecentKept, cancellationToken).ConfigureAwait(false) is not var (count, recent))
        {
            return null;
        }

        var loaded = new ConversationLog(conversationId, count, recent, Now());
        return _live.AddOrUpdate(conversationId, loaded, (_, current) => current.IsEvicted ? loaded : current);
    }

    /// <summary>
    /// Stored activities of <paramref name="log"/> after <paramref name="watermark"/> (at most <paramref name="max"/>)
    /// and the new watermark: from memory near the end of the conversation, from the store further back.
    /// </summary>
    public async ValueTask<ActivitySet> ReadAsync(ConversationLog log, int watermark, int max, CancellationToken cancellationToken)
    {
        if (log.TryRead(watermark, max, out var set, out var after, out var through))
        {
            return set;
        }

        var activities = await store.LoadRangeAsync(log.Id, after, through, cancellationToken).ConfigureAwait(false);
        return new ActivitySet(activities, (after + activities.Count).ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Completes once <paramref name="log"/> has everything up to <paramref name="sequence"/> in the store, writing
    /// the queue itself when nobody else is. When they are stored already (a turn's commit carried them), what others
    /// queued is left to their own commits or waits: written here it would take a transaction of its own.
    /// </summary>
    public Task WaitStoredAsync(ConversationLog log, int sequence, CancellationToken cancellationToken)
    {
        if (log.IsStored(sequence))
        {
            return Task.CompletedTask;
        }

        store.Flush();
        return log.WaitStoredAsync(sequence, cancellationToken);
    }

    /// <summary>
    /// Appends an activity and returns at once with its log and sequence number; readers see it once it is stored, so
    /// a turn can queue its replies and wait once (<see cref="WaitStoredAsync"/>) for the last of them.
    /// </summary>
    public async Task<(ConversationLog Log, Activity Stamped, int Sequence)> AppendWithoutWaitingAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        while (true)
        {
            var log = await FindAsync(conversationId, cancellationToken).ConfigureAwait(false)
                ?? throw new UnknownConversationException(conversationId);
            if (log.TryAppend(activity, timeProvider.GetUtcNow(), store.AddActivity, out var stamped, out var sequence))
            {
                return (log, stamped, sequence);
            }

            // Evicted between lookup and append: it is fully stored, so the next lookup loads it again.
            _live.TryRemove(new KeyValuePair<string, ConversationLog>(conversationId, log));
        }
    }

    /// <summary>Drops conversations that nobody has used for <paramref name="idle"/> from memory.</summary>
    public int EvictIdle(TimeSpan idle)
    {
        var idleSince = Now() - (long)(idle.TotalSeconds * timeProvider.TimestampFrequency);
        var evicted = 0;
        foreach (var (id, log) in _live)
        {
            if (log.TryEvict(idleSince) && _live.TryRemove(new KeyValuePair<string, ConversationLog>(id, log)))
            {
                evicted++;
            }
        }

        return evicted;
    }

    private long Now() => timeProvider.GetTimestamp();
}
