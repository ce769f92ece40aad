using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using SupportBot.Core.Text;

namespace SupportBot.Core.Intents;

/// <summary>
/// Fits an <see cref="IntentModel"/> from labelled examples: holds out a stratified share to choose the
/// out-of-scope threshold and measure the model, and trains the final model on all the data alongside.
/// </summary>
public sealed class IntentTrainer
{
    private readonly TextAnalyzer _analyzer;

    /// <summary>Creates a trainer using <paramref name="analyzer"/>, or the default analyzer.</summary>
    public IntentTrainer(TextAnalyzer? analyzer = null) => _analyzer = analyzer ?? TextAnalyzer.Default;

    /// <summary>Trains a model; the same examples, options and seed give the same model, byte for byte.</summary>
    public IntentModel Fit(
        IReadOnlyList<IntentExample> examples,
        IntentTrainerOptions? options = null,
        IProgress<TrainingProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(examples);
        options ??= new IntentTrainerOptions();
        var problems = TrainingDataLoader.Check(examples).Where(p => p.IsError).ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"Training data has {problems.Count} error(s); first: {problems[0]}", nameof(examples));
        }

        progress?.Report(new TrainingProgress("analyzing text", 0));
        var analyzed = new AnalyzedText[examples.Count];
        Parallel.For(0, examples.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => analyzed[i] = _analyzer.Analyze(examples[i].Text));
        var labels = examples.Select(e => e.Intent).Distinct().Order(StringComparer.Ordinal).ToArray();
        var labelIndex = labels.Select((label, i) => (label, i)).ToDictionary(p => p.label, p => p.i, StringComparer.Ordinal);
        var targets = examples.Select(e => labelIndex[e.Intent]).ToArray();

        var views = options.ViewFeatures();
        var folds = options.CrossValidationFolds >= 2 ? GroupedFolds.Assign(analyzed, targets, options.CrossValidationFolds, options.Seed) : null;
        var foldCount = folds is null ? 0 : folds.Max() + 1;
        if (foldCount < 2)
        {
            folds = null;
            foldCount = 0;
        }

        progress?.Report(new TrainingProgress("training", 0.1));

        // Every (fold, view) pair and every final view is an independent run with its own seed, so they share the
        // cores in any order and the model stays the same byte for byte.
        // The last view (characters) costs several times the first, so its runs start first and are handed out one by
        // one: no core is left with a long run after the other has finished.
        var runs = Enumerable.Range(0, views.Count).Reverse()
            .SelectMany(v => Enumerable.Range(-1, foldCount + 1).Select(f => (Fold: f, View: v)))
            .ToArray();
        // Hashing the n-grams is a third of a run's work and the same in every fold, so it is done once per view.
        var extracted = new ExtractedFeatures[views.Count][];
        for (var v = 0; v < views.Count; v++)
        {
            var extractor = new FeatureExtractor(views[v]);
            var items = extracted[v] = new ExtractedFeatures[examples.Count];
            Parallel.For(0, examples.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => items[i] = FeatureSpace.Extract(extractor, analyzed[i]));
        }

        var finalViews = new ModelView[views.Count];
        var outOfFold = new float[views.Count][][];
        for (var v = 0; v < views.Count; v++)
        {
            outOfFold[v] = new float[examples.Count][];
        }

        var done = 0;
        var queue = Partitioner.Create(runs, EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(queue, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount }, run =>
        {
            var (fold, view) = run;
            var subset = Enumerable.Range(0, examples.Count).Where(i => folds is null || fold < 0 || folds[i] != fold).ToArray();
            var trained = Train(extracted[view], targets, labels.Length, subset, views[view], options, view, cancellationToken);
            if (fold < 0)
            {
                finalViews[view] = trained;
            }
            else
            {
                ScoreOutOfFold(trained, extracted[view], folds!, fold, outOfFold[view]);
            }

            progress?.Report(new TrainingProgress("training", 0.1 + (0.8 * Interlocked.Increment(ref done) / runs.Length)));
        });

        progress?.Report(new TrainingProgress("choosing the out-of-scope threshold", 0.9));
        var (threshold, metrics) = folds is null ? (0, null) : ChooseThreshold(outOfFold, targets, labels, foldCount, options);

        var info = new IntentModelInfo
        {
            FormatVersion = IntentModelFile.CurrentFormatVersion,
            Labels = labels,
            OutOfScopeLabel = options.OutOfScopeLabel,
            OutOfScopeThreshold = threshold,
            Hyperparameters = options,
            TrainingDataSha256 = HashExamples(examples),
            TrainingExamples = examples.Count,
            Metrics = metrics,
        };
        progress?.Report(new TrainingProgress("done", 1));
        return new IntentModel(info, finalViews, _analyzer);
    }

    /// <summary>SHA-256 over the examples' text and intent, in order; names the data a model came from.</summary>
    public static string HashExamples(IReadOnlyList<IntentExample> examples)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var example in examples)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(example.Intent + "\t" + example.Text + "\n"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static ModelView Train(
        ExtractedFeatures[] extracted, int[] targets, int classCount, int[] subset, FeaturizerOptions featurizer, IntentTrainerOptions options, int view, CancellationToken cancellationToken)
    {
        var items = subset.Select(i => extracted[i]).ToArray();
        var features = FeatureSpace.Fit(items, featurizer);
        var inputs = items.Select(features.Transform).ToArray();
        var classifier = SoftmaxTrainer.Fit(inputs, subset.Select(i => targets[i]).ToArray(), features.Count, classCount, options.Softmax, options.Seed + view, cancellationToken);
        classifier.Quantize();
        return new ModelView(features, classifier);
    }

    // Folds hold disjoint examples, so each run writes only its own fold's entries of its view's array.
    private static void ScoreOutOfFold(ModelView trained, ExtractedFeatures[] extracted, int[] folds, int fold, float[][] scores)
    {
        var stride = trained.Classifier.Stride;
        var scratch = new float[stride];
        for (var i = 0; i < extracted.Length; i++)
        {
            if (folds[i] == fold)
            {
                var logits = new float[stride];
                trained.AddScores(extracted[i], logits, scratch, 1f);
                scores[i] = logits;
            }
        }
    }

    private static (double Threshold, ModelMetrics? Metrics) ChooseThreshold(
        float[][][] outOfFold, int[] targets, string[] labels, int foldCount, IntentTrainerOptions options)
    {
        var scored = new ScoredExample[targets.Length];
        var weight = 1f / outOfFold.Length;
        for (var i = 0; i < targets.Length; i++)
        {
            // The views' mean logits, summed in view order so the threshold is the same on every run, then the
            // softmax, exactly as the model predicts.
            var probabilities = new float[outOfFold[0][i].Length];
            foreach (var view in outOfFold)
            {
                VectorMath.AddScaled(probabilities, view[i], weight);
            }

            VectorMath.Softmax(probabilities, labels.Length);
            scored[i] = ScoredExample.From(probabilities, labels, labels[targets[i]], options.OutOfScopeLabel);
        }

        var threshold = ThresholdSelector.Choose(scored, options);
        var report = IntentEvaluator.Report(scored, threshold, options.OutOfScopeLabel);
        var metrics = new ModelMetrics
        {
            EvaluatedOn = $"{foldCount}-fold cross-validation of the training data, stratified and grouped by stem signature",
            Examples = report.Examples,
            InScopeAccuracy = report.InScopeAccuracy,
            OutOfScopeRecall = report.OutOfScopeRecall,
            MacroF1 = report.MacroF1,
        };
        return (threshold, metrics);
    }
}
