using System.Text.Json.Serialization;

namespace SupportBot.Core.Tickets;

/// <summary>Source-generated JSON for the ticket columns that hold lists (intent guesses, offered articles).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(IntentGuess[]))]
[JsonSerializable(typeof(OfferedArticle[]))]
internal sealed partial class TicketJsonContext : JsonSerializerContext;
