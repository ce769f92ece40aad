using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace SupportBot.Core.Dialogs;

/// <summary>
/// One entry of the persisted dialog stack: which dialog, and its own state as JSON that only that dialog reads
/// (through its typed <c>JsonTypeInfo</c>).
/// </summary>
public sealed record DialogInstance
{
    /// <summary>The dialog's id in its <see cref="DialogSet"/>.</summary>
    public required string Id { get; init; }

    /// <summary>The dialog's state (made from the typed value on first read when a built-in dialog set one).</summary>
    [JsonIgnore]
    public JsonElement? State
    {
        get => Content?.Element;
        init => Content = value is { } element ? new DialogStateElement(element) : null;
    }

    /// <summary>
    /// The state as stored: JSON as read, or an immutable value a built-in dialog set, which is read back as it is
    /// (this turn and, through the state cache, the next) and written straight into the stack's JSON when it is saved.
    /// </summary>
    [JsonInclude]
    [JsonPropertyName("state")]
    internal DialogStateContent? Content { get; init; }
}

/// <summary>A dialog's state: JSON, or a typed value with the contract that writes it.</summary>
[JsonConverter(typeof(DialogStateContentConverter))]
internal abstract class DialogStateContent
{
    /// <summary>The typed value, or null for state read as JSON.</summary>
    public abstract object? Value { get; }

    public abstract JsonElement Element { get; }

    public abstract void WriteTo(Utf8JsonWriter writer);
}

internal sealed class DialogStateElement(JsonElement element) : DialogStateContent
{
    public override object? Value => null;

    public override JsonElement Element => element;

    public override void WriteTo(Utf8JsonWriter writer) => element.WriteTo(writer);
}

internal sealed class DialogStateValue<T>(T value, JsonTypeInfo<T> typeInfo) : DialogStateContent
    where T : notnull
{
    private JsonElement? _element;

    public override object? Value => value;

    // Only code reading DialogInstance.State needs the JSON form; the store writes the value directly.
    public override JsonElement Element => _element ??= JsonSerializer.SerializeToElement(value, typeInfo);

    public override void WriteTo(Utf8JsonWriter writer) => JsonSerializer.Serialize(writer, value, typeInfo);
}

/// <summary>Reads a dialog's state as a JSON element; writes a typed value without making an element of it first.</summary>
internal sealed class DialogStateContentConverter : JsonConverter<DialogStateContent>
{
    public override DialogStateContent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new DialogStateElement(JsonElement.ParseValue(ref reader));

    public override void Write(Utf8JsonWriter writer, DialogStateContent value, JsonSerializerOptions options) => value.WriteTo(writer);
}
