using Microsoft.Extensions.Logging;

namespace SupportBot.Core.Conversations;

/// <summary>Structured log messages of the conversation engine.</summary>
internal static partial class ConversationLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Stored state {Name} ({Scope}, channel {ChannelId}) is unreadable; starting it over")]
    public static partial void MalformedState(ILogger logger, string name, StateScope scope, string channelId);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Error, Message = "Could not save the transcript of a failed turn in channel {ChannelId}")]
    public static partial void FailedTurnNotSaved(ILogger logger, Exception exception, string channelId);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Typing indicator failed in channel {ChannelId}")]
    public static partial void TypingFailed(ILogger logger, Exception exception, string? channelId);
}
