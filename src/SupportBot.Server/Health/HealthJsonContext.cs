using System.Text.Json.Serialization;

namespace SupportBot.Server.Health;

/// <summary>Source-generated JSON for /healthz.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(HealthReport))]
public sealed partial class HealthJsonContext : JsonSerializerContext;
