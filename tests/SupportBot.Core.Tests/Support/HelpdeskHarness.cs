using Microsoft.Data.Sqlite;
using SupportBot.Core.Conversations;
using SupportBot.Core.Conversations.Testing;
using SupportBot.Core.Storage;
using SupportBot.Core.Support;
using SupportBot.Core.Support.Review;
using SupportBot.Core.Tickets;

namespace SupportBot.Core.Tests.Support;

/// <summary>
/// The real support bot (shipped model and knowledge base) over a real SQLite file in a temp folder, with a test
/// channel, for scripted conversations. Dispose deletes the folder.
/// </summary>
internal sealed class HelpdeskHarness : IDisposable
{
    private readonly List<SqliteConversationStore> _stores = [];

    public HelpdeskHarness(SupportBotOptions? options = null, Func<ITicketStore, ITicketStore>? wrapTickets = null)
    {
        Folder = Path.Combine(Path.GetTempPath(), "supportbot-tests", Guid.NewGuid().ToString("N"));
        Database = new SqliteDatabase(Path.Combine(Folder, "bot.db"));
        Options = options ?? new SupportBotOptions();
        var tickets = new SqliteTicketStore(Database, TimeProvider.System);
        Tickets = wrapTickets?.Invoke(tickets) ?? tickets;
        Review = new SqliteReviewInbox(Database);
        Store = OpenStore();
        Bot = CreateBot(Store);
    }

    public string Folder { get; }

    public SqliteDatabase Database { get; }

    public SupportBotOptions Options { get; }

    public ITicketStore Tickets { get; }

    public SqliteConversationStore Store { get; }

    public SqliteReviewInbox Review { get; }

    public HelpdeskBot Bot { get; }

    /// <summary>A second conversation store over the same file, as after a restart.</summary>
    public SqliteConversationStore OpenStore()
    {
        var store = new SqliteConversationStore(Database);
        _stores.Add(store);
        return store;
    }

    public HelpdeskBot CreateBot(SqliteConversationStore store) =>
        new(ShippedBot.Understander(Options), ShippedBot.Search, Tickets, store, Options, reviewInbox: Review);

    /// <summary>A test channel (locale ru-RU unless said) with the support pipeline on <paramref name="store"/>.</summary>
    public TestAdapter CreateAdapter(string locale = "ru-RU", string conversationId = "conversation1", ChannelCapabilities? capabilities = null, SqliteConversationStore? store = null) =>
        new TestAdapter(capabilities, locale, conversationId).UseSupportPipeline(store ?? Store);

    public TestFlow Flow(string locale = "ru-RU", string conversationId = "conversation1") => new(CreateAdapter(locale, conversationId), Bot);

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner; no test result depends on it.
        }
    }
}
