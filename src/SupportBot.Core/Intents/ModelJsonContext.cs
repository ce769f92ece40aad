using System.Text.Json.Serialization;

namespace SupportBot.Core.Intents;

/// <summary>Source-generated JSON for model metadata and evaluation reports.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(IntentModelInfo))]
[JsonSerializable(typeof(EvaluationReport))]
[JsonSerializable(typeof(IntentPredictionReport))]
public sealed partial class ModelJsonContext : JsonSerializerContext;
