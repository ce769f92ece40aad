using SupportBot.Core.Storage;

namespace SupportBot.Server.Channels.WebChat;

/// <summary>
/// The Direct Line JSON context with Cyrillic written as is (<see cref="ReadableJson"/>): escaped, a Russian message
/// would be three times longer on the wire and in the store.
/// </summary>
internal static class DirectLineJson
{
    public static DirectLineJsonContext Context { get; } = new(ReadableJson.Options(DirectLineJsonContext.Default.Options));
}
