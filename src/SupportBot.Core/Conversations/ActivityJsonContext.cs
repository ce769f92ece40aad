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
public sealed partial class ActivityJsonContext : JsonSerializerContext;
