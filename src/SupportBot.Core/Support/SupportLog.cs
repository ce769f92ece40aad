using Microsoft.Extensions.Logging;

namespace SupportBot.Core.Support;

/// <summary>The support bot's structured log messages (no user text above Debug).</summary>
internal static partial class SupportLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Turn decided {Decision} by rule {Rule} (language {Language}, top intent {Intent} {Probability:F2}, top article {Article})")]
    public static partial void Decided(ILogger logger, DecisionKind decision, string rule, string language, string intent, float probability, string article);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Debug, Message = "Message understood: {Text}")]
    public static partial void Understood(ILogger logger, string text);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Error, Message = "A turn failed on channel {ChannelId}; the user was sent an apology")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string channelId);
}
