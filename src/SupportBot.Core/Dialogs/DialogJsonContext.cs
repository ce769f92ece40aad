using System.Text.Json.Serialization;

namespace SupportBot.Core.Dialogs;

/// <summary>Source-generated JSON for the dialog stack and the built-in dialogs' own state.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DialogState))]
[JsonSerializable(typeof(WaterfallEnvelope))]
[JsonSerializable(typeof(PromptState))]
internal sealed partial class DialogJsonContext : JsonSerializerContext
{
    /// <summary>This context with letters of every script written as they are (see <see cref="Storage.ReadableJson"/>).</summary>
    // Made on first use: in a static initializer the generated Default may not be set yet.
    public static DialogJsonContext Readable => s_readable ??= new(Storage.ReadableJson.Options(Default.Options));

    private static DialogJsonContext? s_readable;
}
