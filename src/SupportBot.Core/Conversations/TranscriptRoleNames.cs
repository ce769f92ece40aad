namespace SupportBot.Core.Conversations;

/// <summary>How a <see cref="TranscriptRole"/> is stored in the transcript's <c>role</c> column, both ways in one place.</summary>
public static class TranscriptRoleNames
{
    /// <summary>The stored name of <paramref name="role"/>.</summary>
    public static string Of(TranscriptRole role) => role switch
    {
        TranscriptRole.User => "user",
        TranscriptRole.Bot => "bot",
        TranscriptRole.Agent => "agent",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown transcript role."),
    };

    /// <summary>The role a stored name stands for; throws <see cref="InvalidDataException"/> for any other text.</summary>
    public static TranscriptRole Parse(string name) => name switch
    {
        "user" => TranscriptRole.User,
        "bot" => TranscriptRole.Bot,
        "agent" => TranscriptRole.Agent,
        _ => throw new InvalidDataException($"Unknown transcript role '{name}'."),
    };

    /// <summary>The role of whoever sent an activity, by the role on its account; <paramref name="fallback"/> when it has none.</summary>
    public static TranscriptRole OfSender(ChannelAccount? sender, TranscriptRole fallback) =>
        sender?.Role is "user" or "bot" or "agent" ? Parse(sender.Role) : fallback;
}
