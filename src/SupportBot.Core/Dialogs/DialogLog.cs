using Microsoft.Extensions.Logging;

namespace SupportBot.Core.Dialogs;

/// <summary>Structured log messages of the dialog system.</summary>
internal static partial class DialogLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Stored dialog stack refers to unknown dialog {DialogId}; clearing the stack")]
    public static partial void UnknownDialog(ILogger logger, string dialogId);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Stored state of dialog {DialogId} is unreadable; clearing the stack")]
    public static partial void MalformedDialogState(ILogger logger, Exception exception, string dialogId);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Warning, Message = "Stored dialog stack is malformed (no stack, or entries without a dialog id); clearing it")]
    public static partial void MalformedDialogStack(ILogger logger);
}
