using System.Text.Json.Serialization.Metadata;

namespace SupportBot.Core.Conversations;

/// <summary>State kept per conversation (channel + conversation id): the dialog stack, the current ticket draft.</summary>
public static class ConversationState
{
    /// <summary>A conversation-scoped property <paramref name="name"/> (see <see cref="StateProperty{T}"/> on immutable values).</summary>
    public static StateProperty<T> CreateProperty<T>(string name, JsonTypeInfo<T> typeInfo, bool immutableValues = false) =>
        new(StateScope.Conversation, name, typeInfo, immutableValues);
}
