using System.Text.Json.Serialization.Metadata;

namespace SupportBot.Core.Conversations;

/// <summary>State kept per user (channel + user id) across conversations: language, profile.</summary>
public static class UserState
{
    /// <summary>A user-scoped property <paramref name="name"/>.</summary>
    public static StateProperty<T> CreateProperty<T>(string name, JsonTypeInfo<T> typeInfo) =>
        new(StateScope.User, name, typeInfo);
}
