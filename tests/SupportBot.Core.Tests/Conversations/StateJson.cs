using System.Text;
using SupportBot.Core.Conversations;

namespace SupportBot.Core.Tests.Conversations;

/// <summary>State JSON as the tests write and read it: text, where the store holds UTF-8.</summary>
internal static class StateJson
{
    public static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

    public static string? Text(this StoredState? state) => state is null ? null : Encoding.UTF8.GetString(state.Utf8Json);
}
