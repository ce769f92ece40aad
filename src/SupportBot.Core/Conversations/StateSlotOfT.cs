using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SupportBot.Core.Storage;

namespace SupportBot.Core.Conversations;

/// <summary>A typed state value of one turn.</summary>
internal sealed class StateSlot<T> : StateSlot
{
    private readonly JsonTypeInfo<T> _typeInfo;
    private readonly bool _immutable;
    private T? _value;
    private bool _dirty;
    private bool _deleted;

    private StateSlot(StateKey key, StoredState? stored, JsonTypeInfo<T> typeInfo, bool immutable)
        : base(key, stored) => (_typeInfo, _immutable) = (typeInfo, immutable);

    public bool HasValue { get; private set; }

    /// <summary>True when the stored JSON could not be read; the value then starts over.</summary>
    public bool WasMalformed { get; private set; }

    /// <summary>
    /// The slot for <paramref name="stored"/>. An <paramref name="immutable"/> value already read from the same JSON
    /// is taken as it is, and one read here is left on <paramref name="stored"/> for the next turn.
    /// </summary>
    public static StateSlot<T> Load(StateKey key, StoredState? stored, JsonTypeInfo<T> typeInfo, bool immutable)
    {
        var slot = new StateSlot<T>(key, stored, typeInfo, immutable);
        if (stored is null)
        {
            return slot;
        }

        if (immutable && stored.Value is T read)
        {
            slot._value = read;
            slot.HasValue = true;
            return slot;
        }

        try
        {
            slot._value = JsonSerializer.Deserialize(stored.Utf8Json, typeInfo);
            slot.HasValue = slot._value is not null;
            if (immutable && slot.HasValue)
            {
                stored.Value = slot._value;
            }
        }
        catch (JsonException)
        {
            slot.WasMalformed = true;
        }
        catch (NotSupportedException)
        {
            slot.WasMalformed = true;
        }

        return slot;
    }

    public T Value => HasValue ? _value! : throw new InvalidOperationException($"State '{Key.Name}' has no value.");

    public void Set(T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
        HasValue = true;
        _dirty = true;
        _deleted = false;
    }

    public void Delete()
    {
        _value = default;
        HasValue = false;
        _dirty = false;
        _deleted = true;
    }

    public override StateWrite? GetWrite()
    {
        if (_deleted)
        {
            return LoadedJson is null ? null : new StateWrite { Key = Key, Utf8Json = null, ExpectedVersion = Version };
        }

        if (!_dirty)
        {
            return null;
        }

        var json = ReadableJson.SerializeToUtf8Bytes(_value!, _typeInfo);
        return json.AsSpan().SequenceEqual(LoadedJson) ? null : new StateWrite { Key = Key, Utf8Json = json, ExpectedVersion = Version, Value = _immutable ? _value : null };
    }
}
