using SupportBot.Core.Tickets;

namespace SupportBot.Server.Desk;

/// <summary>How a console action went: done (perhaps with a warning), or refused with a reason and an HTTP status.</summary>
internal sealed record DeskActionOutcome
{
    public required int StatusCode { get; init; }

    public Ticket? Ticket { get; init; }

    public string? Error { get; init; }

    public string? Warning { get; init; }

    public bool Succeeded => Error is null;

    public static DeskActionOutcome Done(Ticket ticket, string? warning = null) => new() { StatusCode = StatusCodes.Status200OK, Ticket = ticket, Warning = warning };

    public static DeskActionOutcome Refused(int statusCode, string error) => new() { StatusCode = statusCode, Error = error };
}
