namespace SupportBot.Server.Channels.WebChat;

/// <summary>Direct Line's error body: <c>{"error": {"code": "...", "message": "..."}}</c>.</summary>
public sealed record DirectLineError(DirectLineErrorDetail Error)
{
    /// <summary>An error with <paramref name="code"/> and a message for the developer.</summary>
    public static DirectLineError Of(string code, string message) => new(new DirectLineErrorDetail(code, message));
}
