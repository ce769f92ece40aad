namespace SupportBot.Core.Conversations;

/// <summary>What a channel can show; the only thing dialog code knows about the channel it is on.</summary>
public sealed record ChannelCapabilities
{
    /// <summary>Buttons (suggested actions) are shown; otherwise the bot lists choices as numbered lines.</summary>
    public bool SupportsButtons { get; init; } = true;

    /// <summary>The most buttons a message may carry.</summary>
    public int MaxButtons { get; init; } = 10;

    /// <summary>Markdown in text is rendered.</summary>
    public bool SupportsMarkdown { get; init; } = true;

    /// <summary>Longest text one message may carry; longer text is split by the channel.</summary>
    public int MaxMessageLength { get; init; } = 4096;

    /// <summary>Defaults suitable for Web Chat.</summary>
    public static ChannelCapabilities Default { get; } = new();
}
