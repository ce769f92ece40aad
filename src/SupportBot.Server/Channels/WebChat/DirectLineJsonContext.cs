using System.Text.Json.Serialization;
using SupportBot.Core.Conversations;

namespace SupportBot.Server.Channels.WebChat;

/// <summary>Source-generated JSON for the Direct Line wire format: camelCase, nulls left out, no type names.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ConversationInfo))]
[JsonSerializable(typeof(DirectLineError))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(TokenClaims))]
public sealed partial class DirectLineJsonContext : JsonSerializerContext;
