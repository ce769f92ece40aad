using System.Text.Json.Serialization.Metadata;

namespace SupportBot.Server.Channels.Telegram;

/// <summary>
/// One Bot API method call: the public properties are its parameters (written in snake_case); the internal ones tell
/// the client the method name and the source-generated JSON shapes, so nothing is serialized by reflection.
/// </summary>
internal abstract record TelegramRequest<TResult>
{
    /// <summary>The Bot API method, as in the URL (<c>sendMessage</c>).</summary>
    internal abstract string MethodName { get; }

    internal abstract JsonTypeInfo RequestTypeInfo { get; }

    internal abstract JsonTypeInfo<TelegramResponse<TResult>> ResponseTypeInfo { get; }

    /// <summary>How long the server may take on purpose (long polling), added to the client's request timeout.</summary>
    internal virtual TimeSpan ServerWait => TimeSpan.Zero;

    /// <summary>The chat a message goes to, so sends can be queued per chat; null for methods without one.</summary>
    internal virtual long? TargetChatId => null;
}
