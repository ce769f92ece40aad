namespace SupportBot.Server.Desk.Api;

/// <summary>The details the bot asked the user for.</summary>
public sealed record DeskDetails
{
    /// <summary>The problem in the user's words.</summary>
    public string? Problem { get; init; }

    /// <summary>What the user already tried.</summary>
    public string? AlreadyTried { get; init; }

    /// <summary>The exact error text.</summary>
    public string? ErrorText { get; init; }

    /// <summary>System and app version.</summary>
    public string? SoftwareVersion { get; init; }

    /// <summary>How to reach the user.</summary>
    public string? Contact { get; init; }
}
