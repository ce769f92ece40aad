namespace SupportBot.Core.Support.Dialogs;

/// <summary>A ticket being prepared: why, in which language, and the details collected so far.</summary>
internal sealed record EscalationState
{
    public required string Reason { get; init; }

    public required string Language { get; init; }

    public string? Problem { get; init; }

    public string? AlreadyTried { get; init; }

    public string? ErrorText { get; init; }

    public string? SoftwareVersion { get; init; }

    public string? Contact { get; init; }
}
