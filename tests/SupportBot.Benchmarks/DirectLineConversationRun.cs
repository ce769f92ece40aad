using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json;

namespace SupportBot.Benchmarks;

/// <summary>
/// One simulated user: sends a message, waits for the bot's answer (on the WebSocket stream or by polling), repeats
/// until the deadline; records latencies and checks every answer arrives exactly once. With a
/// <paramref name="sendInterval"/> the user pauses between messages (the next one once the answer came and the pause is
/// over), so a run offers a set rate instead of as many messages as the server can take. The pause varies around the
/// interval as people's do, unless <paramref name="fixedPause"/>: on a fixed period, every user held up by one stall
/// sends again at the same moment when it ends and stays in step with the others for the rest of the run, so bursts
/// pile up that independent users would not make (<see cref="ArrivalCounts"/> shows the shape of a run's load). With
/// <paramref name="keepMessageIds"/> each measured message keeps the server's id for it, to join with server traces.
/// </summary>
internal sealed class DirectLineConversationRun(DirectLineClient client, bool webSocket, TimeSpan pollInterval, TimeSpan sendInterval, string[] texts, int seed, bool keepMessageIds = false, bool fixedPause = false)
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _replies = new(StringComparer.Ordinal);
    // Fingerprints, not strings: what a run remembers must not grow the load client's heap, whose collections would
    // otherwise pause it for tens of milliseconds and show up as the server's latency.
    private readonly HashSet<long> _activityIds = [];
    private readonly HashSet<long> _answers = [];
    private readonly Lock _seenLock = new();
    private readonly Random _random = new(seed);
    private int _duplicated;
    private string? _lastAnswered;

    public bool WebSocket => webSocket;

    /// <summary>The messages posted after the warm-up and answered, in the order they were posted.</summary>
    public List<MeasuredMessage> Measured { get; } = [];

    public int Posted { get; private set; }

    public int Answered { get; private set; }

    public int AnsweredInWindow { get; private set; }

    public int Lost { get; private set; }

    /// <summary>Repeated deliveries of an activity, and answers that came twice for one message.</summary>
    public int Duplicated => _duplicated;

    public async Task RunAsync(DateTime measureFrom, DateTime deadline, CancellationToken cancellationToken)
    {
        var (id, token, streamUrl) = await client.StartAsync(cancellationToken);
        using var socket = webSocket ? new ClientWebSocket() : null;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Task receiving = Task.CompletedTask;
        if (socket is not null)
        {
            await socket.ConnectAsync(new Uri(streamUrl), cancellationToken);
            receiving = ReceiveAsync(socket, stop.Token);
        }

        var watermark = "";
        var nextSend = Stopwatch.GetTimestamp() + (long)(_random.NextDouble() * sendInterval.TotalSeconds * Stopwatch.Frequency);
        while (DateTime.UtcNow < deadline)
        {
            if (Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), nextSend) is { Ticks: > 0 } wait)
            {
                await Task.Delay(wait, cancellationToken);
            }

            var started = Stopwatch.GetTimestamp();
            nextSend = started + (long)(NextPause().TotalSeconds * Stopwatch.Frequency);
            var postedAt = DateTime.UtcNow;
            var messageId = await client.PostAsync(id, token, texts[_random.Next(texts.Length)], cancellationToken);
            Posted++;
            long answeredAt;
            if (socket is not null)
            {
                var reply = _replies.GetOrAdd(messageId, _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously));
                try
                {
                    answeredAt = await reply.Task.WaitAsync(ReplyTimeout, cancellationToken);
                }
                catch (TimeoutException)
                {
                    Lost++;
                    continue;
                }
                finally
                {
                    // Later answers to this message (a step after the answer) need no waiter.
                    Volatile.Write(ref _lastAnswered, messageId);
                    _replies.TryRemove(messageId, out _);
                }
            }
            else
            {
                (answeredAt, watermark) = await PollForReplyAsync(id, token, messageId, watermark, cancellationToken);
                if (answeredAt == 0)
                {
                    Lost++;
                    continue;
                }
            }

            Answered++;
            if (postedAt >= measureFrom)
            {
                AnsweredInWindow++;
                Measured.Add(new MeasuredMessage((long)(postedAt - DateTime.UnixEpoch).TotalMilliseconds, started, answeredAt, keepMessageIds ? messageId : null));
            }
        }

        // Give late duplicates a moment to show up before the socket closes.
        await Task.Delay(TimeSpan.FromMilliseconds(300), CancellationToken.None);
        await stop.CancelAsync();
        await receiving;
    }

    // Uniform between half and one and a half intervals: the same rate on average, no two users in step for long.
    private TimeSpan NextPause() => fixedPause ? sendInterval : sendInterval * (0.5 + _random.NextDouble());

    private async Task<(long AnsweredAt, string Watermark)> PollForReplyAsync(string id, string token, string messageId, string watermark, CancellationToken cancellationToken)
    {
        var giveUp = Stopwatch.GetTimestamp() + (long)(ReplyTimeout.TotalSeconds * Stopwatch.Frequency);
        var answeredAt = 0L;
        while (answeredAt == 0 && Stopwatch.GetTimestamp() < giveUp)
        {
            var (activities, next) = await client.PollAsync(id, token, watermark, cancellationToken);
            watermark = next;
            foreach (var activity in activities)
            {
                if (Record(activity) && activity.ReplyToId == messageId)
                {
                    answeredAt = Stopwatch.GetTimestamp();
                }
            }

            if (answeredAt == 0)
            {
                await Task.Delay(pollInterval, cancellationToken);
            }
        }

        return (answeredAt, watermark);
    }

    private async Task ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[256 * 1024];
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var length = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer.AsMemory(length), cancellationToken);
                    length += result.Count;
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                using var frame = JsonDocument.Parse(buffer.AsMemory(0, length));
                var now = Stopwatch.GetTimestamp();
                foreach (var activity in DirectLineClient.Parse(frame.RootElement).Activities)
                {
                    if (Record(activity) && activity.ReplyToId != Volatile.Read(ref _lastAnswered))
                    {
                        _replies.GetOrAdd(activity.ReplyToId!, _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(now);
                    }
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The run is over or the connection dropped; missing answers are counted as lost.
        }
    }

    // Counts repeated deliveries of an activity and repeated answers to a message; true for a bot message answering a user message.
    private bool Record(DirectLineClient.Received activity)
    {
        lock (_seenLock)
        {
            if (!_activityIds.Add(Fingerprint(activity.Id, "")))
            {
                _duplicated++;
            }

            if (!activity.FromBot || activity.Type != "message" || activity.ReplyToId is null)
            {
                return false;
            }

            // The support bot may answer one message with several (the answer, then a step with buttons): a duplicate
            // answer is the same text twice in reply to the same message.
            if (!_answers.Add(Fingerprint(activity.ReplyToId, activity.Text ?? "")))
            {
                _duplicated++;
            }

            return true;
        }
    }

    // 64-bit FNV-1a over both strings and a separator: among the few thousand keys of one run a collision is
    // about a one-in-a-trillion event.
    private static long Fingerprint(string first, string second)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in first)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        hash = (hash ^ '\n') * 1099511628211UL;
        foreach (var c in second)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return (long)hash;
    }
}

/// <summary>
/// One measured message: when it was posted (Unix milliseconds), when posting started and when its answer arrived
/// (<see cref="Stopwatch"/> ticks: the monotonic clock, the same in every process on the machine, so a server trace
/// stamped with it lines up), and the server's id for it when kept.
/// </summary>
internal readonly record struct MeasuredMessage(long PostedAtUnixMs, long PostedTicks, long AnsweredTicks, string? MessageId)
{
    public double LatencyMs => Stopwatch.GetElapsedTime(PostedTicks, AnsweredTicks).TotalMilliseconds;
}
