namespace SupportBot.Core.Intents;

/// <summary>One evaluated message: what it should be, the best in-scope guess and its probability, and whether the oos label won.</summary>
internal readonly record struct ScoredExample(string Expected, string BestInScope, float BestProbability, bool OutOfScopeWins)
{
    public string Predicted(double threshold, string outOfScopeLabel) =>
        OutOfScopeWins || BestProbability < threshold ? outOfScopeLabel : BestInScope;

    /// <summary>Scores one message from its class probabilities (in <paramref name="labels"/> order).</summary>
    public static ScoredExample From(ReadOnlySpan<float> probabilities, IReadOnlyList<string> labels, string expected, string outOfScopeLabel)
    {
        var best = -1;
        var outOfScope = -1;
        for (var c = 0; c < labels.Count; c++)
        {
            if (labels[c] == outOfScopeLabel)
            {
                outOfScope = c;
            }
            else if (best < 0 || probabilities[c] > probabilities[best])
            {
                best = c;
            }
        }

        return best < 0
            ? new ScoredExample(expected, outOfScopeLabel, 0f, true)
            : new ScoredExample(expected, labels[best], probabilities[best], outOfScope >= 0 && probabilities[outOfScope] > probabilities[best]);
    }
}
