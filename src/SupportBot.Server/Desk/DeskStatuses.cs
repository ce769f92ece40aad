using SupportBot.Core.Tickets;

namespace SupportBot.Server.Desk;

/// <summary>Ticket statuses as the desk's URLs, JSON and pages name them.</summary>
internal static class DeskStatuses
{
    public static IReadOnlyList<TicketStatus> All { get; } = Enum.GetValues<TicketStatus>();

    public static string Code(TicketStatus status) => status switch
    {
        TicketStatus.New => "new",
        TicketStatus.InProgress => "in_progress",
        TicketStatus.WaitingForUser => "waiting_for_user",
        TicketStatus.Resolved => "resolved",
        _ => "closed",
    };

    public static string Label(TicketStatus status) => status switch
    {
        TicketStatus.New => "New",
        TicketStatus.InProgress => "In progress",
        TicketStatus.WaitingForUser => "Waiting for user",
        TicketStatus.Resolved => "Resolved",
        _ => "Closed",
    };

    public static TicketStatus? Parse(string? code) => All.Cast<TicketStatus?>().FirstOrDefault(s => Code(s!.Value) == code);
}
