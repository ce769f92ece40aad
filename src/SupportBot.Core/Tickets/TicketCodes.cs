namespace SupportBot.Core.Tickets;

/// <summary>The stable text codes enums are stored as, so renaming a C# member never changes stored data.</summary>
internal static class TicketCodes
{
    public static string Of(TicketStatus status) => status switch
    {
        TicketStatus.New => "new",
        TicketStatus.InProgress => "in_progress",
        TicketStatus.WaitingForUser => "waiting_for_user",
        TicketStatus.Resolved => "resolved",
        TicketStatus.Closed => "closed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static TicketStatus Status(string code) => code switch
    {
        "new" => TicketStatus.New,
        "in_progress" => TicketStatus.InProgress,
        "waiting_for_user" => TicketStatus.WaitingForUser,
        "resolved" => TicketStatus.Resolved,
        "closed" => TicketStatus.Closed,
        _ => throw new InvalidDataException($"Unknown ticket status '{code}' in the database."),
    };

    public static string Of(TicketRole role) => role switch
    {
        TicketRole.User => "user",
        TicketRole.Bot => "bot",
        TicketRole.Agent => "agent",
        TicketRole.System => "system",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static TicketRole Role(string code) => code switch
    {
        "user" => TicketRole.User,
        "bot" => TicketRole.Bot,
        "agent" => TicketRole.Agent,
        "system" => TicketRole.System,
        _ => throw new InvalidDataException($"Unknown ticket role '{code}' in the database."),
    };

    public static string Of(TicketEventKind kind) => kind switch
    {
        TicketEventKind.Created => "created",
        TicketEventKind.StatusChanged => "status_changed",
        TicketEventKind.Assigned => "assigned",
        TicketEventKind.AgentReplied => "agent_replied",
        TicketEventKind.UserMessage => "user_message",
        TicketEventKind.Rated => "rated",
        TicketEventKind.Reopened => "reopened",
        TicketEventKind.Note => "note",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static TicketEventKind Kind(string code) => code switch
    {
        "created" => TicketEventKind.Created,
        "status_changed" => TicketEventKind.StatusChanged,
        "assigned" => TicketEventKind.Assigned,
        "agent_replied" => TicketEventKind.AgentReplied,
        "user_message" => TicketEventKind.UserMessage,
        "rated" => TicketEventKind.Rated,
        "reopened" => TicketEventKind.Reopened,
        "note" => TicketEventKind.Note,
        _ => throw new InvalidDataException($"Unknown ticket event '{code}' in the database."),
    };

    /// <summary>"ru" or "en" from any casing; anything else is the caller's bug.</summary>
    public static string Language(string? language) => language?.Trim().ToLowerInvariant() switch
    {
        "ru" => "ru",
        "en" => "en",
        _ => throw new ArgumentException($"Ticket language must be \"ru\" or \"en\", not \"{language}\".", nameof(language)),
    };
}
