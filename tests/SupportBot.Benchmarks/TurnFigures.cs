using System.Globalization;
using Microsoft.Data.Sqlite;
using SupportBot.Core.Conversations;
using SupportBot.Core.Intents;
using SupportBot.Core.Knowledge;
using SupportBot.Core.Storage;
using SupportBot.Core.Support;
using SupportBot.Core.Tickets;
using Activity = SupportBot.Core.Conversations.Activity;

namespace SupportBot.Benchmarks;

/// <summary>
/// The support bot's whole turn in process (understand: analysis, intent model, search; decide; dialog step; save
/// state and transcript) on the shipped model and knowledge base and a temporary SQLite file, over scripted
/// conversations in both languages that answer, walk guided steps, chat and open tickets.
/// Usage: <c>turns [turns] [conversations] [rate] [--no-tickets] [--by-message]</c>, default 30,000 turns over 100
/// conversations, 3,000 turns/s offered; <c>--no-tickets</c> leaves out the escalation.
/// </summary>
internal static class TurnFigures
{
    // One user's session, repeated: greeting, a guided answer, small talk, an English answer, an escalation to a ticket.
    private static readonly string[] WithTicket =
    [
        "привет", "не работает впн, не подключается", "Следующий шаг", "Помогло",
        "my printer says offline and nothing prints", "Helped", "спасибо", "what can you do",
        "забыл пароль от почты", "Позвать оператора", "-", "-", "+7 900 000-00-00", "/bot", "/start",
    ];

    // The same without the escalation: what most conversations are.
    private static readonly string[] WithoutTicket =
    [
        "привет", "не работает впн, не подключается", "Следующий шаг", "Помогло",
        "my printer says offline and nothing prints", "Helped", "спасибо", "what can you do",
        "забыл пароль от почты", "Да", "/start",
    ];

    private static string[] Script = WithTicket;

    public static int Run(string[] args)
    {
        Script = args.Contains("--no-tickets") ? WithoutTicket : WithTicket;
        var byMessage = args.Contains("--by-message");
        args = [.. args.Where(a => !a.StartsWith("--", StringComparison.Ordinal))];
        var turns = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 30_000;
        var conversations = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100;
        var rate = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3_000;
        var folder = Path.Combine(Path.GetTempPath(), "supportbot-turn-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var database = new SqliteDatabase(Path.Combine(folder, "bot.db"));
            using var store = new SqliteConversationStore(database);
            var (knowledgeBase, _) = KnowledgeBaseLoader.Load(RepositoryPaths.Of("knowledge-base"));
            using var search = new KnowledgeSearch(KnowledgeIndex.Build(knowledgeBase));
            var model = new LiveIntentModel(IntentModelFile.Load(RepositoryPaths.Of("models", IntentModelFile.DefaultFileName)));
            var options = new SupportBotOptions();
            var tickets = new SqliteTicketStore(database, TimeProvider.System);
            var bot = new HelpdeskBot(model, search, tickets, store, options);
            var adapter = new EngineBenchAdapter().UseSupportPipeline(store);

            TurnLoad.Run(adapter, bot, Message, turns: 1_500, conversations: 10, parallel: false, "warm-up");
            if (byMessage)
            {
                PrintByMessage(adapter, bot);
            }

            TurnLoad.Print("one at a time", TurnLoad.Run(adapter, bot, Message, Math.Min(turns, 6_000), conversations, parallel: false, "seq"));
            TurnLoad.Print($"{conversations} concurrent", TurnLoad.Run(adapter, bot, Message, turns, conversations, parallel: true, "par"));
            TurnLoad.Print($"{rate:N0}/s offered", TurnLoad.RunPaced(adapter, bot, Message, turns, conversations, rate, "paced"));
            var ticketCount = tickets.ListAsync(new TicketQuery { Limit = 1 }, CancellationToken.None).GetAwaiter().GetResult().Total;
            Console.WriteLine($"tickets opened     {ticketCount:N0}; bot messages {adapter.Sent:N0}");
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    // Where the time goes: each scripted message's median and mean cost over fresh conversations, one turn at a time.
    private static void PrintByMessage(BotAdapter adapter, IBot bot)
    {
        var timings = Script.Select(_ => new List<double>()).ToArray();
        for (var c = 0; c < 60; c++)
        {
            for (var turn = 0; turn < Script.Length; turn++)
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                adapter.ProcessActivityAsync(Message($"profile-{c}", turn), bot, CancellationToken.None).GetAwaiter().GetResult();
                timings[turn].Add(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        for (var turn = 0; turn < Script.Length; turn++)
        {
            var sorted = timings[turn].Order().ToArray();
            Console.WriteLine($"  {Script[turn],-45} median {sorted[sorted.Length / 2]:F3} ms, mean {sorted.Average():F3} ms");
        }
    }

    private static Activity Message(string conversationId, int turn) => new()
    {
        Type = ActivityTypes.Message,
        Id = turn.ToString(CultureInfo.InvariantCulture),
        ChannelId = "bench",
        From = new ChannelAccount { Id = "user-" + conversationId, Name = "Bench user", Role = "user" },
        Recipient = new ChannelAccount { Id = "bot", Role = "bot" },
        Conversation = new ConversationAccount { Id = conversationId },
        Locale = "ru-RU",
        Text = Script[turn % Script.Length],
        Timestamp = DateTimeOffset.UtcNow,
    };
}
