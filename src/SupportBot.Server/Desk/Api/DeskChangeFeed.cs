namespace SupportBot.Server.Desk.Api;

/// <summary>Tickets changed after a sequence, oldest change first.</summary>
public sealed record DeskChangeFeed
{
    /// <summary>The changed tickets.</summary>
    public required IReadOnlyList<DeskTicketRow> Tickets { get; init; }

    /// <summary>Ask from here next time.</summary>
    public required long Sequence { get; init; }

    /// <summary>Whether more changes wait.</summary>
    public required bool HasMore { get; init; }
}
