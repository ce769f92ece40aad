using Microsoft.Data.Sqlite;
using SupportBot.Core.Conversations;
using SupportBot.Core.Conversations.Testing;
using SupportBot.Core.Storage;

namespace SupportBot.Core.Tests.Conversations;

/// <summary>A conversation store in a real SQLite file in a fresh temp folder, deleted afterwards.</summary>
internal sealed class TempStore : IDisposable
{
    private readonly List<SqliteConversationStore> _stores = [];

    public TempStore()
    {
        Folder = Path.Combine(Path.GetTempPath(), "supportbot-tests", Guid.NewGuid().ToString("N"));
        FilePath = Path.Combine(Folder, "bot.db");
        Store = Open();
    }

    public string Folder { get; }

    public string FilePath { get; }

    public SqliteConversationStore Store { get; }

    /// <summary>A second store over the same file, as after a process restart.</summary>
    public SqliteConversationStore Open(TimeProvider? timeProvider = null)
    {
        var store = new SqliteConversationStore(new SqliteDatabase(FilePath), timeProvider);
        _stores.Add(store);
        return store;
    }

    /// <summary>A test channel saving state and transcripts to <paramref name="store"/> (this one's by default).</summary>
    public TestAdapter CreateAdapter(
        SqliteConversationStore? store = null,
        ChannelCapabilities? capabilities = null,
        string locale = "ru-RU",
        string conversationId = "conversation1")
    {
        store ??= Store;
        var adapter = new TestAdapter(capabilities, locale, conversationId);
        adapter.UseConversationStore(store, showTyping: false);
        return adapter;
    }

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
            // A file still open on a slow machine is left for the OS temp cleaner; the test result does not depend on it.
        }
    }
}
