using Microsoft.Data.Sqlite;
using SupportBot.Core.Storage;
using SupportBot.Core.Tickets;

namespace SupportBot.Core.Tests.Tickets;

/// <summary>A ticket store on a real SQLite file in a fresh temporary folder, removed afterwards.</summary>
internal sealed class TicketStoreFixture : IDisposable
{
    public static readonly DateTimeOffset Start = new DateTimeOffset(2026, 3, 14, 9, 26, 53, TimeSpan.Zero).AddTicks(5_897_932);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "supportbot-tickets-" + Guid.NewGuid().ToString("N"));

    public TicketStoreFixture()
    {
        DatabasePath = Path.Combine(_folder, "bot.db");
        Store = OpenStore();
    }

    public string DatabasePath { get; }

    public ManualTimeProvider Clock { get; } = new(Start);

    public SqliteTicketStore Store { get; }

    /// <summary>A second store on the same file, as after a restart.</summary>
    public SqliteTicketStore OpenStore() => new(new SqliteDatabase(DatabasePath), Clock);

    public static NewTicket NewTicket(
        string user = "u1", string conversation = "c1", string channel = "telegram", string language = "ru", string? problem = "VPN не подключается",
        string userName = "Анна Петрова") => new()
    {
        ChannelId = channel,
        ConversationId = conversation,
        UserId = user,
        UserName = userName,
        Language = language,
        ConversationReference = """{"channelId":"telegram","conversation":{"id":"c1"}}""",
        Details = new TicketDetails { Problem = problem, ErrorText = "Error 809", SoftwareVersion = "Windows 11 23H2" },
        Transcript =
        [
            new TranscriptEntry { At = Start, Role = TicketRole.User, SenderName = userName, Text = problem ?? "help" },
            new TranscriptEntry { At = Start.AddSeconds(1), Role = TicketRole.Bot, SenderName = "bot", Text = "Попробуйте перезапустить клиент." },
        ],
        Intents = [new IntentGuess { Intent = "vpn", Probability = 0.41 }, new IntentGuess { Intent = "internet_down", Probability = 0.22 }],
        Articles = [new OfferedArticle { Id = "vpn-connect", Title = "VPN не подключается", Score = 7.25 }],
        EscalationReason = "low_confidence",
    };

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failed cleanup must not fail the test.
        }
    }
}
