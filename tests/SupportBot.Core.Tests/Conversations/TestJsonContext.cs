using System.Text.Json.Serialization;
using SupportBot.Core.Tests.Dialogs;

namespace SupportBot.Core.Tests.Conversations;

/// <summary>Source-generated JSON for the tests' state types.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(CounterState))]
[JsonSerializable(typeof(ProfileState))]
[JsonSerializable(typeof(OrderState))]
[JsonSerializable(typeof(EmptyState))]
internal sealed partial class TestJsonContext : JsonSerializerContext;
