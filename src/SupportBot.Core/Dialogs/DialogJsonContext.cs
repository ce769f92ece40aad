using System.Text.Json.Serialization;

namespace SupportBot.Core.Dialogs;

/// <summary>Source-generated JSON for the dialog stack and the built-in dialogs' own state.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DialogState))]
[JsonSerializable(typeof(WaterfallEnvelope))]
[JsonSerializable(typeof(PromptState))]
internal sealed partial class DialogJsonContext : JsonSerializerContext;
