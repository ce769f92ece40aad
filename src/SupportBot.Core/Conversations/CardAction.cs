namespace SupportBot.Core.Conversations;

/// <summary>One button.</summary>
public sealed record CardAction
{
    /// <summary>"imBack" (sends <see cref="Value"/> as a message), "postBack", "openUrl"…</summary>
    public required string Type { get; init; }

    /// <summary>The button's label.</summary>
    public required string Title { get; init; }

    /// <summary>What pressing it sends (for imBack, the message text).</summary>
    public string? Value { get; init; }

    /// <summary>A button that sends <paramref name="title"/> as the user's message.</summary>
    public static CardAction ImBack(string title) => new() { Type = "imBack", Title = title, Value = title };
}
