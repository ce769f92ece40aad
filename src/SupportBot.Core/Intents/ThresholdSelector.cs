namespace SupportBot.Core.Intents;

/// <summary>Chooses the out-of-scope threshold on held-out predictions by a rule fixed in advance.</summary>
internal static class ThresholdSelector
{
    private const double Step = 0.005;
    private const double Highest = 0.95;

    /// <summary>
    /// With out-of-scope examples: the lowest threshold whose out-of-scope recall reaches the wanted minimum, since every
    /// step higher rejects more correct answers; when no threshold reaches it, the one maximizing accuracy + recall.
    /// Without: the highest threshold that rejects at most the allowed share of correct in-scope answers.
    /// </summary>
    public static double Choose(IReadOnlyList<ScoredExample> heldOut, IntentTrainerOptions options)
    {
        var hasOutOfScope = heldOut.Any(s => s.Expected == options.OutOfScopeLabel);
        if (!hasOutOfScope)
        {
            var correct = heldOut.Where(s => !s.OutOfScopeWins && s.BestInScope == s.Expected).Select(s => (double)s.BestProbability).Order().ToList();
            if (correct.Count == 0)
            {
                return 0;
            }

            var rejected = (int)Math.Floor(correct.Count * options.MaxCorrectRejectedWithoutOutOfScopeData);
            return rejected == 0 ? 0 : Math.Round(correct[rejected - 1], 4);
        }

        var bestThreshold = 0.0;
        var bestValue = double.NegativeInfinity;
        for (var step = 0; step * Step <= Highest + 1e-9; step++)
        {
            var threshold = step * Step;
            var (accuracy, recall) = IntentEvaluator.Headline(heldOut, threshold, options.OutOfScopeLabel);
            if (recall >= options.MinOutOfScopeRecall)
            {
                return Math.Round(threshold, 4);
            }

            var value = accuracy + (recall ?? 0);
            if (value > bestValue + 1e-12)
            {
                bestValue = value;
                bestThreshold = threshold;
            }
        }

        return Math.Round(bestThreshold, 4);
    }
}
