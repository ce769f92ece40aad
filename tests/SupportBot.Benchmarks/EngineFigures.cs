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

            TurnLoad.Run(adapter, bot, Message, turns: 3_000, conversations: 10, parallel: false, "warm-up");
            timed.TakeTimings();
            Report("one at a time", TurnLoad.Run(adapter, bot, Message, Math.Min(turns, 10_000), conversations, parallel: false, "seq"), timed);
            Report($"{conversations} concurrent", TurnLoad.Run(adapter, bot, Message, turns, conversations, parallel: true, "par"), timed);
            Report($"{rate:N0}/s offered", TurnLoad.RunPaced(adapter, bot, Message, turns, conversations, rate, "paced"), timed);
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

    private static void Report(string name, TurnLoad.Figures run, TimedConversationStore timed)
    {
        TurnLoad.Print(name, run);
        var (reads, commits) = timed.TakeTimings();
        Console.WriteLine($"{"",-18} of which state read median {reads[reads.Length / 2]:F3} ms (p99 {reads[(int)(reads.Length * 0.99)]:F3}), commit median {commits[commits.Length / 2]:F3} ms (p99 {commits[(int)(commits.Length * 0.99)]:F3})");
    }
}
