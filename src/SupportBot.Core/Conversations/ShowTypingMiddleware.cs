using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace SupportBot.Core.Conversations;

/// <summary>
/// Shows the user that the bot is working: when a message turn has sent no reply after <c>delay</c>, sends a typing
/// indicator, and repeats it every <c>period</c> until the bot's first message (channels drop the indicator after a
/// few seconds). Fast turns send none, and none trails an answer. A zero delay types at the start of every turn, for
/// channels that want that. Time comes from the <see cref="TimeProvider"/>, so tests drive it.
/// </summary>
public sealed class ShowTypingMiddleware : IMiddleware
{
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan _delay;
    private readonly TimeSpan _period;
    private readonly ILogger _logger;

    /// <summary>Typing after <paramref name="delay"/> (default 500 ms), repeated every <paramref name="period"/> (default 3 s).</summary>
    public ShowTypingMiddleware(TimeProvider? timeProvider = null, TimeSpan? delay = null, TimeSpan? period = null, ILogger<ShowTypingMiddleware>? logger = null)
    {
        _timeProvider = timeProvider ?? TimeProvider.System;
        _delay = delay ?? TimeSpan.FromMilliseconds(500);
        _period = period ?? TimeSpan.FromSeconds(3);
        ArgumentOutOfRangeException.ThrowIfLessThan(_delay, TimeSpan.Zero, nameof(delay));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(_period, TimeSpan.Zero, nameof(period));
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        var typing = new TypingIndicator(turnContext, _logger, cancellationToken);
        if (_delay == TimeSpan.Zero)
        {
            await typing.SendAsync().ConfigureAwait(false);
        }

        // A timer rather than a delay loop: a turn that ends before the delay costs no task and no thread hand-off.
        var timer = _timeProvider.CreateTimer(static state => ((TypingIndicator)state!).Tick(), typing, _delay == TimeSpan.Zero ? _period : _delay, _period);
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await timer.DisposeAsync().ConfigureAwait(false);
            await typing.StopAsync().ConfigureAwait(false);
        }
    }
}
