using SupportBot.Core.Dialogs;

namespace SupportBot.Core.Support.Dialogs;

/// <summary>What a ticket-status question begins with (the number, if any, is read from the message that asked).</summary>
internal sealed record TicketStatusOptions(string Language) : DialogOptions;
