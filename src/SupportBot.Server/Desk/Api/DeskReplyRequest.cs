namespace SupportBot.Server.Desk.Api;

/// <summary>The body of a JSON action call: the reply text (other actions need none).</summary>
public sealed record DeskReplyRequest
{
    /// <summary>What the agent writes to the user.</summary>
    public string? Text { get; init; }
}
