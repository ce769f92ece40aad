namespace SupportBot.Core.Conversations;

/// <summary>Typed per-turn values: one value per type, no string keys, no object bags at the call sites.</summary>
public sealed class TurnState
{
    private readonly Dictionary<Type, object> _values = [];

    /// <summary>Stores <paramref name="value"/> under its type.</summary>
    public void Set<T>(T value)
        where T : class => _values[typeof(T)] = value;

    /// <summary>The value stored under <typeparamref name="T"/>, or null.</summary>
    public T? Get<T>()
        where T : class => _values.TryGetValue(typeof(T), out var value) ? (T)value : null;
}
