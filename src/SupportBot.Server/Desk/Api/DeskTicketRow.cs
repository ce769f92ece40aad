namespace SupportBot.Server.Desk.Api;

/// <summary>One ticket in the queue.</summary>
public sealed record DeskTicketRow
{
    /// <summary>SB-000123.</summary>
    public required string Number { get; init; }

    /// <summary>new, in_progress, waiting_for_user, resolved or closed.</summary>
    public required string Status { get; init; }

    /// <summary>The status in words.</summary>
    public required string StatusLabel { get; init; }

    /// <summary>The channel id (webchat, telegram).</summary>
    public required string Channel { get; init; }

    /// <summary>ru or en.</summary>
    public required string Language { get; init; }

    /// <summary>The user's display name.</summary>
    public required string UserName { get; init; }

    /// <summary>The problem in the user's words, if collected.</summary>
    public string? Problem { get; init; }

    /// <summary>The agent working on it.</summary>
    public string? Assignee { get; init; }

    /// <summary>The user's 1–5 rating.</summary>
    public int? Rating { get; init; }

    /// <summary>When it was created (ISO 8601).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Created, in the desk's time zone, as shown.</summary>
    public required string CreatedText { get; init; }

    /// <summary>The change sequence of its last change.</summary>
    public required long Sequence { get; init; }
}
