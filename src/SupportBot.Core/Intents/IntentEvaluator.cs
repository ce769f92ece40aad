namespace SupportBot.Core.Intents;

/// <summary>Measures a model on labelled data the way the benchmarks report it (in-scope accuracy, out-of-scope recall, macro-F1).</summary>
public static class IntentEvaluator
{
    private const int ConfusionCount = 10;

    /// <summary>Evaluates <paramref name="model"/> on <paramref name="data"/> at the model's own threshold, or at <paramref name="threshold"/>.</summary>
    public static EvaluationReport Evaluate(IntentModel model, IReadOnlyList<IntentExample> data, double? threshold = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        var scored = new ScoredExample[data.Count];
        Parallel.For(0, data.Count, i =>
        {
            var prediction = model.Predict(data[i].Text);
            var outOfScopeProbability = prediction.Ranked.FirstOrDefault(r => r.Intent == model.Info.OutOfScopeLabel).Probability;
            scored[i] = new ScoredExample(data[i].Intent, prediction.Best.Intent, prediction.Best.Probability, outOfScopeProbability > prediction.Best.Probability);
        });
        return Report(scored, threshold ?? model.Info.OutOfScopeThreshold, model.Info.OutOfScopeLabel);
    }

    internal static EvaluationReport Report(IReadOnlyList<ScoredExample> scored, double threshold, string outOfScopeLabel)
    {
        var (accuracy, recall) = Headline(scored, threshold, outOfScopeLabel);
        var perIntent = PerIntent(scored, threshold, outOfScopeLabel);
        return new EvaluationReport
        {
            Examples = scored.Count,
            InScopeExamples = scored.Count(s => s.Expected != outOfScopeLabel),
            OutOfScopeExamples = scored.Count(s => s.Expected == outOfScopeLabel),
            Threshold = threshold,
            InScopeAccuracy = accuracy,
            OutOfScopeRecall = recall,
            MacroF1 = perIntent.Count == 0 ? 0 : perIntent.Average(m => m.F1),
            PerIntent = perIntent,
            Confusions = scored
                .Select(s => (s.Expected, Predicted: s.Predicted(threshold, outOfScopeLabel)))
                .Where(p => p.Expected != p.Predicted)
                .GroupBy(p => p)
                .Select(g => new ConfusedPair(g.Key.Expected, g.Key.Predicted, g.Count()))
                .OrderByDescending(p => p.Count).ThenBy(p => p.Expected, StringComparer.Ordinal).ThenBy(p => p.Predicted, StringComparer.Ordinal)
                .Take(ConfusionCount)
                .ToList(),
            Sweep = Enumerable.Range(0, 20).Select(i => i * 0.05).Append(threshold).Distinct().Order()
                .Select(t => Headline(scored, t, outOfScopeLabel) is var (a, r) ? new ThresholdPoint(Math.Round(t, 4), a, r) : null!)
                .ToList(),
        };
    }

    /// <summary>In-scope accuracy and out-of-scope recall (null without out-of-scope examples) at one threshold.</summary>
    internal static (double InScopeAccuracy, double? OutOfScopeRecall) Headline(IReadOnlyList<ScoredExample> scored, double threshold, string outOfScopeLabel)
    {
        int inScope = 0, inScopeCorrect = 0, outOfScope = 0, outOfScopeCaught = 0;
        foreach (var s in scored)
        {
            var predicted = s.Predicted(threshold, outOfScopeLabel);
            if (s.Expected == outOfScopeLabel)
            {
                outOfScope++;
                outOfScopeCaught += predicted == outOfScopeLabel ? 1 : 0;
            }
            else
            {
                inScope++;
                inScopeCorrect += predicted == s.Expected ? 1 : 0;
            }
        }

        return (inScope == 0 ? 0 : (double)inScopeCorrect / inScope, outOfScope == 0 ? null : (double)outOfScopeCaught / outOfScope);
    }

    private static List<IntentMetrics> PerIntent(IReadOnlyList<ScoredExample> scored, double threshold, string outOfScopeLabel)
    {
        var truePositives = new Dictionary<string, int>(StringComparer.Ordinal);
        var predictedCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var support = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in scored)
        {
            var predicted = s.Predicted(threshold, outOfScopeLabel);
            support[s.Expected] = support.GetValueOrDefault(s.Expected) + 1;
            predictedCounts[predicted] = predictedCounts.GetValueOrDefault(predicted) + 1;
            if (predicted == s.Expected)
            {
                truePositives[predicted] = truePositives.GetValueOrDefault(predicted) + 1;
            }
        }

        return support.Keys
            .Select(intent =>
            {
                var tp = truePositives.GetValueOrDefault(intent);
                var precision = predictedCounts.GetValueOrDefault(intent) is var p and > 0 ? (double)tp / p : 0;
                var recall = (double)tp / support[intent];
                var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
                return new IntentMetrics(intent, support[intent], precision, recall, f1);
            })
            .OrderBy(m => m.F1).ThenBy(m => m.Intent, StringComparer.Ordinal)
            .ToList();
    }
}
