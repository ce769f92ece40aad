using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace SupportBot.Core.Storage;

/// <summary>
/// JSON options that write letters of every script as they are. The default encoder escapes each non-ASCII character
/// as \uXXXX, which makes Russian text three times longer in the store than its UTF-8 and costs time on every write
/// and read; characters that matter to HTML and JavaScript (&lt; &gt; &amp; quotes) and control characters stay escaped.
/// </summary>
public static class ReadableJson
{
    /// <summary>The encoder: all of Unicode's letters as they are, markup characters escaped.</summary>
    public static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>A copy of a source-generated context's <paramref name="options"/> with <see cref="Encoder"/>, for a new instance of that context.</summary>
    public static JsonSerializerOptions Options(JsonSerializerOptions options) => new(options)
    {
        Encoder = Encoder,
        TypeInfoResolver = null,
    };
}
