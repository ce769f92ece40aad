using Microsoft.Extensions.Logging;

namespace SupportBot.Core.Conversations;

/// <summary>Sends one turn's typing indicators when its timer ticks, one at a time, until the bot answers or the turn ends.</summary>
internal sealed class TypingIndicator(ITurnContext turnContext, ILogger logger, CancellationToken cancellationToken)
{
    private readonly Lock _lock = new();
    private Task _inFlight = Task.CompletedTask;
    private bool _stopped;

    public void Tick()
    {
        lock (_lock)
        {
            if (_stopped || turnContext.Responded || !_inFlight.IsCompleted)
            {
                return;
            }

            _inFlight = SendAsync();
        }
    }

    public async Task SendAsync()
    {
        try
        {
            await turnContext.SendActivityAsync(Activity.Typing(), cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The turn was cancelled: nothing more to show.
        }
        catch (Exception exception)
        {
            // A lost typing indicator must never fail the turn.
            ConversationLog.TypingFailed(logger, exception, turnContext.Activity.ChannelId);
        }
    }

    /// <summary>No more indicators; completes when the one being sent (if any) is out.</summary>
    public Task StopAsync()
    {
        lock (_lock)
        {
            _stopped = true;
            return _inFlight;
        }
    }
}
