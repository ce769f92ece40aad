using System.Text.Json;

namespace SupportBot.Core.Dialogs;

/// <summary>
/// One entry of the persisted dialog stack: which dialog, and its own state as JSON that only that dialog reads
/// (through its typed <c>JsonTypeInfo</c>).
/// </summary>
public sealed record DialogInstance
{
    /// <summary>The dialog's id in its <see cref="DialogSet"/>.</summary>
    public required string Id { get; init; }

    /// <summary>The dialog's state.</summary>
    public JsonElement? State { get; init; }
}
