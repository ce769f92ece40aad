using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SupportBot.Core.Dialogs;

/// <summary>
/// One entry of the persisted dialog stack: which dialog, and its own state as JSON that only that dialog reads
/// (through its typed <c>JsonTypeInfo</c>).
/// </summary>
public sealed record DialogInstance
{
    private JsonElement? _state;

    /// <summary>The dialog's id in its <see cref="DialogSet"/>.</summary>
    public required string Id { get; init; }

    /// <summary>The dialog's state (made from <see cref="Typed"/> on first read when the dialog set it typed).</summary>
    public JsonElement? State
    {
        get => _state ??= Typed?.ToElement();
        init => _state = value;
    }

    /// <summary>
    /// The state as a built-in dialog set it, an immutable value: read back as it is in this turn and, from the state
    /// cache, in the next, and turned into JSON only when the stack is saved.
    /// </summary>
    internal TypedDialogState? Typed { get; init; }
}

/// <summary>An immutable dialog state value and the JSON contract that writes it.</summary>
internal abstract class TypedDialogState
{
    public abstract object Value { get; }

    public abstract JsonElement ToElement();
}

/// <inheritdoc cref="TypedDialogState" />
internal sealed class TypedDialogState<T>(T value, JsonTypeInfo<T> typeInfo) : TypedDialogState
    where T : notnull
{
    public override object Value => value;

    public override JsonElement ToElement() => JsonSerializer.SerializeToElement(value, typeInfo);
}
