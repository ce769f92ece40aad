using System.Diagnostics;
using Activity = SupportBot.Core.Conversations.Activity;
using System.Globalization;
using Microsoft.Data.Sqlite;
using SupportBot.Core.Conversations;
using SupportBot.Core.Storage;

namespace SupportBot.Benchmarks;

/// <summary>
/// Conversation engine figures: full turns (load state, run the waterfall step and prompt, save state and transcript in
/// one transaction) of a small waterfall bot on a temporary SQLite file in WAL, first one turn at a time (the engine's
/// own cost), then with many conversations at once (throughput, and latency including the queue for the writer), then at an
/// offered rate (latency when the engine keeps up).
/// Usage: <c>engine [turns] [conversations] [rate]</c>, default 30,000 turns over 100 conversations, 3,000 turns/s offered.
/// </summary>
internal static class EngineFigures
{
    public static int Run(string[] args)
    {
        var turns = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 30_000;
        var conversations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;
        var rate = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3_000;
        var folder = Path.Combine(Path.GetTempPath(), "supportbot-engine-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var store = new SqliteConversationStore(new SqliteDatabase(Path.Combine(folder, "bot.db")));
            var timed = new TimedConversationStore(store);
            var adapter = new EngineBenchAdapter();
            adapter.UseConversationStore(timed);
            var bot = new EngineBenchBot();

            RunTurns(adapter, bot, turns: 3_000, conversations: 10, parallel: false, "warm-up");
            timed.TakeTimings();
            Report("one at a time", RunTurns(adapter, bot, Math.Min(turns, 10_000), conversations, parallel: false, "seq"), timed);
            Report($"{conversations} concurrent", RunTurns(adapter, bot, turns, conversations, parallel: true, "par"), timed);
            Report($"{rate:N0}/s offered", RunPaced(adapter, bot, turns, conversations, rate, "paced"), timed);
            var size = new FileInfo(Path.Combine(folder, "bot.db")).Length + new FileInfo(Path.Combine(folder, "bot.db-wal")).Length;
            Console.WriteLine($"database           {size / 1024.0 / 1024.0:F1} MB after {adapter.Sent:N0} bot messages");
            store.Dispose();
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Figures RunTurns(EngineBenchAdapter adapter, EngineBenchBot bot, int turns, int conversations, bool parallel, string prefix)
    {
        var perConversation = turns / conversations;
        var latencies = new double[perConversation * conversations];
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        if (parallel)
        {
            Task.WaitAll([.. Enumerable.Range(0, conversations).Select(c => Task.Run(() => ConverseAsync(adapter, bot, $"{prefix}-{c}", perConversation, latencies, c * perConversation)))]);
        }
        else
        {
            for (var i = 0; i < perConversation; i++)
            {
                for (var c = 0; c < conversations; c++)
                {
                    latencies[(c * perConversation) + i] = TimeTurn(adapter, bot, $"{prefix}-{c}", i);
                }
            }
        }

        wall.Stop();
        return Summarize(latencies, wall.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpuBefore);
    }

    /// <summary>
    /// Open loop: turns arrive at <paramref name="rate"/> per second, round-robin over the conversations (a
    /// conversation's next turn waits for its previous one, as a user waits for the answer); latency is counted from
    /// the moment a turn starts to be handled.
    /// </summary>
    private static Figures RunPaced(EngineBenchAdapter adapter, EngineBenchBot bot, int turns, int conversations, int rate, string prefix)
    {
        var perConversation = turns / conversations;
        var latencies = new double[perConversation * conversations];
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        Task.WaitAll([.. Enumerable.Range(0, conversations).Select(c => Task.Run(async () =>
        {
            for (var i = 0; i < perConversation; i++)
            {
                var due = TimeSpan.FromSeconds(((double)i * conversations + c) / rate);
                var wait = due - wall.Elapsed;
                if (wait > TimeSpan.FromMilliseconds(1))
                {
                    await Task.Delay(wait).ConfigureAwait(false);
                }

                var started = Stopwatch.GetTimestamp();
                await adapter.ProcessActivityAsync(Message($"{prefix}-{c}", i), bot, CancellationToken.None).ConfigureAwait(false);
                latencies[(c * perConversation) + i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }))]);
        wall.Stop();
        return Summarize(latencies, wall.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpuBefore);
    }

    private static Figures Summarize(double[] latencies, TimeSpan wall, TimeSpan cpu)
    {
        Array.Sort(latencies);
        return new Figures(latencies.Length, wall.TotalSeconds, latencies[latencies.Length / 2], latencies[(int)(latencies.Length * 0.99)], cpu.TotalMilliseconds / latencies.Length);
    }

    private static async Task ConverseAsync(EngineBenchAdapter adapter, EngineBenchBot bot, string conversationId, int turns, double[] latencies, int offset)
    {
        for (var i = 0; i < turns; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await adapter.ProcessActivityAsync(Message(conversationId, i), bot, CancellationToken.None).ConfigureAwait(false);
            latencies[offset + i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
    }

    private static double TimeTurn(EngineBenchAdapter adapter, EngineBenchBot bot, string conversationId, int turn)
    {
        var started = Stopwatch.GetTimestamp();
        adapter.ProcessActivityAsync(Message(conversationId, turn), bot, CancellationToken.None).GetAwaiter().GetResult();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static Activity Message(string conversationId, int turn) => new()
    {
        Type = ActivityTypes.Message,
        Id = turn.ToString(CultureInfo.InvariantCulture),
        ChannelId = "bench",
        From = new ChannelAccount { Id = "user-" + conversationId, Role = "user" },
        Recipient = new ChannelAccount { Id = "bot", Role = "bot" },
        Conversation = new ConversationAccount { Id = conversationId },
        Locale = "ru-RU",
        Text = EngineBenchBot.Script[turn % EngineBenchBot.Script.Length],
        Timestamp = DateTimeOffset.UtcNow,
    };

    private static void Report(string name, Figures run, TimedConversationStore timed)
    {
        Console.WriteLine($"{name,-18} {run.Turns:N0} turns in {run.Seconds:F2} s: {run.Turns / run.Seconds:N0} turns/s, median {run.MedianMilliseconds:F3} ms, p99 {run.P99Milliseconds:F3} ms per turn, CPU {run.CpuMillisecondsPerTurn:F3} ms per turn");
        var (reads, commits) = timed.TakeTimings();
        Console.WriteLine($"{"",-18} of which state read median {reads[reads.Length / 2]:F3} ms (p99 {reads[(int)(reads.Length * 0.99)]:F3}), commit median {commits[commits.Length / 2]:F3} ms (p99 {commits[(int)(commits.Length * 0.99)]:F3})");
    }

    private sealed record Figures(int Turns, double Seconds, double MedianMilliseconds, double P99Milliseconds, double CpuMillisecondsPerTurn);
}
