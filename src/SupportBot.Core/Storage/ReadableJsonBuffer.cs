using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SupportBot.Core.Storage;

/// <summary>
/// A buffer and a writer with <see cref="ReadableJson.Encoder"/>'s escaping, reused from value to value by one caller
/// at a time. The escaping is the writer's, so a source-generated context's own (<c>Default</c>) type info keeps its
/// generated fast path, which options with another encoder turn off, and writes the same bytes as
/// <see cref="ReadableJson.Options"/> would.
/// </summary>
public sealed class ReadableJsonBuffer : IDisposable
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = ReadableJson.Encoder };

    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _writer;

    public ReadableJsonBuffer() => _writer = new Utf8JsonWriter(_buffer, WriterOptions);

    /// <summary>How many bytes the buffer holds now (it grows to the largest value written).</summary>
    public int Capacity => _buffer.Capacity;

    /// <summary><paramref name="value"/> as UTF-8 JSON; the bytes are valid until the next call.</summary>
    public ReadOnlySpan<byte> Serialize<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        JsonSerializer.Serialize(_writer, value, typeInfo);
        _writer.Flush();
        return _buffer.WrittenSpan;
    }

    public void Dispose() => _writer.Dispose();
}
