namespace SupportBot.Server.Channels.WebChat;

/// <summary>Web chat page settings (section <c>WebChat</c>).</summary>
public sealed class WebChatOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "WebChat";

    /// <summary>
    /// Origins (<c>https://intranet.example.com</c>) whose pages may embed the chat and call Direct Line cross-origin;
    /// empty means the chat works only on this server's own page.
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];
}
