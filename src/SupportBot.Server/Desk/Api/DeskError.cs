namespace SupportBot.Server.Desk.Api;

/// <summary>The body of every refused desk API call.</summary>
public sealed record DeskError
{
    /// <summary>What went wrong, in words a person can read.</summary>
    public required string Error { get; init; }
}
