using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace SupportBot.Core.Conversations;

/// <summary>Wires the conversation engine's middleware onto an adapter in the order it needs.</summary>
public static class BotAdapterExtensions
{
    /// <summary>
    /// Adds <see cref="AutoSaveStateMiddleware"/> then <see cref="TranscriptLoggerMiddleware"/> over
    /// <paramref name="store"/>, so each turn's state and transcript are saved in one transaction, and, when
    /// <paramref name="showTyping"/>, <see cref="ShowTypingMiddleware"/> with its defaults.
    /// </summary>
    public static BotAdapter UseConversationStore(this BotAdapter adapter, IConversationStore store, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null, bool showTyping = true)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(store);
        loggerFactory ??= NullLoggerFactory.Instance;
        adapter.Use(new AutoSaveStateMiddleware(store, loggerFactory.CreateLogger<AutoSaveStateMiddleware>()))
            .Use(new TranscriptLoggerMiddleware(store, timeProvider, channelLogsActivities: adapter.LogsToTranscript));
        if (showTyping)
        {
            adapter.Use(new ShowTypingMiddleware(timeProvider, logger: loggerFactory.CreateLogger<ShowTypingMiddleware>()));
        }

        return adapter;
    }
}
