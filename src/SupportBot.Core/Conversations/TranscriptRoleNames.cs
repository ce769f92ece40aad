namespace SupportBot.Core.Conversations;

/// <summary>How a <see cref="TranscriptRole"/> is stored in the transcript's <c>role</c> column, both ways in one place.</summary>
internal static class TranscriptRoleNames
{
    public static string Of(TranscriptRole role) => role switch
    {
        TranscriptRole.User => "user",
        TranscriptRole.Bot => "bot",
        TranscriptRole.Agent => "agent",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown transcript role."),
    };

    public static TranscriptRole Parse(string name) => name switch
    {
        "user" => TranscriptRole.User,
        "bot" => TranscriptRole.Bot,
        "agent" => TranscriptRole.Agent,
        _ => throw new InvalidDataException($"Unknown transcript role '{name}'."),
    };
}
