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
internal sealed partial class SupportJsonContext : JsonSerializerContext
{
    /// <summary>This context with letters of every script written as they are (see <see cref="Storage.ReadableJson"/>).</summary>
    // Made on first use: in a static initializer the generated Default may not be set yet.
    public static SupportJsonContext Readable => s_readable ??= new(Storage.ReadableJson.Options(Default.Options));

    private static SupportJsonContext? s_readable;
}
