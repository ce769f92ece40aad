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

        var (trainPart, heldOutPart) = StratifiedSplit(targets, labels.Length, options.HoldoutFraction, options.Seed);
        progress?.Report(new TrainingProgress("training", 0.1));

        // The held-out run and the final run are independent, so they use both cores without touching determinism.
        var heldOutRun = Task.Run(() => TrainHeldOut(analyzed, targets, labels, trainPart, heldOutPart, options, cancellationToken), cancellationToken);
        var (features, classifier) = Train(analyzed, targets, labels.Length, Enumerable.Range(0, examples.Count).ToArray(), options, cancellationToken);
        progress?.Report(new TrainingProgress("choosing the out-of-scope threshold", 0.9));
        var (threshold, metrics) = heldOutRun.GetAwaiter().GetResult();

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
        return new IntentModel(info, features, classifier, _analyzer);
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

    private static (FeatureSpace Features, LinearSoftmax Classifier) Train(
        AnalyzedText[] analyzed, int[] targets, int classCount, int[] subset, IntentTrainerOptions options, CancellationToken cancellationToken)
    {
        var texts = subset.Select(i => analyzed[i]).ToArray();
        var features = FeatureSpace.Fit(texts, options.Features);
        var inputs = texts.Select(features.Transform).ToArray();
        var classifier = SoftmaxTrainer.Fit(inputs, subset.Select(i => targets[i]).ToArray(), features.Count, classCount, options.Softmax, options.Seed, cancellationToken);
        classifier.Quantize();
        return (features, classifier);
    }

    private static (double Threshold, ModelMetrics? Metrics) TrainHeldOut(
        AnalyzedText[] analyzed, int[] targets, string[] labels, int[] trainPart, int[] heldOutPart, IntentTrainerOptions options, CancellationToken cancellationToken)
    {
        if (heldOutPart.Length == 0)
        {
            return (0, null);
        }

        var (features, classifier) = Train(analyzed, targets, labels.Length, trainPart, options, cancellationToken);
        var outOfScopeIndex = Array.IndexOf(labels, options.OutOfScopeLabel);
        var probabilities = new float[classifier.Stride];
        var scored = new ScoredExample[heldOutPart.Length];
        for (var i = 0; i < heldOutPart.Length; i++)
        {
            var example = heldOutPart[i];
            classifier.Probabilities(features.Transform(analyzed[example]), probabilities);
            var best = -1;
            for (var c = 0; c < labels.Length; c++)
            {
                if (c != outOfScopeIndex && (best < 0 || probabilities[c] > probabilities[best]))
                {
                    best = c;
                }
            }

            var outOfScopeWins = outOfScopeIndex >= 0 && probabilities[outOfScopeIndex] > probabilities[best];
            scored[i] = new ScoredExample(labels[targets[example]], labels[best], probabilities[best], outOfScopeWins);
        }

        var threshold = ThresholdSelector.Choose(scored, options);
        var report = IntentEvaluator.Report(scored, threshold, options.OutOfScopeLabel);
        var metrics = new ModelMetrics
        {
            EvaluatedOn = $"{options.HoldoutFraction:P0} stratified holdout of the training data (model trained on the rest)",
            Examples = report.Examples,
            InScopeAccuracy = report.InScopeAccuracy,
            OutOfScopeRecall = report.OutOfScopeRecall,
            MacroF1 = report.MacroF1,
        };
        return (threshold, metrics);
    }

    // Each label keeps at least one training example; labels with enough examples give their share to the holdout.
    private static (int[] Train, int[] HeldOut) StratifiedSplit(int[] targets, int classCount, double fraction, int seed)
    {
        var random = new Random(seed);
        var train = new List<int>();
        var heldOut = new List<int>();
        for (var label = 0; label < classCount; label++)
        {
            var members = Enumerable.Range(0, targets.Length).Where(i => targets[i] == label).ToArray();
            random.Shuffle(members);
            var take = Math.Min(members.Length - 1, (int)Math.Round(members.Length * fraction));
            heldOut.AddRange(members.Take(take));
            train.AddRange(members.Skip(take));
        }

        train.Sort();
        heldOut.Sort();
        return (train.ToArray(), heldOut.ToArray());
    }
}
