using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SupportBot.Core.Conversations;

namespace SupportBot.Core.Support;

/// <summary>Sets a channel's adapter up for the support bot: one unit of work per turn, the transcript, typing, the error handler.</summary>
public static class SupportPipeline
{
    /// <summary>Adds the middleware the support bot needs to <paramref name="adapter"/> and sets its turn-error handler.</summary>
    public static TAdapter UseSupportPipeline<TAdapter>(this TAdapter adapter, IConversationStore store, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
        where TAdapter : BotAdapter
    {
        ArgumentNullException.ThrowIfNull(adapter);
        loggerFactory ??= NullLoggerFactory.Instance;
        adapter.UseConversationStore(store, timeProvider, loggerFactory);
        adapter.OnTurnError = new TurnErrorHandler(loggerFactory.CreateLogger<TurnErrorHandler>()).HandleAsync;
        return adapter;
    }
}
