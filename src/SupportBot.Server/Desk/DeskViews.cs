using System.Globalization;
using SupportBot.Core.Tickets;
using SupportBot.Server.Desk.Api;

namespace SupportBot.Server.Desk;

/// <summary>Turns tickets into what the console shows, times in the desk's zone.</summary>
internal sealed class DeskViews(WorkingHours hours)
{
    public string Time(DateTimeOffset moment) => hours.ToLocal(moment).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public DeskTicketRow Row(TicketSummary ticket) => new()
    {
        Number = ticket.Number.ToString(),
        Status = DeskStatuses.Code(ticket.Status),
        StatusLabel = DeskStatuses.Label(ticket.Status),
        Channel = ticket.ChannelId,
        Language = ticket.Language,
        UserName = ticket.UserName,
        Problem = ticket.Problem,
        Assignee = ticket.Assignee,
        Rating = ticket.Rating?.Score,
        CreatedAt = ticket.CreatedAt,
        CreatedText = Time(ticket.CreatedAt),
        Sequence = ticket.Sequence,
    };

    public DeskTicketView Ticket(Ticket ticket, string agent) => new()
    {
        Ticket = Row(ticket.Summary),
        RatingComment = ticket.Summary.Rating?.Comment,
        EscalationReason = ticket.Summary.EscalationReason,
        Details = new DeskDetails
        {
            Problem = ticket.Details.Problem,
            AlreadyTried = ticket.Details.AlreadyTried,
            ErrorText = ticket.Details.ErrorText,
            SoftwareVersion = ticket.Details.SoftwareVersion,
            Contact = ticket.Details.Contact,
        },
        Transcript = [.. ticket.Transcript.Select(e => new DeskLine { At = e.At, AtText = Time(e.At), Role = RoleCode(e.Role), Name = e.SenderName, Text = e.Text })],
        Intents = [.. ticket.Intents.Select(i => new DeskIntent { Intent = i.Intent, Probability = i.Probability })],
        Articles = [.. ticket.Articles.Select(a => new DeskArticle { Id = a.Id, Title = a.Title, Score = a.Score })],
        History = [.. ticket.History.Select(e => new DeskLine { At = e.At, AtText = Time(e.At), Role = RoleCode(e.Actor.Role), Name = e.Actor.Name, Text = Describe(e) })],
        Actions = [.. DeskActions.Available(ticket.Summary, agent).Select(DeskActions.Code)],
    };

    public static string RoleCode(TicketRole role) => role.ToString().ToLowerInvariant();

    private static string Describe(TicketEvent e)
    {
        var what = e.Kind switch
        {
            TicketEventKind.Created => "created the ticket",
            TicketEventKind.StatusChanged => $"changed the status from {Label(e.From)} to {Label(e.To)}",
            TicketEventKind.Assigned => e.Note is null ? "unassigned the ticket" : "assigned the ticket to " + e.Note,
            TicketEventKind.AgentReplied => "replied to the user",
            TicketEventKind.UserMessage => "wrote to the ticket",
            TicketEventKind.Rated => "rated the help",
            TicketEventKind.Reopened => $"reopened the ticket ({Label(e.From)} → {Label(e.To)})",
            TicketEventKind.Note => "added a note",
            _ => e.Kind.ToString(),
        };
        return e.Note is { Length: > 0 } note && e.Kind is not TicketEventKind.Assigned ? $"{what}: {note}" : what;
    }

    private static string Label(TicketStatus? status) => status is { } s ? DeskStatuses.Label(s).ToLowerInvariant() : "?";
}
