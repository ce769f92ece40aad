using SupportBot.Core.Text;

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

    /// <summary>
    /// Grouped k-fold cross-validation of the whole training procedure: each fold's model is fitted on the other folds,
    /// choosing its own threshold there, and judged on its fold. Folds are stratified by intent and grouped by stem
    /// signature, so near-duplicates never sit on both sides. Headline figures use each fold model's own threshold;
    /// the sweep pools the raw probabilities, and <see cref="EvaluationReport.Threshold"/> is the folds' mean threshold.
    /// </summary>
    public static EvaluationReport CrossValidate(
        IReadOnlyList<IntentExample> examples, int folds, IntentTrainerOptions? options = null, IntentTrainer? trainer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        options ??= new IntentTrainerOptions();
        trainer ??= new IntentTrainer();
        var analyzer = TextAnalyzer.Default;
        var analyzed = examples.Select(e => analyzer.Analyze(e.Text)).ToArray();
        var labels = examples.Select(e => e.Intent).Distinct().Order(StringComparer.Ordinal).ToList();
        var assigned = GroupedFolds.Assign(analyzed, examples.Select(e => labels.IndexOf(e.Intent)).ToArray(), folds, options.Seed);
        var raw = new ScoredExample[examples.Count];
        var decided = new ScoredExample[examples.Count];
        var thresholds = new List<double>();
        for (var fold = 0; fold < folds; fold++)
        {
            var test = Enumerable.Range(0, examples.Count).Where(i => assigned[i] == fold).ToArray();
            if (test.Length == 0)
            {
                continue;
            }

            var model = trainer.Fit(Enumerable.Range(0, examples.Count).Where(i => assigned[i] != fold).Select(i => examples[i]).ToArray(), options, null, cancellationToken);
            var threshold = model.Info.OutOfScopeThreshold;
            thresholds.Add(threshold);
            foreach (var i in test)
            {
                var scored = ScoredExample.From(model.Probabilities(model.Analyzer.Analyze(examples[i].Text)), model.Labels, examples[i].Intent, options.OutOfScopeLabel);
                raw[i] = scored;
                decided[i] = scored with { OutOfScopeWins = scored.OutOfScopeWins || scored.BestProbability < threshold };
            }
        }

        var meanThreshold = Math.Round(thresholds.Average(), 4);
        return Report(decided, 0, options.OutOfScopeLabel) with { Threshold = meanThreshold, Sweep = Report(raw, meanThreshold, options.OutOfScopeLabel).Sweep };
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
