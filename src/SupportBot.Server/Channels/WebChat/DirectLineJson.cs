using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace SupportBot.Server.Channels.WebChat;

/// <summary>
/// The Direct Line JSON context with Cyrillic written as is: the default encoder escapes every non-ASCII letter,
/// which makes a Russian message six times longer on the wire and in the store.
/// </summary>
internal static class DirectLineJson
{
    public static DirectLineJsonContext Context { get; } = new(new JsonSerializerOptions(DirectLineJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.BasicLatin, UnicodeRanges.Latin1Supplement, UnicodeRanges.Cyrillic, UnicodeRanges.GeneralPunctuation),
        TypeInfoResolver = null,
    });
}
