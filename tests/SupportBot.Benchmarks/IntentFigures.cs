using System.Diagnostics;
using System.Globalization;
using SupportBot.Core.Intents;

namespace SupportBot.Benchmarks;

/// <summary>
/// The intent model's headline figures in one run: training time and peak memory, model size, accuracy on the
/// benchmark's evaluation split, and single-thread prediction throughput including text analysis.
/// Usage: intents [clinc150|banking77] [--cv k] [--seed n] [--folds k] [--min-recall r] [--epochs n] [--l2 x] [--lr x]
/// [--dropout p] [--min-df n] [--raw-words true|false] [--char-max n] (the options override the trainer's defaults).
/// With <c>--cv k</c> only the train split is used, in k grouped folds: that is how a change to the model is chosen
/// without looking at the evaluation split.
/// </summary>
internal static class IntentFigures
{
    public static int Run(string[] args)
    {
        var dataset = args.Length > 0 ? args[0] : "clinc150";
        var evaluationSplit = dataset == "banking77" ? "test.tsv" : "val.tsv";
        var train = TrainingDataLoader.LoadTsv(SharedDatasets.Path($"{dataset}/train.tsv")).Examples;
        var crossValidationFolds = CrossValidationFolds(args);
        if (crossValidationFolds > 0)
        {
            return CrossValidate(dataset, train, crossValidationFolds, ParseOptions(args));
        }

        var evaluation = TrainingDataLoader.LoadTsv(SharedDatasets.Path($"{dataset}/{evaluationSplit}")).Examples;

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        var model = new IntentTrainer().Fit(train, ParseOptions(args));
        var trainingSeconds = stopwatch.Elapsed.TotalSeconds;
        // On a shared machine wall time says more about the neighbours than about us; CPU time says what training costs.
        var trainingCpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var peakMegabytes = Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0;
        var modelMegabytes = IntentModelFile.Serialize(model).Length / 1024.0 / 1024.0;

        var report = IntentEvaluator.Evaluate(model, evaluation);
        var argmax = IntentEvaluator.Evaluate(model, evaluation, threshold: 0);
        var throughput = MeasureThroughput(model, evaluation.Select(e => e.Text).ToArray());

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dataset            {dataset} (train.tsv → {evaluationSplit})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"training           {trainingSeconds:F1} s for {train.Count:N0} examples ({trainingCpuSeconds:F1} s CPU on {Environment.ProcessorCount} cores), peak working set {peakMegabytes:F0} MB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"model size         {modelMegabytes:F1} MB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold          {model.Info.OutOfScopeThreshold:F3} ({model.Info.Metrics?.EvaluatedOn ?? "no held-out data"})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"in-scope accuracy  {report.InScopeAccuracy * 100:F2}%"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"argmax accuracy    {argmax.InScopeAccuracy * 100:F2}% (threshold 0: only the oos label rejects)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"oos recall         {(report.OutOfScopeRecall is { } r ? $"{r * 100:F2}%" : "n/a")}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"macro-F1           {report.MacroF1 * 100:F2}%"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"prediction         {throughput:N0} messages/s on one thread, analysis included"));
        return 0;
    }

    // Each fold's model chooses its own threshold by its own inner cross-validation (--folds), exactly as training
    // does; "--folds 0" skips that when only the argmax accuracy matters, which is five times faster.
    private static int CrossValidate(string dataset, IReadOnlyList<IntentExample> train, int folds, IntentTrainerOptions options)
    {
        var stopwatch = Stopwatch.StartNew();
        var report = IntentEvaluator.CrossValidate(train, folds, options);
        var argmax = report.Sweep.First(p => p.Threshold == 0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dataset            {dataset} train.tsv only, {folds}-fold grouped cross-validation, seed {options.Seed} ({stopwatch.Elapsed.TotalSeconds:F0} s)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold          {report.Threshold:F3} (mean of the fold models')"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"in-scope accuracy  {report.InScopeAccuracy * 100:F2}%"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"argmax accuracy    {argmax.InScopeAccuracy * 100:F2}%"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"oos recall         {(report.OutOfScopeRecall is { } r ? $"{r * 100:F2}%" : "n/a")}"));
        return 0;
    }

    private static int CrossValidationFolds(string[] args)
    {
        var at = Array.IndexOf(args, "--cv");
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : 0;
    }

    private static IntentTrainerOptions ParseOptions(string[] args)
    {
        var options = new IntentTrainerOptions();
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--cv" => options,
                "--seed" => options with { Seed = Integer(value) },
                "--folds" => options with { CrossValidationFolds = Integer(value) },
                "--min-recall" => options with { MinOutOfScopeRecall = Real(value) },
                "--epochs" => options with { Softmax = options.Softmax with { Epochs = Integer(value) } },
                "--l2" => options with { Softmax = options.Softmax with { L2 = Real(value) } },
                "--lr" => options with { Softmax = options.Softmax with { LearningRate = Real(value) } },
                "--min-df" => options with { Features = options.Features with { MinDocumentFrequency = Integer(value) } },
                "--raw-words" => options with { Features = options.Features with { RawWordUnigrams = value == "true" } },
                "--char-max" => options with { Features = options.Features with { MaxCharNgram = Integer(value) } },
                "--dropout" => options with { Softmax = options.Softmax with { FeatureDropout = Real(value) } },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options;
    }

    private static int Integer(string value) => int.Parse(value, CultureInfo.InvariantCulture);

    private static double Real(string value) => double.Parse(value, CultureInfo.InvariantCulture);

    private static double MeasureThroughput(IntentModel model, string[] texts)
    {
        foreach (var text in texts.Take(500))
        {
            model.Predict(text);
        }

        var stopwatch = Stopwatch.StartNew();
        var count = 0;
        while (stopwatch.Elapsed < TimeSpan.FromSeconds(3))
        {
            foreach (var text in texts)
            {
                model.Predict(text);
            }

            count += texts.Length;
        }

        return count / stopwatch.Elapsed.TotalSeconds;
    }
}
