namespace SupportBot.Core.Conversations;

/// <summary>Buttons shown under a message; they disappear once the user answers.</summary>
public sealed record SuggestedActions
{
    /// <summary>The buttons, in order.</summary>
    public required IReadOnlyList<CardAction> Actions { get; init; }

    /// <summary>Recipient ids the buttons are for (empty means everyone).</summary>
    public IReadOnlyList<string>? To { get; init; }

    /// <summary>Buttons that send their title as the user's message (<c>imBack</c>).</summary>
    public static SuggestedActions ImBack(params IEnumerable<string> titles) =>
        new() { Actions = [.. titles.Select(CardAction.ImBack)] };
}
