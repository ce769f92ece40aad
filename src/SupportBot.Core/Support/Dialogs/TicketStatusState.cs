namespace SupportBot.Core.Support.Dialogs;

/// <summary>A ticket-status question waiting for the number.</summary>
internal sealed record TicketStatusState
{
    public required string Language { get; init; }
}
