using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SupportBot.Core.Conversations;
using SupportBot.Core.Storage;
using SupportBot.Server.Channels.Telegram;

namespace SupportBot.Server.Tests.Telegram;

/// <summary>
/// The Telegram channel as the server wires it (<see cref="TelegramServiceCollectionExtensions.AddTelegram"/>), over a
/// real SQLite file and pointed at a Bot API on loopback, with fast retry settings and a seeded random.
/// </summary>
internal sealed class TelegramTestServices : IAsyncDisposable
{
    private readonly TempDirectory? _ownedDirectory;

    private TelegramTestServices(ServiceProvider provider, LogSink logs, TempDirectory? ownedDirectory)
    {
        Provider = provider;
        Logs = logs;
        _ownedDirectory = ownedDirectory;
    }

    public ServiceProvider Provider { get; }

    public LogSink Logs { get; }

    public T Get<T>()
        where T : notnull => Provider.GetRequiredService<T>();

    public TelegramPollingReceiver Receiver => Provider.GetServices<IHostedService>().OfType<TelegramPollingReceiver>().Single();

    /// <summary>Runs the polling receiver until <paramref name="done"/> holds (checked every 20 ms) or the timeout passes, then stops it.</summary>
    public async Task PollUntilAsync(Func<bool> done, TimeSpan? timeout = null)
    {
        var receiver = Receiver;
        await receiver.StartAsync(CancellationToken.None);
        try
        {
            var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
            while (!done())
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException("The receiver did not get there in time.");
                }

                await Task.Delay(20);
            }
        }
        finally
        {
            await receiver.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// Services for <paramref name="apiBaseUrl"/>; <paramref name="databasePath"/> lets two instances share one file
    /// (a restart); <paramref name="settings"/> override the test defaults by key ("PerChatInterval").
    /// </summary>
    public static TelegramTestServices Create(string apiBaseUrl, IBot bot, IReadOnlyDictionary<string, string?>? settings = null, string? databasePath = null, TimeProvider? timeProvider = null, string token = FakeBotApi.Token, Action<IServiceCollection>? configure = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = token,
            ["Telegram:ApiBaseUrl"] = apiBaseUrl,
            ["Telegram:LongPollTimeoutSeconds"] = "1",
            ["Telegram:RequestTimeout"] = "00:00:03",
            ["Telegram:RetryBaseDelay"] = "00:00:00.020",
            ["Telegram:RetryMaxDelay"] = "00:00:00.200",
            ["Telegram:PerChatInterval"] = "00:00:00.010",
            ["Telegram:GlobalMessagesPerSecond"] = "1000",
            ["Telegram:TypingDelay"] = "00:01:00",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values["Telegram:" + key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var directory = databasePath is null ? new TempDirectory() : null;
        var logs = new LogSink();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddSingleton(new SqliteDatabase(databasePath ?? directory!.File("bot.db")));
        services.AddSingleton(bot);
        services.AddSingleton(new TelegramRandom(new Random(42)));
        if (timeProvider is not null)
        {
            services.AddSingleton(timeProvider);
        }

        configure?.Invoke(services);
        services.AddTelegram(configuration);
        return new TelegramTestServices(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }), logs, directory);
    }

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        _ownedDirectory?.Dispose();
    }
}
