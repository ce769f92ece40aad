using System.Text.Json.Serialization;
using SupportBot.Core.Support.Dialogs;

namespace SupportBot.Core.Support;

/// <summary>Source-generated JSON for the support bot's state, dialog states and turn traces.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(SupportState))]
[JsonSerializable(typeof(UserProfile))]
[JsonSerializable(typeof(TurnTrace))]
[JsonSerializable(typeof(AnswerState))]
[JsonSerializable(typeof(DisambiguationState))]
[JsonSerializable(typeof(EscalationState))]
[JsonSerializable(typeof(TicketStatusState))]
internal sealed partial class SupportJsonContext : JsonSerializerContext;
