using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace SupportBot.Core.Conversations;

/// <summary>
/// Makes each turn one unit of work: waits for the conversation's earlier turn to finish, lets the turn read and
/// change <see cref="StateProperty{T}"/> values, then saves the state changes and the transcript entries
/// (<see cref="TranscriptLoggerMiddleware"/>) in one transaction. A turn that throws saves its transcript but not its
/// state, so the conversation goes on from where it was. Add it first, and give every adapter of a channel the same
/// instance: its per-conversation lock is what serializes the user's turns with proactive ones. User state has no
/// lock (a user may talk in two conversations at once); its version catches a lost race as
/// <see cref="StateConflictException"/>.
/// </summary>
public sealed class AutoSaveStateMiddleware : IMiddleware
{
    private readonly IConversationStore _store;
    private readonly ILogger _logger;
    private readonly KeyedAsyncLock _conversationLocks = new();

    /// <summary>Turns saved to <paramref name="store"/>.</summary>
    public AutoSaveStateMiddleware(IConversationStore store, ILogger<AutoSaveStateMiddleware>? logger = null)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        var channelId = activity.ChannelId ?? throw new InvalidOperationException("The activity has no channel id.");
        var conversationId = activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation id.");

        using var held = await _conversationLocks.AcquireAsync(channelId + "\n" + conversationId, cancellationToken).ConfigureAwait(false);
        var work = new TurnUnitOfWork(_store, _logger);
        turnContext.TurnState.Set(work);
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Nothing is lost from the transcript: the user's message of a failed (or cancelled) turn is kept.
            try
            {
                await work.CommitAsync(saveState: false, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception saveError) when (saveError is not OperationCanceledException)
            {
                ConversationLog.FailedTurnNotSaved(_logger, saveError, channelId);
            }

            throw;
        }

        // The turn has happened (replies are out): save it even if the caller gives up now.
        await work.CommitAsync(saveState: true, CancellationToken.None).ConfigureAwait(false);
    }
}
