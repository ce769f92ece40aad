namespace SupportBot.Core.Dialogs;

/// <summary>The choice a user picked.</summary>
public sealed record FoundChoice
{
    /// <summary>The choice's <see cref="Choice.Value"/>.</summary>
    public required string Value { get; init; }

    /// <summary>Its position in the list, from 0.</summary>
    public required int Index { get; init; }
}
