namespace SupportBot.Server.Desk.Api;

/// <summary>A staff account as the admin page shows it (never the hash).</summary>
public sealed record DeskStaffRow
{
    /// <summary>The sign-in name.</summary>
    public required string Name { get; init; }

    /// <summary>agent or admin.</summary>
    public required string Role { get; init; }

    /// <summary>When added.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Locked until, if locked now.</summary>
    public DateTimeOffset? LockedUntil { get; init; }
}
