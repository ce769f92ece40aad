using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SupportBot.Core.Conversations;

namespace SupportBot.Core.Support;

/// <summary>The one turn-error handler: logs the failure and apologizes to the user in their language.</summary>
public sealed class TurnErrorHandler
{
    private readonly ILogger _logger;

    /// <summary>Logs to <paramref name="logger"/>.</summary>
    public TurnErrorHandler(ILogger<TurnErrorHandler>? logger = null) => _logger = (ILogger?)logger ?? NullLogger.Instance;

    /// <summary>Handles a failed turn; set it as <see cref="BotAdapter.OnTurnError"/>.</summary>
    public async Task HandleAsync(ITurnContext turnContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(exception);
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            // A proactive turn (an agent's reply) has no user waiting for an apology: its caller must learn it failed.
            ExceptionDispatchInfo.Throw(exception);
        }

        SupportLog.TurnFailed(_logger, exception, turnContext.Activity.ChannelId ?? "");
        var language = HelpdeskBot.LanguageOfLocale(turnContext.Activity.Locale);
        await turnContext.SendTextAsync(BotPhrases.For(language).Apology, cancellationToken).ConfigureAwait(false);
    }
}
