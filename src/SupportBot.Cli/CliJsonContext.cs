using System.Text.Json.Serialization;
using SupportBot.Cli.Commands;

namespace SupportBot.Cli;

/// <summary>Source-generated JSON for the CLI's own reports.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(List<KnowledgeHitReport>))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
