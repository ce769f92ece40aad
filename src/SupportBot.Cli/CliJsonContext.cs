using System.Text.Json.Serialization;
using SupportBot.Cli.Commands;

namespace SupportBot.Cli;

/// <summary>Source-generated JSON for the CLI's own reports.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(List<KnowledgeHitReport>))]
[JsonSerializable(typeof(IReadOnlyList<SupportBot.Core.Support.Review.ReviewItem>))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
