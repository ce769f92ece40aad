using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SupportBot.Core.Conversations;
using SupportBot.Core.Storage;
using SupportBot.Server.Channels.Telegram;

namespace SupportBot.Server.Tests.Telegram;

/// <summary>
/// Telegram channel throughput, end to end against the local fake Bot API: updates from many chats are polled,
/// handled by a small bot that answers each, and the answers go out through the send queue with Telegram's real
/// limits (one message per chat per second, 30 per second in all). The limits are measured where the messages
/// arrive. Usage: <c>telegram [chats=500] [messagesPerChat=2]</c>. Lives beside the fake it needs; the benchmarks
/// project runs it by linking these files, and a test runs a small burst through it.
/// </summary>
internal static class TelegramFigures
{
    public static async Task<int> RunAsync(string[] args)
    {
        var chats = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500;
        var perChat = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2;
        Console.WriteLine($"Telegram channel, {chats} chats x {perChat} messages, against the local fake Bot API on loopback");
        Console.WriteLine();

        // Every update answered: bounded by Telegram's limits, which must hold.
        var answered = await MeasureAsync(chats, perChat, answerEvery: 1, TelegramLimits.Telegram);
        Print("every update answered", answered);

        // One update in ten answered: how fast the receiving side (poll, SQLite marks, turn) goes on its own.
        var quiet = await MeasureAsync(chats, perChat, answerEvery: 10, TelegramLimits.Telegram);
        Print("one in ten answered", quiet);

        var ok = answered.MaxPerSecond <= 30 && answered.MinChatGap >= TimeSpan.FromSeconds(1) && quiet.MaxPerSecond <= 30;
        Console.WriteLine(ok ? "Limits respected." : "LIMITS VIOLATED.");
        return ok ? 0 : 1;
    }

    private static void Print(string title, TelegramBurstFigures figures)
    {
        Console.WriteLine($"{title}:");
        Console.WriteLine($"  updates handled     {figures.Updates} in {figures.Elapsed.TotalSeconds:0.0} s = {figures.Updates / figures.Elapsed.TotalSeconds:0.0} updates/s end to end");
        Console.WriteLine($"  messages sent       {figures.Sent} = {figures.Sent / figures.Elapsed.TotalSeconds:0.0} messages/s");
        Console.WriteLine($"  most in any 1 s     {figures.MaxPerSecond} (limit 30)");
        Console.WriteLine($"  closest two to one chat {figures.MinChatGap.TotalMilliseconds:0} ms apart (limit 1000 ms)");
        Console.WriteLine($"  reply after the burst was written: p50 {figures.LatencyP50.TotalSeconds:0.00} s, p95 {figures.LatencyP95.TotalSeconds:0.00} s, max {figures.LatencyMax.TotalSeconds:0.00} s");
        Console.WriteLine();
    }

    /// <summary>One burst: <paramref name="chats"/> × <paramref name="perChat"/> updates, every <paramref name="answerEvery"/>-th answered.</summary>
    internal static async Task<TelegramBurstFigures> MeasureAsync(int chats, int perChat, int answerEvery, TelegramLimits limits)
    {
        await using var api = await FakeBotApi.StartAsync();
        var folder = Directory.CreateTempSubdirectory("supportbot-telegram-bench-");
        var bot = new CountingBot(answerEvery);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = FakeBotApi.Token,
            ["Telegram:ApiBaseUrl"] = api.BaseUrl,
            ["Telegram:LongPollTimeoutSeconds"] = "1",
            ["Telegram:GlobalMessagesPerSecond"] = limits.GlobalPerSecond.ToString(CultureInfo.InvariantCulture),
            ["Telegram:PerChatInterval"] = limits.PerChatInterval.ToString("c", CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(new SqliteDatabase(Path.Combine(folder.FullName, "bot.db")));
        services.AddSingleton<IBot>(bot);
        services.AddTelegram(configuration);
        await using var provider = services.BuildServiceProvider();

        // Users write in rounds, as a busy morning would look: every chat once, then every chat again.
        var added = new Dictionary<(long Chat, string Text), DateTimeOffset>();
        for (var round = 0; round < perChat; round++)
        {
            for (var chat = 0; chat < chats; chat++)
            {
                api.AddMessage(1_000_000 + chat, $"сообщение {round}");
                added[(1_000_000 + chat, $"сообщение {round}")] = DateTimeOffset.UtcNow;
            }
        }

        var total = chats * perChat;
        var expectedSends = Enumerable.Range(1, total).Count(n => n % answerEvery == 0);
        var receiver = provider.GetServices<IHostedService>().OfType<TelegramPollingReceiver>().Single();
        var clock = Stopwatch.StartNew();
        await receiver.StartAsync(CancellationToken.None);
        while (bot.Handled < total || api.CallsTo("sendMessage").Count < expectedSends)
        {
            await Task.Delay(20);
        }

        var elapsed = clock.Elapsed;
        await receiver.StopAsync(CancellationToken.None);
        var sends = api.CallsTo("sendMessage");
        var gaps = sends.GroupBy(c => c.Body["chat_id"]!.GetValue<long>())
            .Select(g => RateMeter.MinGap(g.Select(c => c.At)))
            .DefaultIfEmpty(TimeSpan.MaxValue)
            .Min();
        var latencies = sends.Select(c => c.At - added[(c.Body["chat_id"]!.GetValue<long>(), c.Body["text"]!.GetValue<string>())]).Order().ToArray();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
        return new TelegramBurstFigures(
            total,
            sends.Count,
            elapsed,
            RateMeter.MaxInWindow(sends.Select(c => c.At), TimeSpan.FromSeconds(1)),
            gaps,
            Percentile(latencies, 0.5),
            Percentile(latencies, 0.95),
            latencies.Length == 0 ? TimeSpan.Zero : latencies[^1]);
    }

    private static TimeSpan Percentile(TimeSpan[] sorted, double p) =>
        sorted.Length == 0 ? TimeSpan.Zero : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];

    /// <summary>Echoes every n-th update, so each reply can be matched to when its message was written.</summary>
    private sealed class CountingBot(int answerEvery) : IBot
    {
        private int _handled;

        public int Handled => Volatile.Read(ref _handled);

        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            var n = Interlocked.Increment(ref _handled);
            return n % answerEvery == 0
                ? turnContext.SendTextAsync(turnContext.Activity.Text ?? "", cancellationToken)
                : Task.CompletedTask;
        }
    }
}
