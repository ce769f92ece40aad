namespace SupportBot.Core.Intents;

/// <summary>
/// The model the bot predicts with right now; a retrained model is swapped in atomically, and a prediction in flight
/// finishes on the model it started with. Thread-safe.
/// </summary>
public sealed class LiveIntentModel
{
    private IntentModel _current;

    /// <summary>Starts with <paramref name="model"/>.</summary>
    public LiveIntentModel(IntentModel model) => _current = model ?? throw new ArgumentNullException(nameof(model));

    /// <summary>The model in use.</summary>
    public IntentModel Current => Volatile.Read(ref _current);

    /// <summary>Makes <paramref name="next"/> the model in use and returns the one it replaced.</summary>
    public IntentModel Swap(IntentModel next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return Interlocked.Exchange(ref _current, next);
    }
}
