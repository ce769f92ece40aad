using System.Text.Json.Serialization;

namespace SupportBot.Core.Conversations;

/// <summary>Source-generated JSON for activities, with Bot Framework's camelCase field names and no nulls written.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(IReadOnlyList<Activity>))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(ResourceResponse))]
public sealed partial class ActivityJsonContext : JsonSerializerContext
{
    /// <summary>This context with letters of every script written as they are (see <see cref="Storage.ReadableJson"/>).</summary>
    // Made on first use: in a static initializer the generated Default may not be set yet.
    public static ActivityJsonContext Readable => s_readable ??= new(Storage.ReadableJson.Options(Default.Options));

    private static ActivityJsonContext? s_readable;
}
