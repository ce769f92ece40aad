using System.Text.Json.Serialization;

namespace SupportBot.Core.Tickets;

/// <summary>Source-generated JSON for the ticket columns that hold lists (intent guesses, offered articles).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(IntentGuess[]))]
[JsonSerializable(typeof(OfferedArticle[]))]
internal sealed partial class TicketJsonContext : JsonSerializerContext
{
    /// <summary>This context with letters of every script written as they are (see <see cref="Storage.ReadableJson"/>).</summary>
    // Made on first use: in a static initializer the generated Default may not be set yet.
    public static TicketJsonContext Readable => s_readable ??= new(Storage.ReadableJson.Options(Default.Options));

    private static TicketJsonContext? s_readable;
}
