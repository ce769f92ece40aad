using System.Text.Json.Serialization.Metadata;

namespace SupportBot.Core.Conversations;

/// <summary>State kept per user (channel + user id) across conversations: language, profile.</summary>
public static class UserState
{
    /// <summary>A user-scoped property <paramref name="name"/> (see <see cref="StateProperty{T}"/> on immutable values).</summary>
    public static StateProperty<T> CreateProperty<T>(string name, JsonTypeInfo<T> typeInfo, bool immutableValues = false) =>
        new(StateScope.User, name, typeInfo, immutableValues);
}
