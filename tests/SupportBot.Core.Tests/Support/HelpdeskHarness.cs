using SupportBot.Core.Conversations;
using SupportBot.Core.Conversations.Testing;
using SupportBot.Core.Storage;
using SupportBot.Core.Support;
using SupportBot.Core.Support.Review;
using SupportBot.Core.Tickets;
using SupportBot.Core.Tests.Conversations;

namespace SupportBot.Core.Tests.Support;

/// <summary>
/// The real support bot (shipped model and knowledge base) over a real SQLite file in a temp folder, with a test
/// channel, for scripted conversations. Dispose deletes the folder.
/// </summary>
internal sealed class HelpdeskHarness : IDisposable
{
    // The conversation store's temp file, whose folder goes with it; tickets and the review inbox share the file.
    private readonly TempStore _files = new();

    public HelpdeskHarness(SupportBotOptions? options = null, Func<ITicketStore, ITicketStore>? wrapTickets = null)
    {
        Database = new SqliteDatabase(_files.FilePath);
        Options = options ?? new SupportBotOptions();
        var tickets = new SqliteTicketStore(Database, TimeProvider.System);
        Tickets = wrapTickets?.Invoke(tickets) ?? tickets;
        Review = new SqliteReviewInbox(Database);
        Store = _files.Store;
        Bot = CreateBot(Store);
    }

    public SqliteDatabase Database { get; }

    public SupportBotOptions Options { get; }

    public ITicketStore Tickets { get; }

    public SqliteConversationStore Store { get; }

    public SqliteReviewInbox Review { get; }

    public HelpdeskBot Bot { get; }

    /// <summary>A second conversation store over the same file, as after a restart.</summary>
    public SqliteConversationStore OpenStore() => _files.Open();

    public HelpdeskBot CreateBot(SqliteConversationStore store) =>
        new(ShippedBot.Model, ShippedBot.Search, Tickets, store, Options, reviewInbox: Review);

    /// <summary>A test channel (locale ru-RU unless said) with the support pipeline on <paramref name="store"/>.</summary>
    public TestAdapter CreateAdapter(string locale = "ru-RU", string conversationId = "conversation1", ChannelCapabilities? capabilities = null, SqliteConversationStore? store = null) =>
        new TestAdapter(capabilities, locale, conversationId).UseSupportPipeline(store ?? Store);

    public TestFlow Flow(string locale = "ru-RU", string conversationId = "conversation1") => new(CreateAdapter(locale, conversationId), Bot);

    public void Dispose() => _files.Dispose();
}
