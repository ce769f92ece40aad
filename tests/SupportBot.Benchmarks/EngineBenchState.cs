using System.Text.Json.Serialization;

namespace SupportBot.Benchmarks;

/// <summary>The benchmark waterfall's typed state.</summary>
internal sealed record EngineBenchState
{
    public string? Name { get; init; }

    public int Rounds { get; init; }
}

/// <summary>Source-generated JSON for the benchmark's state.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(EngineBenchState))]
internal sealed partial class EngineBenchJsonContext : JsonSerializerContext;
