namespace SupportBot.Core.Intents;

/// <summary>
/// Drops each feature of a training example with a fixed probability and scales the survivors up to keep the
/// expected input the same (inverted dropout). A model that cannot count on any one n-gram spreads its weight over
/// all the evidence a message carries, which cross-validation found regularizes better than a larger L2 penalty.
/// Deterministic from its seed; one instance per training run, not thread-safe.
/// </summary>
internal sealed class FeatureDropout
{
    private readonly ulong _dropBelow;
    private readonly float _boost;
    private ulong _state;

    public FeatureDropout(double probability, int seed, int maxFeatures)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(probability);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(probability, 1);
        _dropBelow = (ulong)(probability * (1UL << 32));
        _boost = (float)(1 / (1 - probability));
        // Any non-zero state works for xorshift; mixing the seed keeps nearby seeds from giving similar streams.
        _state = Mix((ulong)seed + 0x9E3779B97F4A7C15UL) | 1;
        Indices = new int[maxFeatures];
        Values = new float[maxFeatures];
    }

    /// <summary>The kept features' indices from the last <see cref="Apply"/>; the first <c>count</c> entries are valid.</summary>
    public int[] Indices { get; }

    /// <summary>The kept features' scaled values, parallel to <see cref="Indices"/>.</summary>
    public float[] Values { get; }

    /// <summary>Fills <see cref="Indices"/> and <see cref="Values"/> with the features of <paramref name="x"/> that survive; returns how many did.</summary>
    public int Apply(SparseVector x)
    {
        var kept = 0;
        for (var k = 0; k < x.Count; k++)
        {
            if (NextUInt32() >= _dropBelow)
            {
                Indices[kept] = x.Indices[k];
                Values[kept] = x.Values[k] * _boost;
                kept++;
            }
        }

        return kept;
    }

    // xorshift64*: a few instructions per draw, which matters at one draw per feature per step.
    private ulong NextUInt32()
    {
        _state ^= _state >> 12;
        _state ^= _state << 25;
        _state ^= _state >> 27;
        return (_state * 0x2545F4914F6CDD1DUL) >> 32;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
