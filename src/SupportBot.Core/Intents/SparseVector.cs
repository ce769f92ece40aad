namespace SupportBot.Core.Intents;

/// <summary>A feature vector as parallel arrays of ascending feature indices and their values.</summary>
internal readonly record struct SparseVector(int[] Indices, float[] Values)
{
    public static SparseVector Empty { get; } = new([], []);

    public int Count => Indices.Length;
}
